import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseRadio, expectAccessible, signIn, textOf, useServerAndBrowser, waitFor } from './support/browser.ts';
import { JobQueue } from '../../src/server/jobs/queue.ts';
import { mailJobDefinition, queuedMailSender } from '../../src/server/mail/jobs.ts';
import { createMailer } from '../../src/server/mail/mailer.ts';
import { loadConfig } from '../../src/server/config.ts';
import { inviteToSurveys } from '../../src/server/modules/satisfaction/invite-to-surveys.ts';
import { surveyMails } from '../../src/server/modules/satisfaction/mails.ts';

/**
 * The survey after closure in a real Chromium: a request of Camille Dupuis closed three days
 * ago, the invitation job run as another instance would, the mail read at the local SMTP
 * server, the questionnaire answered without signing in, then the same link telling it was
 * already used; the coordinator reads the comment without a name, the national coordinator
 * draws a panel, sends it the national questionnaire and answers it from the mail.
 */
const env = useServerAndBrowser();
let page: Page;
let reference = '';
let link = '';
let national: Page;
const COMMENT = 'Des permanences à Abbeville le mercredi après-midi seraient bienvenues.';

beforeAll(async () => { page = await env.newPage(); });

describe('the satisfaction survey after closure', () => {
  it('sends the invitation through the real SMTP server once the request has been closed for two days', async () => {
    const { db } = env.server.database;
    const agent = await db.selectFrom('persons').select('id').where('email', '=', 'camille.dupuis@ac-amiens.fr').executeTakeFirstOrThrow();
    const request = await db.selectFrom('requests').select(['id', 'reference']).where('agent_id', '=', agent.id)
      .orderBy('reference').executeTakeFirstOrThrow();
    reference = request.reference;
    await db.deleteFrom('satisfaction_surveys').where('request_id', '=', request.id).execute();
    await db.updateTable('requests').set({ status: 'closed', closed_at: new Date(Date.now() - 3 * 86_400_000), response_type: 'information_individual' })
      .where('id', '=', request.id).execute();

    // The job, run as another instance of the service would run it: it queues, the server's worker sends.
    const queue = await JobQueue.start({ database: env.server.database, databaseUrl: (env.server.database as { url?: string }).url, work: false },
      [mailJobDefinition({ db, mailer: createMailer(loadConfig({ NODE_ENV: 'test' })) })]);
    try {
      expect(await inviteToSurveys(db, surveyMails(queuedMailSender(queue)))).toBeGreaterThanOrEqual(1);
    } finally {
      await queue.stop();
    }

    const mail = await waitFor(() => env.server.smtp.received.find((m) => m.subject.includes(reference) && m.subject.includes('avis')));
    expect(mail.envelope.to).toEqual(['camille.dupuis@ac-amiens.fr']);
    link = /http:\/\/127\.0\.0\.1:\d+\/enquete\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0] ?? '';
    expect(link).not.toBe('');
  });

  it('opens the questionnaire without signing in and records one answer', async () => {
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Votre avis sur le service RH de proximité' }).waitFor();
    expect(await textOf(page.locator('main'))).toContain(reference);
    await expectAccessible(page);

    // Nothing chosen: the summary lists the questions and takes the focus.
    await page.getByRole('button', { name: 'Envoyer mon avis' }).click();
    await page.getByText('Le questionnaire contient des erreurs (6 erreurs)').waitFor();
    await expectAccessible(page);

    await chooseRadio(page, /^4 – Facile$/, 'A-t-il été facile de joindre le service RH de proximité ?');
    await chooseRadio(page, /^3 – Moyennement satisfait$/, 'Êtes-vous satisfait du délai de réponse ?');
    await chooseRadio(page, /^5 – Très satisfait$/, 'Êtes-vous satisfait de l’écoute qui vous a été accordée ?');
    await chooseRadio(page, /^4 – Satisfait$/, 'La réponse apportée était-elle claire ?');
    await chooseRadio(page, /^5 – Très satisfait$/, 'La réponse ou l’orientation proposée vous a-t-elle été utile ?');
    await chooseRadio(page, /^9$/, 'Globalement, quelle note de 0 à 10 donnez-vous au service ?');
    await page.getByRole('textbox', { name: /Que devrions-nous améliorer/ }).fill(COMMENT);
    await page.getByRole('button', { name: 'Envoyer mon avis' }).click();

    await page.getByRole('heading', { level: 1, name: 'Merci pour votre réponse' }).waitFor();
    expect(await textOf(page.getByRole('status').filter({ hasText: 'Réponse enregistrée' }))).toContain(reference);
    await expectAccessible(page);
  });

  it('tells on a second visit that the questionnaire was already answered', async () => {
    await page.goto(link);
    await page.getByRole('heading', { level: 1, name: 'Questionnaire déjà rempli' }).waitFor();
    expect(await textOf(page.locator('main'))).toContain('Ce questionnaire a déjà été rempli');
    await expect.poll(() => page.getByRole('button', { name: 'Envoyer mon avis' }).count(), { timeout: 10_000 }).toBe(0);
    await expectAccessible(page);
    const stored = await env.server.database.db.selectFrom('satisfaction_surveys as s').innerJoin('requests as r', 'r.id', 's.request_id')
      .select(['s.overall', 's.improvement']).where('r.reference', '=', reference).execute();
    expect(stored).toEqual([{ overall: 9, improvement: COMMENT }]);
  });

  it('shows the comment to the académie’s coordinator, without the reference', async () => {
    const coordinator = await env.newPage();
    await signIn(coordinator, env.server.url, /Hélène Dumont/);
    await coordinator.getByRole('link', { name: 'Avis des agents' }).click();
    await coordinator.getByRole('heading', { level: 1, name: 'Avis des agents' }).waitFor();
    await coordinator.getByRole('cell', { name: COMMENT }).waitFor();
    expect(await textOf(coordinator.locator('main'))).not.toContain(reference);
    await expectAccessible(coordinator);
    // The national panel is not theirs: « Accès refusé » at once, the draw form never shown.
    await coordinator.goto(`${env.server.url}/enquete-nationale`);
    await coordinator.getByRole('heading', { level: 1, name: 'Accès refusé' }).waitFor();
    await expect.poll(() => coordinator.getByRole('button', { name: 'Tirer le panel' }).count(), { timeout: 10_000 }).toBe(0);
    await expectAccessible(coordinator);
    await coordinator.context().close();
  });

  it('refuses the comments page at once to the national coordinator (not the académie’s)', async () => {
    const other = await env.newPage();
    await signIn(other, env.server.url, /Nathalie Perrin/);
    await other.goto(`${env.server.url}/coordination/avis`);
    await other.getByRole('heading', { level: 1, name: 'Accès refusé' }).waitFor();
    await expect.poll(() => other.getByRole('heading', { level: 1, name: 'Avis des agents' }).count(), { timeout: 10_000 }).toBe(0);
    await other.context().close();
  });

  it('lets the national coordinator draw a panel from a seed shown on the page', async () => {
    national = await env.newPage();
    await signIn(national, env.server.url, /Nathalie Perrin/);
    await national.goto(`${env.server.url}/coordination`);
    await national.getByRole('link', { name: 'Enquête nationale' }).click();
    await national.getByRole('heading', { level: 1, name: 'Enquête nationale de satisfaction' }).waitFor();
    await expectAccessible(national);
    await national.getByRole('textbox', { name: /^Début de la période/ }).fill('2020-01-01');
    await national.getByRole('textbox', { name: /^Fin de la période/ }).fill('2030-12-31');
    await national.getByRole('spinbutton', { name: /^Personnes par département/ }).fill('4');
    await national.getByRole('textbox', { name: /^Graine/ }).fill('e2e-2026');
    await national.getByRole('button', { name: 'Tirer le panel' }).click();
    await national.getByRole('heading', { name: /Panel de graine e2e-2026/ }).waitFor();
    await national.getByRole('table', { name: 'Effectifs du panel par département' }).waitFor();
    await expectAccessible(national);
  });

  it('sends the national questionnaire to the panel once, and takes an answer from a signed-in browser too', async () => {
    await national.getByRole('button', { name: 'Envoyer le questionnaire au panel de graine e2e-2026' }).click();
    // Nothing leaves before a confirmation that says how many people will be written to.
    const dialog = national.getByRole('dialog', { name: 'Envoyer le questionnaire national ?' });
    await dialog.waitFor();
    const drawn = /Les (\d+) personnes tirées/.exec(await textOf(dialog))?.[1];
    expect(Number(drawn)).toBeGreaterThan(1);
    await expectAccessible(national);
    await dialog.getByRole('button', { name: 'Annuler' }).click();
    await dialog.waitFor({ state: 'hidden' });
    expect(env.server.smtp.received.filter((m) => m.subject.includes('Enquête nationale'))).toEqual([]);
    await national.getByRole('button', { name: 'Envoyer le questionnaire au panel de graine e2e-2026' }).click();
    await dialog.getByRole('button', { name: `Envoyer à ${drawn} personnes` }).click();
    await national.getByText(`Questionnaire envoyé à ${drawn} personnes`, { exact: false }).waitFor();
    // Sent once: the button is gone from the panel's row.
    await expect.poll(() => national.getByRole('button', { name: 'Envoyer le questionnaire au panel de graine e2e-2026' }).count(), { timeout: 10_000 }).toBe(0);
    const mail = await waitFor(() => env.server.smtp.received.find((m) => m.subject.includes('Enquête nationale')), 30_000);
    const panelLink = /http:\/\/127\.0\.0\.1:\d+\/enquete-nationale\/[A-Za-z0-9_-]{43}/.exec(mail.text)?.[0] ?? '';
    expect(panelLink).not.toBe('');

    // Opened in a signed-in browser: the public questionnaire works there too (the CSRF token goes along).
    await national.goto(panelLink);
    await national.getByRole('heading', { level: 1, name: 'Enquête nationale sur le service RH de proximité' }).waitFor();
    await expectAccessible(national);
    await chooseRadio(national, /^Par un collègue$/, 'Comment avez-vous connu le service RH de proximité ?');
    await chooseRadio(national, /^5 – Très facile$/, 'A-t-il été facile de joindre le service ?');
    await chooseRadio(national, /^8$/, 'Globalement, quelle note de 0 à 10 donnez-vous au service RH de proximité ?');
    await chooseRadio(national, /^5 – Très satisfait$/, 'L’écoute qui vous a été accordée');
    await chooseRadio(national, /^4 – Satisfait$/, 'La clarté des réponses');
    await chooseRadio(national, /^3 – Moyennement satisfait$/, 'Le délai de réponse');
    await chooseRadio(national, /^4 – Satisfait$/, 'L’utilité de l’accompagnement');
    await national.getByRole('textbox', { name: /Qu’attendez-vous du service/ }).fill('Plus de rendez-vous en visio.');
    await national.getByRole('button', { name: 'Envoyer mes réponses' }).click();
    await national.getByRole('heading', { level: 1, name: 'Merci pour votre réponse' }).waitFor();
    await expectAccessible(national);
    await national.goto(panelLink);
    await national.getByRole('heading', { level: 1, name: 'Questionnaire déjà rempli' }).waitFor();
    await national.context().close();
  });
});
