import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { expectAccessible, signIn, textOf, useServerAndBrowser } from './support/browser.ts';
import { loadConfig } from '../../src/server/config.ts';
import { createSession } from '../../src/server/auth/session-store.ts';
import { sessionCookieName } from '../../src/server/auth/session-cookie.ts';

/**
 * An administrator's journey in a real Chromium: they create the account of a newcomer and grant
 * the agent role, the newcomer signs in (a session opened as the identity provider's sign-in
 * opens one) and reaches « Mon espace », then the administrator deactivates the account and the
 * newcomer's open page is sent to the sign-in page at the next navigation.
 */
const env = useServerAndBrowser();
let admin: Page;
let person: Page;
let personId = '';
const EMAIL = 'gaelle.nouvelle@ac-amiens.fr';

beforeAll(async () => {
  admin = await env.newPage();
});

describe('an administrator manages an account', () => {
  it('creates the account of a person of the académie and lands on its page', async () => {
    await signIn(admin, env.server.url, /Nicolas Bertin/);
    await admin.goto(`${env.server.url}/administration`);
    await admin.getByRole('heading', { level: 1, name: 'Administration' }).waitFor();
    await admin.getByRole('button', { name: 'Créer un compte' }).click();
    const form = admin.getByRole('form', { name: 'Créer un compte' });
    await form.waitFor();
    // Nothing typed: the summary names the fields.
    await form.getByRole('button', { name: 'Créer le compte' }).click();
    await form.getByText('Le formulaire contient des erreurs (3 erreurs)').waitFor();
    await expectAccessible(admin);

    await form.getByRole('textbox', { name: /^Prénom/ }).fill('Gaëlle');
    await form.getByRole('textbox', { name: /^Nom/ }).fill('Nouvelle');
    await form.getByRole('textbox', { name: /^Adresse électronique/ }).fill(EMAIL);
    await form.getByRole('combobox', { name: /^Département/ }).selectOption({ label: 'Somme (80)' });
    await form.getByRole('combobox', { name: /^Catégorie/ }).selectOption({ label: 'Professeurs du second degré et personnels d’éducation' });
    await form.getByRole('button', { name: 'Créer le compte' }).click();
    await admin.getByRole('heading', { level: 3, name: 'Gaëlle Nouvelle' }).waitFor();
    expect(await textOf(admin.locator('main'))).toContain('Aucun rôle');
    await expectAccessible(admin);
    const row = await env.server.database.db.selectFrom('persons').select('id').where('email', '=', EMAIL).executeTakeFirstOrThrow();
    personId = row.id;
  });

  it('grants the agent role on the Somme; the history says so', async () => {
    await admin.getByRole('combobox', { name: /^Rôle/ }).selectOption({ label: 'Agent' });
    await admin.getByRole('combobox', { name: /^Territoire/ }).selectOption({ label: 'Somme (80)' });
    await admin.getByRole('button', { name: 'Attribuer', exact: true }).click();
    await admin.getByText('Rôle attribué : Agent — Somme (80).').waitFor();
    await admin.getByRole('button', { name: 'Retirer le rôle Agent — Somme (80)' }).waitFor();
    await admin.getByRole('cell', { name: 'Attribution d’un rôle' }).waitFor();
    await expectAccessible(admin);
  });

  it('lets the person sign in and reach their space', async () => {
    person = await env.newPage();
    // As a sign-in through the identity provider opens it (tests/oidc-sign-in.test.ts drives the real flow).
    const config = loadConfig({ NODE_ENV: 'test', PUBLIC_URL: env.server.url });
    const { token } = await createSession(env.server.database.db, personId, 'oidc', config.sessionIdleMinutes);
    await person.context().addCookies([{ name: sessionCookieName(config), value: token, url: env.server.url, httpOnly: true, sameSite: 'Lax' }]);
    await person.goto(`${env.server.url}/mon-espace`);
    await person.getByRole('heading', { level: 1, name: 'Mon espace' }).waitFor();
    await expectAccessible(person);
  });

  it('deactivates the account after a confirmation: the open session ends at the next navigation', async () => {
    await admin.getByRole('button', { name: 'Désactiver le compte' }).click();
    const dialog = admin.getByRole('dialog', { name: 'Désactiver le compte de Gaëlle Nouvelle ?' });
    await dialog.waitFor();
    await expectAccessible(admin);
    await dialog.getByRole('button', { name: 'Désactiver', exact: true }).click();
    await admin.getByText('Le compte de Gaëlle Nouvelle est désactivé : ses sessions ont pris fin.').waitFor();
    await admin.getByRole('cell', { name: 'Désactivation d’un compte' }).waitFor();
    await admin.getByRole('button', { name: 'Réactiver le compte' }).waitFor();
    await expectAccessible(admin);

    await person.goto(`${env.server.url}/mon-espace`);
    await person.getByRole('heading', { level: 1, name: 'Se connecter à ProxiRH' }).waitFor();
    expect(new URL(person.url()).pathname).toBe('/connexion');
    await expectAccessible(person);
  });

  it('shows the changes in the audit log in French, filtered by action, and offers the CSV export', async () => {
    await admin.goto(`${env.server.url}/administration?onglet=journal`);
    await admin.getByRole('heading', { level: 2, name: 'Journal d’audit' }).waitFor();
    await admin.getByRole('combobox', { name: 'Action' }).selectOption({ label: 'Désactivation d’un compte' });
    await admin.getByRole('button', { name: 'Filtrer' }).click();
    // The unfiltered list names her on every change (creation, roles, sign-in…): wait for the filter's answer.
    await expect.poll(() => admin.getByRole('cell', { name: 'Personne : Gaëlle Nouvelle' }).count(), { timeout: 10_000 }).toBe(1);
    await expect.poll(() => admin.getByRole('cell', { name: 'Désactivation d’un compte' }).count(), { timeout: 10_000 }).toBe(1);
    await admin.getByRole('button', { name: 'Exporter la vue filtrée (CSV)' }).waitFor();
    await expectAccessible(admin);
  });
});
