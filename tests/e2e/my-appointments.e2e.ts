import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, signIn, textOf, useServerAndBrowser } from './support/browser.ts';

/**
 * « Mes rendez-vous » (issue 14), the page the appointment mails link to. Camille Dupuis finds her
 * demo appointment with Claire Vasseur at the Collège Béranger and cancels it; it leaves « À venir »
 * and the server stores the cancellation. Claire Vasseur finds the appointments taken with her,
 * the cancelled one set apart. Both at 375 px without scrolling sideways.
 */
const env = useServerAndBrowser();
let agent: Page;
let adviser: Page;
const COLLEGE = 'Collège Béranger, Péronne';
const MESSAGE = 'Je suis en formation ce jour-là.';

beforeAll(async () => {
  agent = await env.newPage();
  adviser = await env.newPage({ viewport: { width: 375, height: 800 } });
});

const upcoming = (page: Page) => page.getByRole('list', { name: 'Rendez-vous à venir', exact: true });
const cancelledList = (page: Page) => page.getByRole('list', { name: 'Rendez-vous à venir annulés' });

describe('the agent’s appointments', () => {
  it('reaches « Mes rendez-vous » from « Mon espace » and sees her demo appointment with its date, place and adviser', async () => {
    await signIn(agent, env.server.url, /Camille Dupuis/);
    await agent.getByRole('link', { name: 'Mes rendez-vous' }).click();
    await agent.waitForURL(/\/mes-rendez-vous$/);
    expect(await textOf(agent.getByRole('heading', { level: 1 }))).toBe('Mes rendez-vous');
    const card = upcoming(agent).getByRole('article').filter({ hasText: COLLEGE });
    const text = await textOf(card);
    expect(text).toMatch(/^(Lundi|Mardi|Mercredi|Jeudi|Vendredi) (1er|\d{1,2}) \S+ \d{4} à \d{1,2}\u00a0h\u00a0\d{2}/);
    expect(text).toContain('Durée : 30\u00a0minutes');
    expect(text).toContain('Modalité : Sur place');
    expect(text).toContain('Conseiller : Claire Vasseur');
    expect(text).toContain('Confirmé');
    // The appointment already held, by phone, is among the past ones.
    expect(await textOf(agent.getByRole('list', { name: 'Rendez-vous passés' }))).toContain('Honoré');
    await expectAccessible(agent);
  });

  it('cancels it after confirming: it leaves « À venir » and shows as cancelled', async () => {
    await upcoming(agent).getByRole('article').filter({ hasText: COLLEGE }).getByRole('button', { name: 'Annuler ce rendez-vous' }).click();
    const dialog = agent.getByRole('dialog', { name: 'Annuler ce rendez-vous ?' });
    await dialog.waitFor();
    await expectAccessible(agent);
    await dialog.getByRole('textbox', { name: /Message à votre conseiller/ }).fill(MESSAGE);
    await dialog.getByRole('button', { name: 'Confirmer l’annulation' }).click();
    expect(await textOf(agent.getByRole('status').filter({ hasText: 'est annulé' }))).toMatch(/^Le rendez-vous du .* est annulé\. Un courriel vous le confirme\./);
    await expect.poll(() => upcoming(agent).getByRole('article').filter({ hasText: COLLEGE }).count(), { timeout: 10_000 }).toBe(0);
    expect(await textOf(cancelledList(agent))).toContain('Annulé à votre demande.');
    // Hers: the demo's history holds other agents' past appointments at the same college.
    const stored = await env.server.database.db.selectFrom('appointments as a').innerJoin('persons as p', 'p.id', 'a.agent_id')
      .select(['a.status', 'a.cancel_message']).where('a.place_label', '=', COLLEGE).where('p.email', '=', 'camille.dupuis@ac-amiens.fr')
      .where('a.status', '=', 'cancelled').executeTakeFirstOrThrow();
    expect(stored).toEqual({ status: 'cancelled', cancel_message: MESSAGE });
    await expectAccessible(agent);
  });
});

describe('the adviser’s appointments', () => {
  it('lists the appointments taken with Claire Vasseur, with the agent’s name, at 375 px', async () => {
    await signIn(adviser, env.server.url, /Claire Vasseur/);
    await adviser.goto(`${env.server.url}/ma-file`);
    await adviser.getByRole('link', { name: 'Mes rendez-vous' }).click();
    await adviser.waitForURL(/\/mes-rendez-vous$/);
    const text = await textOf(upcoming(adviser));
    expect(text.match(/Agent : Sophie Vandenberghe/g)).toHaveLength(2);
    expect(text).toContain('Rejoindre la visioconférence');
    expect(text).toContain('Vous appelez Sophie Vandenberghe.');
    const cancelled = await textOf(cancelledList(adviser));
    expect(cancelled).toContain('Agent : Camille Dupuis');
    expect(cancelled).toContain(`Annulé par l’agent.Message : « ${MESSAGE} »`);
    expect(await adviser.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(adviser);
  });

  it('requires a message to the agent before cancelling, and nothing changes without it', async () => {
    await upcoming(adviser).getByRole('article').first().getByRole('button', { name: 'Annuler ce rendez-vous' }).click();
    const dialog = adviser.getByRole('dialog', { name: 'Annuler ce rendez-vous ?' });
    await dialog.getByRole('button', { name: 'Confirmer l’annulation' }).click();
    await dialog.getByText('Expliquez à l’agent pourquoi le rendez-vous est annulé.').waitFor();
    await dialog.getByRole('button', { name: 'Garder le rendez-vous' }).click();
    const booked = await env.server.database.db.selectFrom('appointments').select((eb) => eb.fn.countAll<number>().as('n'))
      .where('status', '=', 'booked').where('starts_at', '>', new Date()).executeTakeFirstOrThrow();
    expect(Number(booked.n)).toBe(2);
    expect(await adviser.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
  });
});
