import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type TestApp } from '../../../../tests/support/test-app.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t?.close());

const newRequest = {
  topic: 'career_project', subject: 'Projet de détachement', description: 'Je souhaite rejoindre une autre administration.',
  contactPreference: 'phone', contactAvailability: 'Le mercredi après-midi',
};

async function tableCounts() {
  const count = async (table: 'requests' | 'request_messages' | 'request_events' | 'request_attachments' | 'request_notes') =>
    (await t.db.selectFrom(table).select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow()).n;
  return { requests: await count('requests'), messages: await count('request_messages'), events: await count('request_events'),
    attachments: await count('request_attachments'), notes: await count('request_notes') };
}

describe('an agent submits a request', () => {
  it('is acknowledged at once with a reference, who handles it, and the committed date, and the mail is queued', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    const response = await t.call(agent, 'POST', '/api/requests', newRequest);
    expect(response.statusCode).toBe(201);
    const created = response.json();
    expect(created.reference).toMatch(/^AMI-\d{4}-\d{6}$/);
    expect(created.acknowledgement.reference).toBe(created.reference);
    expect(['Claire Vasseur', 'Éric Lambert']).toContain(created.acknowledgement.handledBy);
    expect(new Date(created.firstResponseDueAt).getTime()).toBeGreaterThan(Date.now() + 5 * 86_400_000);
    expect(created.status).toBe('open');
    expect(created.acknowledgedAt).not.toBeNull();
    const mails = await t.queuedMails();
    const ack = mails.find((m) => m.template === 'request.acknowledged' && m.data.reference === created.reference)!;
    expect(ack.to).toBe(DEMO.agentSomme);
    expect(JSON.stringify(ack)).not.toContain(newRequest.description);
  });

  it('answers the submission with the request exactly as the agent then reads it, unread counter included', async () => {
    const agent = await t.signInAs(DEMO.agentOise);
    const { acknowledgement, ...created } = (await t.call(agent, 'POST', '/api/requests', newRequest)).json();
    expect(acknowledgement.handledBy).toBe(created.assignee.displayName);
    expect(created.timeline.map((i: { label: string }) => i.label)).toEqual([
      'Demande déposée', 'Accusé de réception envoyé', `Demande confiée à ${created.assignee.displayName}`, 'Message de l’agent',
    ]);
    const unreadBefore = (await t.call(agent, 'GET', '/api/requests/counts')).json().unread;
    expect((await t.call(agent, 'GET', `/api/requests/${created.id}`)).json()).toEqual(created);
    expect((await t.call(agent, 'GET', '/api/requests/counts')).json().unread).toBe(unreadBefore);
  });

  it('goes to the least loaded available adviser of the agent’s département, skipping an absent one', async () => {
    const [claire, eric] = await Promise.all([DEMO.adviserSomme, DEMO.otherAdviserSomme].map((email) =>
      t.db.selectFrom('persons').select('id').where('email', '=', email).executeTakeFirstOrThrow()));
    const today = new Date().toISOString().slice(0, 10);
    const absence = await t.db.insertInto('adviser_absences').values({ adviser_id: claire!.id, starts_on: today, ends_on: '2099-12-31' }).returning('id').executeTakeFirstOrThrow();
    const agent = await t.signInAs(DEMO.agentSomme);
    const first = (await t.call(agent, 'POST', '/api/requests', newRequest)).json();
    expect(first.assignee.id).toBe(eric!.id);
    await t.db.deleteFrom('adviser_absences').where('id', '=', absence.id).execute();
    // Without absences: the one with fewer open requests per unit of working share.
    const loads = await t.db.selectFrom('requests').select(['assignee_id', (eb) => eb.fn.countAll<number>().as('n')])
      .where('status', '!=', 'closed').where('assignee_id', 'in', [claire!.id, eric!.id]).groupBy('assignee_id').execute();
    const load = (id: string, share: number) => (loads.find((l) => l.assignee_id === id)?.n ?? 0) / share;
    const expected = load(claire!.id, 0.8) <= load(eric!.id, 0.5) ? claire!.id : eric!.id;
    const second = (await t.call(agent, 'POST', '/api/requests', newRequest)).json();
    expect(second.assignee.id).toBe(expected);
  });

  it('marks health and protection requests sensitive, whatever the agent ticked', async () => {
    const agent = await t.signInAs(DEMO.agentOise);
    const created = (await t.call(agent, 'POST', '/api/requests', { ...newRequest, topic: 'health_wellbeing', sensitive: false })).json();
    expect(created.sensitive).toBe(true);
  });

  it('refuses bad input with field errors in French and stores nothing', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    const before = await tableCounts();
    const unknownTopic = await t.call(agent, 'POST', '/api/requests', { ...newRequest, topic: 'holidays' });
    expect(unknownTopic.statusCode).toBe(400);
    expect(unknownTopic.json().errors).toEqual([{ field: 'topic', message: 'Cette valeur ne fait pas partie des choix possibles.' }]);
    const emptySubject = await t.call(agent, 'POST', '/api/requests', { ...newRequest, subject: '   ' });
    expect(emptySubject.statusCode).toBe(400);
    expect(emptySubject.json().errors[0].field).toBe('subject');
    expect(await tableCounts()).toEqual(before);
  });
});

