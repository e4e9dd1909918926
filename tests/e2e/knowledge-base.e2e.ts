import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { chooseRadio, expectAccessible, signIn, textOf, useServerAndBrowser } from './support/browser.ts';
import { tabTo } from './support/keyboard.ts';

/**
 * The knowledge base in a real Chromium (issue 15): an editor writes an article in Markdown with
 * its live preview and submits it; a second editor publishes it; an agent, with the keyboard
 * only, finds it by searching without accents and through the assistant, which quotes it with its
 * link; a question the base does not answer is handed over to the adviser (the request form opens
 * with the question) and appears to the editor among the « questions sans réponse »; a question
 * about harassment is never answered with articles alone.
 */
const env = useServerAndBrowser();
let author: Page;
let reviewer: Page;
let agent: Page;

const TITLE = 'Chèque-lecture des personnels : bénéficier de l’offre 2027';
const SUMMARY = 'Un chèque-lecture de 30 euros pour les personnels qui participent au club de lecture de leur établissement.';
const BODY = [
  '## Qui peut en bénéficier ?',
  '',
  'Le chèque-lecture est ouvert à tous les personnels qui animent ou rejoignent un club de lecture dans leur établissement.',
  '',
  '## Comment le demander ?',
  '',
  '- Remplissez le formulaire de votre établissement ;',
  '- joignez l’attestation du club de lecture.',
  '',
  '<script>alert("non")</script>',
].join('\n');
const OFF_TOPIC = 'Quelle est la recette du gâteau basque aux cerises noires ?';


beforeAll(async () => {
  author = await env.newPage();
  reviewer = await env.newPage();
  agent = await env.newPage();
});

