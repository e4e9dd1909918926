import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, signIn, textOf, useServerAndBrowser } from './support/browser.ts';

/**
 * The académie's coordinator keeps the directory of the orientation network in a real Chromium
 * (issue 13): Hélène Dumont opens « Annuaire » from the coordination page, creates a cell (which
 * says it cannot receive a referral while it has no member), adds a member found by the person
 * picker, changes its hours, and archives it after a confirmation that keeps the referrals.
 */
const env = useServerAndBrowser();
let page: Page;
const NAME = 'Cellule d’accompagnement des contractuels';
const HOURS = 'Le mardi et le jeudi, de 9 h à 17 h';

const cellRow = () => env.server.database.db.selectFrom('contact_points').select(['id', 'hours', 'archived_at', 'topics'])
  .where('name', '=', NAME).executeTakeFirstOrThrow();

beforeAll(async () => {
  page = await env.newPage();
});

describe('a coordinator manages the directory', () => {
  it('reaches « Annuaire » from the coordination page: the contact points of the académie', async () => {
    await signIn(page, env.server.url, /Hélène Dumont/);
    await page.goto(`${env.server.url}/coordination`);
    await page.getByRole('link', { name: 'Annuaire' }).click();
    await page.getByRole('heading', { level: 1, name: 'Annuaire' }).waitFor();
    await page.getByRole('link', { name: 'Cellule mobilité' }).waitFor();
    await expectAccessible(page);
  });

  it('creates a cell; without a member it says it cannot receive a referral', async () => {
    await page.getByRole('link', { name: 'Ajouter un interlocuteur' }).click();
    await page.getByRole('heading', { level: 1, name: 'Nouvel interlocuteur' }).waitFor();
    await page.getByRole('button', { name: 'Créer l’interlocuteur' }).click();
    await page.getByText('Le formulaire contient des erreurs (2 erreurs)').waitFor();
    await expectAccessible(page);

    await page.getByRole('combobox', { name: /^Type d’interlocuteur/ }).selectOption({ label: 'Cellule spécialisée' });
    await page.getByRole('textbox', { name: /^Nom/ }).fill(NAME);
    await page.getByRole('textbox', { name: /^Adresse électronique/ }).fill('cellule-contractuels@ac-amiens.fr');
    await page.getByText('Projet de formation', { exact: true }).click();
    await page.getByRole('button', { name: 'Créer l’interlocuteur' }).click();
    await page.getByRole('heading', { level: 1, name: NAME }).waitFor();
    expect(await textOf(page.locator('main'))).toContain('Aucun membre : cet interlocuteur ne peut pas recevoir d’orientation.');
    expect((await cellRow()).topics).toEqual(['training_project']);
    await expectAccessible(page);
  });

  it('adds a member found by the person picker', async () => {
    await page.getByRole('searchbox', { name: /^Rechercher une personne/ }).fill('lefranc');
    await page.getByRole('button', { name: 'Ajouter Anne Lefranc' }).click();
    await page.getByText('Anne Lefranc est maintenant membre de cet interlocuteur.').waitFor();
    await page.getByRole('list', { name: 'Membres de l’interlocuteur' }).getByRole('button', { name: 'Retirer Anne Lefranc' }).waitFor();
    await page.getByText('Reçoit les orientations').waitFor();
    expect(await textOf(page.locator('main'))).not.toContain('ne peut pas recevoir d’orientation');
    await expectAccessible(page);
  });

  it('changes its hours', async () => {
    await page.getByRole('textbox', { name: /^Horaires/ }).fill(HOURS);
    await page.getByRole('button', { name: 'Enregistrer les modifications' }).click();
    await page.getByText('Les modifications sont enregistrées.').waitFor();
    expect((await cellRow()).hours).toBe(HOURS);
    await expectAccessible(page);
  });

  it('archives it after a confirmation that keeps the referrals in progress', async () => {
    await page.getByRole('button', { name: 'Archiver cet interlocuteur' }).click();
    const dialog = page.getByRole('dialog', { name: 'Archiver cet interlocuteur ?' });
    await dialog.waitFor();
    expect(await textOf(dialog)).toContain('celles qui attendent encore une réponse restent suivies par ses membres');
    await expectAccessible(page);
    await dialog.getByRole('button', { name: 'Archiver', exact: true }).click();
    await page.getByText(/^Archivé : il n’apparaît plus dans l’annuaire/).waitFor();
    expect((await cellRow()).archived_at).not.toBeNull();
    await expectAccessible(page);

    await page.getByRole('link', { name: 'Retour à l’annuaire' }).click();
    await page.getByRole('combobox', { name: 'État' }).selectOption({ label: 'Archivés' });
    await page.getByRole('link', { name: NAME }).waitFor();
  });

  it('reads on a phone without sideways scrolling', async () => {
    const phone = await env.newPage({ viewport: { width: 375, height: 800 } });
    await signIn(phone, env.server.url, /Hélène Dumont/);
    await phone.goto(`${env.server.url}/annuaire`);
    await phone.getByRole('link', { name: 'Cellule mobilité' }).click();
    await phone.getByRole('heading', { level: 1, name: 'Cellule mobilité' }).waitFor();
    expect(await phone.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(phone);
  });
});
