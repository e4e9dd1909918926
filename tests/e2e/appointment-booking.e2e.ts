import ical from 'node-ical';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, signIn, textOf, useServerAndBrowser, waitFor } from './support/browser.ts';
import { tabTo } from './support/keyboard.ts';
import type { ReceivedMail } from '../support/smtp-server.ts';

/**
 * Issue 14, « Done means »: Claire Vasseur, the demo adviser, opens weekly office hours in a lycée
 * (by its UAI); Camille Dupuis books one of its slots from her request, with the keyboard only;
 * the confirmation and its invitation (.ics, METHOD:REQUEST, the right start) reach the SMTP
 * server; she cancels, and the slot is offered again. No serious or critical axe violation on any
 * page visited.
 */
const env = useServerAndBrowser();
let adviser: Page;
let agent: Page;
const AGENT_EMAIL = 'camille.dupuis@ac-amiens.fr';
const LYCEE = 'Lycée Louis-Thuillier, Amiens';
const parisTime = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', weekday: 'long', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });

beforeAll(async () => {
  adviser = await env.newPage();
  agent = await env.newPage();
});


/** The iCalendar parts of a mail (the text/calendar alternative and the attached file), decoded. */
function calendarParts(mail: ReceivedMail): string[] {
  const parts: string[] = [];
  for (const match of mail.raw.matchAll(/Content-Type: (?:text\/calendar|application\/ics)[^\n]*\r?\n((?:[^\r\n]+\r?\n)*)\r?\n([\s\S]*?)\r?\n--/gi)) {
    const [, headers = '', body = ''] = match;
    parts.push(/base64/i.test(headers) ? Buffer.from(body.replace(/\s+/g, ''), 'base64').toString('utf8')
      : Buffer.from(body.replace(/=\r?\n/g, '').replace(/=([0-9A-F]{2})/g, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16))), 'latin1').toString('utf8'));
  }
  return parts;
}
const eventOf = (ics: string) => Object.values(ical.sync.parseICS(ics)).find((c) => c?.type === 'VEVENT') as ical.VEvent;
const mailTo = (subject: RegExp) => waitFor(() => env.server.smtp.received.find((m) => m.envelope.to.includes(AGENT_EMAIL) && subject.test(m.subject)));

/** The label of a DSFR radio or checkbox, which takes the click for its hidden input. */
async function tick(page: Page, role: 'checkbox' | 'radio', name: string | RegExp) {
  const input = page.getByRole(role, { name });
  await page.locator(`label[for="${await input.getAttribute('id')}"]`).click();
  expect(await input.isChecked()).toBe(true);
}

