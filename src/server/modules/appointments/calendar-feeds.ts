import crypto from 'node:crypto';
import { createEvents, type EventAttributes } from 'ics';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { notFound } from '../../errors/app-error.ts';
import type { CalendarFeed } from '../../../shared/contracts/appointments.ts';
import { appointmentsWithPeople, type AppointmentRow } from './repository.ts';
import { invitationUid } from './invitation.ts';

const DAY = 86_400_000;
/** What a feed holds: the last 90 days and the year ahead. */
const PAST_DAYS = 90;
const FUTURE_DAYS = 366;
const MAX_EVENTS = 2000;
/** `last_read_at` is written at most this often (calendars poll the feed every few minutes). */
const READ_MARK_MS = 3_600_000;

const hashFeedToken = (token: string) => crypto.createHash('sha256').update(token).digest('hex');
/** 32 random bytes in base64url: 43 characters. */
const isWellFormed = (token: string) => /^[A-Za-z0-9_-]{43}$/.test(token);
const unknownFeed = () => notFound('Ce lien d’agenda est inconnu ou a été révoqué.');

export const calendarFeedUrl = (publicUrl: string, token: string) => `${publicUrl.replace(/\/$/, '')}/api/calendar/${token}.ics`;

/** Whether the caller has a feed; its address is never shown again (only its hash is kept). */
export async function readCalendarFeed(db: Kysely<DB>, personId: string): Promise<CalendarFeed> {
  const row = await db.selectFrom('calendar_feeds').select(['created_at', 'last_read_at']).where('person_id', '=', personId).executeTakeFirst();
  return { active: Boolean(row), createdAt: row ? row.created_at.toISOString() : null, lastReadAt: row?.last_read_at ? row.last_read_at.toISOString() : null };
}

/**
 * Creates the caller's private feed, or regenerates it: a new secret replaces the old one, whose
 * address stops working at once. The address is in this answer only.
 */
export async function createCalendarFeed(db: Kysely<DB>, ctx: ActionContext, publicUrl: string, now = new Date()): Promise<CalendarFeed> {
  const token = crypto.randomBytes(32).toString('base64url');
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('calendar_feeds').values({ person_id: ctx.user.id, token_hash: hashFeedToken(token), created_at: now, last_read_at: null })
      .onConflict((oc) => oc.column('person_id').doUpdateSet({ token_hash: hashFeedToken(token), created_at: now, last_read_at: null })).execute();
    await recordAudit(trx, ctx, { action: 'calendar_feed.create', targetType: 'person', targetId: ctx.user.id, academieCode: ctx.user.academieCode });
  });
  return { active: true, createdAt: now.toISOString(), lastReadAt: null, url: calendarFeedUrl(publicUrl, token) };
}

/** Revokes the caller's feed: its address answers 404 from now on. */
export async function revokeCalendarFeed(db: Kysely<DB>, ctx: ActionContext): Promise<CalendarFeed> {
  await db.transaction().execute(async (trx) => {
    const deleted = await trx.deleteFrom('calendar_feeds').where('person_id', '=', ctx.user.id).returning('person_id').executeTakeFirst();
    if (deleted) await recordAudit(trx, ctx, { action: 'calendar_feed.revoke', targetType: 'person', targetId: ctx.user.id, academieCode: ctx.user.academieCode });
  });
  return { active: false, createdAt: null, lastReadAt: null };
}

const MODE_WORDS = { in_person: 'sur place', visio: 'en visioconférence', phone: 'par téléphone' } as const;

/**
 * One appointment as the feed's owner sees it, with the UID of its invitations (a calendar holds one
 * event per appointment whatever the route it came by). The adviser's feed names the agent; the
 * agent's names the adviser. Never the reason nor anything of a request.
 */
function feedEvent(a: AppointmentRow, ownerId: string, publicUrl: string): EventAttributes {
  const asAdviser = a.adviser_id === ownerId;
  const where = a.visio_url ?? [a.place_label, a.place_address].filter(Boolean).join(', ');
  const page = `${publicUrl.replace(/\/$/, '')}${asAdviser ? '/agenda' : '/mes-rendez-vous'}`;
  return {
    uid: invitationUid(a.id),
    sequence: a.sequence,
    status: 'CONFIRMED',
    start: a.starts_at.getTime(), startInputType: 'utc', startOutputType: 'utc',
    end: a.ends_at.getTime(), endInputType: 'utc', endOutputType: 'utc',
    title: asAdviser ? `Rendez-vous avec ${a.agent_name}` : `Rendez-vous RH de proximité avec ${a.adviser_name}`,
    description: `Rendez-vous ${MODE_WORDS[a.mode]}${asAdviser ? '' : ` avec ${a.adviser_name}, conseiller RH de proximité`}.`
      + `${a.visio_url ? ` Lien : ${a.visio_url}` : ''} Détails dans ProxiRH : ${page}`,
    location: where,
    url: a.visio_url ?? page,
    ...(a.created_at ? { created: a.created_at.getTime() } : {}),
  };
}

/**
 * `GET /api/calendar/:token.ics`: the feed of the person the secret belongs to — their
 * appointments as adviser and as agent, not cancelled ones (a calendar drops what the feed no
 * longer lists). Unknown or revoked: 404, the same answer for a token that never existed.
 */
export async function buildCalendarFeed(db: Kysely<DB>, token: string, publicUrl: string, now = new Date()): Promise<string> {
  if (!isWellFormed(token)) throw unknownFeed();
  const feed = await db.selectFrom('calendar_feeds').select(['person_id', 'last_read_at']).where('token_hash', '=', hashFeedToken(token)).executeTakeFirst();
  if (!feed) throw unknownFeed();
  const owner = feed.person_id;
  const rows = await appointmentsWithPeople(db).where((eb) => eb.or([eb('a.adviser_id', '=', owner), eb('a.agent_id', '=', owner)]))
    .where('a.status', '<>', 'cancelled')
    .where('a.starts_at', '>=', new Date(now.getTime() - PAST_DAYS * DAY)).where('a.starts_at', '<', new Date(now.getTime() + FUTURE_DAYS * DAY))
    .orderBy('a.starts_at').limit(MAX_EVENTS).execute();
  if (!feed.last_read_at || now.getTime() - feed.last_read_at.getTime() > READ_MARK_MS) {
    await db.updateTable('calendar_feeds').set({ last_read_at: now }).where('person_id', '=', owner).execute();
  }
  if (!rows.length) return emptyCalendar();
  const { error, value } = createEvents(rows.map((a) => feedEvent(a, owner, publicUrl)),
    { productId: 'proxirh/agenda', method: 'PUBLISH', calName: 'Rendez-vous RH de proximité' });
  if (error || !value) throw error ?? new Error('Flux iCalendar impossible à écrire.');
  return value;
}

/** A calendar with no event (the `ics` package refuses an empty list). */
function emptyCalendar(): string {
  return ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:proxirh/agenda', 'METHOD:PUBLISH', 'X-WR-CALNAME:Rendez-vous RH de proximité', 'END:VCALENDAR', ''].join('\r\n');
}