describe('an article from its writing to the agent who finds it', () => {
  it('lets an editor write an article with a live preview, and save it as a draft', async () => {
    await signIn(author, env.server.url, /Marion Lecomte/);
    await author.goto(`${env.server.url}/contenus`);
    await author.getByRole('heading', { level: 1, name: 'Contenus' }).waitFor();
    await author.getByRole('table', { name: /^Articles/ }).waitFor();
    await expectAccessible(author);

    await author.getByRole('link', { name: 'Nouvel article' }).click();
    await author.getByRole('heading', { level: 1, name: 'Nouvel article' }).waitFor();
    await author.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await author.getByText(/Le formulaire contient des erreurs \(\d erreurs\)/).waitFor();
    await expectAccessible(author);

    await author.getByRole('textbox', { name: /^Titre/ }).fill(TITLE);
    expect(await author.getByRole('textbox', { name: /^Adresse de l’article/ }).inputValue()).toBe('cheque-lecture-des-personnels-beneficier-de-l-offre-2027');
    await author.getByRole('textbox', { name: /^Résumé/ }).fill(SUMMARY);
    await author.getByRole('textbox', { name: /^Texte \(Markdown\)/ }).fill(BODY);
    const preview = author.getByRole('region', { name: 'Aperçu, tel que les agents le liront' });
    await preview.getByRole('heading', { name: 'Comment le demander ?' }).waitFor();
    await expect.poll(() => preview.getByRole('listitem').count(), { timeout: 10_000 }).toBe(2);
    // The preview is drawn with the server's sanitiser: the script is gone.
    expect(await preview.innerHTML()).not.toContain('script');
    await author.getByRole('combobox', { name: /^Type de contenu/ }).selectOption({ label: 'Fiche' });
    await author.getByRole('combobox', { name: /^Thème/ }).selectOption({ label: 'Action sociale' });
    await expectAccessible(author);

    await author.getByRole('button', { name: 'Enregistrer le brouillon' }).click();
    await author.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await author.getByText('Le brouillon est enregistré. Soumettez-le à la relecture quand il est prêt.').waitFor();
    const stored = await env.server.database.db.selectFrom('articles').select(['status']).where('slug', '=', 'cheque-lecture-des-personnels-beneficier-de-l-offre-2027')
      .executeTakeFirstOrThrow();
    expect(stored.status).toBe('draft');
    await expectAccessible(author);
  });

  it('submits it for review; its author cannot publish it', async () => {
    await author.getByRole('button', { name: 'Soumettre à la relecture' }).click();
    await author.getByText(/L’article est soumis à la relecture/).waitFor();
    await expect.poll(() => author.getByRole('button', { name: 'Publier' }).count(), { timeout: 10_000 }).toBe(0);
    await expectAccessible(author);
  });

  it('lets a second editor find it among the articles in review and publish it', async () => {
    await signIn(reviewer, env.server.url, /Julie Moreau/);
    await reviewer.goto(`${env.server.url}/contenus`);
    await chooseRadio(reviewer, /^En relecture$/);
    await reviewer.getByRole('table', { name: /^Articles en attente de relecture/ }).waitFor();
    await reviewer.getByRole('link', { name: TITLE }).click();
    await reviewer.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    await expectAccessible(reviewer);
    await reviewer.getByRole('textbox', { name: /^Commentaire de relecture/ }).fill('Relu : clair et complet.');
    await reviewer.getByRole('button', { name: 'Publier' }).click();
    await reviewer.getByText('L’article est publié : les agents le lisent désormais.').waitFor();
    await reviewer.getByText(/Publiée.*\(version 1\) par Julie Moreau/).waitFor();
    await expectAccessible(reviewer);
  });

  it('lets an agent find it with the keyboard, searching without accents', async () => {
    await signIn(agent, env.server.url, /Camille Dupuis/);
    await agent.goto(`${env.server.url}/informations`);
    await agent.getByRole('heading', { level: 1, name: 'Informations RH' }).waitFor();
    await expectAccessible(agent);

    await tabTo(agent, agent.getByRole('searchbox', { name: /^Rechercher une information/ }));
    await agent.keyboard.type('cheque lecture');
    await agent.keyboard.press('Enter');
    await agent.getByRole('status').filter({ hasText: /correspond.* pour « cheque lecture »/ }).waitFor();
    const result = agent.getByRole('link', { name: TITLE });
    await result.waitFor();
    // The matching words are highlighted, as text.
    expect(await agent.locator('.kb-results mark').first().textContent()).toMatch(/^(chèque|lecture)$/i);
    await expectAccessible(agent);

    await tabTo(agent, result);
    await agent.keyboard.press('Enter');
    await agent.getByRole('heading', { level: 1, name: TITLE }).waitFor();
    expect(await textOf(agent.locator('main'))).toContain('joignez l’attestation du club de lecture');
    expect(await agent.locator('main').innerHTML()).not.toContain('<script');
    await expectAccessible(agent);
  });

  it('lets the agent ask the assistant, which quotes the article with its link', async () => {
    await agent.goto(`${env.server.url}/poser-une-question`);
    await agent.getByRole('heading', { level: 1, name: 'Poser une question' }).waitFor();
    await expectAccessible(agent);
    await tabTo(agent, agent.getByRole('textbox', { name: /^Votre question/ }));
    await agent.keyboard.type('Comment obtenir le chèque-lecture du club de lecture ?');
    await agent.keyboard.press('Enter');
    const answer = agent.locator('[aria-live="polite"]').filter({ has: agent.locator('.kb-answer') });
    const link = answer.getByRole('link', { name: TITLE }).first();
    await link.waitFor();
    expect(await textOf(answer.locator('blockquote').first())).toMatch(/club de lecture/);
    await expectAccessible(agent);
    await tabTo(agent, link);
    await agent.keyboard.press('Enter');
    await agent.getByRole('heading', { level: 1, name: TITLE }).waitFor();
  });

  it('never answers harassment with articles alone: it offers the adviser and the listening line', async () => {
    await agent.goto(`${env.server.url}/poser-une-question`);
    await agent.getByRole('textbox', { name: /^Votre question/ }).fill('je suis harcelé par mon chef');
    await agent.getByRole('button', { name: 'Poser la question' }).click();
    const handover = agent.locator('.kb-handover');
    await handover.getByRole('heading', { name: 'Un conseiller peut vous aider' }).waitFor();
    await handover.getByRole('button', { name: 'Écrire à un conseiller' }).waitFor();
    await handover.getByRole('link', { name: /^0\d( \d\d){4}$/ }).waitFor();
    await expectAccessible(agent);
  });

  it('says when nothing answers, and opens the request form with the question, to be edited before sending', async () => {
    await agent.getByRole('textbox', { name: /^Votre question/ }).fill(OFF_TOPIC);
    await agent.getByRole('button', { name: 'Poser la question' }).click();
    await agent.getByText('Les fiches publiées ne répondent pas à cette question.').waitFor();
    await expectAccessible(agent);
    await agent.locator('.kb-handover').getByRole('button', { name: 'Écrire à un conseiller' }).click();
    await agent.getByRole('heading', { level: 1, name: 'Nouvelle demande' }).waitFor();
    await expect.poll(() => agent.getByRole('textbox', { name: /^Description/ }).inputValue(), { timeout: 10_000 }).toBe(OFF_TOPIC);
    await expect.poll(() => agent.getByRole('textbox', { name: /^Objet/ }).inputValue(), { timeout: 10_000 }).not.toBe('');
    await expectAccessible(agent);
  });

  it('shows the question without answer to the editor, by its words and count, never by its author', async () => {
    await author.goto(`${env.server.url}/contenus?onglet=sans-reponse`);
    const table = author.getByRole('table', { name: /^Questions sans réponse/ });
    const row = table.getByRole('row').filter({ hasText: /basque/ });
    await row.waitFor();
    expect(await textOf(row)).not.toContain('Camille');
    await expectAccessible(author);
  });

  it('reads on a phone without sideways scrolling', async () => {
    const phone = await env.newPage({ viewport: { width: 375, height: 800 } });
    for (const path of ['/informations?q=mobilite', '/poser-une-question', '/mallette/amiens', '/informations/cheque-lecture-des-personnels-beneficier-de-l-offre-2027?academie=amiens']) {
      await phone.goto(`${env.server.url}${path}`);
      await phone.getByRole('heading', { level: 1 }).waitFor();
      await phone.waitForLoadState('networkidle');
      expect(await phone.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(375);
      await expectAccessible(phone);
    }
  });
});