describe('the adviser opens weekly office hours in a school', () => {
  it('reaches « Mes permanences » from « Ma file » and the form to open one', async () => {
    await signIn(adviser, env.server.url, /Claire Vasseur/);
    await adviser.getByRole('link', { name: 'Mes permanences' }).click();
    await adviser.waitForURL(/\/mes-permanences$/);
    // The page's own heading: the router keeps the previous page on screen while the new one loads.
    await adviser.getByRole('heading', { level: 1, name: 'Mes permanences' }).waitFor();
    // Her demo office hours are listed, with their recurrence in words.
    const list = await textOf(adviser.getByRole('list', { name: 'Permanences ouvertes' }));
    expect(list).toContain('Collège Béranger, Péronne');
    expect(list).toContain('Chaque mardi, de 14\u00a0h\u00a000 à 17\u00a0h\u00a000');
    await expectAccessible(adviser);
    await adviser.getByRole('link', { name: 'Ouvrir une permanence' }).click();
    await adviser.waitForURL(/\/mes-permanences\/nouvelle$/);
    await adviser.getByRole('heading', { level: 1, name: 'Ouvrir une permanence' }).waitFor();
    await expectAccessible(adviser);
  });

  it('is told by the server that no school has an unknown UAI, and nothing is opened', async () => {
    await adviser.getByRole('textbox', { name: /Numéro UAI/ }).fill('0809999Z');
    await adviser.getByRole('textbox', { name: /Nom du lieu/ }).fill(LYCEE);
    await tick(adviser, 'checkbox', 'Mercredi');
    await adviser.locator('#ph-heure-debut').fill('09:00');
    await adviser.locator('#ph-heure-fin').fill('12:00');
    await tick(adviser, 'checkbox', 'Accompagnement d’un projet professionnel');
    await tick(adviser, 'checkbox', 'Préparation d’un dossier de mobilité');
    await adviser.getByRole('button', { name: 'Ouvrir la permanence' }).click();
    const summary = adviser.locator('.fr-alert--error').filter({ hasText: 'Aucun établissement ne porte ce numéro UAI.' });
    await summary.waitFor();
    await expect.poll(() => adviser.evaluate(() => document.activeElement?.textContent ?? ''), { timeout: 10_000 }).toContain('Le formulaire contient des erreurs');
    const stored = await env.server.database.db.selectFrom('office_hours').select('id').where('place_label', '=', LYCEE).execute();
    expect(stored).toEqual([]);
    await expectAccessible(adviser);
  });

  it('opens them with the right UAI: the list shows them, every Wednesday from 9 to 12', async () => {
    await adviser.getByRole('textbox', { name: /Numéro UAI/ }).fill('0801022V');
    await adviser.getByRole('textbox', { name: /Adresse/ }).fill('Amiens (80000)');
    await adviser.getByRole('button', { name: 'Ouvrir la permanence' }).click();
    await adviser.waitForURL(/\/mes-permanences$/);
    expect(await textOf(adviser.getByRole('status').filter({ hasText: 'est ouverte' })))
      .toContain(`La permanence « ${LYCEE} » est ouverte : les agents peuvent y réserver un créneau.`);
    const card = adviser.getByRole('article').filter({ has: adviser.getByRole('heading', { name: LYCEE }) });
    const text = await textOf(card);
    expect(text).toContain('Établissement (UAI 0801022V)');
    expect(text).toContain('Chaque mercredi, de 9\u00a0h\u00a000 à 12\u00a0h\u00a000');
    expect(text).toContain('Accompagnement d’un projet professionnel ; Préparation d’un dossier de mobilité');
    const row = await env.server.database.db.selectFrom('office_hours').select(['recurrence', 'establishment_uai', 'start_time', 'duration_minutes', 'slot_minutes'])
      .where('place_label', '=', LYCEE).executeTakeFirstOrThrow();
    expect(row).toMatchObject({ establishment_uai: '0801022V', duration_minutes: 180, slot_minutes: 30 });
    expect(row.recurrence).toContain('FREQ=WEEKLY');
    expect(row.recurrence).toContain('BYDAY=WE');
    await expectAccessible(adviser);
  });
});

