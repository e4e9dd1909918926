import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { actionContext } from '../../http/context.ts';
import { PageQuery, pageOf } from '../../../shared/contracts/common.ts';
import { parisDate } from '../../clock.ts';
import { surveyMails } from './mails.ts';
import { answerSurvey, readSurvey } from './surveys.ts';
import { answerPanelSurvey, readPanelSurvey } from './panel-surveys.ts';
import { commentsCsv, readComments } from './comments.ts';
import { drawPanel, listPanels, readPanel, sendPanel } from './panels.ts';
import {
  Comment, CommentsQuery, DrawInput, PanelAnswer, PanelDetail, PanelParams, PanelSummary, PanelSurveyView, SurveyAnswer, SurveyView,
  Thanks, TokenParams,
} from './schemas.ts';

const THANKS = { status: 'answered' as const, message: 'Merci, votre réponse est enregistrée.' };

/**
 * Satisfaction: the survey after closure and the national panel questionnaire (public, reached
 * by a one-time link), the free text for the académie's coordinator, and the panel draws for
 * the national coordinator. A public route answers with the request's reference at most.
 */
export async function satisfactionRoutes(instance: FastifyInstance, deps: AppDependencies) {
  const app = typed(instance);
  const { db } = deps.database;
  const mails = surveyMails(deps.mail, deps.config.publicUrl);
  const comments = { access: { ability: 'surveys.comments' as const } };
  const panels = { access: { ability: 'panels.manage' as const } };

  app.get('/api/surveys/:token', {
    config: { access: 'public' },
    schema: { tags: ['satisfaction'], summary: 'État d’un questionnaire de satisfaction (lien reçu par courriel)', params: TokenParams,
      response: { 200: SurveyView } },
  }, async (request) => readSurvey(db, request.params.token));

  app.post('/api/surveys/:token', {
    config: { access: 'public' },
    schema: { tags: ['satisfaction'], summary: 'Répondre au questionnaire de satisfaction (une seule fois)', params: TokenParams,
      body: SurveyAnswer, response: { 201: Thanks } },
  }, async (request, reply) => {
    await answerSurvey(db, request.params.token, request.body);
    return reply.code(201).send(THANKS);
  });

  app.get('/api/panel-surveys/:token', {
    config: { access: 'public' },
    schema: { tags: ['satisfaction'], summary: 'État du questionnaire national (panel)', params: TokenParams, response: { 200: PanelSurveyView } },
  }, async (request) => readPanelSurvey(db, request.params.token));

  app.post('/api/panel-surveys/:token', {
    config: { access: 'public' },
    schema: { tags: ['satisfaction'], summary: 'Répondre au questionnaire national (une seule fois)', params: TokenParams,
      body: PanelAnswer, response: { 201: Thanks } },
  }, async (request, reply) => {
    await answerPanelSurvey(db, request.params.token, request.body);
    return reply.code(201).send(THANKS);
  });

  app.get('/api/satisfaction/comments', {
    config: comments,
    schema: { tags: ['satisfaction'], summary: 'Commentaires libres des questionnaires de l’académie (sans nom ni référence)',
      querystring: Type.Intersect([CommentsQuery, PageQuery]), response: { 200: pageOf(Comment) } },
  }, async (request) => readComments(db, actionContext(request), request.query, 'json'));

  app.get('/api/satisfaction/comments.csv', {
    config: comments,
    schema: { tags: ['satisfaction'], summary: 'Commentaires libres des questionnaires, en CSV', querystring: CommentsQuery },
  }, async (request, reply) => {
    const { items } = await readComments(db, actionContext(request), request.query, 'csv');
    const filename = `commentaires-${request.query.academie.toLowerCase()}-${parisDate(new Date())}.csv`;
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${filename}"`)
      .header('cache-control', 'no-store').send(await commentsCsv(items));
  });

  app.get('/api/panels', {
    config: panels,
    schema: { tags: ['satisfaction'], summary: 'Panels de l’enquête nationale, avec leur taux de réponse', response: { 200: Type.Object({ items: Type.Array(PanelSummary) }) } },
  }, async () => ({ items: await listPanels(db) }));

  app.post('/api/panels', {
    config: panels,
    schema: { tags: ['satisfaction'], summary: 'Tirer un panel stratifié (reproductible à partir de la graine)', body: DrawInput, response: { 201: PanelDetail } },
  }, async (request, reply) => reply.code(201).send(await drawPanel(db, actionContext(request), request.body)));

  app.get('/api/panels/:id', {
    config: panels,
    schema: { tags: ['satisfaction'], summary: 'Un panel : effectifs tirés, sollicités, répondants (jamais de nom)', params: PanelParams, response: { 200: PanelDetail } },
  }, async (request) => readPanel(db, request.params.id));

  app.post('/api/panels/:id/send', {
    config: panels,
    schema: { tags: ['satisfaction'], summary: 'Envoyer le questionnaire national au panel (une seule fois)', params: PanelParams, response: { 200: PanelDetail } },
  }, async (request) => sendPanel(db, actionContext(request), mails, request.params.id));
}
