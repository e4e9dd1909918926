import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseRadio, expectAccessible, signIn, textOf, useServerAndBrowser } from './support/browser.ts';

/**
 * An orientation followed to its outcome in a real Chromium (issue 13): the Somme adviser orients
 * a request of Camille Dupuis to the « Cellule mobilité » without sharing its description; a
 * member of the cell finds it in « Orientations reçues », accepts it, reads the note but never the
 * description, writes to the adviser and records the outcome; the adviser reads each step in the
 * timeline; the agent sees to whom she was oriented, why, and how to reach them.
 */
const env = useServerAndBrowser();
let adviser: Page;
let cell: Page;
let agent: Page;
let requestId = '';
let reference = '';

/** A word of the description that nobody but the agent and her adviser may read. */
const SECRET = 'Obsidienne';
const DESCRIPTION = `Je souhaite rejoindre l’académie de Lille pour raisons familiales (situation ${SECRET} détaillée).`;
const NOTE = 'Mme Dupuis prépare une demande de mutation interacadémique : pouvez-vous lui présenter le calendrier et les pièces à fournir ?';
const SUMMARY = 'Entretien téléphonique le 2 décembre : calendrier et pièces expliqués, dossier en cours.';
const CELL_MESSAGE = 'Nous recevons Mme Dupuis mercredi prochain.';
const ADVISER_MESSAGE = 'Merci : son dossier de rapprochement de conjoints est prêt.';

beforeAll(async () => {
  adviser = await env.newPage();
  cell = await env.newPage();
  agent = await env.newPage({ viewport: { width: 375, height: 800 } });

  // One of Camille Dupuis’s demo requests, in the hands of Claire Vasseur, without consent to share.
  const { db } = env.server.database;
  const person = (email: string) => db.selectFrom('persons').select('id').where('email', '=', email).executeTakeFirstOrThrow();
  const [camille, claire] = [await person('camille.dupuis@ac-amiens.fr'), await person('claire.vasseur@ac-amiens.fr')];
  const request = await db.selectFrom('requests').select(['id', 'reference']).where('agent_id', '=', camille.id)
    .where('sensitive', '=', false)
    .where(({ not, exists, selectFrom }) => not(exists(selectFrom('referrals').select('referrals.id').whereRef('referrals.request_id', '=', 'requests.id'))))
    .orderBy('reference').executeTakeFirstOrThrow();
  await db.updateTable('requests').set({
    assignee_id: claire.id, status: 'in_progress', closed_at: null, response_type: null, consent_to_share: false,
    topic: 'career_project', subject: 'Mutation vers l’académie de Lille', description: DESCRIPTION,
  }).where('id', '=', request.id).execute();
  requestId = request.id;
  reference = request.reference;
});