describe('the agent books from her request, with the keyboard only, then cancels', () => {
  let request: { id: string; reference: string };
  let chosenTime = '';
  let chosenDay = '';

  it('signs in and opens her request, then « Prendre rendez-vous pour cette demande »', async () => {
    const { db } = env.server.database;
    request = await db.selectFrom('requests').innerJoin('persons', 'persons.id', 'requests.agent_id').select(['requests.id', 'requests.reference'])
      .where('persons.email', '=', AGENT_EMAIL).where('requests.topic', '=', 'career_project').where('requests.status', '<>', 'closed')
      .orderBy('requests.created_at', 'desc').limit(1).executeTakeFirstOrThrow();
    await agent.goto(`${env.server.url}/connexion`);
    await tabTo(agent, agent.getByRole('button', { name: /Camille Dupuis/ }));
    await agent.keyboard.press('Enter');
    await agent.waitForURL(/\/mon-espace$/);
    await agent.goto(`${env.server.url}/mes-demandes/${request.id}`);
    await tabTo(agent, agent.getByRole('link', { name: 'Prendre rendez-vous pour cette demande' }));
    await expectAccessible(agent);
    await agent.keyboard.press('Enter');
    await agent.waitForURL(/\/prendre-rendez-vous\?/);
    await agent.getByRole('heading', { level: 1, name: 'Prendre rendez-vous avec un conseiller RH de proximité' }).waitFor();
    await expect.poll(() => agent.getByRole('combobox', { name: /Motif du rendez-vous/ }).inputValue(), { timeout: 10_000 }).toBe('career_project');
    expect(await textOf(agent.locator('.fr-text--lead'))).toBe(`Ce rendez-vous sera ajouté à l’historique de votre demande ${request.reference}.`);
  });

  it('chooses « Sur place » with the arrow keys and a slot of the lycée, nearest first, grouped by day', async () => {
    await tabTo(agent, agent.getByRole('radio', { name: 'Toutes' }));
    await agent.keyboard.press('ArrowRight');
    await agent.waitForURL(/modalite=in_person/);
    await agent.getByRole('radio', { name: 'Sur place', checked: true }).waitFor({ state: 'attached' });
    const slotsOfLycee = agent.getByRole('list', { name: new RegExp(`^Créneaux du .*, ${LYCEE}`) }).first();
    const first = slotsOfLycee.getByRole('button').first();
    chosenTime = await textOf(first);
    expect(chosenTime).toBe('9\u00a0h\u00a000');
    chosenDay = (await slotsOfLycee.getAttribute('aria-label'))!.replace(/^Créneaux du (.*), Lycée.*$/, '$1');
    expect(chosenDay).toMatch(/^mercredi (1er|\d{1,2}) \S+$/);
    // Only in-person slots are offered now: no visio, no phone.
    const all = await textOf(agent.getByRole('region', { name: 'Créneaux libres' }));
    expect(all).not.toContain('En visioconférence, avec');
    await expectAccessible(agent);
    await tabTo(agent, first);
    await agent.keyboard.press('Enter');
    const review = agent.getByRole('heading', { name: 'Vérifiez votre rendez-vous' });
    await review.waitFor();
    await expect.poll(() => review.evaluate((h) => h === document.activeElement), { timeout: 10_000 }).toBe(true);
    const text = await textOf(agent.getByRole('region', { name: 'Vérifiez votre rendez-vous' }));
    expect(text).toContain(`Lieu : ${LYCEE}`);
    expect(text).toContain('Adresse : Amiens (80000)');
    expect(text).toContain('Conseiller : Claire Vasseur');
    expect(text).toContain(`à ${chosenTime}`);
    await expectAccessible(agent);
  });

  it('confirms: the confirmation says what, where and when, and the mail brings its invitation (.ics REQUEST, the right start)', async () => {
    await tabTo(agent, agent.getByRole('button', { name: 'Confirmer le rendez-vous' }));
    await agent.keyboard.press('Enter');
    await agent.getByRole('heading', { level: 1, name: 'Votre rendez-vous est confirmé' }).waitFor();
    const summary = await textOf(agent.locator('ul.fr-raw-list'));
    expect(summary).toContain('Motif : Accompagnement d’un projet professionnel');
    expect(summary).toContain(`Lieu : ${LYCEE}`);
    expect(summary).toContain(`Demande : ${request.reference}`);
    await expectAccessible(agent);

    const stored = await env.server.database.db.selectFrom('appointments').select(['id', 'starts_at', 'status', 'request_id'])
      .where('place_label', '=', LYCEE).executeTakeFirstOrThrow();
    expect(stored).toMatchObject({ status: 'booked', request_id: request.id });
    expect(parisTime.format(stored.starts_at)).toBe('mercredi 09:00');

    const mail = await mailTo(/^Rendez-vous confirmé le /);
    const [calendar] = calendarParts(mail);
    expect(calendar).toMatch(/METHOD:REQUEST/);
    const event = eventOf(calendar!);
    expect(event.start.toISOString()).toBe(stored.starts_at.toISOString());
    expect(String(event.location)).toContain('Lycée Louis-Thuillier');
  });

  it('finds it in her request’s timeline', async () => {
    await tabTo(agent, agent.getByRole('link', { name: 'Retour à ma demande' }));
    await agent.keyboard.press('Enter');
    await agent.waitForURL(new RegExp(`/mes-demandes/${request.id}$`));
    // « Rendez-vous pris le 2 décembre 2026 à 09:00 avec Claire Vasseur », beside the demo appointment of this request.
    const booked = agent.getByText(/Rendez-vous pris le .* à 09:00 avec Claire Vasseur/);
    await booked.first().waitFor();
    await expect.poll(() => booked.count(), { timeout: 10_000 }).toBe(1);
    await expectAccessible(agent);
  });

  it('cancels it from « Mes rendez-vous »: the cancellation (.ics CANCEL) is mailed', async () => {
    await agent.goto(`${env.server.url}/mon-espace`);
    await tabTo(agent, agent.getByRole('link', { name: 'Mes rendez-vous' }));
    await agent.keyboard.press('Enter');
    await agent.waitForURL(/\/mes-rendez-vous$/);
    await agent.getByRole('heading', { level: 1, name: 'Mes rendez-vous' }).waitFor();
    const card = agent.getByRole('list', { name: 'Rendez-vous à venir', exact: true }).getByRole('article').filter({ hasText: LYCEE });
    await tabTo(agent, card.getByRole('button', { name: 'Annuler ce rendez-vous' }));
    await agent.keyboard.press('Enter');
    const dialog = agent.getByRole('dialog', { name: 'Annuler ce rendez-vous ?' });
    await dialog.waitFor();
    await expectAccessible(agent);
    await tabTo(agent, dialog.getByRole('button', { name: 'Confirmer l’annulation' }));
    await agent.keyboard.press('Enter');
    await agent.getByRole('status').filter({ hasText: 'est annulé' }).waitFor();
    const cancellation = await mailTo(/annulé/i);
    const [calendar] = calendarParts(cancellation);
    expect(calendar).toMatch(/METHOD:CANCEL/);
    await expectAccessible(agent);
  });

  it('sees the slot free again in the booking list', async () => {
    await agent.goto(`${env.server.url}/mon-espace`);
    await tabTo(agent, agent.getByRole('link', { name: 'Prendre rendez-vous' }));
    await agent.keyboard.press('Enter');
    await agent.waitForURL(/\/prendre-rendez-vous$/);
    await tabTo(agent, agent.getByRole('combobox', { name: /Motif du rendez-vous/ }));
    // Chromium opens no list for the arrow keys on a closed select: each press picks the next reason.
    await agent.keyboard.press('ArrowDown');
    await agent.waitForURL(/motif=career_project/);
    await tabTo(agent, agent.getByRole('radio', { name: 'Toutes' }));
    await agent.keyboard.press('ArrowRight');
    await agent.waitForURL(/modalite=in_person/);
    const again = agent.getByRole('list', { name: `Créneaux du ${chosenDay}, ${LYCEE}` });
    expect(await textOf(again.getByRole('button').first())).toBe(chosenTime);
    await expectAccessible(agent);
  });
});

