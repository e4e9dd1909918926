import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, signIn, textOf, useServerAndBrowser } from './support/browser.ts';
import { tabTo } from './support/keyboard.ts';

/**
 * The phone line (issue 14). Hélène Dumont, coordinator, opens the « planning de permanence »
 * from « Coordination » and puts Éric Lambert on the Somme line for a half-day with the keyboard
 * only; the public « Qui contacter ? » page of the Somme shows the line's number, and no adviser's
 * name next to it. Claire Vasseur logs a call in one step: a request with channel « téléphone ».
 * Screenshots: dist/screenshots-sessions/.
 */
const env = useServerAndBrowser();
const SHOTS = 'dist/screenshots-sessions';
let coordinator: Page;
let visitor: Page;
let adviser: Page;


beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  coordinator = await env.newPage();
  visitor = await env.newPage({ viewport: { width: 375, height: 800 } });
  adviser = await env.newPage();
});

describe('the phone line', () => {
  it('lets the coordinator staff a half-day with the keyboard', async () => {
    await signIn(coordinator, env.server.url, /Hélène Dumont/);
    await coordinator.goto(`${env.server.url}/coordination`);
    await tabTo(coordinator, coordinator.getByRole('link', { name: 'Planning de permanence téléphonique' }));
    await coordinator.keyboard.press('Enter');
    await coordinator.waitForURL(/\/permanence-telephonique\/planning$/);
    await coordinator.getByRole('combobox', { name: 'Ligne' }).selectOption({ label: 'Somme (80)' });
    await coordinator.getByRole('table').waitFor();
    // Next week's Wednesday afternoon: always a working week day of the grid.
    await coordinator.getByRole('button', { name: 'Semaine suivante' }).click();
    const wednesday = coordinator.getByRole('row').filter({ has: coordinator.getByRole('rowheader', { name: /^Mercredi/ }) });
    const group = wednesday.getByRole('group', { name: /après-midi$/ });
    const box = group.getByRole('checkbox', { name: 'Éric Lambert' });
    const wasChecked = await box.isChecked();
    await tabTo(coordinator, box);
    await coordinator.keyboard.press('Space');
    await coordinator.waitForFunction(([checked]) => {
      const input = [...document.querySelectorAll('input[type=checkbox]')].find((i) => (i as HTMLInputElement).labels?.[0]?.textContent === 'Éric Lambert'
        && (i.closest('fieldset')?.querySelector('legend')?.textContent ?? '').startsWith('Mercredi') && (i.closest('fieldset')?.querySelector('legend')?.textContent ?? '').endsWith('après-midi'));
      return input !== undefined && (input as HTMLInputElement).checked !== checked && !(input as HTMLInputElement).disabled;
    }, [wasChecked]);
    const db = env.server.database.db;
    const stored = await db.selectFrom('phone_line_shifts as s').innerJoin('persons as p', 'p.id', 's.adviser_id').select('s.day')
      .where('s.territory_code', '=', '80').where('s.half_day', '=', 'afternoon').where('p.email', '=', 'eric.lambert@ac-amiens.fr').execute();
    expect(stored.length).toBeGreaterThan(0);
    await expectAccessible(coordinator);
    await coordinator.screenshot({ path: `${SHOTS}/planning-permanence-desktop.png`, fullPage: true });
  });

  it('shows the line’s number on the public page of the Somme, without any adviser’s name beside it', async () => {
    await visitor.goto(`${env.server.url}/qui-contacter/amiens/departement/80`);
    const line = visitor.locator('.fr-callout').filter({ hasText: 'Ligne téléphonique RH de proximité' });
    const text = await textOf(line);
    expect(text).toContain('03 22 71 25 40');
    expect(text).not.toContain('Lambert');
    expect(text).not.toContain('Vasseur');
    expect(await visitor.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(visitor);
    await line.screenshot({ path: `${SHOTS}/qui-contacter-ligne-375.png` });
  });

  it('lets the adviser log a call in one step: a phone request of the agent', async () => {
    await signIn(adviser, env.server.url, /Claire Vasseur/);
    await adviser.goto(`${env.server.url}/permanence-telephonique`);
    expect(await textOf(adviser.getByRole('heading', { level: 1 }))).toBe('Permanence téléphonique');
    await adviser.getByRole('searchbox', { name: /Agent concerné/ }).or(adviser.getByRole('textbox', { name: /Agent concerné/ })).first().fill('Dupuis');
    await adviser.getByRole('button', { name: 'Choisir Camille Dupuis' }).click();
    await adviser.getByRole('combobox', { name: 'Thème' }).selectOption('application_support');
    await adviser.getByRole('textbox', { name: 'Objet' }).fill('Pièces du dossier de mutation');
    await adviser.getByRole('textbox', { name: /Résumé de l’appel/ }).fill('Elle demande la liste des pièces justificatives ; liste envoyée par courriel.');
    await adviser.getByRole('button', { name: 'Enregistrer l’appel' }).click();
    expect(await textOf(adviser.getByRole('status').filter({ hasText: 'L’appel est enregistré' }))).toMatch(/demande AMI-\d{4}-\d+/);
    const stored = await env.server.database.db.selectFrom('requests').select(['channel', 'subject']).where('subject', '=', 'Pièces du dossier de mutation').executeTakeFirstOrThrow();
    expect(stored.channel).toBe('phone');
    await expectAccessible(adviser);
    await adviser.screenshot({ path: `${SHOTS}/enregistrer-appel-desktop.png`, fullPage: true });
  });
});
