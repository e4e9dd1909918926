import { type Expression, type ExpressionBuilder, type SqlBool } from 'kysely';
import type { DB, Executor } from '../../db/schema.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { allows } from '../../policies/index.ts';
import type { ContactPointKind } from '../../../shared/contracts/orientation.ts';
import { recordEvent } from '../requests/index.ts';

// ─── Contact points ───────────────────────────────────────────────────────────────────────────

const contactPointColumns = [
  'cp.id', 'cp.kind', 'cp.name', 'cp.academie_code', 'cp.description', 'cp.email', 'cp.phone', 'cp.hours', 'cp.address', 'cp.website',
  'cp.topics', 'cp.categories', 'cp.archived_at', 'cp.created_at',
] as const;

type ContactPointsEB = ExpressionBuilder<DB & { cp: DB['contact_points'] }, 'cp'>;

/**
 * The contact points that cover a territory: those of the académie listed for all of it, for
 * the département (or one of its bassins), and the national partners. Everything when neither
 * is given (the national directory of staff).
 */
function coveringTerritory(where: { academie?: string | undefined; departement?: string | undefined }) {
  return (eb: ContactPointsEB): Expression<SqlBool> => {
    if (!where.academie) return eb.val(true);
    const territory = eb.selectFrom('contact_point_territories as t').select('t.contact_point_id').whereRef('t.contact_point_id', '=', 'cp.id');
    const inAcademie = eb('cp.academie_code', '=', where.academie);
    const national = eb('cp.academie_code', 'is', null);
    if (!where.departement) return eb.or([inAcademie, national]);
    const d = where.departement;
    return eb.or([national, eb.and([inAcademie, eb.exists(territory.where((t) => t.or([
      t('t.level', '=', 'academie'),
      t.and([t('t.level', '=', 'departement'), t('t.code', '=', d)]),
      t.and([t('t.level', '=', 'bassin'), t('t.departement_code', '=', d)]),
    ])))])]);
  };
}

/** The active contact points covering a territory, for the public directory (the presenter orders them). */
export async function findPublicContactPoints(db: Executor, where: { academie: string; departement?: string | undefined }) {
  return db.selectFrom('contact_points as cp').select(contactPointColumns)
    .where('cp.archived_at', 'is', null)
    .where(coveringTerritory(where))
    .orderBy('cp.name').orderBy('cp.id')
    .limit(500)
    .execute();
}

export interface DirectoryFilters {
  academie?: string | undefined;
  departement?: string | undefined;
  kind?: ContactPointKind | undefined;
  receiving?: boolean | undefined;
  archived?: boolean | undefined;
  after?: [string, string] | undefined;
  limit: number;
}

const hasMember = (eb: ContactPointsEB) => eb.exists(eb.selectFrom('contact_point_members as m').select('m.person_id').whereRef('m.contact_point_id', '=', 'cp.id'));

/** The staff directory: by name, keyset-paginated on (name, id). */
export async function findDirectory(db: Executor, f: DirectoryFilters) {
  let query = db.selectFrom('contact_points as cp').select(contactPointColumns)
    .where(coveringTerritory(f));
  query = f.archived ? query.where('cp.archived_at', 'is not', null) : query.where('cp.archived_at', 'is', null);
  if (f.kind) query = query.where('cp.kind', '=', f.kind);
  if (f.receiving) query = query.where((eb) => eb.or([eb('cp.kind', '=', 'external_partner'), hasMember(eb)]));
  if (f.after) {
    const [name, id] = f.after;
    query = query.where((eb) => eb.or([eb('cp.name', '>', name), eb.and([eb('cp.name', '=', name), eb('cp.id', '>', id)])]));
  }
  return query.orderBy('cp.name').orderBy('cp.id').limit(f.limit + 1).execute();
}

export async function findContactPoint(db: Executor, id: string) {
  return db.selectFrom('contact_points as cp').select(contactPointColumns).where('cp.id', '=', id).executeTakeFirst();
}

/** The same, locked for a change. */
export async function lockContactPoint(db: Executor, id: string) {
  return db.selectFrom('contact_points as cp').select(contactPointColumns).where('cp.id', '=', id).forUpdate().executeTakeFirst();
}

export async function findTerritories(db: Executor, contactPointIds: readonly string[]) {
  if (!contactPointIds.length) return [];
  return db.selectFrom('contact_point_territories').select(['contact_point_id', 'level', 'code', 'departement_code', 'label'])
    .where('contact_point_id', 'in', contactPointIds).orderBy('level').orderBy('code').execute();
}

export async function findMembers(db: Executor, contactPointIds: readonly string[]) {
  if (!contactPointIds.length) return [];
  return db.selectFrom('contact_point_members as m').innerJoin('persons as p', 'p.id', 'm.person_id')
    .select(['m.contact_point_id', 'p.id', 'p.display_name', 'p.email'])
    .where('m.contact_point_id', 'in', contactPointIds).where('p.active', '=', true)
    .orderBy('p.display_name').execute();
}