describe('the exchange between agent and adviser', () => {
  let requestId: string;
  let agent: Awaited<ReturnType<TestApp['signInAs']>>;
  let adviser: Awaited<ReturnType<TestApp['signInAs']>>;

  beforeAll(async () => {
    agent = await t.signInAs(DEMO.agentOise);
    adviser = await t.signInAs(DEMO.adviserOise);
    requestId = (await t.call(agent, 'POST', '/api/requests', { ...newRequest, subject: 'Échange complet' })).json().id;
  });

  it('records the first answer and its delay when the adviser writes, and tells the agent by mail without content', async () => {
    expect((await t.call(adviser, 'POST', `/api/requests/${requestId}/messages`, { body: 'Bonjour, pouvons-nous en parler jeudi ?' })).statusCode).toBe(201);
    const row = await t.db.selectFrom('requests').select(['status', 'first_responded_at', 'first_response_working_days']).where('id', '=', requestId).executeTakeFirstOrThrow();
    expect(row.status).toBe('in_progress');
    expect(row.first_responded_at).not.toBeNull();
    expect(row.first_response_working_days).toBe(0);
    const updated = (await t.queuedMails()).filter((m) => m.template === 'request.updated');
    expect(JSON.stringify(updated)).not.toContain('jeudi');
  });

  it('never shows internal notes to the agent, in the detail or in « Mes données »', async () => {
    await t.call(adviser, 'POST', `/api/requests/${requestId}/notes`, { body: 'Note confidentielle du conseiller' });
    const seenByAgent = await t.call(agent, 'GET', `/api/requests/${requestId}`);
    expect(seenByAgent.body).not.toContain('Note confidentielle');
    expect(seenByAgent.json().timeline.some((i: { kind: string }) => i.kind === 'note')).toBe(false);
    expect((await t.call(agent, 'GET', '/api/me/data')).body).not.toContain('Note confidentielle');
    const seenByAdviser = (await t.call(adviser, 'GET', `/api/requests/${requestId}`)).json();
    expect(seenByAdviser.timeline.find((i: { kind: string }) => i.kind === 'note').body).toBe('Note confidentielle du conseiller');
  });

  it('pauses the commitment while waiting for the agent, and the agent’s answer resumes it', async () => {
    expect((await t.call(adviser, 'POST', `/api/requests/${requestId}/status`, { status: 'waiting_agent' })).statusCode).toBe(204);
    expect((await t.db.selectFrom('requests').select('paused_at').where('id', '=', requestId).executeTakeFirstOrThrow()).paused_at).not.toBeNull();
    expect((await t.call(agent, 'POST', `/api/requests/${requestId}/messages`, { body: 'Jeudi me convient.' })).statusCode).toBe(201);
    const row = await t.db.selectFrom('requests').select(['status', 'paused_at']).where('id', '=', requestId).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'in_progress', paused_at: null });
  });

  it('closes with the response type once; closing twice is 422 and changes nothing', async () => {
    const close = { responseType: 'information_individual', summary: 'Calendrier du mouvement présenté à l’agent.' };
    expect((await t.call(adviser, 'POST', `/api/requests/${requestId}/close`, close)).statusCode).toBe(204);
    const before = await t.db.selectFrom('requests').selectAll().where('id', '=', requestId).executeTakeFirstOrThrow();
    const again = await t.call(adviser, 'POST', `/api/requests/${requestId}/close`, { ...close, responseType: 'information_collective' });
    expect(again.statusCode).toBe(422);
    expect(again.json().detail).toContain('clôturée');
    expect(await t.db.selectFrom('requests').selectAll().where('id', '=', requestId).executeTakeFirstOrThrow()).toEqual(before);
    expect(before.closure_working_days).toBe(0);
  });

  it('lets the agent see the whole exchange and reopen within the delay, but not write on a closed request', async () => {
    const detail = (await t.call(agent, 'GET', `/api/requests/${requestId}`)).json();
    expect(detail.timeline.filter((i: { kind: string }) => i.kind === 'message').map((i: { body: string }) => i.body))
      .toEqual(expect.arrayContaining(['Bonjour, pouvons-nous en parler jeudi ?', 'Jeudi me convient.']));
    expect(detail.abilities).toMatchObject({ reply: false, reopen: true, note: false });
    expect((await t.call(agent, 'POST', `/api/requests/${requestId}/messages`, { body: 'Encore une question' })).statusCode).toBe(422);
    expect((await t.call(agent, 'POST', `/api/requests/${requestId}/reopen`)).statusCode).toBe(204);
    expect((await t.call(agent, 'GET', `/api/requests/${requestId}`)).json().status).toBe('in_progress');
  });

  it('refuses reopening more than 30 days after closure', async () => {
    await t.call(adviser, 'POST', `/api/requests/${requestId}/close`, { responseType: 'information_individual', summary: 'Fin.' });
    await t.db.updateTable('requests').set({ closed_at: new Date(Date.now() - 31 * 86_400_000) }).where('id', '=', requestId).execute();
    const response = await t.call(agent, 'POST', `/api/requests/${requestId}/reopen`);
    expect(response.statusCode).toBe(422);
    expect(response.json().detail).toContain('30 jours');
  });

  it('answers 404 to a message on somebody else’s request, and stores nothing', async () => {
    const other = await t.signInAs(DEMO.agentSomme);
    const before = await tableCounts();
    expect((await t.call(other, 'POST', `/api/requests/${requestId}/messages`, { body: 'Intrusion' })).statusCode).toBe(404);
    expect(await tableCounts()).toEqual(before);
  });
});

