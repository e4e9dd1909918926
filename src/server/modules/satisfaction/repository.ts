import { sql } from 'kysely';
import type { Executor } from '../../db/schema.ts';
import { AGENT_CATEGORIES } from '../../../shared/glossary.ts';
import type { CommentsQuery } from '../../../shared/contracts/satisfaction.ts';

/*
 * The SQL of the satisfaction module. The questionnaires are found by the SHA-256 of their
 * token; the panels' reads return counts, and the comments' read selects no name, no
 * reference and no request id, whoever calls.
 */

// ——— The survey after closure ———

/** The survey behind a token hash, with the reference of its request and nothing else of it. */
export async function findSurvey(db: Executor, tokenHash: string) {
  return db.selectFrom('satisfaction_surveys as s').innerJoin('requests as r', 'r.id', 's.request_id')
    .select(['s.id', 's.answered_at', 's.expires_at', 'r.reference'])
    .where('s.token_hash', '=', tokenHash)
    .executeTakeFirst();
}

interface SurveyScores {
  ease: number; delay: number; listening: number; clarity: number; usefulness: number; overall: number; improvement: string | null;
}

/**
 * Records the answer if the survey is open. The conditional update is the guard: of two
 * concurrent answers one updates the row, the other updates nothing. True when recorded.
 */
export async function recordSurveyAnswer(db: Executor, tokenHash: string, scores: SurveyScores, now: Date): Promise<boolean> {
  const updated = await db.updateTable('satisfaction_surveys')
    .set({ answered_at: now, ...scores })
    .where('token_hash', '=', tokenHash).where('answered_at', 'is', null).where('expires_at', '>', now)
    .returning('id').executeTakeFirst();
  return updated !== undefined;
}

/**
 * Closed requests whose survey is due: closed at least the académie's delay ago (calendar days,
 * not working days: a survey is no commitment) and at most the survey's validity ago, still
 * closed, not anonymised, with no survey yet. Oldest first, so a backlog drains in order.
 */
export async function findRequestsDueForSurvey(db: Executor, now: Date, options: { validityDays: number; defaultDelayDays: number; limit: number }) {
  return db.selectFrom('requests as r')
    .innerJoin('persons as agent', 'agent.id', 'r.agent_id')
    .leftJoin('academie_settings as s', 's.academie_code', 'r.academie_code')
    .leftJoin('satisfaction_surveys as sv', 'sv.request_id', 'r.id')
    .select(['r.id', 'r.reference', 'r.academie_code', 'agent.email'])
    .where('r.status', '=', 'closed')
    .where('r.anonymised_at', 'is', null)
    .where('agent.active', '=', true)
    .where('sv.id', 'is', null)
    .where('r.closed_at', '>', new Date(now.getTime() - options.validityDays * 86_400_000))
    .where(sql<boolean>`r.closed_at <= ${now}::timestamptz - make_interval(days => coalesce(s.survey_delay_days, ${options.defaultDelayDays}))`)
    .orderBy('r.closed_at').limit(options.limit)
    .execute();
}

/**
 * Creates the survey of a request by INSERT … ON CONFLICT (request_id) DO NOTHING: with several
 * workers racing, one insert wins. The insert re-reads the request, so one reopened meanwhile
 * gets no survey. The new survey's id, or undefined when none was created.
 */
export async function insertSurvey(db: Executor, requestId: string, survey: { sentAt: Date; expiresAt: Date }) {
  const created = await db.insertInto('satisfaction_surveys')
    .columns(['request_id', 'academie_code', 'departement_code', 'sent_at', 'expires_at'])
    .expression((eb) => eb.selectFrom('requests')
      .select([
        'id', 'academie_code', 'departement_code',
        sql<Date>`${survey.sentAt}::timestamptz`.as('sent_at'),
        sql<Date>`${survey.expiresAt}::timestamptz`.as('expires_at'),
      ])
      .where('id', '=', requestId).where('status', '=', 'closed').where('anonymised_at', 'is', null))
    .onConflict((oc) => oc.column('request_id').doNothing())
    .returning('id').executeTakeFirst();
  return created?.id;
}

/**
 * Gives the survey the hash of a freshly minted token, replacing the earlier one (the link is
 * minted when its mail leaves). False when there is nothing to invite to: no such survey, or
 * already answered.
 */
