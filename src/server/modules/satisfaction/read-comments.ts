import type { Kysely } from 'kysely';
import type { Comment, CommentsPageQuery } from '../../../shared/contracts/satisfaction.ts';
import type { Page } from '../../../shared/contracts/common.ts';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { forbidden, invalid } from '../../errors/app-error.ts';
import { decodeCursor, paginate } from '../../http/pagination.ts';
import { can } from '../../policies/index.ts';
import { presentComment } from './presenter.ts';
import { findComments } from './repository.ts';

/** Most comments a CSV holds (a year of a large académie fits). */
const CSV_LIMIT = 20_000;

/**
 * The free text of the académie's satisfaction answers, for its coordinator only: the day of
 * the answer, the topic, the overall score and the text. Each read (page or CSV) is audited in
 * its transaction.
 */
export async function readComments(db: Kysely<DB>, ctx: ActionContext, query: CommentsPageQuery,
  format: 'json' | 'csv' = 'json'): Promise<Page<Comment>> {
  if (!can(ctx.user, 'comments.read', { level: 'academie', code: query.academie })) {
    throw forbidden('Les commentaires des questionnaires sont réservés au coordonnateur de l’académie.');
  }
  if (query.from && query.to && query.to < query.from) throw invalid([{ field: 'to', message: 'La fin de la période doit suivre son début.' }]);
  const limit = format === 'csv' ? CSV_LIMIT : (query.limit ?? 50);
  const after = decodeCursor(query.cursor, ['timestamp', 'uuid'] as const);
  return db.transaction().execute(async (trx) => {
    const rows = await findComments(trx, query, after, limit + 1);
    await recordAudit(trx, ctx, {
      action: 'satisfaction.comments.read', targetType: 'academie', targetId: query.academie, academieCode: query.academie, actorRole: 'coordinator',
      details: { format, from: query.from ?? null, to: query.to ?? null, count: Math.min(rows.length, limit) },
    });
    return paginate(rows, limit, presentComment, (r) => [r.answered_at.toISOString(), r.id]);
  });
}
