import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseRadio, expectAccessible, signIn, textOf, useServerAndBrowser, waitFor } from './support/browser.ts';

/**
 * The whole life of a request in a real Chromium: the agent asks, is acknowledged by mail
 * through a real SMTP server, the adviser of their département answers, the agent replies,
 * the adviser closes with an internal referral, and the agent reads the exchange without the note.
 */
const env = useServerAndBrowser();
let agent: Page;
let adviser: Page;
let reference = '';
let requestId = '';

const SUBJECT = 'Projet de reconversion vers la documentation';
const NOTE = 'Note pour l’équipe : voir avec le CIO de Laon avant de répondre.';

const PDF = Buffer.from(
  '%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj 2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n',
);

beforeAll(async () => {
  agent = await env.newPage();
  adviser = await env.newPage();
});

describe('a request from submission to closure', () => {
  it('lets the agent submit a request with an attachment and shows the acknowledgement', async () => {
    await signIn(agent, env.server.url, /Camille Dupuis/);
    await agent.getByRole('link', { name: 'Nouvelle demande' }).first().click();
    await agent.waitForURL(/nouvelle-demande$/);
    await expectAccessible(agent);

    await chooseRadio(agent, /^Accompagnement d’un projet professionnel/);
    await agent.getByRole('textbox', { name: /^Objet/ }).fill(SUBJECT);
    await agent
      .getByRole('textbox', { name: /^Description/ })
      .fill('Je souhaite préparer le concours de professeur documentaliste et savoir quelles formations existent.');
    await chooseRadio(agent, /^Courriel/);
    await agent.locator('input[type=file]').setInputFiles({ name: 'cv.pdf', mimeType: 'application/pdf', buffer: PDF });
    await agent.getByRole('button', { name: 'Envoyer ma demande' }).click();

    const confirmation = await textOf(agent.getByText(/Demande enregistrée sous la référence/));
    reference = /AMI-\d{4}-\d{6}/.exec(confirmation)?.[0] ?? '';
    expect(reference).toMatch(/^AMI-2\d{3}-\d{6}$/);
    await expectAccessible(agent);

    const stored = await env.server.database.db
      .selectFrom('requests')
      .select(['id', 'assignee_id', 'departement_code'])
      .where('reference', '=', reference)
      .executeTakeFirstOrThrow();
    requestId = stored.id;
    const attachments = await env.server.database.db
      .selectFrom('request_attachments')
      .select('filename')
      .where('request_id', '=', requestId)
      .execute();
    expect(attachments.map((a) => a.filename)).toEqual(['cv.pdf']);
  });

  it('delivers the acknowledgement mail to the SMTP server, with a link and without the description', async () => {
    const mail = await waitFor(() => env.server.smtp.received.find((m) => m.subject.includes(reference)));
    expect(mail.envelope.to.join(' ')).toContain('camille.dupuis');
    expect(mail.text).toContain(`/mes-demandes/${requestId}`);
    expect(mail.text).not.toContain('documentaliste');
  });

  it('shows the request in the « Ma file » of the adviser of the agent’s département, who answers and notes', async () => {
    const assignee = await env.server.database.db
      .selectFrom('requests')
      .innerJoin('persons', 'persons.id', 'requests.assignee_id')
      .innerJoin('role_assignments', 'role_assignments.person_id', 'persons.id')
      .select(['persons.display_name', 'role_assignments.territory_code', 'requests.departement_code'])
      .where('requests.id', '=', requestId)
      .where('role_assignments.role', '=', 'adviser')
      .executeTakeFirstOrThrow();
    expect(assignee.territory_code).toBe(assignee.departement_code);
    await signIn(adviser, env.server.url, new RegExp(assignee.display_name));
    await adviser.goto(`${env.server.url}/ma-file`);
    await adviser.getByRole('searchbox', { name: /^Référence ou nom de l’agent/ }).fill(reference);
    await adviser.getByRole('button', { name: 'Rechercher', exact: true }).click();
    await adviser.getByRole('link', { name: SUBJECT }).click();
    // The page shows « Demande » until the request has loaded: wait for its subject as the title.
    await adviser.getByRole('heading', { level: 1, name: SUBJECT }).waitFor();
    expect(await textOf(adviser.locator('main'))).toContain('cv.pdf');
    await expectAccessible(adviser);

    await adviser.getByRole('textbox', { name: /^Message à l’agent/ }).fill('Bonjour, je vous propose un entretien jeudi à 10 h.');
    await adviser.getByRole('button', { name: 'Envoyer à l’agent' }).click();
    await adviser.getByText('Le message est envoyé à l’agent.').waitFor();

    await adviser.getByRole('textbox', { name: /^Note interne/ }).fill(NOTE);
    await adviser.getByRole('button', { name: 'Enregistrer la note' }).click();
    await adviser.getByText('La note interne est enregistrée.').waitFor();
    await adviser.getByText(NOTE).waitFor();
    await expectAccessible(adviser);
  });

  it('lets the agent read the answer and reply', async () => {
    await agent.goto(`${env.server.url}/mes-demandes/${requestId}`);
    await agent.getByText('Bonjour, je vous propose un entretien jeudi à 10 h.').waitFor();
    await agent.getByRole('textbox', { name: /^Votre message/ }).fill('Jeudi 10 h me convient, merci.');
    await agent.getByRole('button', { name: 'Envoyer le message' }).click();
    await agent.getByText('Votre message est envoyé.').waitFor();
    await expectAccessible(agent);
  });

  it('lets the adviser close the request with an individual answer', async () => {
    await adviser.reload();
    await adviser.getByText('Jeudi 10 h me convient, merci.').waitFor();
    await chooseRadio(adviser, /^Information individuelle/);
    await adviser.getByRole('textbox', { name: /^Synthèse de la réponse/ }).fill('Entretien jeudi 10 h : bilan de carrière proposé.');
    await adviser.getByRole('button', { name: 'Clôturer la demande' }).click();
    await adviser.getByText('La demande est clôturée.').waitFor();
    await expectAccessible(adviser);

    const closed = await env.server.database.db
      .selectFrom('requests')
      .select(['status', 'response_type', 'first_response_working_days', 'closure_working_days'])
      .where('id', '=', requestId)
      .executeTakeFirstOrThrow();
    expect(closed).toMatchObject({ status: 'closed', response_type: 'information_individual' });
    expect(closed.first_response_working_days).not.toBeNull();
    expect(closed.closure_working_days).not.toBeNull();
  });

  it('shows the agent the whole exchange, the closure, and never the internal note', async () => {
    await agent.reload();
    const main = agent.locator('main');
    await agent.getByText('Entretien jeudi 10 h : bilan de carrière proposé.').waitFor();
    const text = await textOf(main);
    expect(text).toContain('Bonjour, je vous propose un entretien jeudi à 10 h.');
    expect(text).toContain('Jeudi 10 h me convient, merci.');
    expect(text).toContain('Clôturée');
    expect(text).not.toContain('CIO de Laon');
    expect(text).not.toContain('Note interne');
    await expectAccessible(agent);
  });

  it('lets the agent reopen with a reason: the adviser is mailed without it, and reads it in the timeline', async () => {
    const reason = 'Le bilan du CIO ne répond pas à ma question sur le calendrier du concours.';
    await agent.getByRole('textbox', { name: /^Pourquoi la rouvrez-vous/ }).fill(reason);
    await agent.getByRole('button', { name: 'Rouvrir la demande' }).click();
    await agent.getByText('Votre demande est rouverte : votre conseiller en est informé.').waitFor();
    await expectAccessible(agent);

    const mail = await waitFor(() => env.server.smtp.received.find((m) => m.subject === `Demande ${reference} rouverte`));
    expect(mail.text).toContain(`/demandes/${requestId}`);
    expect(mail.text).not.toContain('calendrier du concours');
    expect(mail.text).not.toContain(SUBJECT);

    await adviser.reload();
    await adviser.getByText(reason).waitFor();
    expect(await textOf(adviser.locator('main'))).toContain('Motif de la réouverture');
    await expectAccessible(adviser);
  });
});