describe('from the public « Qui contacter ? » page, and the adviser closing her office hours', () => {
  it('asks a visitor to sign in first, then brings her back to the booking page of that département', async () => {
    const visitor = await env.newPage();
    await visitor.goto(`${env.server.url}/qui-contacter/amiens/departement/80`);
    await visitor.getByRole('link', { name: 'Se connecter pour prendre rendez-vous' }).click();
    await visitor.waitForURL(/\/connexion\?retour=/);
    await visitor.getByRole('button', { name: /Camille Dupuis/ }).click();
    await visitor.waitForURL(/\/prendre-rendez-vous\?departement=80$/);
    await visitor.getByRole('heading', { level: 1, name: 'Prendre rendez-vous avec un conseiller RH de proximité' }).waitFor();
    await expect.poll(() => visitor.getByRole('combobox', { name: /Département/ }).inputValue(), { timeout: 10_000 }).toBe('80');
    await expectAccessible(visitor);
  });

  it('closes the lycée’s office hours after confirming: no slot of it is offered any more', async () => {
    const card = adviser.getByRole('article').filter({ has: adviser.getByRole('heading', { name: LYCEE }) });
    await card.getByRole('button', { name: 'Fermer la permanence' }).click();
    const dialog = adviser.getByRole('dialog', { name: 'Fermer cette permanence ?' });
    await expectAccessible(adviser);
    await dialog.getByRole('button', { name: 'Fermer la permanence' }).click();
    expect(await textOf(adviser.getByRole('status').filter({ hasText: 'est fermée' }))).toContain(`La permanence « ${LYCEE} » est fermée`);
    await expect.poll(() => card.count(), { timeout: 10_000 }).toBe(0);
    await agent.goto(`${env.server.url}/prendre-rendez-vous?motif=career_project&modalite=in_person`);
    await agent.getByRole('button', { name: '14\u00a0h\u00a000' }).first().waitFor();
    await expect.poll(() => agent.getByRole('list', { name: new RegExp(LYCEE) }).count(), { timeout: 10_000 }).toBe(0);
  });
});
