import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, textOf, useServerAndBrowser } from './support/browser.ts';

const env = useServerAndBrowser();
let page: Page;
beforeAll(async () => { page = await env.newPage(); });

describe('the first page a visitor opens', () => {
  it('names each demo account in plain French (« en tant qu’Éric Lambert »)', async () => {
    await page.goto(`${env.server.url}/connexion`);
    await page.getByRole('heading', { name: 'Comptes de démonstration' }).waitFor();
    const buttons = await page.getByRole('button', { name: /^Se connecter en tant/ }).allTextContents();
    expect(buttons).toContain('Se connecter en tant qu’Éric Lambert');
    expect(buttons.filter((text) => /en tant que [aeiouyàâéèêëîïôùûh]/i.test(text))).toEqual([]);
    await expectAccessible(page);
  });

  it('answers 404 for an unknown address and shows « Page non trouvée », accessible', async () => {
    const response = await page.goto(`${env.server.url}/une-page-inexistante`);
    expect(response?.status()).toBe(404);
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Page non trouvée');
    await expectAccessible(page);
  });

  it('loads a page that is not in the first script when it is opened, from a link', async () => {
    await page.goto(`${env.server.url}/connexion`);
    await page.getByRole('link', { name: /accessibilité/i }).first().click();
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toBe('Déclaration d’accessibilité');
    await expectAccessible(page);
  });
});
