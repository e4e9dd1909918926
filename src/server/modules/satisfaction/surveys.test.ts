import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, DEMO, type Caller, type TestApp } from '../../../../tests/support/test-app.ts';
import { queuedMailSender } from '../../mail/jobs.ts';
import { inviteToSurveys } from './invite-to-surveys.ts';
import { surveyMails } from './mails.ts';
import { testMailbox } from './test-mailbox.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t?.close());

const DAY = 86_400_000;
const ANSWER = { ease: 4, delay: 3, listening: 5, clarity: 4, usefulness: 5, overall: 9, improvement: 'Un rappel téléphonique aurait été plus simple.' };

/** A request of the Somme agent closed three days ago and invited: the token of its survey link. */
async function invitedSurvey(topic = 'career_project') {
  const agent = await t.signInAs(DEMO.agentSomme);
  const created = (await t.call(agent, 'POST', '/api/requests', {
    topic, subject: 'Objet qui ne doit jamais sortir', description: 'Description confidentielle', contactPreference: 'email',
  })).json();
  const now = new Date();
  await t.db.updateTable('requests').set({ status: 'closed', closed_at: new Date(now.getTime() - 3 * DAY), response_type: 'information_individual' })
    .where('id', '=', created.id).execute();
  await inviteToSurveys(t.db, surveyMails(queuedMailSender(t.jobs)), now);
  // The link exists only in the mail sent: deliver it.
  const mailbox = testMailbox(t.db, t.config.publicUrl);
  await mailbox.deliver();
  const sent = mailbox.tokens('enquete').find((x) => x.mail.subject.includes(created.reference));
  return { token: sent!.token, reference: created.reference as string, requestId: created.id as string };
}

const surveyOf = (requestId: string) => t.db.selectFrom('satisfaction_surveys').selectAll().where('request_id', '=', requestId).executeTakeFirstOrThrow();

