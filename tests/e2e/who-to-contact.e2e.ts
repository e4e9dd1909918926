import fs from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, textOf, useServerAndBrowser } from './support/browser.ts';

const env = useServerAndBrowser();
let page: Page;
beforeAll(async () => { page = await env.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true }); });

/** What has the keyboard focus: its tag, its accessible label or text, and whether it sits in the map. */
const focused = (p: Page) => p.evaluate(() => {
  const el = document.activeElement;
  return { tag: el?.tagName.toLowerCase() ?? '', label: el?.getAttribute('aria-label') ?? el?.textContent?.trim() ?? '', inMap: el?.closest('svg') !== null };
});

/** Presses Tab until `wanted` holds for the focused element (at most `max` times): the keyboard alone. */
async function tabTo(p: Page, wanted: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 150) {
  for (let i = 0; i < max; i++) {
    await p.keyboard.press('Tab');
    if (wanted(await focused(p))) return;
  }
  throw new Error('L’élément attendu n’a pas été atteint au clavier.');
}

/** Waits for the page whose title is `name` (a lazily loaded page replaces the previous one a moment later). */
const title = (p: Page, name: string) => p.getByRole('heading', {
  level: 1, name: new RegExp(`^${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&').replace(/[\u00a0 ]/g, '\\s')}$`),
}).waitFor();

describe('« Qui contacter ? » with the keyboard alone', () => {
  it('reaches the Amiens page from the national list, with the filter box', async () => {
    await page.goto(`${env.server.url}/qui-contacter`);
    await title(page, 'Qui contacter ?');
    await page.getByText('Annuaire publié').first().waitFor();
    await expectAccessible(page);

    await tabTo(page, (f) => f.tag === 'input');
    await page.keyboard.type('somme');
    expect(await textOf(page.getByRole('status').filter({ hasText: 'académie' }))).toBe('1 académie correspond à votre recherche');
    await tabTo(page, (f) => f.tag === 'a' && !f.inMap && f.label === 'Académie d’Amiens');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/qui-contacter\/amiens$/);
    await title(page, 'Qui contacter dans l’académie d’Amiens\u00a0?');
  });

  it('reaches the Amiens page through the map, whose académies are links named with their départements', async () => {
    await page.goto(`${env.server.url}/qui-contacter`);
    await page.getByText('Annuaire publié').first().waitFor();
    await tabTo(page, (f) => f.inMap && f.label.startsWith('Académie d’Amiens'));
    expect((await focused(page)).label).toBe('Académie d’Amiens : Aisne, Oise, Somme');
    // Every metropolitan académie is a link of the map, and the overseas ones are insets beside it.
    await expect.poll(() => page.locator('svg a').count(), { timeout: 10_000 }).toBe(25);
    await expect(page.getByRole('link', { name: /^Académie de La Réunion/ }).count()).resolves.toBe(2);
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/qui-contacter\/amiens$/);
    await title(page, 'Qui contacter dans l’académie d’Amiens\u00a0?');
    await page.getByRole('heading', { name: 'Conseillers RH de proximité de la Somme' }).waitFor();
    await expectAccessible(page);
  });

  it('answers « J’ai une question sur… » with the actors for the topic and the category, advisers first', async () => {
    await tabTo(page, (f) => f.tag === 'select');
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowDown');
    expect(await page.locator('#question-theme').inputValue()).toBe('health_wellbeing');
    await page.keyboard.press('Tab');
    await page.keyboard.press('ArrowDown');
    expect(await page.locator('#question-categorie').inputValue()).toBe('first_degree');
    const guide = page.getByRole('region', { name: 'J’ai une question sur…' });
    await guide.getByText(/interlocuteurs peuvent vous répondre/).waitFor();
    const names = await guide.getByRole('heading', { level: 3 }).allTextContents();
    expect(names.slice(0, 3)).toEqual(['Conseillers RH de proximité de l’Aisne', 'Conseillers RH de proximité de l’Oise', 'Conseillers RH de proximité de la Somme']);
    expect(names).toContain('Cellule d’écoute des psychologues du travail');
    expect(names).not.toContain('Cellule mobilité');
    expect(page.url()).toContain('theme=health_wellbeing');
    await expectAccessible(page);
  });

  it('opens the synoptic page and downloads its PDF', async () => {
    await tabTo(page, (f) => f.tag === 'a' && f.label.startsWith('Le document synoptique'));
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/qui-contacter\/amiens\/synoptique$/);
    await title(page, 'Les acteurs de l’accompagnement des personnels');
    await page.getByRole('heading', { name: 'Cellule mobilité' }).waitFor();
    await expectAccessible(page);

    await tabTo(page, (f) => f.tag === 'a' && f.label === 'Télécharger en PDF');
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toBe('qui-contacter-academie-amiens-synoptique.pdf');
    const file = await download.path();
    expect(fs.readFileSync(file).subarray(0, 5).toString('latin1')).toBe('%PDF-');
  });

  it('shows the département page, the organisation chart and the unknown académie, accessible', async () => {
    await page.goto(`${env.server.url}/qui-contacter/amiens/departement/80`);
    await title(page, 'Somme (80)\u00a0: qui contacter\u00a0?');
    await page.getByRole('heading', { name: 'Correspondant RH du bassin d’Abbeville' }).waitFor();
    await expect.poll(() => page.getByRole('heading', { name: 'Correspondant RH du bassin de Beauvais' }).count(), { timeout: 10_000 }).toBe(0);
    await expectAccessible(page);

    await page.goto(`${env.server.url}/qui-contacter/amiens/organigramme`);
    await title(page, 'Organigramme fonctionnel des services RH');
    const chart = page.getByRole('list', { name: /Organigramme des services RH/ });
    await chart.getByText('Division des personnels enseignants (DPE)').waitFor();
    await chart.getByText('DSDEN : Oise (60)').waitFor();
    await expectAccessible(page);

    await page.goto(`${env.server.url}/qui-contacter/atlantide`);
    await title(page, 'Page non trouvée');
    await expectAccessible(page);
  });

  it('is linked from the home page and the footer', async () => {
    await page.goto(`${env.server.url}/`);
    await page.getByRole('link', { name: 'Trouver qui contacter dans mon académie' }).waitFor();
    await expect.poll(() => page.locator('#pied-de-page').getByRole('link', { name: 'Qui contacter ?' }).count(), { timeout: 10_000 }).toBe(1);
  });
});

describe('« Qui contacter ? » on a phone (375 px)', () => {
  it('puts the list first and never scrolls sideways', async () => {
    const phone = await env.newPage({ viewport: { width: 375, height: 800 } });
    for (const path of ['/qui-contacter', '/qui-contacter/amiens?theme=career_project', '/qui-contacter/amiens/departement/02',
      '/qui-contacter/amiens/synoptique', '/qui-contacter/amiens/organigramme']) {
      await phone.goto(`${env.server.url}${path}`);
      await phone.getByRole('heading', { level: 1 }).waitFor();
      await phone.locator('main .contacts-card, main svg, main .contacts-org').first().waitFor();
      const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(overflow, path).toBe(0);
    }
    await phone.goto(`${env.server.url}/qui-contacter`);
    const listTop = await phone.getByRole('heading', { name: 'Toutes les académies' }).boundingBox();
    const mapTop = await phone.locator('svg.contacts-map__svg').boundingBox();
    expect(listTop!.y).toBeLessThan(mapTop!.y);
  });
});