export async function setSurveyTokenHash(db: Executor, surveyId: string, tokenHash: string): Promise<boolean> {
  const updated = await db.updateTable('satisfaction_surveys').set({ token_hash: tokenHash })
    .where('id', '=', surveyId).where('answered_at', 'is', null).returning('id').executeTakeFirst();
  return updated !== undefined;
}

// ——— The comments of an académie ———

/** One page of an académie's free-text answers, newest first, after the cursor's (answered_at, id). */
export async function findComments(db: Executor, query: CommentsQuery, after: readonly [string, string] | undefined, limit: number) {
  let select = db.selectFrom('satisfaction_surveys as s').innerJoin('requests as r', 'r.id', 's.request_id')
    .select(['s.id', 's.answered_at', 'r.topic', 's.overall', 's.improvement'])
    .where('s.academie_code', '=', query.academie)
    .where('s.answered_at', 'is not', null)
    .where('s.improvement', 'is not', null);
  if (query.from) select = select.where(sql<boolean>`s.answered_at >= (${query.from}::date)::timestamp at time zone 'Europe/Paris'`);
  if (query.to) select = select.where(sql<boolean>`s.answered_at < (${query.to}::date + 1)::timestamp at time zone 'Europe/Paris'`);
  if (after) select = select.where(sql<boolean>`(s.answered_at, s.id) < (${after[0]}::timestamptz, ${after[1]}::uuid)`);
  const rows = await select.orderBy('s.answered_at', 'desc').orderBy('s.id', 'desc').limit(limit).execute();
  // The filters above make both columns present.
  return rows.map((row) => ({ ...row, answered_at: row.answered_at!, improvement: row.improvement! }));
}
export type CommentRow = Awaited<ReturnType<typeof findComments>>[number];

// ——— The national panel ———

export async function insertPanel(db: Executor, panel: { seed: string; from: string; to: string; perDepartement: number; createdBy: string }) {
  const row = await db.insertInto('survey_panels')
    .values({ seed: panel.seed, period_from: panel.from, period_to: panel.to, per_departement: panel.perDepartement, created_by: panel.createdBy })
    .returning('id').executeTakeFirstOrThrow();
  return row.id;
}

/**
 * Inserts the members of `panelId`: the distinct agents with a request created in the period
 * (each counted in the département of their latest request of the period, with the category
 * they had then), ranked within (département, category) by md5(seed || person id), then per
 * département the first `perDepartement` by (rank, category): each category gets its turn,
 * and a category short of people leaves its places to the others.
 */
export async function insertPanelMembers(db: Executor, panelId: string, input: { from: string; to: string; perDepartement: number; seed: string }) {
  await sql`
    with requesters as (
      select distinct on (r.agent_id) r.agent_id as person_id, r.departement_code,
             coalesce(r.requester_category, p.category) as category
      from requests r join persons p on p.id = r.agent_id
      where r.created_at >= (${input.from}::date)::timestamp at time zone 'Europe/Paris'
        and r.created_at < (${input.to}::date + 1)::timestamp at time zone 'Europe/Paris'
        and p.active
      order by r.agent_id, r.created_at desc
    ), ranked as (
      select person_id, departement_code, category,
             row_number() over (partition by departement_code, category order by md5(${input.seed} || person_id::text), person_id) as rank
      from requesters
      where category in (${sql.join([...AGENT_CATEGORIES])})
    ), placed as (
      select person_id, departement_code, category,
             row_number() over (partition by departement_code order by rank, category) as place
      from ranked
    )
    insert into survey_panel_members (panel_id, person_id, departement_code, category)
    select ${panelId}::uuid, person_id, departement_code, category from placed where place <= ${input.perDepartement}
  `.execute(db);
}

const panelColumns = ['p.id', 'p.seed', 'p.period_from', 'p.period_to', 'p.per_departement', 'p.created_at', 'p.sent_at'] as const;

const panelsWithCounts = (db: Executor) => db.selectFrom('survey_panels as p')
  .leftJoin('survey_panel_members as m', 'm.panel_id', 'p.id')
  .select([...panelColumns,
    sql<number>`count(m.id)::int`.as('drawn'),
    sql<number>`count(m.sent_at)::int`.as('sent'),
    sql<number>`count(m.answered_at)::int`.as('answered')])
  .groupBy(panelColumns);

