import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, signIn, textOf, useServerAndBrowser } from './support/browser.ts';
import { hasFocus, tabTo } from './support/keyboard.ts';

/**
 * What the search and the assistant know, set by an editor with the keyboard only (issue 15):
 * a synonym changed in its row (Échap cancels, the focus comes back to « Modifier », a wrong value
 * is said on its field), and the académie's listening line, which the assistant then gives to an
 * agent whose question touches harassment.
 */
const env = useServerAndBrowser();
let editor: Page;


// Focus moved by an effect after a render: waited for (expect.poll), never read at once.

/** Replaces the text of the focused field, as typed. */
async function retype(page: Page, text: string) {
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  if (text !== '') await page.keyboard.type(text);
}

beforeAll(async () => {
  editor = await env.newPage();
  await signIn(editor, env.server.url, /Marion Lecomte/);
});

describe('an editor sets what the search and the assistant know, with the keyboard only', () => {
  it('adds a synonym, opens it in its row, and leaves it unchanged with Échap', async () => {
    await editor.goto(`${env.server.url}/contenus?onglet=recherche`);
    await editor.getByRole('heading', { level: 2, name: 'Synonymes' }).waitFor();
    const table = editor.getByRole('table', { name: 'Synonymes de la recherche' });
    await table.waitFor();
    // The national synonyms are not the académie editor's to change.
    await table.getByRole('row').filter({ hasText: 'congé de formation professionnelle' }).getByText('Réservé aux éditeurs nationaux').waitFor();
    await expectAccessible(editor);

    await tabTo(editor, editor.getByRole('textbox', { name: /^Mot ou expression$/ }));
    await editor.keyboard.type('CITIS');
    await editor.keyboard.press('Tab');
    await editor.keyboard.type('accident de service');
    await editor.keyboard.press('Enter');
    await editor.getByText('Le synonyme « CITIS » est enregistré : la recherche le prend en compte.').waitFor();

    const edit = editor.getByRole('button', { name: 'Modifier le synonyme « CITIS »' });
    await tabTo(editor, edit);
    await editor.keyboard.press('Enter');
    const term = editor.getByRole('textbox', { name: 'Mot ou expression du synonyme modifié' });
    await term.waitFor();
    await expect.poll(() => hasFocus(term), { timeout: 10_000 }).toBe(true);
    expect(await term.inputValue()).toBe('CITIS');
    await editor.keyboard.type(' changé');
    await editor.keyboard.press('Escape');
    await term.waitFor({ state: 'detached' });
    await expect.poll(() => hasFocus(edit), { timeout: 10_000 }).toBe(true);
    expect(await textOf(table.getByRole('row').filter({ hasText: 'CITIS' }))).not.toContain('changé');
  });

  it('says a wrong value on its field, then saves the row and gives the focus back to « Modifier »', async () => {
    const edit = editor.getByRole('button', { name: 'Modifier le synonyme « CITIS »' });
    await editor.keyboard.press('Enter');
    const words = editor.getByRole('textbox', { name: 'Synonymes du synonyme modifié' });
    await words.waitFor();
    await editor.keyboard.press('Tab');
    await expect.poll(() => hasFocus(words), { timeout: 10_000 }).toBe(true);
    await retype(editor, '');
    await editor.keyboard.press('Enter');
    await editor.getByText('Indiquez au moins un synonyme.').waitFor();
    // The message is the field's description, read with it.
    expect(await words.evaluate((input) => (input.getAttribute('aria-describedby') ?? '').split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '').join(' '))).toContain('Indiquez au moins un synonyme.');
    await expectAccessible(editor);

    await retype(editor, 'accident de service, maladie professionnelle, congé pour invalidité temporaire');
    await editor.keyboard.press('Enter');
    await editor.getByText('Le synonyme « CITIS » est modifié : la recherche en tient compte.').waitFor();
    await words.waitFor({ state: 'detached' });
    const row = editor.getByRole('table', { name: 'Synonymes de la recherche' }).getByRole('row').filter({ hasText: 'CITIS' });
    expect(await textOf(row)).toContain('accident de service, maladie professionnelle, congé pour invalidité temporaire');
    await expect.poll(() => hasFocus(edit), { timeout: 10_000 }).toBe(true);
    const stored = await env.server.database.db.selectFrom('search_synonyms').select(['synonyms', 'academie_code']).where('term', '=', 'CITIS').executeTakeFirstOrThrow();
    expect(stored).toEqual({ synonyms: ['accident de service', 'maladie professionnelle', 'congé pour invalidité temporaire'], academie_code: 'AMIENS' });
    await expectAccessible(editor);
  });

  it('changes the académie’s listening line, refusing a number that is not French', async () => {
    await editor.goto(`${env.server.url}/contenus?onglet=ligne-ecoute`);
    await editor.getByRole('heading', { level: 2, name: 'Ligne d’écoute de l’académie' }).waitFor();
    await editor.getByText(/l’assistant donne : Cellule d’écoute des psychologues du travail de l’académie d’Amiens, au 03 22 82 38 25/).waitFor();
    await expectAccessible(editor);

    await tabTo(editor, editor.getByRole('textbox', { name: /^Numéro de téléphone/ }));
    await retype(editor, '03 22 82');
    await editor.keyboard.press('Enter');
    const summary = editor.getByRole('heading', { name: 'Le formulaire contient des erreurs (1 erreur)' });
    await summary.waitFor();
    await editor.getByRole('link', { name: /^Numéro de téléphone : Indiquez un numéro français/ }).waitFor();
    await expectAccessible(editor);

    // From the summary back to the field, with the keyboard.
    await tabTo(editor, editor.getByRole('link', { name: /^Numéro de téléphone : / }));
    await editor.keyboard.press('Enter');
    const phone = editor.getByRole('textbox', { name: /^Numéro de téléphone/ });
    await expect.poll(() => hasFocus(phone), { timeout: 10_000 }).toBe(true);
    await retype(editor, '+33 3 22 82 39 00');
    await editor.keyboard.press('Tab');
    await retype(editor, 'Du lundi au vendredi, de 8 h 30 à 18 h');
    await editor.keyboard.press('Enter');
    await editor.getByText('La ligne d’écoute est enregistrée : l’assistant donne désormais le 03 22 82 39 00.').waitFor();
    expect(await phone.inputValue()).toBe('03 22 82 39 00');
    const stored = await env.server.database.db.selectFrom('academie_settings').select(['listening_line_phone', 'listening_line_hours'])
      .where('academie_code', '=', 'AMIENS').executeTakeFirstOrThrow();
    expect(stored).toEqual({ listening_line_phone: '03 22 82 39 00', listening_line_hours: 'Du lundi au vendredi, de 8 h 30 à 18 h' });
    await expectAccessible(editor);
  });

  it('gives the new line to an agent whose question touches harassment', async () => {
    const agent = await env.newPage();
    await signIn(agent, env.server.url, /Camille Dupuis/);
    await agent.goto(`${env.server.url}/poser-une-question`);
    await tabTo(agent, agent.getByRole('textbox', { name: /^Votre question/ }));
    await agent.keyboard.type('je suis harcelé par mon chef');
    await agent.keyboard.press('Enter');
    const handover = agent.locator('.kb-handover');
    await handover.getByRole('link', { name: '03 22 82 39 00' }).waitFor();
    expect(await textOf(handover)).toContain('Du lundi au vendredi, de 8 h 30 à 18 h');
  });

  it('fits a phone screen: no sideways scrolling of the page', async () => {
    const phone = await env.newPage({ viewport: { width: 375, height: 800 } });
    await signIn(phone, env.server.url, /Marion Lecomte/);
    for (const tab of ['recherche', 'ligne-ecoute']) {
      await phone.goto(`${env.server.url}/contenus?onglet=${tab}`);
      await phone.getByRole('heading', { level: 2 }).first().waitFor();
      await phone.waitForLoadState('networkidle');
      expect(await phone.evaluate(() => document.documentElement.scrollWidth), tab).toBeLessThanOrEqual(375);
      await expectAccessible(phone);
    }
  });
});
