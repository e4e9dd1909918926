import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, signIn, textOf, useServerAndBrowser, waitFor } from './support/browser.ts';
import { pressOn, tabTo } from './support/keyboard.ts';

/**
 * Changing a collective session (issue 14). Claire Vasseur moves her webinar on the mobility
 * circulars by an hour, with the keyboard only: the form opens pre-filled; a capacity below the
 * 37 people registered is refused next to its field; once corrected, the change is saved and the
 * registered people are sent the updated invitation. Then at 375 px. Zero serious or critical axe
 * violation. Screenshots: /tmp/shots-sessions/.
 */
const env = useServerAndBrowser();
const SHOTS = 'dist/screenshots-sessions';
const WEBINAR = 'Présentation des circulaires mobilité 2027';
let organiser: Page;


/** The webinar's start, as the database holds it, in Paris time (« 14:00 »). */
async function storedParisStart(): Promise<string> {
  const row = await env.server.database.db.selectFrom('collective_sessions').select(['starts_at', 'ends_at'])
    .where('title', '=', WEBINAR).executeTakeFirstOrThrow();
  const time = (d: Date) => new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }).format(d);
  return `${time(row.starts_at)}–${time(row.ends_at)}`;
}

beforeAll(() => {
  mkdirSync(SHOTS, { recursive: true });
});

