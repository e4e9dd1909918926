import crypto from 'node:crypto';
import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { AppError, invalid, notFound } from '../../errors/app-error.ts';
import { AGENT_CATEGORIES, type AgentCategory } from '../../../shared/glossary.ts';
import type { SurveyMails } from './mails.ts';
import type { DrawInput } from './schemas.ts';
import { newSurveyToken, surveyExpiry } from './tokens.ts';

/*
 * The national survey panel. A national coordinator draws, for a period, a stratified random
 * sample of the people who asked the service: per département of their request, balanced over
 * the four categories. The draw is a pure function of (period, size, seed), computed in SQL,
 * so anyone holding the seed shown on the page can draw it again and get the same people.
 * What leaves this module are counts, never names.
 */

const UNKNOWN_PANEL = 'Ce panel est introuvable.';
const isUuid = (id: string) => /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id);

/** A seed when none is given: 12 hexadecimal characters, short enough to copy from the page. */
export function newPanelSeed(): string {
  return crypto.randomBytes(6).toString('hex');
}

/**
 * Inserts the members of `panelId`: the distinct agents with a request created in the period
 * (each counted in the département of their latest request of the period, with the category
 * they had then), ranked within (département, category) by md5(seed || person id), then per
 * département the first `perDepartement` by (rank, category): each category gets its turn,
 * and a category short of people leaves its places to the others.
 */
