import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { forbidden, invalid, notFound } from '../../errors/app-error.ts';
import { editedAcademies, editsKnowledgeFor } from '../../policies/index.ts';
import type { SearchSettingAbilities, Synonym, SynonymBody, Synonyms } from '../../../shared/contracts/knowledge-base-editor.ts';
import { foldedPhrase } from './words.ts';

/** Where an editor's new synonyms and « questions types » go: national for a national editor, else their (first) académie. */
export function editorScope(user: CurrentUser): string | null {
  const edited = editedAcademies(user);
  return edited.everywhere ? null : (edited.academies[0] ?? null);
}

/** The académies whose synonyms and « questions types » an editor reads besides the national ones (null: all). */
export function readAcademies(user: CurrentUser): string[] | null {
  const edited = editedAcademies(user);
  return edited.everywhere ? null : edited.academies;
}

/** National synonyms and « questions types » are changed by national editors only; an académie's, by its editors. */
export function searchSettingAbilities(user: CurrentUser, academie: string | null): SearchSettingAbilities {
  const mayChange = editsKnowledgeFor(user, academie);
  return { edit: mayChange, delete: mayChange };
}

const present = (user: CurrentUser, r: { id: string; term: string; synonyms: string[]; academie_code: string | null }): Synonym =>
  ({ id: r.id, term: r.term, synonyms: r.synonyms, academie: r.academie_code, abilities: searchSettingAbilities(user, r.academie_code) });

function clean(body: SynonymBody): { term: string; synonyms: string[] } {
  const term = body.term.trim();
  const seen = new Set([foldedPhrase(term)]);
  const synonyms: string[] = [];
  for (const s of body.synonyms.map((x) => x.trim())) {
    const key = foldedPhrase(s);
    if (!key) throw invalid([{ field: 'synonyms', message: 'Un synonyme contient au moins une lettre ou un chiffre.' }]);
    if (!seen.has(key)) {
      seen.add(key);
      synonyms.push(s);
    }
  }
  if (!foldedPhrase(term)) throw invalid([{ field: 'term', message: 'Le terme contient au moins une lettre ou un chiffre.' }]);
  if (synonyms.length === 0) throw invalid([{ field: 'synonyms', message: 'Donnez au moins un synonyme différent du terme.' }]);
  return { term, synonyms };
}

function visible(db: Kysely<DB>, user: CurrentUser) {
  const academies = readAcademies(user);
  const query = db.selectFrom('search_synonyms').select(['id', 'term', 'synonyms', 'academie_code']);
  if (academies === null) return query;
  return query.where((eb) => (academies.length > 0
    ? eb.or([eb('academie_code', 'is', null), eb('academie_code', 'in', academies)]) : eb('academie_code', 'is', null)));
}

/** GET /api/editor/synonyms */
export async function listSynonyms(db: Kysely<DB>, user: CurrentUser): Promise<Synonyms> {
  const rows = await visible(db, user).orderBy('term').execute();
  return { items: rows.map((r) => present(user, r)) };
}

/** POST /api/editor/synonyms */
export async function createSynonym(db: Kysely<DB>, ctx: ActionContext, body: SynonymBody): Promise<Synonym> {
  const academie = editorScope(ctx.user);
  if (!editsKnowledgeFor(ctx.user, academie)) throw forbidden();
  const values = clean(body);
  return db.transaction().execute(async (trx) => {
    const row = await trx.insertInto('search_synonyms').values({ ...values, academie_code: academie, created_by: ctx.user.id })
      .returning(['id', 'term', 'synonyms', 'academie_code']).executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'knowledge.synonyms', targetType: 'article', targetId: null, academieCode: academie, actorRole: 'editor' });
    return present(ctx.user, row);
  });
}

async function loadForChange(db: Kysely<DB>, ctx: ActionContext, id: string) {
  const row = await visible(db, ctx.user).where('id', '=', id).executeTakeFirst();
  if (!row) throw notFound('Ce synonyme est introuvable.');
  if (!editsKnowledgeFor(ctx.user, row.academie_code)) throw forbidden('Seul un éditeur national modifie les synonymes nationaux.');
  return row;
}

/** PUT /api/editor/synonyms/:id */
export async function updateSynonym(db: Kysely<DB>, ctx: ActionContext, id: string, body: SynonymBody): Promise<Synonym> {
  const row = await loadForChange(db, ctx, id);
  const values = clean(body);
  return db.transaction().execute(async (trx) => {
    const updated = await trx.updateTable('search_synonyms').set({ ...values, updated_at: new Date() }).where('id', '=', row.id)
      .returning(['id', 'term', 'synonyms', 'academie_code']).executeTakeFirstOrThrow();
    await recordAudit(trx, ctx, { action: 'knowledge.synonyms', targetType: 'article', targetId: null, academieCode: row.academie_code, actorRole: 'editor' });
    return present(ctx.user, updated);
  });
}

/** DELETE /api/editor/synonyms/:id */
export async function deleteSynonym(db: Kysely<DB>, ctx: ActionContext, id: string): Promise<void> {
  const row = await loadForChange(db, ctx, id);
  await db.transaction().execute(async (trx) => {
    await trx.deleteFrom('search_synonyms').where('id', '=', row.id).execute();
    await recordAudit(trx, ctx, { action: 'knowledge.synonyms', targetType: 'article', targetId: null, academieCode: row.academie_code, actorRole: 'editor' });
  });
}
