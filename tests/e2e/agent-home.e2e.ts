import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, textOf, useServerAndBrowser } from './support/browser.ts';

const env = useServerAndBrowser();
let page: Page;
beforeAll(async () => { page = await env.newPage(); });

describe('an agent signs in with a demo account', () => {
  it('reaches the sign-in page from the home page, with the demo accounts by role', async () => {
    await page.goto(`${env.server.url}/`);
    expect(await textOf(page.locator('header').first())).toContain('ProxiRH');
    await expectAccessible(page);
    await page.goto(`${env.server.url}/connexion`);
    await page.getByRole('heading', { name: 'Comptes de démonstration' }).waitFor();
    await expectAccessible(page);
  });

  it('signs in as the demo agent and sees « Mon espace » with their requests', async () => {
    await page.getByRole('button', { name: /Camille Dupuis/ }).click();
    await page.waitForURL(/\/mon-espace$/);
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toContain('Mon espace');
    expect(await textOf(page.getByRole('table').first())).toContain('AMI-');
    await expectAccessible(page);
  });

  it('shows a French 404 page for an unknown address', async () => {
    await page.goto(`${env.server.url}/cette-page-n-existe-pas`);
    expect(await textOf(page.getByRole('heading', { level: 1 }))).toContain('Page non trouvée');
    await expectAccessible(page);
  });
});