async function drawMembers(db: Kysely<DB>, panelId: string, input: { from: string; to: string; perDepartement: number; seed: string }) {
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

export async function drawPanel(db: Kysely<DB>, ctx: ActionContext, input: DrawInput) {
  if (input.to < input.from) throw invalid([{ field: 'to', message: 'La fin de la période doit suivre son début.' }]);
  const seed = input.seed ?? newPanelSeed();
  const perDepartement = input.perDepartement ?? 20;
  const panelId = await db.transaction().execute(async (trx) => {
    const panel = await trx.insertInto('survey_panels')
      .values({ seed, period_from: input.from, period_to: input.to, per_departement: perDepartement, created_by: ctx.user.id })
      .returning('id').executeTakeFirstOrThrow();
    await drawMembers(trx, panel.id, { from: input.from, to: input.to, perDepartement, seed });
    await recordAudit(trx, ctx, { action: 'panel.draw', targetType: 'survey_panel', targetId: panel.id, actorRole: 'coordinator',
      details: { seed, from: input.from, to: input.to, perDepartement } });
    return panel.id;
  });
  return readPanel(db, panelId);
}

const panelColumns = ['p.id', 'p.seed', 'p.period_from', 'p.period_to', 'p.per_departement', 'p.created_at', 'p.sent_at'] as const;

function summaryOf(row: {
  id: string; seed: string; period_from: string; period_to: string; per_departement: number; created_at: Date; sent_at: Date | null;
  drawn: number | string; sent: number | string; answered: number | string;
}) {
  const drawn = Number(row.drawn);
  const sent = Number(row.sent);
  const answered = Number(row.answered);
  return {
    id: row.id, seed: row.seed, from: dayOf(row.period_from), to: dayOf(row.period_to), perDepartement: row.per_departement,
    createdAt: row.created_at.toISOString(), sentAt: row.sent_at?.toISOString() ?? null,
    drawn, sent, answered, responseRate: sent > 0 ? answered / sent : null,
  };
}

/** `date` columns come back as text or as a Date depending on the driver's parsers. */
function dayOf(value: string | Date): string {
  return value instanceof Date ? value.toISOString().slice(0, 10) : String(value).slice(0, 10);
}

const countsOf = (db: Kysely<DB>) => db.selectFrom('survey_panels as p')
  .leftJoin('survey_panel_members as m', 'm.panel_id', 'p.id')
  .select([...panelColumns,
    sql<number>`count(m.id)::int`.as('drawn'),
    sql<number>`count(m.sent_at)::int`.as('sent'),
    sql<number>`count(m.answered_at)::int`.as('answered')])
  .groupBy(panelColumns);

export async function listPanels(db: Kysely<DB>) {
  const rows = await countsOf(db).orderBy('p.created_at', 'desc').limit(200).execute();
  return rows.map(summaryOf);
}

export async function readPanel(db: Kysely<DB>, id: string) {
  if (!isUuid(id)) throw notFound(UNKNOWN_PANEL);
  const row = await countsOf(db).where('p.id', '=', id).executeTakeFirst();
  if (!row) throw notFound(UNKNOWN_PANEL);
  const cells = await db.selectFrom('survey_panel_members as m').innerJoin('departements as d', 'd.code', 'm.departement_code')
    .select(['m.departement_code', 'd.name', 'm.category',
      sql<number>`count(*)::int`.as('drawn'), sql<number>`count(m.sent_at)::int`.as('sent'), sql<number>`count(m.answered_at)::int`.as('answered')])
    .where('m.panel_id', '=', id)
    .groupBy(['m.departement_code', 'd.name', 'm.category']).orderBy('m.departement_code').execute();
  const byDepartement = new Map<string, { departement: string; name: string; drawn: number; sent: number; answered: number; byCategory: Map<AgentCategory, number> }>();
  const byCategory = new Map<AgentCategory, number>(AGENT_CATEGORIES.map((c) => [c, 0]));
  for (const cell of cells) {
    const entry = byDepartement.get(cell.departement_code) ?? { departement: cell.departement_code, name: cell.name, drawn: 0, sent: 0, answered: 0,
      byCategory: new Map(AGENT_CATEGORIES.map((c) => [c, 0])) };
    entry.drawn += Number(cell.drawn);
    entry.sent += Number(cell.sent);
    entry.answered += Number(cell.answered);
    entry.byCategory.set(cell.category, Number(cell.drawn));
    byCategory.set(cell.category, (byCategory.get(cell.category) ?? 0) + Number(cell.drawn));
    byDepartement.set(cell.departement_code, entry);
  }
  const list = (counts: Map<AgentCategory, number>) => [...counts].map(([category, drawn]) => ({ category, drawn }));
  return {
    ...summaryOf(row),
    byCategory: list(byCategory),
    byDepartement: [...byDepartement.values()].map((d) => ({ ...d, byCategory: list(d.byCategory) })),
  };
}

/**
 * Sends the national questionnaire to every member of the panel, once. The panel is claimed by
 * a conditional update in the same transaction as the tokens and the queued mails: a second
 * call, or a concurrent one, finds it sent (409) and sends nothing.
 */
export async function sendPanel(db: Kysely<DB>, ctx: ActionContext, mails: SurveyMails, id: string, now = new Date()) {
  if (!isUuid(id)) throw notFound(UNKNOWN_PANEL);
  await db.transaction().execute(async (trx) => {
    const claimed = await trx.updateTable('survey_panels').set({ sent_at: now }).where('id', '=', id).where('sent_at', 'is', null)
      .returning('id').executeTakeFirst();
    if (!claimed) {
      const exists = await trx.selectFrom('survey_panels').select('id').where('id', '=', id).executeTakeFirst();
      if (!exists) throw notFound(UNKNOWN_PANEL);
      throw new AppError('conflict', 'Ce panel a déjà reçu le questionnaire : il n’est envoyé qu’une fois.');
    }
    const members = await trx.selectFrom('survey_panel_members as m').innerJoin('persons as p', 'p.id', 'm.person_id')
      .select(['m.id', 'p.email']).where('m.panel_id', '=', id).where('p.active', '=', true).execute();
    const expiresAt = surveyExpiry(now);
    for (const member of members) {
      const { token, hash } = newSurveyToken();
      await trx.updateTable('survey_panel_members').set({ token_hash: hash, sent_at: now, expires_at: expiresAt }).where('id', '=', member.id).execute();
      await mails.panelInvitation(trx, member.email, { token, expiresAt: expiresAt.toISOString() });
    }
    await recordAudit(trx, ctx, { action: 'panel.send', targetType: 'survey_panel', targetId: id, actorRole: 'coordinator', details: { sent: members.length } });
  });
  return readPanel(db, id);
}