describe('attachments', () => {
  const PDF = Buffer.from('%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n');
  const EXE = Buffer.concat([Buffer.from('MZ'), Buffer.alloc(200, 0x90)]);

  function multipart(filename: string, content: Buffer) {
    const boundary = '----proxirh-test';
    const payload = Buffer.concat([
      Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="file"; filename="${filename}"\r\nContent-Type: application/pdf\r\n\r\n`),
      content, Buffer.from(`\r\n--${boundary}--\r\n`),
    ]);
    return { payload, headers: { 'content-type': `multipart/form-data; boundary=${boundary}` } };
  }

  async function upload(caller: Awaited<ReturnType<TestApp['signInAs']>>, requestId: string, filename: string, content: Buffer) {
    const body = multipart(filename, content);
    return t.app.inject({ method: 'POST', url: `/api/requests/${requestId}/attachments`, payload: body.payload,
      headers: { ...body.headers, cookie: caller.cookie, 'x-csrf-token': caller.csrfToken } });
  }

  it('accepts a PDF recognised from its content, and gives it back to the agent and the adviser only', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    const request = (await t.call(agent, 'POST', '/api/requests', newRequest)).json();
    const response = await upload(agent, request.id, '../../bulletin de salaire.pdf', PDF);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ filename: 'bulletin de salaire.pdf', mediaType: 'application/pdf' });
    const download = await t.call(agent, 'GET', `/api/attachments/${response.json().id}`);
    expect(download.statusCode).toBe(200);
    expect(download.rawPayload.equals(PDF)).toBe(true);
    const otherAgent = await t.signInAs(DEMO.agentOise);
    expect((await t.call(otherAgent, 'GET', `/api/attachments/${response.json().id}`)).statusCode).toBe(404);
  });

  it('refuses an .exe renamed .pdf and a 50 MB file, and stores nothing', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    const request = (await t.call(agent, 'POST', '/api/requests', newRequest)).json();
    const before = await tableCounts();
    const renamed = await upload(agent, request.id, 'facture.pdf', EXE);
    expect(renamed.statusCode).toBe(400);
    expect(renamed.json().errors[0].message).toContain('Type de fichier refusé');
    const huge = await upload(agent, request.id, 'gros.pdf', Buffer.concat([PDF, Buffer.alloc(50 * 1024 * 1024)]));
    expect(huge.statusCode).toBe(413);
    expect(await tableCounts()).toEqual(before);
  });
});

describe('break-glass opening of a sensitive request', () => {
  it('opens the content to the coordinator only with a justification, tells the agent, and alerts the administrator', async () => {
    const agent = await t.signInAs(DEMO.agentSomme);
    const created = (await t.call(agent, 'POST', '/api/requests', { ...newRequest, topic: 'protection', description: 'Menaces reçues' })).json();
    const coordinator = await t.signInAs(DEMO.coordinator);
    expect((await t.call(coordinator, 'GET', `/api/requests/${created.id}`)).json().contentHidden).toBe(true);
    expect((await t.call(coordinator, 'POST', `/api/requests/${created.id}/break-glass`, { justification: 'trop court' })).statusCode).toBe(400);
    expect((await t.call(coordinator, 'POST', `/api/requests/${created.id}/break-glass`, { justification: 'Conseiller absent, situation urgente signalée par le chef d’établissement.' })).statusCode).toBe(204);
    const opened = (await t.call(coordinator, 'GET', `/api/requests/${created.id}`)).json();
    expect(opened.contentHidden).toBe(false);
    expect(opened.description).toBe('Menaces reçues');
    const seenByAgent = (await t.call(agent, 'GET', `/api/requests/${created.id}`)).json();
    expect(seenByAgent.timeline.some((i: { kind: string; label: string }) => i.kind === 'break_glass' && i.label.includes('Hélène Dumont'))).toBe(true);
    const readers = (await t.call(agent, 'GET', `/api/requests/${created.id}/readers`)).json();
    expect(readers.some((r: { readerName: string; breakGlass: boolean }) => r.readerName === 'Hélène Dumont' && r.breakGlass)).toBe(true);
    const alert = (await t.queuedMails()).find((m) => m.template === 'request.break_glass.admin' && m.data.reference === created.reference);
    expect(alert?.to).toBe(DEMO.admin);
  });
});

describe('« Mes données »', () => {
  it('gives the agent everything held about them as JSON, and records the export', async () => {
    const agent = await t.signInAs(DEMO.agentOise);
    const exports = async () => (await t.db.selectFrom('audit_log').select('id').where('actor_id', '=', agent.personId).where('action', '=', 'personal_data.export').execute()).length;
    const before = await exports();
    const response = await t.call(agent, 'GET', '/api/me/data');
    expect(response.headers['content-disposition']).toContain('mes-donnees-proxirh.json');
    const data = response.json();
    expect(data.person.email).toBe(DEMO.agentOise);
    const own = await t.db.selectFrom('requests').select('reference').where('agent_id', '=', agent.personId).execute();
    expect(data.requests.map((r: { reference: string }) => r.reference).sort()).toEqual(own.map((r) => r.reference).sort());
    expect(await exports()).toBe(before + 1);
  });
});

describe('an adviser logs a phone call for an agent', () => {
  it('finds the agent by name and records the request with its channel, assigned to the adviser', async () => {
    const adviser = await t.signInAs(DEMO.adviserSomme);
    const found = (await t.call(adviser, 'GET', '/api/agents?q=dupuis')).json();
    expect(found.map((a: { email: string }) => a.email)).toContain(DEMO.agentSomme);
    const agentId = found.find((a: { email: string }) => a.email === DEMO.agentSomme).id;
    const response = await t.call(adviser, 'POST', '/api/requests', { ...newRequest, agentId, channel: 'phone' });
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({ channel: 'phone', assignee: { displayName: 'Claire Vasseur' }, agent: { id: agentId } });
    expect((await t.call(adviser, 'POST', '/api/requests', { ...newRequest, agentId, channel: 'web' })).statusCode).toBe(400);
    const oiseAgent = (await t.db.selectFrom('persons').select('id').where('email', '=', DEMO.agentOise).executeTakeFirstOrThrow()).id;
    expect((await t.call(adviser, 'POST', '/api/requests', { ...newRequest, agentId: oiseAgent, channel: 'phone' })).statusCode).toBe(404);
  });
});

describe('the inbox', () => {
  it('filters, counts and searches the adviser’s queue, sorted by due date', async () => {
    const adviser = await t.signInAs(DEMO.adviserSomme);
    const counts = (await t.call(adviser, 'GET', '/api/requests/counts')).json();
    const overdue = (await t.call(adviser, 'GET', '/api/requests?overdue=true&limit=200')).json().items;
    expect(overdue.length).toBe(counts.overdue);
    expect(overdue.every((r: { overdue: boolean }) => r.overdue)).toBe(true);
    const byDue = (await t.call(adviser, 'GET', '/api/requests?sort=due&status=in_progress&limit=200')).json().items as Array<{ firstResponseDueAt: string }>;
    expect(byDue.map((r) => r.firstResponseDueAt)).toEqual([...byDue.map((r) => r.firstResponseDueAt)].sort());
    const one = byDue[0] as unknown as { reference: string };
    const search = (await t.call(adviser, 'GET', `/api/requests?q=${one.reference}`)).json().items;
    expect(search.map((r: { reference: string }) => r.reference)).toEqual([one.reference]);
    const page1 = (await t.call(adviser, 'GET', '/api/requests?sort=due&limit=5')).json();
    const page2 = (await t.call(adviser, 'GET', `/api/requests?sort=due&limit=5&cursor=${page1.nextCursor}`)).json();
    expect(page2.items[0].firstResponseDueAt >= page1.items[4].firstResponseDueAt).toBe(true);
    expect(new Set([...page1.items, ...page2.items].map((r: { id: string }) => r.id)).size).toBe(10);
  });
});