describe('the survey after closure (public)', () => {
  it('shows an open survey with the reference only, no content of the request', async () => {
    const { token, reference } = await invitedSurvey();
    const response = await t.call(null, 'GET', `/api/surveys/${token}`);
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toEqual({ status: 'open', reference, expiresAt: expect.any(String) });
    expect(response.body).not.toContain('Objet qui ne doit jamais sortir');
  });

  it('answers 404 in French to an unknown or malformed token', async () => {
    for (const token of ['A'.repeat(43), 'pas-un-jeton']) {
      const response = await t.call(null, 'GET', `/api/surveys/${token}`);
      expect(response.statusCode).toBe(404);
      expect(response.headers['content-type']).toContain('application/problem+json');
      expect(response.json().detail).toMatch(/lien de questionnaire est inconnu/);
      expect((await t.call(null, 'POST', `/api/surveys/${token}`, ANSWER)).statusCode).toBe(404);
    }
  });

  it('records one answer, then answers 409 « déjà rempli » and changes nothing', async () => {
    const { token, requestId } = await invitedSurvey();
    const first = await t.call(null, 'POST', `/api/surveys/${token}`, ANSWER);
    expect(first.statusCode).toBe(201);
    const stored = await surveyOf(requestId);
    expect(stored).toMatchObject({ ease: 4, delay: 3, listening: 5, clarity: 4, usefulness: 5, overall: 9, improvement: ANSWER.improvement });
    expect(stored.answered_at).not.toBeNull();

    const second = await t.call(null, 'POST', `/api/surveys/${token}`, { ...ANSWER, overall: 0, improvement: 'Autre chose' });
    expect(second.statusCode).toBe(409);
    expect(second.json().detail).toBe('Ce questionnaire a déjà été rempli. Merci !');
    expect(await surveyOf(requestId)).toEqual(stored);
    expect((await t.call(null, 'GET', `/api/surveys/${token}`)).json().status).toBe('answered');
  });

  it('lets only one of two simultaneous answers through', async () => {
    const { token } = await invitedSurvey();
    const answers = await Promise.all([t.call(null, 'POST', `/api/surveys/${token}`, ANSWER), t.call(null, 'POST', `/api/surveys/${token}`, ANSWER)]);
    expect(answers.map((a) => a.statusCode).sort()).toEqual([201, 409]);
  });

  it('answers 410 once the link has expired, and records nothing', async () => {
    const { token, requestId } = await invitedSurvey();
    await t.db.updateTable('satisfaction_surveys').set({ expires_at: new Date(Date.now() - 1000) }).where('request_id', '=', requestId).execute();
    expect((await t.call(null, 'GET', `/api/surveys/${token}`)).json().status).toBe('expired');
    const response = await t.call(null, 'POST', `/api/surveys/${token}`, ANSWER);
    expect(response.statusCode).toBe(410);
    expect(response.json().detail).toMatch(/Ce lien a expiré/);
    expect((await surveyOf(requestId)).answered_at).toBeNull();
  });

  it('refuses bad input with field errors and records nothing', async () => {
    const { token, requestId } = await invitedSurvey();
    const response = await t.call(null, 'POST', `/api/surveys/${token}`, { ...ANSWER, ease: 6, overall: 11, clarity: 2.5, improvement: 'x'.repeat(2001), delay: undefined });
    expect(response.statusCode).toBe(400);
    const fields = response.json().errors.map((e: { field: string }) => e.field);
    expect(fields).toEqual(expect.arrayContaining(['ease', 'overall', 'clarity', 'improvement', 'delay']));
    expect((await t.call(null, 'POST', `/api/surveys/${token}`, { ...ANSWER, extra: 1 })).statusCode).toBe(400);
    expect((await surveyOf(requestId)).answered_at).toBeNull();
  });

  it('works for a signed-in person too, who must then send the CSRF token like on any POST', async () => {
    const { token } = await invitedSurvey();
    const signedIn: Caller = await t.signInAs(DEMO.agentSomme);
    const withoutCsrf = await t.app.inject({ method: 'POST', url: `/api/surveys/${token}`, headers: { cookie: signedIn.cookie }, payload: ANSWER });
    expect(withoutCsrf.statusCode).toBe(403);
    expect((await t.call(signedIn, 'POST', `/api/surveys/${token}`, ANSWER)).statusCode).toBe(201);
  });

  it('accepts an answer without free text', async () => {
    const { token, requestId } = await invitedSurvey();
    const { improvement: _, ...withoutText } = ANSWER;
    expect((await t.call(null, 'POST', `/api/surveys/${token}`, { ...withoutText, overall: 0 })).statusCode).toBe(201);
    expect(await surveyOf(requestId)).toMatchObject({ overall: 0, improvement: null });
  });
});