/** The active members' e-mail addresses (the referral notice goes to each). */
export async function memberEmails(db: Executor, contactPointId: string) {
  const rows = await db.selectFrom('contact_point_members as m').innerJoin('persons as p', 'p.id', 'm.person_id')
    .select('p.email').where('m.contact_point_id', '=', contactPointId).where('p.active', '=', true).execute();
  return rows.map((r) => r.email);
}

/** The bassins known by code, for a territory's label and département. */
export async function findBassins(db: Executor, codes: readonly string[]) {
  if (!codes.length) return [];
  return db.selectFrom('bassins').select(['code', 'name', 'departement_code']).where('code', 'in', codes).execute();
}

/** A person's roles, to check that they may answer for a contact point. */
export async function findPersonWithGrants(db: Executor, personId: string) {
  const person = await db.selectFrom('persons').select(['id', 'display_name', 'active']).where('id', '=', personId).executeTakeFirst();
  if (!person) return undefined;
  const grants = await db.selectFrom('role_assignments').select(['role', 'territory_level', 'territory_code'])
    .where('person_id', '=', personId).execute();
  return { ...person, grants: grants.map((g) => ({ role: g.role, territory: { level: g.territory_level, code: g.territory_code } })) };
}

export type ContactPointRow = NonNullable<Awaited<ReturnType<typeof findContactPoint>>>;
export type TerritoryRow = Awaited<ReturnType<typeof findTerritories>>[number];
export type MemberRow = Awaited<ReturnType<typeof findMembers>>[number];

// ─── Referrals ────────────────────────────────────────────────────────────────────────────────

type ReferralsEB = ExpressionBuilder<DB & { ref: DB['referrals'] }, 'ref'>;

/**
 * The only WHERE through which a target reads referrals: those addressed to a contact point the
 * caller answers for, not revoked. Nothing for someone who receives no referral.
 */
export function visibleTo(user: CurrentUser) {
  const receives = allows(user, 'referrals.receive');
  return (eb: ReferralsEB): Expression<SqlBool> => (receives
    ? eb.and([
      eb('ref.status', '!=', 'revoked'),
      eb.exists(eb.selectFrom('contact_point_members as m').select('m.person_id')
        .whereRef('m.contact_point_id', '=', 'ref.contact_point_id').where('m.person_id', '=', user.id)),
    ])
    : eb.val(false));
}

const referralColumns = [
  'ref.id', 'ref.request_id', 'ref.contact_point_id', 'ref.kind', 'ref.status', 'ref.note', 'ref.share_description', 'ref.agent_consented_at',
  'ref.expected_by', 'ref.decline_reason', 'ref.outcome', 'ref.outcome_summary', 'ref.answered_at', 'ref.created_at', 'ref.created_by',
  'cp.kind as cp_kind', 'cp.name as cp_name', 'cp.email as cp_email', 'cp.phone as cp_phone', 'cp.hours as cp_hours', 'cp.address as cp_address',
  'r.reference', 'r.topic', 'r.consent_to_share', 'from.display_name as from_name', 'from.email as from_email',
] as const;

function referralsWithContext(db: Executor) {
  return db.selectFrom('referrals as ref')
    .innerJoin('contact_points as cp', 'cp.id', 'ref.contact_point_id')
    .innerJoin('requests as r', 'r.id', 'ref.request_id')
    .leftJoin('persons as from', 'from.id', 'ref.created_by');
}

/** « Orientations reçues »: newest first, keyset on (created_at, id). */
export async function findReceivedReferrals(db: Executor, user: CurrentUser, f: { status?: string | undefined; after?: [string, string] | undefined; limit: number }) {
  let query = referralsWithContext(db).select(referralColumns).where(visibleTo(user));
  if (f.status === 'open') query = query.where('ref.status', 'in', ['sent', 'accepted']);
  else if (f.status) query = query.where('ref.status', '=', f.status as never);
  if (f.after) {
    const [at, id] = f.after;
    query = query.where((eb) => eb.or([eb('ref.created_at', '<', new Date(at)), eb.and([eb('ref.created_at', '=', new Date(at)), eb('ref.id', '<', id)])]));
  }
  return query.orderBy('ref.created_at', 'desc').orderBy('ref.id', 'desc').limit(f.limit + 1).execute();
}

/** One referral as its target reads it, with the request's description (the presenter decides whether it leaves). */
export async function findReferralVisibleTo(db: Executor, user: CurrentUser, id: string) {
  return referralsWithContext(db).innerJoin('persons as agent', 'agent.id', 'r.agent_id')
    .select(referralColumns)
    .select(['r.description', 'r.academie_code', 'agent.display_name as agent_name', 'agent.email as agent_email'])
    .where('ref.id', '=', id).where(visibleTo(user))
    .executeTakeFirst();
}

