import type { Kysely } from 'kysely';
import type { DB, Executor } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { impossible, invalid } from '../../errors/app-error.ts';
import { mayOrganiseIn } from '../../policies/index.ts';
import type { CollectiveSession, UpdateSessionBody } from '../../../shared/contracts/collective-sessions.ts';
import { registrationsWithSession, sessionsWithOrganiser, type SessionRow } from './repository.ts';
import { presentSession } from './presenter.ts';
import { sessionColumns } from './session-fields.ts';
import { loadManagedSession } from './load-session.ts';
import { promoteWaiting } from './promote-waiting.ts';
import type { SessionMails } from './notifications.ts';

/** What the invitation (.ics) says of a session: a change to one of these is a new version of it. */
const CALENDAR_COLUMNS = new Set(['title', 'starts_at', 'ends_at', 'place_kind', 'place_label', 'place_address', 'visio_url']);

/** The columns whose value the change really alters (the form sends its fields as they stand). */
function changedColumns(columns: Record<string, unknown>, current: SessionRow): string[] {
  return Object.keys(columns).filter((key) => {
    const next = columns[key];
    const before = (current as Record<string, unknown>)[key];
    if (next instanceof Date && before instanceof Date) return next.getTime() !== before.getTime();
    if (Array.isArray(before)) return next !== JSON.stringify(before);
    return next !== before;
  });
}

/**
 * A session held in an establishment belongs to the establishment's département (where its advisers
 * and coordinator find it): a new establishment elsewhere moves it, if the one who changes it may
 * organise there for this organiser, within the session's académie.
 */
async function departementOfPlace(db: Executor, ctx: ActionContext, current: SessionRow, departement: string | null): Promise<{ departement_code?: string }> {
  if (departement === null || departement === current.departement_code) return {};
  const known = await db.selectFrom('departements').select('code').where('code', '=', departement).where('academie_code', '=', current.academie_code).executeTakeFirst();
  if (!known || !mayOrganiseIn(ctx.user, current.organiser_id, departement)) {
    throw invalid([{ field: 'place.uai', message: 'Cet établissement est dans un département où vous ne pouvez pas organiser cet atelier.' }]);
  }
  return { departement_code: departement };
}

/**
 * Its organiser (or coordinator) changes a session not yet started. A capacity cannot go below
 * the seats taken (a field error: nobody loses a seat they were promised); a larger one gives its
 * new seats to the waiting list. A change of what the invitation says (title, time, place) raises
 * the session's SEQUENCE and sends the registered people the updated .ics (same UID); a new start
 * re-arms their 48-hour reminder. A new establishment in another département moves the session there. Sending a field unchanged changes nothing and tells nobody.
 */
export async function updateSession(db: Kysely<DB>, ctx: ActionContext, mails: SessionMails, id: string, body: UpdateSessionBody, now = new Date()): Promise<CollectiveSession> {
  await db.transaction().execute(async (trx) => {
    const current = await loadManagedSession(trx, ctx.user, id, now, { lock: true });
    if (current.status === 'cancelled') throw impossible('Cet atelier est annulé : il ne peut plus être modifié.');
    if (current.starts_at.getTime() <= now.getTime()) throw impossible('Cet atelier a déjà commencé : il ne peut plus être modifié.');
    if (body.startsAt && new Date(body.startsAt).getTime() <= now.getTime()) throw invalid([{ field: 'startsAt', message: 'Choisissez une date à venir.' }]);
    if (body.capacity !== undefined && body.capacity < current.registered_count) {
      const taken = current.registered_count === 1 ? '1 personne est déjà inscrite' : `${current.registered_count} personnes sont déjà inscrites`;
      throw invalid([{ field: 'capacity', message: `${taken} : le nombre de places ne peut pas être inférieur à ${current.registered_count}.` }]);
    }
    const fields = await sessionColumns(trx, body, current, current.academie_code);
    const columns = { ...fields.columns, ...await departementOfPlace(trx, ctx, current, fields.establishmentDepartement) };
    const changed = changedColumns(columns, current);
    if (changed.length === 0) return;
    const calendar = changed.some((column) => CALENDAR_COLUMNS.has(column));
    const retimed = changed.includes('starts_at');
    const values = Object.fromEntries(changed.map((column) => [column, (columns as Record<string, unknown>)[column]])) as Partial<typeof columns>;
    await trx.updateTable('collective_sessions').set({ ...values, updated_at: now, ...(calendar ? { sequence: current.sequence + 1 } : {}) })
      .where('id', '=', id).execute();
    let notified = 0;
    if (calendar) {
      const registered = await registrationsWithSession(trx).where('r.session_id', '=', id).where('r.status', '=', 'registered').execute();
      for (const registration of registered) await mails.send(trx, 'session.updated', registration);
      notified = registered.length;
    }
    if (retimed) {
      await trx.updateTable('collective_session_registrations').set({ reminder_sent_at: null })
        .where('session_id', '=', id).where('status', '=', 'registered').execute();
    }
    await promoteWaiting(trx, mails, id, now);
    await recordAudit(trx, ctx, { action: 'collective_session.update', targetType: 'collective_session', targetId: id, academieCode: current.academie_code,
      details: { changed, notified } });
  });
  const row = await sessionsWithOrganiser(db).where('s.id', '=', id).executeTakeFirstOrThrow();
  return presentSession(row, ctx.user, { mine: null, agentCategory: null, now });
}
