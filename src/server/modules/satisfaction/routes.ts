import { fileDownload } from '../../../shared/contracts/common.ts';
import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { actionContext } from '../../http/context.ts';
import {
  CommentsPage, CommentsPageQuery, CommentsQuery, DrawInput, PanelAnswer, PanelDetail, PanelList, PanelParams, PanelSurveyView, SurveyAnswer,
  SurveyView, Thanks, TokenParams,
} from '../../../shared/contracts/satisfaction.ts';
import { surveyMails } from './mails.ts';
import { readSurvey } from './read-survey.ts';
import { answerSurvey } from './answer-survey.ts';
import { readPanelSurvey } from './read-panel-survey.ts';
import { answerPanelSurvey } from './answer-panel-survey.ts';
import { readComments } from './read-comments.ts';
import { exportComments } from './export-comments.ts';
import { listPanels } from './list-panels.ts';
import { drawPanel } from './draw-panel.ts';
import { readPanel } from './read-panel.ts';
import { sendPanel } from './send-panel.ts';

const THANKS = { status: 'answered' as const, message: 'Merci, votre réponse est enregistrée.' };

/**
 * Satisfaction: the survey after closure and the national panel questionnaire (public, reached
 * by a one-time link), the free text for the académie's coordinator, and the panel draws for
 * the national coordinator.
 */
export async function satisfactionRoutes(instance: FastifyInstance, deps: AppDependencies) {
  const app = typed(instance);
  const { db } = deps.database;
  const mails = surveyMails(deps.mail);
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
      querystring: CommentsPageQuery, response: { 200: CommentsPage } },
  }, async (request) => readComments(db, actionContext(request), request.query));

  app.get('/api/satisfaction/comments.csv', {
    config: comments,
    schema: { tags: ['satisfaction'], summary: 'Commentaires libres des questionnaires, en CSV', querystring: CommentsQuery, response: { 200: fileDownload('text/csv', 'Les commentaires, un par ligne') } },
  }, async (request, reply) => {
    const file = await exportComments(db, actionContext(request), request.query);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('cache-control', 'no-store').send(file.body);
  });

  app.get('/api/panels', {
    config: panels,
    schema: { tags: ['satisfaction'], summary: 'Panels de l’enquête nationale, avec leur taux de réponse', response: { 200: PanelList } },
  }, async () => listPanels(db));

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
