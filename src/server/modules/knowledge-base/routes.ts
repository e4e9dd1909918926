import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../../dependencies.ts';
import { typed } from '../../http/typed.ts';
import { actionContext } from '../../http/context.ts';
import { signedInUser } from '../../http/access.ts';
import { invalid } from '../../errors/app-error.ts';
import { fileDownload, NoContent } from '../../../shared/contracts/common.ts';
import {
  AcademieParams, AcademieQuery, ArticleAttachment, ArticleAttachmentParams, ArticleSearchQuery, ArticleSearchResults,
  ArticleSlugParams, AssistantAnswer, AssistantBody, Mallette, PublishedArticle,
} from '../../../shared/contracts/knowledge-base.ts';
import {
  ArticleAttachmentIdParams, ArticleDetail, ArticleDraftBody, ArticleVersionDetail, ArticleVersionParams, ArticleVersions,
  ArticleViewStats, ChangesBody, CuratedQuestion, CuratedQuestionBody, CuratedQuestions, EditorArticlePage, EditorArticlesQuery,
  IdParams, ListeningLineBody, ListeningLineQuery, ListeningLineSettings, Preview, PreviewBody, ReviewBody, StatsQuery, Synonym,
  SynonymBody, Synonyms, UnansweredQuestions,
} from '../../../shared/contracts/knowledge-base-editor.ts';
import { renderMarkdown } from '../../../shared/markdown.ts';
import { searchArticles } from './search-articles.ts';
import { getPublishedArticle, readArticleAttachment } from './get-article.ts';
import { answerQuestion } from './answer-question.ts';
import { getMallette } from './get-mallette.ts';
import { listEditorArticles } from './list-editor-articles.ts';
import { getArticleDetail } from './load-article.ts';
import { createArticle, updateArticle } from './save-article.ts';
import { archiveArticle, publishArticle, requestArticleChanges, submitArticle } from './review-article.ts';
import { getArticleVersion, listArticleVersions } from './article-versions.ts';
import { addArticleAttachment, removeArticleAttachment } from './article-attachments.ts';
import { createSynonym, deleteSynonym, listSynonyms, updateSynonym } from './synonyms.ts';
import { createCuratedQuestion, deleteCuratedQuestion, listCuratedQuestions, updateCuratedQuestion } from './curated-questions.ts';
import { articleViewStats, listUnansweredQuestions } from './figures.ts';
import { getListeningLine, saveListeningLine } from './listening-line.ts';

const tags = ['knowledge-base'];