describe('an orientation from the adviser’s request to the contact point’s outcome', () => {
  it('refuses to close as an external orientation before any, and says so under « Type de réponse »', async () => {
    await signIn(adviser, env.server.url, /Claire Vasseur/);
    await adviser.goto(`${env.server.url}/demandes/${requestId}`);
    await adviser.getByRole('heading', { level: 1, name: 'Mutation vers l’académie de Lille' }).waitFor();
    await chooseRadio(adviser, /^Orientation vers un interlocuteur externe/);
    await adviser.getByRole('textbox', { name: /^Synthèse de la réponse/ }).fill('Orientation vers un partenaire.');
    await adviser.getByRole('button', { name: 'Clôturer la demande' }).click();
    const group = adviser.getByRole('group', { name: /Type de réponse apportée/ });
    await group.getByText(/enregistrez d’abord l’orientation vers le partenaire extérieur/).waitFor();
    expect(await textOf(adviser.locator('.fr-alert--error'))).toContain('Type de réponse');
    const stored = await env.server.database.db.selectFrom('requests').select('status').where('id', '=', requestId).executeTakeFirstOrThrow();
    expect(stored.status).toBe('in_progress');
  });

  it('lets the adviser orient the request to the mobility cell, description not shared', async () => {
    const section = adviser.getByRole('region', { name: 'Orientations' });
    await section.getByText('Cette demande n’a été orientée vers aucun interlocuteur.').waitFor();
    // From the keyboard: the button opens the form and hands it the focus.
    await section.getByRole('button', { name: 'Orienter la demande' }).focus();
    await adviser.keyboard.press('Enter');
    const form = adviser.getByRole('form', { name: 'Orienter la demande' });
    await form.waitFor();
    await expect.poll(() => adviser.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('orienter-titre');

    await form.getByRole('searchbox', { name: /^Rechercher un interlocuteur/ }).fill('mobilite');
    const picker = form.getByRole('combobox', { name: /^Interlocuteur/ });
    await picker.selectOption({ label: 'Cellule mobilité' });
    expect(await textOf(form)).toContain('cellule-mobilite@ac-amiens.fr');
    await form.getByRole('textbox', { name: /^Note pour l’interlocuteur/ }).fill(NOTE);
    const share = form.getByRole('checkbox', { name: /Transmettre aussi la description/ });
    expect(await share.isChecked()).toBe(false);
    expect(await textOf(form)).toContain('L’agent n’a pas donné son accord');
    await expectAccessible(adviser);
    await form.getByRole('button', { name: 'Orienter la demande' }).click();

    await adviser.getByText('La demande est orientée vers « Cellule mobilité » : ses membres en sont prévenus par courriel.').waitFor();
    await section.getByRole('heading', { name: 'Cellule mobilité' }).waitFor();
    expect(await textOf(section)).toContain('Envoyée, sans réponse');
    expect(await textOf(section)).toContain('Description de la demande : non transmise');
    await adviser.getByText('Orientée vers Cellule mobilité').waitFor();
    await expectAccessible(adviser);
  });

  it('shows it in the cell member’s « Orientations reçues »: he accepts, reads the note and never the description', async () => {
    await signIn(cell, env.server.url, /Olivier Delattre/);
    await cell.goto(`${env.server.url}/orientations`);
    await cell.getByRole('heading', { level: 1, name: 'Orientations reçues' }).waitFor();
    const link = cell.getByRole('link', { name: `Demande ${reference}` });
    await link.waitFor();
    await expectAccessible(cell);

    const answer = cell.waitForResponse((response) => /\/api\/referrals\/[0-9a-f-]{36}$/.test(new URL(response.url()).pathname));
    await link.click();
    await cell.getByRole('heading', { level: 1, name: `Orientation de la demande ${reference}` }).waitFor();
    expect(await (await answer).text()).not.toContain(SECRET);
    const main = cell.locator('main');
    expect(await textOf(main)).toContain(NOTE);
    expect(await textOf(main)).toContain('Non transmise');
    expect(await textOf(main)).not.toContain(SECRET);
    expect(await textOf(main)).not.toContain('Mutation vers l’académie de Lille');
    await expectAccessible(cell);

    await cell.getByRole('button', { name: 'Accepter l’orientation' }).click();
    await cell.getByText('Vous avez accepté l’orientation : le conseiller en est informé.').waitFor();
    await cell.getByRole('button', { name: 'Accepter l’orientation' }).waitFor({ state: 'detached' });

    await cell.getByRole('textbox', { name: /^Message au conseiller/ }).fill(CELL_MESSAGE);
    await cell.getByRole('button', { name: 'Envoyer au conseiller' }).click();
    await cell.getByText('Le message est envoyé au conseiller.').waitFor();
    await cell.locator('main').getByText(CELL_MESSAGE).waitFor();
  });

  it('lets the cell member record the outcome, the summary being required', async () => {
    await cell.getByRole('button', { name: 'Enregistrer la suite donnée' }).click();
    const summary = cell.locator('.fr-alert--error');
    expect(await textOf(summary)).toContain('Choisissez la suite donnée');
    await chooseRadio(cell, /^Situation prise en charge et résolue/, 'Suite donnée');
    await cell.getByRole('textbox', { name: /^Synthèse pour le conseiller/ }).fill(SUMMARY);
    await cell.getByRole('button', { name: 'Enregistrer la suite donnée' }).click();
    await cell.getByText('La suite donnée est enregistrée : le conseiller en est informé.').waitFor();
    await cell.getByRole('heading', { level: 2, name: 'Suite donnée', exact: true }).waitFor();
    expect(await textOf(cell.locator('main'))).toContain(SUMMARY);
    await expectAccessible(cell);

    const stored = await env.server.database.db.selectFrom('referrals').select(['status', 'outcome'])
      .where('request_id', '=', requestId).executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: 'answered', outcome: 'resolved' });
  });

  it('shows the adviser every step in the timeline, the outcome and the cell’s message', async () => {
    await adviser.reload();
    await adviser.getByText('Orientation acceptée par Cellule mobilité').waitFor();
    await adviser.getByText('Suite donnée par Cellule mobilité : situation prise en charge et résolue').waitFor();
    const section = adviser.getByRole('region', { name: 'Orientations' });
    // The section loads after the request: wait for the outcome before reading it.
    await section.getByText(SUMMARY).waitFor();
    const text = await textOf(section);
    expect(text).toContain('Suite donnée');
    expect(text).toContain(SUMMARY);
    expect(text).toContain(CELL_MESSAGE);
    await expectAccessible(adviser);

    await section.getByRole('button', { name: 'Écrire à l’interlocuteur' }).click();
    await section.getByRole('textbox', { name: /^Message pour « Cellule mobilité »/ }).fill(ADVISER_MESSAGE);
    await section.getByRole('button', { name: 'Envoyer', exact: true }).click();
    await section.getByText('Le message est envoyé.').waitFor();
    await section.getByText(ADVISER_MESSAGE).waitFor();
  });

  it('shows the agent, on a phone, to whom she was oriented, why and how to reach them — not the cell’s exchange', async () => {
    await signIn(agent, env.server.url, /Camille Dupuis/);
    await agent.goto(`${env.server.url}/mes-demandes/${requestId}`);
    const section = agent.getByRole('region', { name: 'Votre orientation' });
    await section.getByRole('heading', { name: 'Vous avez été orienté(e) vers Cellule mobilité' }).waitFor();
    const text = await textOf(section);
    expect(text).toContain(NOTE);
    expect(text).toContain('cellule-mobilite@ac-amiens.fr');
    expect(text).toContain('Suite donnée : Situation prise en charge et résolue');
    const page = await textOf(agent.locator('main'));
    expect(page).not.toContain(SUMMARY);
    expect(page).not.toContain(CELL_MESSAGE);
    expect(await agent.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
    await expectAccessible(agent);
  });

  it('lets the adviser withdraw the orientation after confirming: the cell member loses it at once', async () => {
    const referralUrl = cell.url();
    await cell.reload();
    await cell.locator('main').getByText(ADVISER_MESSAGE).waitFor();

    const section = adviser.getByRole('region', { name: 'Orientations' });
    await section.getByRole('button', { name: 'Retirer l’orientation' }).click();
    const dialog = adviser.getByRole('dialog', { name: 'Retirer l’orientation' });
    await dialog.waitFor();
    // Échap cancels: nothing is withdrawn.
    await adviser.keyboard.press('Escape');
    await dialog.waitFor({ state: 'hidden' });
    await section.getByRole('button', { name: 'Retirer l’orientation' }).click();
    await dialog.getByRole('button', { name: 'Retirer l’orientation' }).click();
    await adviser.getByText('L’orientation vers « Cellule mobilité » est retirée : ses destinataires n’y ont plus accès.').waitFor();
    await section.getByText('Retirée', { exact: true }).waitFor();

    await cell.goto(referralUrl);
    await cell.getByRole('heading', { level: 1, name: 'Orientation introuvable' }).waitFor();
    await expectAccessible(cell);
  });
});
