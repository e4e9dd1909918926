import type { Kysely } from 'kysely';
import type { DB, Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { invalid, notFound } from '../../errors/app-error.ts';
import { editsKnowledgeFor } from '../../policies/index.ts';
import type { ListeningLineBody, ListeningLineSettings } from '../../../shared/contracts/knowledge-base-editor.ts';
import { PHONE_FORMAT_MESSAGE, frenchPhoneNumber } from '../../../shared/listening-line.ts';
import { listeningLineOf } from './answer-question.ts';
import { editorScope } from './synonyms.ts';

/*
 * The académie's listening line (« cellule d'écoute »): the number the assistant gives an agent
 * whose question touches health, violence, harassment or distress. The académie's editors set it
 * (no page edits the other académie settings); a national editor names the académie.
 */

/** The académie whose line the editor asked for: theirs by default; another's, or an unknown one, is not found. */
async function editedAcademie(db: Executor, user: CurrentUser, asked: string | undefined): Promise<{ code: string; name: string }> {
  const code = asked ?? editorScope(user);
  if (code === null) throw invalid([{ field: 'academie', message: 'Choisissez l’académie dont vous réglez la ligne d’écoute.' }]);
  const academie = editsKnowledgeFor(user, code)
    ? await db.selectFrom('academies').select(['code', 'name']).where('code', '=', code).executeTakeFirst()
    : undefined;
  if (!academie) throw notFound('Cette académie est introuvable.');
  return academie;
}

/** GET /api/editor/listening-line */
export async function getListeningLine(db: Kysely<DB>, user: CurrentUser, asked: string | undefined): Promise<ListeningLineSettings> {
  const academie = await editedAcademie(db, user, asked);
  return { academie, listeningLine: await listeningLineOf(db, academie.code) };
}

/** PUT /api/editor/listening-line: the number is stored as it is dialled (« 03 22 82 38 25 »). */
export async function saveListeningLine(db: Kysely<DB>, ctx: ActionContext, asked: string | undefined, body: ListeningLineBody): Promise<ListeningLineSettings> {
  const academie = await editedAcademie(db, ctx.user, asked);
  const phone = frenchPhoneNumber(body.phone);
  if (phone === null) throw invalid([{ field: 'phone', message: PHONE_FORMAT_MESSAGE }]);
  const hours = body.hours.trim();
  const values = { listening_line_label: body.label.trim(), listening_line_phone: phone, listening_line_hours: hours === '' ? null : hours };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('academie_settings').values({ academie_code: academie.code, ...values })
      .onConflict((oc) => oc.column('academie_code').doUpdateSet(values)).execute();
    await recordAudit(trx, ctx, { action: 'knowledge.listening_line', targetType: 'academie', targetId: academie.code, academieCode: academie.code, actorRole: 'editor' });
  });
  return { academie, listeningLine: await listeningLineOf(db, academie.code) };
}