export async function findPanels(db: Executor, limit: number) {
  return panelsWithCounts(db).orderBy('p.created_at', 'desc').limit(limit).execute();
}

export async function findPanel(db: Executor, id: string) {
  return panelsWithCounts(db).where('p.id', '=', id).executeTakeFirst();
}
export type PanelRow = NonNullable<Awaited<ReturnType<typeof findPanel>>>;

/** A panel's members counted by département and category. */
export async function countPanelMembers(db: Executor, id: string) {
  return db.selectFrom('survey_panel_members as m').innerJoin('departements as d', 'd.code', 'm.departement_code')
    .select(['m.departement_code', 'd.name', 'm.category',
      sql<number>`count(*)::int`.as('drawn'), sql<number>`count(m.sent_at)::int`.as('sent'), sql<number>`count(m.answered_at)::int`.as('answered')])
    .where('m.panel_id', '=', id)
    .groupBy(['m.departement_code', 'd.name', 'm.category']).orderBy('m.departement_code').execute();
}
export type PanelCell = Awaited<ReturnType<typeof countPanelMembers>>[number];

/** Marks the panel sent if it was not: true when this call claimed it. */
export async function claimPanelForSending(db: Executor, id: string, now: Date): Promise<boolean> {
  const claimed = await db.updateTable('survey_panels').set({ sent_at: now }).where('id', '=', id).where('sent_at', 'is', null)
    .returning('id').executeTakeFirst();
  return claimed !== undefined;
}

export async function panelExists(db: Executor, id: string): Promise<boolean> {
  return (await db.selectFrom('survey_panels').select('id').where('id', '=', id).executeTakeFirst()) !== undefined;
}

/** The members of a panel who are still active, with the address their questionnaire goes to. */
export async function findActivePanelMembers(db: Executor, panelId: string) {
  return db.selectFrom('survey_panel_members as m').innerJoin('persons as p', 'p.id', 'm.person_id')
    .select(['m.id', 'p.email', 'm.departement_code']).where('m.panel_id', '=', panelId).where('p.active', '=', true).execute();
}

export async function setPanelMemberInvitation(db: Executor, memberId: string, invitation: { sentAt: Date; expiresAt: Date }) {
  await db.updateTable('survey_panel_members')
    .set({ sent_at: invitation.sentAt, expires_at: invitation.expiresAt })
    .where('id', '=', memberId).execute();
}

/** As `setSurveyTokenHash`, for a panel member invited and not yet answered. */
export async function setPanelMemberTokenHash(db: Executor, memberId: string, tokenHash: string): Promise<boolean> {
  const updated = await db.updateTable('survey_panel_members').set({ token_hash: tokenHash })
    .where('id', '=', memberId).where('sent_at', 'is not', null).where('answered_at', 'is', null).returning('id').executeTakeFirst();
  return updated !== undefined;
}

// ——— The national questionnaire ———

/** The national questionnaire behind a token hash: its state and last day, nothing of the person. */
export async function findPanelMember(db: Executor, tokenHash: string) {
  const row = await db.selectFrom('survey_panel_members').select(['id', 'answered_at', 'expires_at'])
    .where('token_hash', '=', tokenHash).executeTakeFirst();
  return row?.expires_at ? { ...row, expires_at: row.expires_at } : undefined;
}

/**
 * Marks the member answered if their questionnaire is open (same guard as the survey), and
 * gives the panel and stratum the answers are filed under; undefined when not open.
 */
export async function markPanelMemberAnswered(db: Executor, tokenHash: string, now: Date) {
  return db.updateTable('survey_panel_members').set({ answered_at: now })
    .where('token_hash', '=', tokenHash).where('answered_at', 'is', null).where('expires_at', '>', now)
    .returning(['panel_id', 'departement_code', 'category']).executeTakeFirst();
}

type PanelStratum = NonNullable<Awaited<ReturnType<typeof markPanelMemberAnswered>>>;

/** The answers, filed under the panel and stratum only: no answer can be read back to the person drawn. */
export async function insertPanelAnswers(db: Executor, stratum: PanelStratum, answers: object) {
  await db.insertInto('survey_panel_answers').values({ ...stratum, answers: JSON.stringify(answers) }).execute();
}