describe('the organiser changes a session', () => {
  it('moves the webinar by an hour with the keyboard only; the registered people get the updated invitation', async () => {
    organiser = await env.newPage({ viewport: { width: 1280, height: 900 } });
    await signIn(organiser, env.server.url, /Claire Vasseur/);
    await organiser.goto(`${env.server.url}/ateliers-et-reunions/organisation`);
    await organiser.getByRole('heading', { level: 1, name: 'Ateliers et réunions' }).waitFor();
    await pressOn(organiser, organiser.getByRole('link', { name: WEBINAR }));
    // Loaded on demand: the session's own heading says the page is there.
    await organiser.getByRole('heading', { level: 1, name: WEBINAR }).waitFor();
    expect(await storedParisStart()).toBe('14:00–15:30');

    const edit = organiser.getByRole('button', { name: 'Modifier l’atelier' });
    expect(await edit.getAttribute('aria-expanded')).toBe('false');
    await pressOn(organiser, edit);
    const heading = organiser.getByRole('heading', { level: 2, name: 'Modifier l’atelier' });
    await heading.waitFor();
    await expect.poll(() => heading.evaluate((element) => element === document.activeElement), { timeout: 10_000 }).toBe(true);
    expect(await edit.getAttribute('aria-expanded')).toBe('true');
    // Pre-filled with the session as it stands.
    expect(await organiser.locator('#atelier-title').inputValue()).toBe(WEBINAR);
    expect(await organiser.getByLabel('Heure de début', { exact: true }).inputValue()).toBe('14:00');
    expect(await organiser.getByLabel('Nombre de places', { exact: true }).inputValue()).toBe('150');

    // The time fields: typed digit by digit, as Chromium's time field takes them from the keyboard.
    await tabTo(organiser, organiser.getByLabel('Heure de début', { exact: true }));
    await organiser.keyboard.type('1500');
    await tabTo(organiser, organiser.getByLabel('Heure de fin', { exact: true }));
    await organiser.keyboard.type('1630');
    expect(await organiser.getByLabel('Heure de début', { exact: true }).inputValue()).toBe('15:00');
    expect(await organiser.getByLabel('Heure de fin', { exact: true }).inputValue()).toBe('16:30');
    // Fewer places than people registered: refused, next to the field, and nothing saved.
    await tabTo(organiser, organiser.getByLabel('Nombre de places', { exact: true }));
    await organiser.keyboard.press('Control+A');
    await organiser.keyboard.type('10');
    await pressOn(organiser, organiser.getByRole('button', { name: 'Enregistrer les modifications' }));
    const summary = organiser.locator('.fr-alert--error').filter({ hasText: 'Le formulaire contient des erreurs' });
    expect(await textOf(summary)).toContain('Nombre de places : 37 personnes sont déjà inscrites : le nombre de places ne peut pas être inférieur à 37.');
    // The summary takes the focus once drawn (an effect after the render): waited for, not read at once.
    await expect.poll(() => summary.evaluate((element) => element === document.activeElement), { timeout: 10_000 }).toBe(true);
    expect(await textOf(organiser.locator('.fr-input-group--error').filter({ has: organiser.locator('#atelier-capacity') })))
      .toContain('37 personnes sont déjà inscrites');
    expect(await storedParisStart()).toBe('14:00–15:30');
    await expectAccessible(organiser);
    await organiser.screenshot({ path: `${SHOTS}/modifier-erreur-1280.png`, fullPage: true });

    // The summary's link leads to the field; corrected, the change is saved.
    await pressOn(organiser, summary.getByRole('link'));
    await expect.poll(() => organiser.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('atelier-capacity');
    await organiser.keyboard.press('Control+A');
    await organiser.keyboard.type('150');
    await pressOn(organiser, organiser.getByRole('button', { name: 'Enregistrer les modifications' }));
    const notice = organiser.getByRole('status').filter({ hasText: 'Les modifications sont enregistrées.' });
    expect(await textOf(notice)).toContain('Les 37 personnes inscrites reçoivent un courriel avec l’invitation mise à jour pour leur agenda.');
    await heading.waitFor({ state: 'detached' });
    expect(await edit.getAttribute('aria-expanded')).toBe('false');
    expect(await textOf(organiser.locator('main'))).toContain('à 15\u00a0h\u00a000 (1\u00a0h\u00a030)');
    expect(await storedParisStart()).toBe('15:00–16:30');
    await expectAccessible(organiser);
    await organiser.screenshot({ path: `${SHOTS}/modifier-enregistre-1280.png`, fullPage: true });

    // The job queue delivers the change to the registered people, with the invitation (.ics).
    const mail = await waitFor(() => env.server.smtp.received.find((m) => m.subject === `Changement : ${WEBINAR}`), 30_000);
    expect(mail.raw).toMatch(/text\/calendar/i);
    expect(mail.text).toContain('à 15:00');
  });

  it('reads well at 375 px, the form open, without scrolling sideways', async () => {
    const small = await env.newPage({ viewport: { width: 375, height: 800 } });
    await signIn(small, env.server.url, /Claire Vasseur/);
    await small.goto(`${env.server.url}/ateliers-et-reunions/organisation`);
    await small.getByRole('heading', { level: 1, name: 'Ateliers et réunions' }).waitFor();
    await small.getByRole('link', { name: WEBINAR }).click();
    await small.getByRole('heading', { level: 1, name: WEBINAR }).waitFor();
    await small.getByRole('button', { name: 'Modifier l’atelier' }).click();
    await small.getByRole('heading', { level: 2, name: 'Modifier l’atelier' }).waitFor();
    // Pre-filled with the session as it stands now (whatever the test before left it at).
    expect(await small.getByLabel('Heure de début', { exact: true }).inputValue()).toBe((await storedParisStart()).slice(0, 5));
    expect(await small.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(small);
    await small.screenshot({ path: `${SHOTS}/modifier-375.png`, fullPage: true });
  });

  it('shows the creation form’s refusal of a past date next to the date, as the edit form does', async () => {
    await organiser.goto(`${env.server.url}/ateliers-et-reunions/organisation`);
    await organiser.getByRole('heading', { level: 1, name: 'Ateliers et réunions' }).waitFor();
    await organiser.locator('#atelier-title').fill('Atelier retraite');
    await organiser.locator('#atelier-day').fill('2020-01-06');
    await organiser.locator('#atelier-label').fill('DSDEN de la Somme');
    await organiser.getByRole('button', { name: 'Programmer' }).click();
    const summary = organiser.locator('.fr-alert--error').filter({ hasText: 'Le formulaire contient des erreurs' });
    expect(await textOf(summary)).toContain('Date : Choisissez une date à venir.');
    await summary.getByRole('link').click();
    await expect.poll(() => organiser.evaluate(() => document.activeElement?.id), { timeout: 10_000 }).toBe('atelier-day');
    expect(await textOf(organiser.locator('.fr-input-group--error').filter({ has: organiser.locator('#atelier-day') }))).toContain('Choisissez une date à venir.');
    await expectAccessible(organiser);
    await organiser.screenshot({ path: `${SHOTS}/programmer-erreur-1280.png`, fullPage: true });
  });
});
