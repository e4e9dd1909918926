import type { FastifyInstance, FastifyReply } from 'fastify';
import { fileDownload } from '../../../shared/contracts/common.ts';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { notFound } from '../../errors/app-error.ts';
import { actionContext } from '../../http/context.ts';
import {
  ArchiveQuery, ArchivedIssue, ArchivedIssues, IdParams, NewsletterBody, NewsletterDefaults, NewsletterDefaultsBody, NewsletterDefaultsQuery,
  NewsletterIssue, NewsletterIssues, NewsletterPreview, NewsletterPreviewQuery, Subscriptions, SubscriptionsBody, UnsubscribeParams, UpdateNewsletterBody,
} from '../../../shared/contracts/newsletters.ts';
import { listIssues } from './list-issues.ts';
import { getIssue } from './get-issue.ts';
import { createIssue } from './create-issue.ts';
import { updateIssue } from './update-issue.ts';
import { changeIssueStatus } from './change-issue-status.ts';
import { previewIssue } from './preview-issue.ts';
import { readSubscriptions, saveSubscriptions } from './subscriptions.ts';
import { readNewsletterDefaults, saveNewsletterDefaults } from './defaults.ts';
import { readUnsubscribe, unsubscribe } from './unsubscribe.ts';
import { UNSUBSCRIBE_PAGE_CSP, unsubscribePage } from './unsubscribe-page.ts';
import { listArchive, readArchivedIssue } from './archive.ts';

const tags = ['newsletters'];
const UNKNOWN_LINK = 'Ce lien de désinscription n’est pas valable. Choisissez les lettres que vous recevez depuis votre espace ProxiRH.';
const HtmlPage = fileDownload('text/html', 'Une page HTML');