/** The knowledge base: public reading, search, assistant and « mallette »; the editors' articles and figures. */
export async function knowledgeBaseRoutes(instance: FastifyInstance, { database }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;
  const edit = { access: { ability: 'articles.edit' as const } };

  // ─── Public ───

  app.get('/api/articles', {
    config: { access: 'public' },
    schema: { tags, summary: 'Rechercher dans les articles publiés (recherche en français, sans accents, fautes de frappe corrigées)', querystring: ArticleSearchQuery, response: { 200: ArticleSearchResults } },
  }, async (request) => searchArticles(db, request.user, request.query));

  app.get('/api/articles/:slug', {
    config: { access: 'public' },
    schema: { tags, summary: 'Lire un article publié', params: ArticleSlugParams, querystring: AcademieQuery, response: { 200: PublishedArticle } },
  }, async (request) => getPublishedArticle(db, request.user, request.params.slug, request.query.academie));

  app.get('/api/articles/:slug/attachments/:attachmentId', {
    config: { access: 'public' },
    schema: { tags, summary: 'Télécharger un fichier joint à un article publié', params: ArticleAttachmentParams, querystring: AcademieQuery,
      response: { 200: fileDownload('*/*', 'Le fichier (PDF ou image)') } },
  }, async (request, reply) => {
    const file = await readArticleAttachment(db, request.user, request.params.slug, request.params.attachmentId, request.query.academie);
    return reply.type(file.mediaType)
      .header('content-disposition', `${file.inline ? 'inline' : 'attachment'}; filename*=UTF-8''${encodeURIComponent(file.fileName)}`)
      .header('x-content-type-options', 'nosniff')
      .header('cache-control', 'public, max-age=300')
      .send(file.content);
  });

  app.post('/api/assistant', {
    config: { access: 'public', rateLimit: { max: 20, timeWindow: '1 minute' } },
    schema: { tags, summary: 'Poser une question : des passages d’articles publiés, ou un conseiller', body: AssistantBody, response: { 200: AssistantAnswer } },
  }, async (request) => answerQuestion(db, request.user, request.body));

  app.get('/api/mallette/:academie', {
    config: { access: 'public' },
    schema: { tags, summary: 'La mallette de l’accompagnement d’une académie : dispositifs, articles et interlocuteurs par situation', params: AcademieParams, response: { 200: Mallette } },
  }, async (request) => getMallette(db, request.user, request.params.academie));

  // ─── Editors ───

  app.get('/api/editor/articles', {
    config: edit,
    schema: { tags, summary: 'Les articles (brouillons, en relecture, publiés, archivés)', querystring: EditorArticlesQuery, response: { 200: EditorArticlePage } },
  }, async (request) => listEditorArticles(db, signedInUser(request), request.query));

  app.post('/api/editor/articles', {
    config: edit,
    schema: { tags, summary: 'Écrire un article (brouillon)', body: ArticleDraftBody, response: { 201: ArticleDetail } },
  }, async (request, reply) => reply.code(201).send(await createArticle(db, actionContext(request), request.body)));

  app.post('/api/editor/articles/preview', {
    config: edit,
    schema: { tags, summary: 'Aperçu du Markdown tel qu’il sera publié (HTML assaini)', body: PreviewBody, response: { 200: Preview } },
  }, async (request) => ({ html: renderMarkdown(request.body.body) }));

  app.get('/api/editor/articles/:id', {
    config: edit,
    schema: { tags, summary: 'Un article, sa version de travail', params: IdParams, response: { 200: ArticleDetail } },
  }, async (request) => getArticleDetail(db, signedInUser(request), request.params.id));

  app.put('/api/editor/articles/:id', {
    config: edit,
    schema: { tags, summary: 'Enregistrer une nouvelle version', params: IdParams, body: ArticleDraftBody, response: { 200: ArticleDetail } },
  }, async (request) => updateArticle(db, actionContext(request), request.params.id, request.body));

  app.post('/api/editor/articles/:id/submit', {
    config: edit,
    schema: { tags, summary: 'Soumettre à la relecture d’un second éditeur', params: IdParams, response: { 200: ArticleDetail } },
  }, async (request) => submitArticle(db, actionContext(request), request.params.id));

  app.post('/api/editor/articles/:id/publish', {
    config: edit,
    schema: { tags, summary: 'Publier (un second éditeur, jamais l’auteur de la version)', params: IdParams, body: ReviewBody, response: { 200: ArticleDetail } },
  }, async (request) => publishArticle(db, actionContext(request), request.params.id, request.body?.comment));

  app.post('/api/editor/articles/:id/request-changes', {
    config: edit,
    schema: { tags, summary: 'Renvoyer à l’auteur avec un commentaire', params: IdParams, body: ChangesBody, response: { 200: ArticleDetail } },
  }, async (request) => requestArticleChanges(db, actionContext(request), request.params.id, request.body.comment));

  app.post('/api/editor/articles/:id/archive', {
    config: edit,
    schema: { tags, summary: 'Retirer du public (archiver)', params: IdParams, response: { 200: ArticleDetail } },
  }, async (request) => archiveArticle(db, actionContext(request), request.params.id));

  app.get('/api/editor/articles/:id/versions', {
    config: edit,
    schema: { tags, summary: 'L’historique des versions', params: IdParams, response: { 200: ArticleVersions } },
  }, async (request) => listArticleVersions(db, signedInUser(request), request.params.id));

  app.get('/api/editor/articles/:id/versions/:versionId', {
    config: edit,
    schema: { tags, summary: 'Une version, telle qu’elle a été écrite', params: ArticleVersionParams, response: { 200: ArticleVersionDetail } },
  }, async (request) => getArticleVersion(db, signedInUser(request), request.params.id, request.params.versionId));

  app.post('/api/editor/articles/:id/attachments', {
    config: edit,
    schema: {
      tags, summary: 'Joindre un PDF ou une image (champs « label », « alt » — obligatoire pour une image — puis « file », en multipart ; 10 Mo)',
      consumes: ['multipart/form-data'], params: IdParams, response: { 201: ArticleAttachment },
    },
  }, async (request, reply) => {
    if (!request.isMultipart()) throw invalid([{ field: 'file', message: 'Envoyez le fichier en multipart/form-data, dans le champ « file ».' }]);
    const fields: Record<string, string> = {};
    let file: { filename: string; content: Buffer } | null = null;
    for await (const part of request.parts()) {
      if (part.type === 'file') {
        if (part.fieldname !== 'file' || file) throw invalid([{ field: 'file', message: 'Joignez un seul fichier, dans le champ « file ».' }]);
        file = { filename: part.filename, content: await part.toBuffer() };
      } else if (typeof part.value === 'string') {
        fields[part.fieldname] = part.value;
      }
    }
    if (!file) throw invalid([{ field: 'file', message: 'Joignez un fichier dans le champ « file ».' }]);
    return reply.code(201).send(await addArticleAttachment(db, actionContext(request), request.params.id, { ...file, label: fields.label, alt: fields.alt }));
  });

  app.delete('/api/editor/articles/:id/attachments/:attachmentId', {
    config: edit,
    schema: { tags, summary: 'Retirer un fichier joint', params: ArticleAttachmentIdParams, response: { 204: NoContent } },
  }, async (request, reply) => {
    await removeArticleAttachment(db, actionContext(request), request.params.id, request.params.attachmentId);
    return reply.code(204).send(null);
  });

  app.get('/api/editor/synonyms', {
    config: edit, schema: { tags, summary: 'Les synonymes de la recherche', response: { 200: Synonyms } },
  }, async (request) => listSynonyms(db, signedInUser(request)));
  app.post('/api/editor/synonyms', {
    config: edit, schema: { tags, summary: 'Ajouter des synonymes', body: SynonymBody, response: { 201: Synonym } },
  }, async (request, reply) => reply.code(201).send(await createSynonym(db, actionContext(request), request.body)));
  app.put('/api/editor/synonyms/:id', {
    config: edit, schema: { tags, summary: 'Modifier des synonymes', params: IdParams, body: SynonymBody, response: { 200: Synonym } },
  }, async (request) => updateSynonym(db, actionContext(request), request.params.id, request.body));
  app.delete('/api/editor/synonyms/:id', {
    config: edit, schema: { tags, summary: 'Supprimer des synonymes', params: IdParams, response: { 204: NoContent } },
  }, async (request, reply) => {
    await deleteSynonym(db, actionContext(request), request.params.id);
    return reply.code(204).send(null);
  });

  app.get('/api/editor/curated-questions', {
    config: edit, schema: { tags, summary: 'Les questions types', response: { 200: CuratedQuestions } },
  }, async (request) => listCuratedQuestions(db, signedInUser(request)));
  app.post('/api/editor/curated-questions', {
    config: edit, schema: { tags, summary: 'Ajouter une question type', body: CuratedQuestionBody, response: { 201: CuratedQuestion } },
  }, async (request, reply) => reply.code(201).send(await createCuratedQuestion(db, actionContext(request), request.body)));
  app.put('/api/editor/curated-questions/:id', {
    config: edit, schema: { tags, summary: 'Modifier une question type', params: IdParams, body: CuratedQuestionBody, response: { 200: CuratedQuestion } },
  }, async (request) => updateCuratedQuestion(db, actionContext(request), request.params.id, request.body));
  app.delete('/api/editor/curated-questions/:id', {
    config: edit, schema: { tags, summary: 'Supprimer une question type', params: IdParams, response: { 204: NoContent } },
  }, async (request, reply) => {
    await deleteCuratedQuestion(db, actionContext(request), request.params.id);
    return reply.code(204).send(null);
  });

  app.get('/api/editor/listening-line', {
    config: edit,
    schema: { tags, summary: 'La ligne d’écoute de l’académie, donnée par l’assistant face à une question sensible', querystring: ListeningLineQuery,
      response: { 200: ListeningLineSettings } },
  }, async (request) => getListeningLine(db, signedInUser(request), request.query.academie));
  app.put('/api/editor/listening-line', {
    config: edit,
    schema: { tags, summary: 'Régler la ligne d’écoute de l’académie (nom, numéro français, horaires)', querystring: ListeningLineQuery, body: ListeningLineBody,
      response: { 200: ListeningLineSettings } },
  }, async (request) => saveListeningLine(db, actionContext(request), request.query.academie, request.body));

  app.get('/api/editor/unanswered-questions', {
    config: edit,
    schema: { tags, summary: 'Questions sans réponse : les mots des recherches et questions restées sans résultat, et leur nombre', querystring: StatsQuery, response: { 200: UnansweredQuestions } },
  }, async (request) => listUnansweredQuestions(db, signedInUser(request), request.query));

  app.get('/api/editor/article-views', {
    config: { access: { ability: 'articleViews.read' as const } },
    schema: { tags, summary: 'Fréquentation des articles (nombre de lectures, sans personne ni cookie)', querystring: StatsQuery, response: { 200: ArticleViewStats } },
  }, async (request) => articleViewStats(db, request.query));
}
