import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, signIn, textOf, useServerAndBrowser, waitFor } from './support/browser.ts';

/**
 * The HR newsletter (issue 16), end to end: Marion Lecomte composes a letter for the second-degree
 * staff of the Somme, Julie Moreau (another editor) approves it, the server's own workers send it
 * to the local SMTP server, each mail with its List-Unsubscribe headers (RFC 8058). One recipient
 * unsubscribes with one click: a second POST changes nothing, and the next letter does not reach
 * them. Every page visited: no serious or critical axe violation. Screenshots: dist/screenshots-newsletter/.
 */
const env = useServerAndBrowser();
const SHOTS = 'dist/screenshots-newsletter';
let author: Page;
let approver: Page;
const TITLE = 'Lettre RH du second degré — décembre 2026';

beforeAll(async () => {
  fs.mkdirSync(SHOTS, { recursive: true });
  author = await env.newPage();
  approver = await env.newPage({ viewport: { width: 375, height: 800 } });
});

/** DSFR checkboxes hide the native input behind their label: clicks the label of the box so named. */
async function tick(page: Page, name: RegExp | string) {
  const box = page.getByRole('checkbox', { name });
  await page.locator(`label[for="${await box.getAttribute('id')}"]`).click();
  expect(await box.isChecked()).toBe(true);
}

/** A demo account's session, for the calls the browser does not need to make. */
async function apiSession(email: string) {
  const accounts = await (await fetch(`${env.server.url}/api/auth/demo-accounts`)).json() as Array<{ id: string; email: string }>;
  const response = await fetch(`${env.server.url}/api/auth/demo-login`, {
    method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ accountId: accounts.find((a) => a.email === email)!.id }),
  });
  const cookie = response.headers.get('set-cookie')!.split(';')[0]!;
  const { csrfToken } = await response.json() as { csrfToken: string };
  return async (method: string, path: string, body?: unknown) => {
    const answer = await fetch(`${env.server.url}${path}`, {
      method, headers: { cookie, 'x-csrf-token': csrfToken, ...(body ? { 'content-type': 'application/json' } : {}) }, ...(body ? { body: JSON.stringify(body) } : {}),
    });
    expect(answer.status, await answer.clone().text()).toBeLessThan(300);
    return answer.json() as Promise<{ id: string; status: string }>;
  };
}