describe('the free-text comments', () => {
  it('gives the académie’s coordinator day, topic, score and text, without name, reference or request id, and audits the read', async () => {
    const { token, reference, requestId } = await invitedSurvey('training_project');
    await t.call(null, 'POST', `/api/surveys/${token}`, { ...ANSWER, improvement: '=HYPERLINK("x") Plus de permanences à Abbeville' });
    const coordinator = await t.signInAs(DEMO.coordinator);
    const before = await t.db.selectFrom('audit_log').select('id').where('action', '=', 'satisfaction.comments.read').execute();

    const response = await t.call(coordinator, 'GET', '/api/satisfaction/comments?academie=AMIENS&limit=200');
    expect(response.statusCode).toBe(200);
    const { items } = response.json();
    const mine = items.find((i: { improvement: string }) => i.improvement.includes('Abbeville'));
    expect(mine).toEqual({ answeredAt: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/), topic: 'training_project', overall: 9, improvement: expect.any(String) });
    expect(Object.keys(items[0]).sort()).toEqual(['answeredAt', 'improvement', 'overall', 'topic']);
    expect(response.body).not.toContain(reference);
    expect(response.body).not.toContain(requestId);
    expect(response.body).not.toContain('Camille');

    const csv = await t.call(coordinator, 'GET', '/api/satisfaction/comments.csv?academie=AMIENS');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    expect(csv.headers['content-disposition']).toMatch(/attachment; filename="commentaires-amiens-/);
    expect(csv.body).toContain('Ce qui devrait s’améliorer');
    expect(csv.body).toContain('Projet de formation');
    // A formula is neutralised for spreadsheets.
    expect(csv.body).toContain('\'=HYPERLINK');
    expect(csv.body).not.toContain(reference);

    const after = await t.db.selectFrom('audit_log').select(['id', 'actor_id', 'details']).where('action', '=', 'satisfaction.comments.read').execute();
    expect(after.length - before.length).toBe(2);
    expect(after.every((row) => row.actor_id === coordinator.personId)).toBe(true);
  });

  it('filters by the day of the answer and pages with a cursor', async () => {
    const coordinator = await t.signInAs(DEMO.coordinator);
    const all = (await t.call(coordinator, 'GET', '/api/satisfaction/comments?academie=AMIENS&limit=200')).json().items as Array<{ answeredAt: string }>;
    expect(all.length).toBeGreaterThan(3);
    const day = all[2]!.answeredAt;
    const sameDay = (await t.call(coordinator, 'GET', `/api/satisfaction/comments?academie=AMIENS&from=${day}&to=${day}&limit=200`)).json().items;
    expect(sameDay.length).toBe(all.filter((c) => c.answeredAt === day).length);
    const page1 = (await t.call(coordinator, 'GET', '/api/satisfaction/comments?academie=AMIENS&limit=2')).json();
    expect(page1.items).toHaveLength(2);
    const page2 = (await t.call(coordinator, 'GET', `/api/satisfaction/comments?academie=AMIENS&limit=2&cursor=${page1.nextCursor}`)).json();
    expect(page2.items).toEqual(all.slice(2, 4));
    expect((await t.call(coordinator, 'GET', '/api/satisfaction/comments?academie=AMIENS&from=2026-05-02&to=2026-05-01')).statusCode).toBe(400);
  });

  it('refuses the comments to steering roles, advisers and another académie’s reader (403)', async () => {
    for (const who of [DEMO.steeringAcademie, DEMO.steeringNational, DEMO.adviserSomme, DEMO.agentSomme, DEMO.admin]) {
      const caller = await t.signInAs(who);
      expect((await t.call(caller, 'GET', '/api/satisfaction/comments?academie=AMIENS')).statusCode).toBe(403);
      expect((await t.call(caller, 'GET', '/api/satisfaction/comments.csv?academie=AMIENS')).statusCode).toBe(403);
    }
    const coordinator = await t.signInAs(DEMO.coordinator);
    expect((await t.call(coordinator, 'GET', '/api/satisfaction/comments?academie=LILLE')).statusCode).toBe(403);
    expect((await t.call(null, 'GET', '/api/satisfaction/comments?academie=AMIENS')).statusCode).toBe(401);
  });
});

describe('the demo surveys', () => {
  it('give the demo académie surveys for its closed requests, about 60 % answered', async () => {
    const all = await t.db.selectFrom('satisfaction_surveys').select(['answered_at', 'overall', 'improvement', 'sent_at', 'expires_at'])
      .where('academie_code', '=', 'AMIENS').execute();
    expect(all.length).toBeGreaterThan(50);
    const answered = all.filter((s) => s.answered_at);
    expect(answered.length / all.length).toBeGreaterThan(0.45);
    expect(answered.length / all.length).toBeLessThan(0.75);
    expect(answered.every((s) => s.overall !== null && s.answered_at! < s.expires_at && s.answered_at! > s.sent_at)).toBe(true);
    expect(answered.filter((s) => s.improvement).length).toBeGreaterThan(5);
  });
});
