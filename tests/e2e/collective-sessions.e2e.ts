import { mkdirSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, signIn, textOf, useServerAndBrowser } from './support/browser.ts';
import { pressOn } from './support/keyboard.ts';

/**
 * Collective sessions (issue 14). Camille Dupuis reaches « Ateliers et réunions » from « Mon
 * espace » and registers to the webinar on the mobility circulars with the keyboard only; the
 * « petit déjeuner » being full, she joins its waiting list and reads her rank. Claire Vasseur,
 * at 375 px, finds her among the registered people of her webinar. Zero serious or critical axe
 * violation on each page. Screenshots: dist/screenshots-sessions/.
 */
const env = useServerAndBrowser();
const SHOTS = 'dist/screenshots-sessions';
let agent: Page;
let organiser: Page;
const WEBINAR = 'Présentation des circulaires mobilité 2027';
const BREAKFAST = 'Petit déjeuner de la RH de proximité';


const card = (page: Page, title: string) => page.getByRole('article', { name: title });

beforeAll(async () => {
  mkdirSync(SHOTS, { recursive: true });
  agent = await env.newPage();
  organiser = await env.newPage({ viewport: { width: 375, height: 800 } });
});

describe('an agent and the collective sessions', () => {
  it('reaches « Ateliers et réunions » from « Mon espace » with the keyboard', async () => {
    await signIn(agent, env.server.url, /Camille Dupuis/);
    await agent.goto(`${env.server.url}/mon-espace`);
    await pressOn(agent, agent.getByRole('link', { name: 'Ateliers et réunions' }));
    await agent.waitForURL(/\/ateliers-et-reunions$/);
    // The page is loaded on demand: the address changes before its heading replaces « Mon espace ».
    await agent.getByRole('heading', { level: 1, name: 'Ateliers et réunions' }).waitFor();
    expect(await textOf(agent.getByRole('heading', { level: 1 }))).toBe('Ateliers et réunions');
    const webinar = await textOf(card(agent, WEBINAR));
    expect(webinar).toContain('Webinaire');
    expect(webinar).toContain('places restantes');
    // The link of the webinar is for the registered people only.
    expect(webinar).not.toContain('Rejoindre la visioconférence');
    // Her own registration (the workshop) comes first.
    expect(await textOf(agent.getByRole('region', { name: 'Mes inscriptions' }).or(agent.locator('section[aria-labelledby="mes-inscriptions"]')).first()))
      .toContain('Vous êtes inscrit.');
    await expectAccessible(agent);
    await agent.screenshot({ path: `${SHOTS}/ateliers-agent-desktop.png`, fullPage: true });
  });

  it('registers to the webinar with the keyboard: a confirmation, the link, and the seat stored', async () => {
    await pressOn(agent, card(agent, WEBINAR).getByRole('button', { name: 'M’inscrire' }));
    const status = agent.getByRole('status').filter({ hasText: 'Vous êtes inscrit à' });
    expect(await textOf(status)).toContain(`Vous êtes inscrit à « ${WEBINAR} ». Un courriel de confirmation`);
    expect(await textOf(card(agent, WEBINAR))).toContain('Rejoindre la visioconférence');
    const db = env.server.database.db;
    const stored = await db.selectFrom('collective_session_registrations as r').innerJoin('collective_sessions as s', 's.id', 'r.session_id')
      .innerJoin('persons as p', 'p.id', 'r.agent_id').select('r.status').where('s.title', '=', WEBINAR).where('p.email', '=', 'camille.dupuis@ac-amiens.fr')
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe('registered');
    await expectAccessible(agent);
  });

  it('joins the waiting list of a full session and reads her rank', async () => {
    expect(await textOf(card(agent, BREAKFAST))).toContain('Complet — 3 personnes en liste d’attente');
    await pressOn(agent, card(agent, BREAKFAST).getByRole('button', { name: 'Rejoindre la liste d’attente' }));
    expect(await textOf(agent.getByRole('status').filter({ hasText: 'liste d’attente' }))).toContain('en position 4');
    expect(await textOf(card(agent, BREAKFAST))).toContain('Vous êtes sur la liste d’attente, en position 4.');
    await expectAccessible(agent);
  });

  it('reads well at 375 px without scrolling sideways', async () => {
    await agent.setViewportSize({ width: 375, height: 800 });
    await agent.reload();
    await card(agent, WEBINAR).waitFor();
    expect(await agent.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await agent.screenshot({ path: `${SHOTS}/ateliers-agent-375.png`, fullPage: true });
  });
});

describe('the organiser', () => {
  it('finds the agent among the registered people of her webinar, at 375 px', async () => {
    await signIn(organiser, env.server.url, /Claire Vasseur/);
    await organiser.goto(`${env.server.url}/ateliers-et-reunions/organisation`);
    expect(await textOf(organiser.getByRole('heading', { level: 1 }))).toBe('Ateliers et réunions');
    await expectAccessible(organiser);
    await organiser.screenshot({ path: `${SHOTS}/organisation-375.png`, fullPage: true });
    await organiser.getByRole('link', { name: WEBINAR }).click();
    await organiser.waitForURL(/\/ateliers-et-reunions\/organisation\/[0-9a-f-]{36}$/);
    expect(await textOf(organiser.locator('#table-inscrits'))).toContain('Camille Dupuis');
    expect(await organiser.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(375);
    await expectAccessible(organiser);
    await organiser.screenshot({ path: `${SHOTS}/atelier-inscrits-375.png`, fullPage: true });
  });
});