describe('the newsletter', () => {
  let issuePath = '';

  it('is composed by an editor for the second-degree staff of the Somme, previewed, and submitted', async () => {
    await signIn(author, env.server.url, /Marion Lecomte/);
    await author.goto(`${env.server.url}/contenus/lettres`);
    expect(await textOf(author.getByRole('heading', { level: 1 }))).toBe('Lettres d’information');
    await author.getByRole('textbox', { name: 'Titre' }).fill(TITLE);
    await author.getByRole('button', { name: 'Rédiger la lettre' }).click();
    await author.waitForURL(/\/contenus\/lettres\/[0-9a-f-]{36}$/);
    issuePath = new URL(author.url()).pathname;
    await author.getByRole('textbox', { name: /Éditorial/ }).fill('Les rendez-vous RH de l’hiver.\n\nBonne lecture à toutes et à tous.');
    await tick(author, /^Mobilité intra-académique : saisie des vœux/);
    await author.getByRole('button', { name: 'Ajouter un focus par métier' }).click();
    await author.getByRole('textbox', { name: 'Titre du focus' }).fill('Préparer sa mutation');
    await author.getByRole('textbox', { name: 'Texte du focus' }).fill('Le conseiller mobilité carrière vous reçoit avant l’ouverture du serveur.');
    await tick(author, 'Somme (80)');
    await tick(author, 'Professeurs du second degré et personnels d’éducation');
    await author.getByRole('button', { name: 'Enregistrer la lettre' }).click();
    await author.getByRole('status').filter({ hasText: 'La lettre est enregistrée.' }).waitFor();
    expect(await textOf(author.locator('pre'))).toContain('Focus : Préparer sa mutation');
    // The HTML mail as the recipient will see it, in a window of its own.
    const previewHref = await author.getByRole('link', { name: 'Ouvrir le courriel tel que le destinataire le recevra' }).getAttribute('href');
    const preview = await author.context().newPage();
    await preview.goto(`${env.server.url}${previewHref}`);
    expect(await textOf(preview.getByRole('heading', { level: 1 }))).toBe(TITLE);
    expect(await textOf(preview.locator('body'))).toContain('Focus : Préparer sa mutation');
    await preview.screenshot({ path: `${SHOTS}/lettre-apercu-courriel.png`, fullPage: true });
    await preview.close();
    await author.getByRole('button', { name: 'Soumettre à validation' }).click();
    await author.getByRole('status').filter({ hasText: 'soumise à validation' }).waitFor();
    // Its author may not approve it.
    await expect.poll(() => author.getByRole('button', { name: 'Valider et programmer l’envoi' }).count(), { timeout: 10_000 }).toBe(0);
    await expectAccessible(author);
    await author.screenshot({ path: `${SHOTS}/lettre-composition-desktop.png`, fullPage: true });
  });

  it('is approved by another editor, sent by the workers, and reaches the SMTP server with the RFC 8058 headers', async () => {
    await signIn(approver, env.server.url, /Julie Moreau/);
    await approver.goto(`${env.server.url}${issuePath}`);
    await approver.getByRole('button', { name: 'Valider et programmer l’envoi' }).click();
    await approver.getByRole('status').filter({ hasText: 'son envoi est programmé' }).waitFor();
    await expectAccessible(approver);
    const mails = await waitFor(() => {
      const found = env.server.smtp.received.filter((m) => m.subject.includes(TITLE));
      return found.length > 0 ? found : undefined;
    }, 60_000);
    const mail = mails[0]!;
    expect(mail.headers.get('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');
    expect(mail.headers.get('list-unsubscribe')).toMatch(/^<http:\/\/127\.0\.0\.1:\d+\/api\/newsletters\/unsubscribe\/[A-Za-z0-9_-]{43}>$/);
    expect(mail.html).toContain('Focus : Préparer sa mutation');
    expect(mail.html).not.toMatch(/<img/i);
    // Only second-degree staff of the Somme.
    const recipients = await env.server.database.db.selectFrom('persons').select(['email', 'departement_code', 'category'])
      .where('email', 'in', mails.flatMap((m) => m.envelope.to)).execute();
    expect(recipients.every((p) => p.departement_code === '80' && p.category === 'second_degree')).toBe(true);
    await approver.reload();
    await approver.getByText('Envoi terminé le', { exact: false }).waitFor({ timeout: 60_000 });
    await approver.screenshot({ path: `${SHOTS}/lettre-envoyee-375.png`, fullPage: true });
  }, 180_000);

  it('unsubscribes in one click once: a second POST changes nothing, and the next letter does not reach the person', async () => {
    const mail = env.server.smtp.received.find((m) => m.subject.includes(TITLE))!;
    const link = /^<([^>]+)>$/.exec(mail.headers.get('list-unsubscribe')!)![1]!;
    const to = mail.envelope.to[0]!;
    const page = await env.newPage();
    await page.goto(link);
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Se désinscrire de la lettre d’information');
    await expectAccessible(page);
    await page.screenshot({ path: `${SHOTS}/desinscription-desktop.png`, fullPage: true });
    const first = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(first.status).toBe(200);
    const person = await env.server.database.db.selectFrom('persons').select('id').where('email', '=', to).executeTakeFirstOrThrow();
    const after = await env.server.database.db.selectFrom('newsletter_subscriptions').select(['kind', 'subscribed', 'updated_at']).where('person_id', '=', person.id).execute();
    expect(after).toMatchObject([{ kind: 'quarterly', subscribed: false }]);
    const second = await fetch(link, { method: 'POST', headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: 'List-Unsubscribe=One-Click' });
    expect(second.status).toBe(200);
    const again = await env.server.database.db.selectFrom('newsletter_subscriptions').select(['kind', 'subscribed', 'updated_at']).where('person_id', '=', person.id).execute();
    expect(again).toEqual(after);
    // The button of the page (no JavaScript needed) says the same.
    await page.getByRole('button', { name: 'Confirmer la désinscription' }).click();
    // A form posted without JavaScript: wait for the answer page to replace the question.
    await page.getByRole('heading', { level: 1, name: 'Vous êtes désinscrit(e)' }).waitFor();
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Vous êtes désinscrit(e)');

    const marion = await apiSession('marion.lecomte@ac-amiens.fr');
    const julie = await apiSession('julie.moreau@ac-amiens.fr');
    const next = await marion('POST', '/api/newsletters', { academie: 'AMIENS', kind: 'quarterly', title: 'Lettre RH du second degré — janvier 2027',
      editorial: 'Bonne année !', audience: { departements: ['80'], categories: ['second_degree'] } });
    await marion('POST', `/api/newsletters/${next.id}/submit`);
    await julie('POST', `/api/newsletters/${next.id}/approve`);
    const nextMails = await waitFor(() => {
      const found = env.server.smtp.received.filter((m) => m.subject.includes('janvier 2027'));
      return found.length > 0 ? found : undefined;
    }, 60_000);
    expect(nextMails.some((m) => m.envelope.to.includes(to))).toBe(false);
    const sends = await env.server.database.db.selectFrom('newsletter_sends').select('person_id').where('issue_id', '=', next.id).execute();
    expect(sends.map((s) => s.person_id)).not.toContain(person.id);
  });

  it('shows the key dates and the archive to everyone, and the agent’s own in « Mon espace », accessible at 375 px too', async () => {
    const visitor = await env.newPage({ viewport: { width: 375, height: 800 } });
    await visitor.goto(`${env.server.url}/dates-cles?academie=AMIENS&audience=second_degree`);
    expect(await textOf(visitor.getByRole('heading', { level: 1 }))).toBe('Dates-clés RH');
    expect(await visitor.getByRole('textbox', { name: 'Adresse du calendrier' }).inputValue()).toMatch(/\/api\/key-dates\.ics\?academie=AMIENS&audience=second_degree$/);
    await expectAccessible(visitor);
    await visitor.screenshot({ path: `${SHOTS}/dates-cles-375.png`, fullPage: true });
    await visitor.goto(`${env.server.url}/lettres-rh/amiens`);
    await visitor.getByRole('link', { name: TITLE }).click();
    // The issue's page is loaded on demand: wait for its heading to replace the archive's.
    await visitor.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await textOf(visitor.getByRole('heading', { level: 1 }))).toBe(TITLE);
    await expectAccessible(visitor);
    await visitor.screenshot({ path: `${SHOTS}/archive-lettre-375.png`, fullPage: true });

    const agent = await env.newPage();
    await signIn(agent, env.server.url, /Camille Dupuis/);
    await agent.goto(`${env.server.url}/mon-espace/dates-cles`);
    expect(await textOf(agent.getByRole('heading', { level: 1 }))).toBe('Mes dates-clés');
    await agent.getByText('Mois', { exact: true }).click();
    await agent.getByRole('table').waitFor();
    await expectAccessible(agent);
    await agent.screenshot({ path: `${SHOTS}/mes-dates-cles-desktop.png`, fullPage: true });
    await agent.goto(`${env.server.url}/mon-espace/lettres-d-information`);
    expect(await textOf(agent.getByRole('heading', { level: 1 }))).toBe('Mes lettres d’information');
    await expectAccessible(agent);
    await agent.screenshot({ path: `${SHOTS}/mes-lettres-desktop.png`, fullPage: true });
    await author.goto(`${env.server.url}/contenus/dates-cles`);
    expect(await textOf(author.getByRole('heading', { level: 1 }))).toBe('Dates-clés');
    await expectAccessible(author);
    await author.screenshot({ path: `${SHOTS}/contenus-dates-cles-desktop.png`, fullPage: true });
  });
});
