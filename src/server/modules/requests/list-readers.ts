import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { notFound } from '../../errors/app-error.ts';
import { ROLE_LABELS, type Role } from '../../../shared/glossary.ts';
import type { Readers, RequestReader } from '../../../shared/contracts/requests.ts';
import { findReadsOf, isOwnRequest } from './repository.ts';

/** The day of a moment in Paris (YYYY-MM-DD): reads are grouped by the agent's calendar day. */
const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * Who read my request: the staff reads of the audit log, as the agent is shown them: one line
 * per person, role and day (an adviser opening the request five times in a minute is one line,
 * « 5 consultations »), newest first. An exceptional opening is always a line of its own.
 * Only the agent of the request may ask; anybody else: 404.
 */
export async function listReaders(db: Kysely<DB>, ctx: ActionContext, requestId: string): Promise<Readers> {
  if (!(await isOwnRequest(db, ctx.user, requestId))) throw notFound('Cette demande est introuvable.');
  const rows = await findReadsOf(db, requestId, ctx.user.id);
  const lines = new Map<string, RequestReader & { firstAt: string; count: number }>();
  for (const r of rows) {
    const breakGlass = r.action === 'request.break_glass';
    const at = r.occurred_at.toISOString();
    const key = breakGlass ? `break-glass:${lines.size}` : [r.actor_id ?? 'deleted', r.actor_role ?? '', parisDay.format(r.occurred_at)].join('|');
    const line = lines.get(key);
    // Rows come newest first: the first of a group is its latest read, the last its first.
    if (line) {
      line.count += 1;
      line.firstAt = at;
      continue;
    }
    lines.set(key, {
      readerName: r.display_name ?? 'Compte supprimé',
      role: r.actor_role && r.actor_role in ROLE_LABELS ? ROLE_LABELS[r.actor_role as Role] : 'Personnel',
      at,
      firstAt: at,
      count: 1,
      breakGlass,
    });
  }
  return [...lines.values()];
}
