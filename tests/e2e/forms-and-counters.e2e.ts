import { beforeAll, describe, expect, it } from 'vitest';
import type { Page, Request } from 'playwright-core';
import { chooseRadio, expectAccessible, signIn, textOf, useServerAndBrowser } from './support/browser.ts';

/**
 * What a form refuses is said before anything is lost: a pasted text over its limit stays whole
 * and blocks the submission; a file whose content is not an accepted kind is refused in the
 * browser and never reaches the server. « Mes demandes » reads on a phone without scrolling
 * sideways, and every counter leads to the list it counts.
 */
const env = useServerAndBrowser();

/** An executable (« MZ » header) renamed as a PDF. */
const EXE_AS_PDF = Buffer.concat([Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00', 'latin1'), Buffer.alloc(2048)]);
const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

/** Every call of the page to the API, as « METHOD path ». */
function recordApiCalls(page: Page): string[] {
  const calls: string[] = [];
  page.on('request', (request: Request) => {
    const url = new URL(request.url());
    if (url.pathname.startsWith('/api/')) calls.push(`${request.method()} ${url.pathname}`);
  });
  return calls;
}

describe('the request form says what it refuses before sending', () => {
  let agent: Page;
  let calls: string[];
  beforeAll(async () => {
    agent = await env.newPage();
    calls = recordApiCalls(agent);
    await signIn(agent, env.server.url, /Camille Dupuis/);
    await agent.goto(`${env.server.url}/mon-espace/nouvelle-demande`);
    await agent.getByRole('heading', { level: 1 }).waitFor();
  });

  it('keeps a pasted subject longer than 200 characters whole, counts it, and refuses to send it', async () => {
    const subject = agent.getByRole('textbox', { name: /^Objet/ });
    const long = `Demande de disponibilité ${'très longue '.repeat(20)}`.slice(0, 250);
    await subject.fill(long);
    expect((await subject.inputValue()).length).toBe(250);
    expect(await textOf(agent.locator('#demande-subject-compteur'))).toContain('250 caractères sur 200 : 50 de trop');
    expect(await textOf(agent.locator('main'))).toContain('L’objet dépasse 200 caractères : raccourcissez-le.');
    await expectAccessible(agent);

    await chooseRadio(agent, /^Accompagnement d’un projet professionnel/);
    await agent.getByRole('textbox', { name: /^Description/ }).fill('Je souhaite une disponibilité pour convenances personnelles.');
    await chooseRadio(agent, /^Courriel/);
    await agent.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await agent.getByRole('heading', { name: 'Le formulaire contient des erreurs' }).waitFor();
    expect(calls.filter((call) => call === 'POST /api/requests')).toEqual([]);

    await subject.fill('Demande de disponibilité');
    expect(await textOf(agent.locator('#demande-subject-compteur'))).toContain('24 caractères sur 200');
  });

  it('refuses an executable renamed .pdf in the browser, so that it never reaches the server', async () => {
    await agent.locator('input[type=file]').setInputFiles({ name: 'bulletin.pdf', mimeType: 'application/pdf', buffer: EXE_AS_PDF });
    await agent.getByText(/« bulletin\.pdf » a été refusé : son contenu n’est pas celui d’un fichier PDF/).waitFor();
    await expect.poll(() => agent.getByRole('list', { name: 'Fichiers qui seront joints' }).count(), { timeout: 10_000 }).toBe(0);
    await agent.locator('input[type=file]').setInputFiles({ name: 'arrete.pdf', mimeType: 'application/pdf', buffer: PDF });
    await agent.getByRole('list', { name: 'Fichiers qui seront joints' }).getByText(/arrete\.pdf/).waitFor();
    await expectAccessible(agent);

    await agent.getByRole('button', { name: 'Envoyer ma demande' }).click();
    await agent.getByText(/Demande enregistrée sous la référence/).waitFor();
    const uploads = calls.filter((call) => /\/attachments$/.test(call));
    expect(uploads).toHaveLength(1);
    const reference = /AMI-\d{4}-\d{6}/.exec(await textOf(agent.getByText(/Demande enregistrée sous la référence/)))![0];
    const stored = await env.server.database.db.selectFrom('request_attachments as a').innerJoin('requests as r', 'r.id', 'a.request_id')
      .select('a.filename').where('r.reference', '=', reference).execute();
    expect(stored.map((a) => a.filename)).toEqual(['arrete.pdf']);
    expect(await textOf(agent.locator('main'))).not.toContain('depuis la page de la demande');
    await expectAccessible(agent);
  });
});

describe('« Mes demandes » on a phone, and the counters that lead to their lists', () => {
  it('shows the agent’s requests as cards at 375 px, without scrolling sideways', async () => {
    const phone = await env.newPage({ viewport: { width: 375, height: 812 } });
    await signIn(phone, env.server.url, /Camille Dupuis/);
    await phone.getByRole('heading', { name: 'Mes demandes', exact: true }).waitFor();
    const card = phone.locator('#mes-demandes li').first();
    await card.waitFor();
    const text = await textOf(card);
    expect(text).toMatch(/Première réponse attendue le/);
    expect(text).toMatch(/Nouvelle|En cours|En attente|Clôturée/);
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(phone);
  });

  it('leads the agent from « N de vos demandes ont du nouveau » to exactly those requests, each marked', async () => {
    // Two of the agent's requests changed since they last read them.
    const { db } = env.server.database;
    const thomas = await db.selectFrom('persons').select('id').where('email', '=', 'thomas.leclercq@ac-amiens.fr').executeTakeFirstOrThrow();
    const changed = await db.selectFrom('requests').select('id').where('agent_id', '=', thomas.id).orderBy('created_at', 'desc').limit(2).execute();
    await db.updateTable('requests').set({ last_activity_at: new Date() }).where('id', 'in', changed.map((r) => r.id)).execute();
    const agent = await env.newPage();
    await signIn(agent, env.server.url, /Thomas Leclercq/);
    const counter = agent.getByText(/(\d+) de vos demandes ont du nouveau|Une de vos demandes a du nouveau/);
    const said = await textOf(counter);
    const count = said.startsWith('Une') ? 1 : Number(/\d+/.exec(said)![0]);
    await agent.getByRole('link', { name: /Afficher (ces demandes|cette demande)/ }).click();
    await agent.waitForURL(/nouveau/);
    await agent.getByRole('link', { name: 'Afficher toutes mes demandes' }).waitFor();
    await agent.getByRole('table', { name: /Mes demandes qui ont du nouveau/ }).waitFor({ state: 'attached' });
    await agent.waitForLoadState('networkidle');
    const rows = agent.locator('#mes-demandes tbody tr');
    expect(count).toBeGreaterThanOrEqual(2);
    await expect.poll(() => rows.count(), { timeout: 10_000 }).toBe(Math.min(count, 50));
    for (const { id } of changed) await expect.poll(() => agent.locator(`#mes-demandes a[href$="${id}"]`).count(), { timeout: 10_000 }).toBe(1);
    expect(await agent.locator('#mes-demandes tbody tr', { hasText: 'Du nouveau' }).count()).toBe(await rows.count());
    await expectAccessible(agent);
  });

  it('shows the adviser « Avec du nouveau » with the menu badge’s number, and that many requests', async () => {
    const adviser = await env.newPage();
    await signIn(adviser, env.server.url, /Claire Vasseur/);
    await adviser.goto(`${env.server.url}/ma-file`);
    const tag = adviser.getByRole('button', { name: /^Avec du nouveau \(\d+\)/ });
    const count = Number(/\((\d+)\)/.exec(await textOf(tag))![1]);
    const badge = await adviser.locator('#fr-header-main-navigation').getByText(/demandes? avec du nouveau/).count();
    if (count > 0) {
      expect(await textOf(adviser.locator('#fr-header-main-navigation'))).toContain(`${count} demande`);
    } else {
      expect(badge).toBe(0);
    }
    await tag.click();
    await adviser.waitForURL(/vue=unread/);
    await adviser.waitForLoadState('networkidle');
    if (count > 0) {
      await adviser.getByRole('table', { name: /avec du nouveau/ }).waitFor({ state: 'attached' });
      await adviser.locator('#ma-file-demandes tbody tr').first().waitFor();
      await expect.poll(() => adviser.locator('#ma-file-demandes tbody tr').count(), { timeout: 10_000 }).toBe(Math.min(count, 50));
    } else {
      await adviser.getByText('Aucune demande dans cette vue.').waitFor();
    }
    await expectAccessible(adviser);
  });

  it('offers a coordinator no view that cannot apply, and words a national scope as such', async () => {
    const coordinator = await env.newPage();
    await signIn(coordinator, env.server.url, /Nathalie Perrin/);
    await coordinator.goto(`${env.server.url}/coordination`);
    await coordinator.getByRole('button', { name: /^Toutes actives/ }).waitFor();
    const main = await textOf(coordinator.locator('main'));
    expect(main).not.toContain('Attribuées à moi');
    expect(main).not.toContain('Avec du nouveau');
    expect(main).not.toContain('(National)');
    expect(main).not.toContain('Demandes de l’académie');
    expect(main).toContain('dans toutes les académies');
    await expectAccessible(coordinator);
  });
});