/** The same, locked for the target's answer. */
export async function lockReferralVisibleTo(db: Executor, user: CurrentUser, id: string) {
  return db.selectFrom('referrals as ref').innerJoin('requests as r', 'r.id', 'ref.request_id')
    .select(['ref.id', 'ref.request_id', 'ref.status', 'ref.created_by', 'ref.contact_point_id', 'r.academie_code'])
    .where('ref.id', '=', id).where(visibleTo(user)).forUpdate('ref').executeTakeFirst();
}

/** One referral with its context, by id: only after the caller was found to reach it (its request, or as its target). */
export async function findReferral(db: Executor, id: string) {
  return referralsWithContext(db).select(referralColumns).where('ref.id', '=', id).executeTakeFirst();
}

/** The referrals of a request the caller was found to see (through the requests module), oldest first. */
export async function findReferralsOfRequest(db: Executor, requestId: string) {
  return referralsWithContext(db).select(referralColumns).where('ref.request_id', '=', requestId)
    .orderBy('ref.created_at').orderBy('ref.id').execute();
}

/** The messages of some referrals, oldest first. */
export async function findReferralMessages(db: Executor, referralIds: readonly string[]) {
  if (!referralIds.length) return [];
  return db.selectFrom('referral_messages as m').leftJoin('persons as p', 'p.id', 'm.author_id')
    .select(['m.id', 'm.referral_id', 'm.author_id', 'p.display_name as author_name', 'm.from_target', 'm.body', 'm.created_at'])
    .where('m.referral_id', 'in', referralIds).orderBy('m.created_at').orderBy('m.id').execute();
}

export async function insertReferralMessage(db: Executor, message: { referralId: string; authorId: string; fromTarget: boolean; body: string }) {
  return db.insertInto('referral_messages')
    .values({ referral_id: message.referralId, author_id: message.authorId, from_target: message.fromTarget, body: message.body })
    .returning(['id', 'created_at']).executeTakeFirstOrThrow();
}

export type ReferralMessageRow = Awaited<ReturnType<typeof findReferralMessages>>[number];

/**
 * A step of a referral: in its own history, and in the request's timeline (the requests module
 * labels it from the contact point named in `data`, never the note, reason or summary).
 */
export async function appendReferralEvent(db: Executor, event: {
  referralId: string; requestId: string; kind: ReferralEventKind; actorId: string | null; visibleToAgent?: boolean; data?: Record<string, unknown>; at?: Date;
}) {
  const visibleToAgent = event.visibleToAgent ?? true;
  await db.insertInto('referral_events').values({
    referral_id: event.referralId, request_id: event.requestId, kind: event.kind, actor_id: event.actorId,
    visible_to_agent: visibleToAgent, data: JSON.stringify(event.data ?? {}), ...(event.at ? { created_at: event.at } : {}),
  }).execute();
  const target = await db.selectFrom('referrals as r').innerJoin('contact_points as cp', 'cp.id', 'r.contact_point_id')
    .select(['cp.id', 'cp.name', 'cp.kind']).where('r.id', '=', event.referralId).executeTakeFirstOrThrow();
  await recordEvent(db, event.requestId, event.kind, event.actorId, {
    visibleToAgent,
    data: { ...event.data, referralId: event.referralId, contactPointId: target.id, contactPointName: target.name, contactPointKind: target.kind },
    ...(event.at ? { at: event.at } : {}),
  });
}

export type ReferralEventKind = 'referral_sent' | 'referral_accepted' | 'referral_declined' | 'referral_answered' | 'referral_revoked'
  | 'referral_consented' | 'referral_overdue_alerted';

/** The e-mail addresses of the coordinators over a département (académie or département grant), active ones. */
export async function coordinatorEmails(db: Executor, academieCode: string, departementCode: string) {
  const rows = await db.selectFrom('role_assignments as ra').innerJoin('persons as p', 'p.id', 'ra.person_id')
    .select('p.email').distinct()
    .where('ra.role', '=', 'coordinator').where('p.active', '=', true)
    .where((eb) => eb.or([
      eb.and([eb('ra.territory_level', '=', 'academie'), eb('ra.territory_code', '=', academieCode)]),
      eb.and([eb('ra.territory_level', '=', 'departement'), eb('ra.territory_code', '=', departementCode)]),
    ]))
    .execute();
  return rows.map((r) => r.email);
}

/** Is the description shared now? Asked by staff, and consented by the agent (at submission or on the referral). */
export const descriptionShared = (r: { share_description: boolean; consent_to_share: boolean; agent_consented_at: Date | null }) =>
  r.share_description && (r.consent_to_share || r.agent_consented_at !== null);

export const isOverdue = (r: { status: string; expected_by: string | null }, today: string) =>
  (r.status === 'sent' || r.status === 'accepted') && r.expected_by !== null && r.expected_by < today;

export type ReferralRow = Awaited<ReturnType<typeof findReferralsOfRequest>>[number];
export type ReferralDetailRow = NonNullable<Awaited<ReturnType<typeof findReferralVisibleTo>>>;
