import type { Kysely } from 'kysely';
import type { DB, Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { forbidden, invalid, notFound } from '../../errors/app-error.ts';
import { editsKnowledgeFor } from '../../policies/index.ts';
import type { CuratedQuestion, CuratedQuestionBody, CuratedQuestions } from '../../../shared/contracts/knowledge-base-editor.ts';
import { editorArticles } from './load-article.ts';
import { editorScope, readAcademies, searchSettingAbilities } from './synonyms.ts';

function visible(db: Executor, user: CurrentUser) {
  const academies = readAcademies(user);
  const query = db.selectFrom('curated_questions').select(['id', 'question', 'academie_code']);
  if (academies === null) return query;
  return query.where((eb) => (academies.length > 0
    ? eb.or([eb('academie_code', 'is', null), eb('academie_code', 'in', academies)]) : eb('academie_code', 'is', null)));
}

async function present(db: Executor, user: CurrentUser, rows: Array<{ id: string; question: string; academie_code: string | null }>): Promise<CuratedQuestion[]> {
  if (rows.length === 0) return [];
  const links = await db.selectFrom('curated_question_articles as q').innerJoin('articles as a', 'a.id', 'q.article_id')
    .innerJoin('article_versions as v', 'v.id', 'a.current_version_id')
    .select(['q.question_id', 'a.id', 'a.slug', 'v.title']).where('q.question_id', 'in', rows.map((r) => r.id))
    .orderBy('q.position').execute();
  return rows.map((r) => ({
    id: r.id, question: r.question, academie: r.academie_code,
    articles: links.filter((l) => l.question_id === r.id).map((l) => ({ id: l.id, slug: l.slug, title: l.title })),
    abilities: searchSettingAbilities(user, r.academie_code),
  }));
}

async function checkArticles(db: Executor, user: CurrentUser, body: CuratedQuestionBody) {
  const found = await editorArticles(db, user).select('a.id').where('a.id', 'in', body.articleIds).execute();
  if (found.length !== body.articleIds.length) throw invalid([{ field: 'articleIds', message: 'Un des articles est introuvable.' }]);
}

async function link(trx: Executor, questionId: string, articleIds: readonly string[]) {
  await trx.deleteFrom('curated_question_articles').where('question_id', '=', questionId).execute();
  await trx.insertInto('curated_question_articles').values(articleIds.map((article_id, position) => ({ question_id: questionId, article_id, position }))).execute();
}

/** GET /api/editor/curated-questions */
export async function listCuratedQuestions(db: Kysely<DB>, user: CurrentUser): Promise<CuratedQuestions> {
  return { items: await present(db, user, await visible(db, user).orderBy('question').execute()) };
}

/** POST /api/editor/curated-questions: a frequent phrasing and the articles that answer it. */
export async function createCuratedQuestion(db: Kysely<DB>, ctx: ActionContext, body: CuratedQuestionBody): Promise<CuratedQuestion> {
  const academie = editorScope(ctx.user);
  if (!editsKnowledgeFor(ctx.user, academie)) throw forbidden();
  await checkArticles(db, ctx.user, body);
  const id = await db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('curated_questions').values({ question: body.question.trim(), academie_code: academie, created_by: ctx.user.id })
      .returning('id').executeTakeFirstOrThrow();
    await link(trx, row.id, body.articleIds);
    await recordAudit(trx, ctx, { action: 'knowledge.curated_questions', targetType: 'article', academieCode: academie, actorRole: 'editor' });
    return row.id;
  });
  return (await present(db, ctx.user, await visible(db, ctx.user).where('id', '=', id).execute()))[0]!;
}

async function loadForChange(db: Executor, ctx: ActionContext, id: string) {
  const row = await visible(db, ctx.user).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Cette question type est introuvable.');
  if (!editsKnowledgeFor(ctx.user, row.academie_code)) throw forbidden('Seul un éditeur national modifie les questions types nationales.');
  return row;
}

/** PUT /api/editor/curated-questions/:id */
export async function updateCuratedQuestion(db: Kysely<DB>, ctx: ActionContext, id: string, body: CuratedQuestionBody): Promise<CuratedQuestion> {
  const row = await loadForChange(db, ctx, id);
  await checkArticles(db, ctx.user, body);
  await db.transaction().execute(async (trx) => {
    await trx.updateTable('curated_questions').set({ question: body.question.trim(), updated_at: new Date() }).where('id', '=', row.id).execute();
    await link(trx, row.id, body.articleIds);
    await recordAudit(trx, ctx, { action: 'knowledge.curated_questions', targetType: 'article', academieCode: row.academie_code, actorRole: 'editor' });
  });
  return (await present(db, ctx.user, await visible(db, ctx.user).where('id', '=', id).execute()))[0]!;
}

/** DELETE /api/editor/curated-questions/:id */
export async function deleteCuratedQuestion(db: Kysely<DB>, ctx: ActionContext, id: string): Promise<void> {
  const row = await loadForChange(db, ctx, id);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('curated_questions').where('id', '=', row.id).execute();
    await recordAudit(trx, ctx, { action: 'knowledge.curated_questions', targetType: 'article', academieCode: row.academie_code, actorRole: 'editor' });
  });
}