/** The newsletter: issues (editors), subscriptions (« Mon espace »), the public archive, and the one-click unsubscribe. */
export async function newsletterRoutes(instance: FastifyInstance, { database, config, jobs }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;
  const manage = { access: { ability: 'newsletters.manage' as const } };

  // RFC 8058: mail clients post « List-Unsubscribe=One-Click » as a form. Only this module's routes read forms.
  instance.addContentTypeParser('application/x-www-form-urlencoded', { parseAs: 'string', bodyLimit: 1024 },
    (_request, body, done) => done(null, Object.fromEntries(new URLSearchParams(String(body)))));

  app.get('/api/newsletters', {
    config: manage,
    schema: { tags, summary: 'Les lettres d’information de mes académies', response: { 200: NewsletterIssues } },
  }, async (request) => listIssues(db, actionContext(request).user));

  app.post('/api/newsletters', {
    config: manage,
    schema: { tags, summary: 'Rédiger une lettre d’information (brouillon)', body: NewsletterBody, response: { 201: NewsletterIssue } },
  }, async (request, reply) => reply.code(201).send(await createIssue(db, actionContext(request), request.body)));

  app.get('/api/newsletters/:id', {
    config: manage,
    schema: { tags, summary: 'Une lettre, avec l’avancement de son envoi', params: IdParams, response: { 200: NewsletterIssue } },
  }, async (request) => getIssue(db, actionContext(request).user, request.params.id));

  app.patch('/api/newsletters/:id', {
    config: manage,
    schema: { tags, summary: 'Modifier une lettre (elle revient en brouillon)', params: IdParams, body: UpdateNewsletterBody, response: { 200: NewsletterIssue } },
  }, async (request) => updateIssue(db, actionContext(request), request.params.id, request.body));

  app.get('/api/newsletters/:id/preview', {
    config: manage,
    schema: { tags, summary: 'Aperçu du courriel tel que le destinataire le recevra', params: IdParams, querystring: NewsletterPreviewQuery,
      response: { 200: NewsletterPreview } },
  }, async (request) => previewIssue(db, actionContext(request).user, request.params.id, request.query, config.publicUrl));

  // The same mail as a page of its own, for the editor's preview frame: its inline styles allowed here only, nothing else
  // loaded, no script, and framed by ProxiRH's pages only.
  app.get('/api/newsletters/:id/preview.html', {
    config: manage,
    schema: { tags, summary: 'Aperçu HTML du courriel, pour le cadre de prévisualisation', params: IdParams, querystring: NewsletterPreviewQuery, response: { 200: HtmlPage } },
  }, async (request, reply) => {
    const preview = await previewIssue(db, actionContext(request).user, request.params.id, request.query, config.publicUrl);
    return reply.type('text/html; charset=utf-8').header('cache-control', 'no-store')
      .header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'self'; sandbox allow-popups allow-popups-to-escape-sandbox")
      .header('x-frame-options', 'SAMEORIGIN').send(preview.html);
  });

  for (const action of ['submit', 'approve', 'cancel'] as const) {
    const summary = { submit: 'Soumettre la lettre à validation', approve: 'Valider la lettre (un autre éditeur) : son envoi est programmé', cancel: 'Annuler la lettre' }[action];
    app.post(`/api/newsletters/:id/${action}`, {
      config: manage,
      schema: { tags, summary, params: IdParams, response: { 200: NewsletterIssue } },
    }, async (request) => changeIssueStatus(db, jobs, actionContext(request), request.params.id, action));
  }

  app.get('/api/newsletters/defaults', {
    config: manage,
    schema: { tags, summary: 'Abonnements par défaut d’une académie', querystring: NewsletterDefaultsQuery, response: { 200: NewsletterDefaults } },
  }, async (request) => readNewsletterDefaults(db, actionContext(request).user, request.query.academie));

  app.put('/api/newsletters/defaults', {
    config: manage,
    schema: { tags, summary: 'Fixer les abonnements par défaut d’une académie', body: NewsletterDefaultsBody, response: { 200: NewsletterDefaults } },
  }, async (request) => saveNewsletterDefaults(db, actionContext(request).user, request.body));

  app.get('/api/newsletters/subscriptions', {
    config: { access: { ability: 'newsletters.subscribe' as const } },
    schema: { tags, summary: 'Les lettres que je reçois', response: { 200: Subscriptions } },
  }, async (request) => readSubscriptions(db, actionContext(request).user));

  app.put('/api/newsletters/subscriptions', {
    config: { access: { ability: 'newsletters.subscribe' as const } },
    schema: { tags, summary: 'Choisir les lettres que je reçois', body: SubscriptionsBody, response: { 200: Subscriptions } },
  }, async (request) => saveSubscriptions(db, actionContext(request).user, request.body));

  app.get('/api/newsletters/archive', {
    config: { access: 'public' },
    schema: { tags, summary: 'Les lettres envoyées par une académie', querystring: ArchiveQuery, response: { 200: ArchivedIssues } },
  }, async (request) => listArchive(db, request.query.academie));

  app.get('/api/newsletters/archive/:id', {
    config: { access: 'public' },
    schema: { tags, summary: 'Une lettre envoyée, telle que publiée', params: IdParams, response: { 200: ArchivedIssue } },
  }, async (request) => readArchivedIssue(db, request.params.id));

  const sendPage = (reply: FastifyReply, html: string) => reply.type('text/html; charset=utf-8')
    .header('content-security-policy', UNSUBSCRIBE_PAGE_CSP).header('cache-control', 'no-store').header('referrer-policy', 'no-referrer').send(html);
  // The token is the key of these two routes: a session is not read (a signed-in browser posting the form needs no CSRF token,
  // and a forged post can do no more than the link itself).
  const ignoreSession = async (request: { user: unknown }) => { request.user = null; };

  app.get('/api/newsletters/unsubscribe/:token', {
    config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
    onRequest: ignoreSession,
    schema: { tags, summary: 'La page de désinscription (lien du courriel)', params: UnsubscribeParams, response: { 200: HtmlPage } },
  }, async (request, reply) => {
    const state = await readUnsubscribe(db, request.params.token);
    if (!state.found) throw notFound(UNKNOWN_LINK);
    return sendPage(reply, unsubscribePage(state, `/api/newsletters/unsubscribe/${request.params.token}`, false));
  });

  app.post('/api/newsletters/unsubscribe/:token', {
    config: { access: 'public', rateLimit: { max: 60, timeWindow: '1 minute' } },
    onRequest: ignoreSession,
    schema: { tags, summary: 'Désinscription en un clic (RFC 8058) : une seule fois, un second envoi ne change rien', params: UnsubscribeParams,
      response: { 200: HtmlPage } },
  }, async (request, reply) => {
    const state = await unsubscribe(db, request.params.token);
    if (!state.found) throw notFound(UNKNOWN_LINK);
    return sendPage(reply, unsubscribePage(state, `/api/newsletters/unsubscribe/${request.params.token}`, true));
  });
}
