/**
 * The benchmark's data, generated deterministically: the same scale, seed and anchor date give
 * the same rows, byte for byte. Shaped by the national figures of DOMAIN.md (seed 001): the
 * distributions are those of the demo académie (modules/demo/distributions.ts), read, not copied.
 */
import { ACADEMIES } from '../src/shared/territories.ts';
import { SENSITIVE_TOPICS, type Topic } from '../src/shared/glossary.ts';
import {
  AGE_BAND_WEIGHTS, CATEGORY_WEIGHTS, GENDER_WEIGHTS, RESPONSE_TYPE_WEIGHTS, TOPIC_WEIGHTS, birthYearFor,
} from '../src/server/modules/demo/distributions.ts';
import { FAMILY_NAMES, FEMALE_GIVEN_NAMES, MALE_GIVEN_NAMES, SUBJECTS } from '../src/server/modules/demo/names.ts';
import { seededRandom, type Random } from '../src/server/modules/demo/random.ts';
import { parisInstant } from '../src/server/modules/appointments/index.ts';

export type ScaleName = 'smoke' | 'academie' | 'national';

export interface Scale {
  name: ScaleName;
  /** Académies covered (codes of src/shared/territories.ts). */
  academies: string[];
  agents: number;
  advisers: number;
  requests: number;
  years: number;
  /** Open, unanswered, overdue requests per adviser: the inbox « en retard » must fill a page of 50. */
  overduePerAdviser: number;
}

export const SCALES: Record<ScaleName, Scale> = {
  smoke: { name: 'smoke', academies: ['AMIENS'], agents: 1_500, advisers: 6, requests: 900, years: 3, overduePerAdviser: 10 },
  academie: { name: 'academie', academies: ['AMIENS'], agents: 35_000, advisers: 12, requests: 15_000, years: 3, overduePerAdviser: 75 },
  national: { name: 'national', academies: ACADEMIES.map((a) => a.code), agents: 1_200_000, advisers: 311, requests: 600_000, years: 3, overduePerAdviser: 75 },
};

export const DEFAULT_SEED = 20261123;
/** Share of past slots booked, of the next weeks' slots, and how far ahead appointments are booked. */
const PAST_BOOKED = 0.4;
const FUTURE_BOOKED = 0.25;
const FUTURE_DAYS = 60;
const WEEKDAY_CODES = ['SU', 'MO', 'TU', 'WE', 'TH', 'FR', 'SA'] as const;
const APPOINTMENT_REASONS = ['career_project', 'mobility_file', 'end_of_career', 'training_project'];
const DAY = 86_400_000;
const AGENTS_PER_ESTABLISHMENT = 25;

/** A UUID (version 4 layout) drawn from the seeded generator: random like real ones, yet reproducible. */
function uuidFrom(random: Random): string {
  const hex = (n: number) => Math.floor(random.next() * 2 ** 32).toString(16).padStart(8, '0').slice(0, n);
  const a = hex(8), b = hex(8), c = hex(8), d = hex(8);
  return `${a}-${b.slice(0, 4)}-4${b.slice(5, 8)}-${(8 + (parseInt(c[0]!, 16) & 3)).toString(16)}${c.slice(1, 4)}-${c.slice(4, 8)}${d}`;
}

/** The three digits that open a UAI in a département (Corse: 620 and 720). */
function uaiPrefix(dept: string) {
  if (dept === '2A') return '620';
  if (dept === '2B') return '720';
  return dept.padStart(3, '0');
}

const ascii = (s: string) => s.toLowerCase().normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, '-');

export interface Columns { [column: string]: unknown[] }
export interface Table { name: string; columns: Record<string, string>; rows: Columns }

/** Columns and their SQL types, in insertion order: the loader builds `unnest($1::type[], …)` from them. */
export const TABLES = {
  bassins: { code: 'text', name: 'text', departement_code: 'text' },
  establishments: { uai: 'text', name: 'text', kind: 'text', commune: 'text', departement_code: 'text', bassin_code: 'text' },
  persons: {
    id: 'uuid', email: 'text', display_name: 'text', given_name: 'text', family_name: 'text', category: 'text', employment_status: 'text',
    gender: 'text', birth_year: 'int', establishment_uai: 'text', departement_code: 'text', academie_code: 'text', working_share: 'numeric',
    created_at: 'timestamptz',
  },
  role_assignments: { person_id: 'uuid', role: 'text', territory_level: 'text', territory_code: 'text' },
  requests: {
    id: 'uuid', reference: 'text', agent_id: 'uuid', academie_code: 'text', departement_code: 'text', topic: 'text', subject: 'text',
    description: 'text', status: 'text', sensitive: 'bool', channel: 'text', contact_preference: 'text', consent_to_share: 'bool',
    assignee_id: 'uuid', created_by_id: 'uuid', created_at: 'timestamptz', acknowledged_at: 'timestamptz', first_response_due_at: 'timestamptz',
    first_responded_at: 'timestamptz', closed_at: 'timestamptz', response_type: 'text', closing_summary: 'text',
    first_response_working_days: 'int', closure_working_days: 'int', last_activity_at: 'timestamptz',
    holding_sent_at: 'timestamptz', overdue_alerted_at: 'timestamptz',
    requester_category: 'text', requester_gender: 'text', requester_birth_year: 'int',
  },
  request_messages: { request_id: 'uuid', author_id: 'uuid', from_staff: 'bool', body: 'text', created_at: 'timestamptz' },
  request_events: { request_id: 'uuid', kind: 'text', actor_id: 'uuid', visible_to_agent: 'bool', data: 'jsonb', created_at: 'timestamptz' },
  audit_log: {
    occurred_at: 'timestamptz', actor_id: 'uuid', actor_role: 'text', action: 'text', target_type: 'text', target_id: 'text', academie_code: 'text',
  },
  // Issue 14: two weekly office hours per adviser, and their appointments (past ones marked, the next weeks' partly booked).
  office_hours: {
    id: 'uuid', adviser_id: 'uuid', academie_code: 'text', departement_code: 'text', place_kind: 'text', place_label: 'text', place_address: 'text',
    establishment_uai: 'text', visio_url: 'text', recurrence: 'text', starts_on: 'date', start_time: 'text', duration_minutes: 'int', slot_minutes: 'int',
    reasons: 'jsonb', min_delay_hours: 'int', max_delay_days: 'int', created_at: 'timestamptz',
  },
  appointments: {
    office_hour_id: 'uuid', adviser_id: 'uuid', agent_id: 'uuid', academie_code: 'text', departement_code: 'text', reason: 'text',
    starts_at: 'timestamptz', ends_at: 'timestamptz', mode: 'text', place_kind: 'text', place_label: 'text', visio_url: 'text', status: 'text',
    cancelled_at: 'timestamptz', reminder_sent_at: 'timestamptz', created_at: 'timestamptz',
  },
} as const satisfies Record<string, Record<string, string>>;
export type TableName = keyof typeof TABLES;
const ORDER = Object.keys(TABLES) as TableName[];

/** A batch of rows for one table, column by column. */
export interface Batch { table: TableName; rows: Record<string, unknown[]>; count: number }

function emptyBatch(table: TableName): Batch {
  return { table, count: 0, rows: Object.fromEntries(Object.keys(TABLES[table]).map((c) => [c, []])) };
}

function push(batch: Batch, row: Record<string, unknown>) {
  for (const column of Object.keys(batch.rows)) batch.rows[column]!.push(row[column] ?? null);
  batch.count += 1;
}

/** A person kept for the benchmark's sessions. */
export interface Named { id: string; role: string; level: string; code: string; departement: string | null }

export interface DatasetSummary {
  advisers: Named[];
  coordinators: Named[];
  steering: Named[];
  /** Reference counters to set after loading: next submissions must not reuse a reference. */
  counters: Array<{ academie_code: string; year: number; last_number: number }>;
  rows: Record<TableName, number>;
}

/** Estimated rows per table (the progress bar's total). */
export function estimate(scale: Scale): number {
  const depts = departementsOf(scale).length;
  return depts * 3 + Math.ceil(scale.agents / AGENTS_PER_ESTABLISHMENT) + 2 * (scale.agents + scale.advisers)
    + scale.requests * (1 + 1.4 + 3.2 + 1.3)
    // Appointments: 10 slots a week per adviser, 40 % booked over the years, 25 % of the next weeks.
    + scale.advisers * (2 + 10 * (52 * scale.years * PAST_BOOKED + (FUTURE_DAYS / 7) * FUTURE_BOOKED));
}

export function departementsOf(scale: Scale) {
  return ACADEMIES.filter((a) => scale.academies.includes(a.code))
    .flatMap((a) => a.departements.map((d) => ({ code: d.code, name: d.name, academie: a.code, prefix: a.referencePrefix })));
}

/**
 * Generates the dataset in batches of `batchSize` rows and hands each to `sink` (which loads it).
 * Tables come in foreign-key order. Returns what the benchmark needs to know of the people made.
 */
export async function generate(scale: Scale, options: { seed: number; anchor: Date; batchSize: number },
  sink: (batch: Batch) => Promise<void>): Promise<DatasetSummary> {
  const random = seededRandom(options.seed);
  const anchor = options.anchor.getTime();
  const anchorYear = options.anchor.getUTCFullYear();
  const depts = departementsOf(scale);
  const counts = Object.fromEntries(Object.keys(TABLES).map((t) => [t, 0])) as Record<TableName, number>;

  const batches = new Map<TableName, Batch>();
  const add = async (table: TableName, row: Record<string, unknown>) => {
    let batch = batches.get(table);
    if (!batch) batches.set(table, (batch = emptyBatch(table)));
    push(batch, row);
    counts[table] += 1;
    if (batch.count >= options.batchSize) {
      // A row may only go once the rows it refers to are in: tables before it in TABLES go first.
      await flush(...ORDER.slice(0, ORDER.indexOf(table)));
      batches.delete(table);
      await sink(batch);
    }
  };
  async function flush(...tables: TableName[]) {
    for (const table of tables) {
      const batch = batches.get(table);
      if (batch?.count) await sink(batch);
      batches.delete(table);
    }
  }

  // Agents spread over départements with an uneven, reproducible weight (0.5 to 2).
  const weights = depts.map(() => 0.5 + 1.5 * random.next());
  const weightTotal = weights.reduce((s, w) => s + w, 0);
  const agentsPerDept = weights.map((w) => Math.floor((scale.agents * w) / weightTotal));
  agentsPerDept[0]! += scale.agents - agentsPerDept.reduce((s, n) => s + n, 0);

  // Territory: three bassins per département, one school or service per 25 agents.
  const establishmentsByDept = new Map<string, { first: string[]; other: string[] }>();
  for (const [i, d] of depts.entries()) {
    for (let b = 1; b <= 3; b++) await add('bassins', { code: `BENCH-${d.code}-${b}`, name: `Bassin ${b} (${d.name})`, departement_code: d.code });
    const n = Math.max(3, Math.ceil(agentsPerDept[i]! / AGENTS_PER_ESTABLISHMENT));
    const first: string[] = [], other: string[] = [];
    for (let e = 0; e < n; e++) {
      const kind = e === 0 ? 'dsden' : random.weighted({ ecole: 45, college: 30, lycee: 20, circonscription: 5 });
      const uai = `${uaiPrefix(d.code)}${String(e).padStart(4, '0')}${String.fromCharCode(65 + (e % 26))}`;
      await add('establishments', {
        uai, name: `${kind === 'dsden' ? 'DSDEN' : kind === 'ecole' ? 'École' : kind === 'college' ? 'Collège' : kind === 'lycee' ? 'Lycée' : 'Circonscription'} n° ${e}`,
        kind, commune: d.name, departement_code: d.code, bassin_code: kind === 'dsden' ? null : `BENCH-${d.code}-${1 + (e % 3)}`,
      });
      (kind === 'ecole' || kind === 'circonscription' ? first : other).push(uai);
    }
    establishmentsByDept.set(d.code, { first, other });
  }
  await flush('bassins', 'establishments');

  // Agents: 4 women for 1 man, 66 % over 40, 80 % teachers (DOMAIN.md).
  const agentIds: string[] = new Array(scale.agents);
  const agentDept: number[] = new Array(scale.agents);
  const agentProfile: Array<[string, string, number]> = new Array(scale.agents);
  let index = 0;
  for (const [i, d] of depts.entries()) {
    const places = establishmentsByDept.get(d.code)!;
    for (let k = 0; k < agentsPerDept[i]!; k++, index++) {
      const gender = random.weighted(GENDER_WEIGHTS);
      const given = gender === 'male' ? random.pick(MALE_GIVEN_NAMES) : random.pick(FEMALE_GIVEN_NAMES);
      const family = random.pick(FAMILY_NAMES);
      const category = random.weighted(CATEGORY_WEIGHTS);
      const birthYear = birthYearFor(random.weighted(AGE_BAND_WEIGHTS), anchorYear, random.int);
      const id = uuidFrom(random);
      agentIds[index] = id;
      agentDept[index] = i;
      agentProfile[index] = [category, gender, birthYear];
      await add('persons', {
        id, email: `${ascii(given)}.${ascii(family)}.${index}@ac-${ascii(d.academie)}.fr`,
        display_name: `${given} ${family}`, given_name: given, family_name: family, category,
        employment_status: random.next() < 0.08 ? 'contract' : random.next() < 0.03 ? 'trainee' : 'tenured',
        gender, birth_year: birthYear,
        establishment_uai: random.pick(category === 'first_degree' ? places.first : places.other),
        departement_code: d.code, academie_code: d.academie, created_at: new Date(anchor - scale.years * 365 * DAY),
      });
      await add('role_assignments', { person_id: id, role: 'agent', territory_level: 'departement', territory_code: d.code });
    }
  }

  // Staff: advisers (about three per département, 56 % working share on average), a coordinator
  // in 80 % of académies, a steering account per académie and one national.
  const advisers: Named[] = [];
  const advisersByDept: string[][] = depts.map(() => []);
  for (let a = 0; a < scale.advisers; a++) {
    const i = a % depts.length;
    const d = depts[i]!;
    const id = uuidFrom(random);
    advisersByDept[i]!.push(id);
    advisers.push({ id, role: 'adviser', level: 'departement', code: d.code, departement: d.code });
    await add('persons', {
      id, email: `conseiller.${a}@ac-${ascii(d.academie)}.fr`, display_name: `Conseiller ${a} ${d.name}`, given_name: 'Conseiller', family_name: `${a}`,
      category: random.weighted({ biatss: 197 + 32, second_degree: 50, leadership: 31 }), employment_status: 'tenured', gender: random.weighted(GENDER_WEIGHTS),
      birth_year: birthYearFor(random.weighted(AGE_BAND_WEIGHTS), anchorYear, random.int), establishment_uai: establishmentsByDept.get(d.code)!.other[0],
      departement_code: d.code, academie_code: d.academie, working_share: [0.3, 0.5, 0.5, 0.6, 0.6, 0.7, 0.8][a % 7], created_at: new Date(anchor - scale.years * 365 * DAY),
    });
    await add('role_assignments', { person_id: id, role: 'adviser', territory_level: 'departement', territory_code: d.code });
  }
  const coordinators: Named[] = [];
  const steering: Named[] = [];
  const staff = async (list: Named[], role: string, level: string, code: string, departement: string | null, academie: string | null, n: number) => {
    const id = uuidFrom(random);
    list.push({ id, role, level, code, departement });
    await add('persons', {
      id, email: `${role}.${ascii(code)}.${n}@education.gouv.fr`, display_name: `${role} ${code}`, given_name: role, family_name: code,
      category: 'leadership', employment_status: 'tenured', gender: 'female', birth_year: anchorYear - 50,
      departement_code: departement, academie_code: academie, created_at: new Date(anchor - scale.years * 365 * DAY),
    });
    await add('role_assignments', { person_id: id, role, territory_level: level, territory_code: code });
  };
  for (const [n, academie] of scale.academies.entries()) {
    const firstDept = depts.find((d) => d.academie === academie)!.code;
    if (n % 5 !== 4) await staff(coordinators, 'coordinator', 'academie', academie, firstDept, academie, n);
    await staff(steering, 'steering', 'academie', academie, firstDept, academie, n);
  }
  await staff(steering, 'steering', 'national', 'FR', null, null, 0);
  await flush('persons', 'role_assignments');

  // Requests over `years` years up to the anchor, in time order so that references follow dates.
  const span = scale.years * 365 * DAY;
  const created = Array.from({ length: scale.requests }, () => anchor - Math.floor(random.next() * span)).sort((a, b) => a - b);
  const lastYear = created.filter((t) => t > anchor - 365 * DAY && t < anchor - 10 * DAY).length;
  const overdueChance = Math.min(0.5, (scale.overduePerAdviser * scale.advisers) / Math.max(1, lastYear));
  const counters = new Map<string, number>();
  const delays = { 1: 30, 2: 20, 3: 15, 5: 15, 7: 10, 10: 6, 15: 4 } as Record<string, number>;
  for (const createdAt of created) {
    const agentIndex = Math.floor(random.next() * scale.agents);
    const dept = depts[agentDept[agentIndex]!]!;
    const agentId = agentIds[agentIndex]!;
    const [category, gender, birthYear] = agentProfile[agentIndex]!;
    const topic = random.weighted(TOPIC_WEIGHTS) as Topic;
    const ageDays = (anchor - createdAt) / DAY;
    const deptAdvisers = advisersByDept[agentDept[agentIndex]!]!;
    const assignee = deptAdvisers.length && random.next() < 0.95 ? random.pick(deptAdvisers) : null;
    const due = createdAt + 7 * DAY;
    const overdue = ageDays > 10 && ageDays < 365 && assignee !== null && random.next() < overdueChance;
    const firstDelay = Number(random.weighted(delays)) * DAY * (0.8 + 0.4 * random.next());
    const answered = !overdue && createdAt + firstDelay < anchor;
    const respondedAt = answered ? createdAt + firstDelay : null;
    const closing = respondedAt !== null ? respondedAt + Math.floor(random.next() * 30) * DAY + 3_600_000 : null;
    const closed = closing !== null && closing < anchor && (ageDays > 60 ? random.next() < 0.99 : random.next() < 0.6);
    const closedAt = closed ? closing : null;
    const status = closed ? 'closed' : overdue ? random.pick(['open', 'in_progress'] as const)
      : answered ? random.pick(['in_progress', 'waiting_agent'] as const) : 'open';
    const year = new Date(createdAt).getUTCFullYear();
    const counterKey = `${dept.academie}|${year}`;
    const number = (counters.get(counterKey) ?? 0) + 1;
    counters.set(counterKey, number);
    const id = uuidFrom(random);
    const channel = random.weighted({ web: 70, phone: 18, email: 9, in_person: 3 });
    await add('requests', {
      id, reference: `${dept.prefix}-${year}-${String(number).padStart(6, '0')}`, agent_id: agentId, academie_code: dept.academie,
      departement_code: dept.code, topic, subject: random.pick(SUBJECTS[topic]!),
      description: 'Bonjour, je souhaiterais être accompagné(e) sur ce sujet. Je reste disponible pour un échange. Cordialement.',
      status, sensitive: SENSITIVE_TOPICS.includes(topic), channel,
      contact_preference: random.weighted({ email: 50, phone: 35, visio: 10, in_person: 5 }), consent_to_share: random.next() < 0.6,
      assignee_id: assignee, created_by_id: channel === 'web' || !assignee ? agentId : assignee,
      created_at: new Date(createdAt), acknowledged_at: new Date(createdAt), first_response_due_at: new Date(due),
      first_responded_at: respondedAt === null ? null : new Date(respondedAt), closed_at: closedAt === null ? null : new Date(closedAt),
      response_type: closedAt !== null ? random.weighted(RESPONSE_TYPE_WEIGHTS) : null,
      closing_summary: closedAt !== null ? 'Information apportée et orientation proposée.' : null,
      first_response_working_days: respondedAt === null ? null : Math.max(1, Math.round(((respondedAt - createdAt) / DAY) * 5 / 7)),
      closure_working_days: closedAt === null ? null : Math.max(1, Math.round(((closedAt - createdAt) / DAY) * 5 / 7)),
      last_activity_at: new Date(closedAt ?? respondedAt ?? createdAt),
      // A service that has been running sent the holding message and the overdue alert long ago:
      // the jobs must not find years of backlog to mail at the server's start.
      holding_sent_at: overdue ? new Date(due - DAY) : null,
      overdue_alerted_at: overdue ? new Date(due + DAY) : null,
      requester_category: category, requester_gender: gender, requester_birth_year: birthYear,
    });
    // What happened to it: events of the timeline, the conversation, and the staff reads that were audited.
    await add('request_events', { request_id: id, kind: 'submitted', actor_id: agentId, visible_to_agent: true, data: JSON.stringify({ channel }), created_at: new Date(createdAt) });
    await add('request_events', { request_id: id, kind: 'acknowledged', actor_id: null, visible_to_agent: true, data: JSON.stringify({ dueAt: new Date(due).toISOString() }), created_at: new Date(createdAt) });
    if (assignee) await add('request_events', { request_id: id, kind: 'assigned', actor_id: null, visible_to_agent: true, data: JSON.stringify({ assigneeId: assignee }), created_at: new Date(createdAt) });
    if (closedAt !== null) await add('request_events', { request_id: id, kind: 'closed', actor_id: assignee, visible_to_agent: true, data: '{}', created_at: new Date(closedAt) });
    if (respondedAt !== null && assignee) {
      await add('request_messages', { request_id: id, author_id: assignee, from_staff: true, body: 'Bonjour, voici les éléments de réponse à votre demande.', created_at: new Date(respondedAt) });
      if (random.next() < 0.4) await add('request_messages', { request_id: id, author_id: agentId, from_staff: false, body: 'Merci pour votre réponse.', created_at: new Date(respondedAt + 3_600_000) });
      await add('audit_log', { occurred_at: new Date(respondedAt - 60_000), actor_id: assignee, actor_role: 'adviser', action: 'request.read', target_type: 'request', target_id: id, academie_code: dept.academie });
    }
  }
  await flush('requests', 'request_events', 'request_messages', 'audit_log');

  // Office hours and appointments (issue 14), from a sequence of their own: the rows above stay
  // those of earlier versions of the set.
  const agendaRandom = seededRandom(options.seed + 14);
  const agentsByDept: number[][] = depts.map(() => []);
  for (let k = 0; k < scale.agents; k++) agentsByDept[agentDept[k]!]!.push(k);
  const agentDays = new Set<string>();
  const firstDay = anchor - scale.years * 365 * DAY;
  for (const [a, adviser] of advisers.entries()) {
    const i = depts.findIndex((d) => d.code === adviser.departement);
    const d = depts[i]!;
    const places = establishmentsByDept.get(d.code)!;
    const school = places.other[1 + (a % Math.max(1, places.other.length - 1))] ?? places.other[0]!;
    const remote = (['visio', 'phone', 'dsden'] as const)[a % 3];
    // Two weekdays apart (Monday to Friday): an adviser is never in two places at once.
    const hours = [
      { kind: 'establishment' as const, weekday: 1 + (a % 5), start: 9 * 60, duration: 180, label: `Établissement ${school}`, uai: school, url: null },
      { kind: remote, weekday: 1 + ((a + 2) % 5), start: 14 * 60, duration: 120,
        label: remote === 'visio' ? 'Visioconférence' : remote === 'phone' ? 'Rendez-vous téléphonique' : `DSDEN (${d.name})`,
        uai: remote === 'dsden' ? places.other[0]! : null, url: remote === 'visio' ? `https://webconf.numerique.gouv.fr/rhp-bench-${a}` : null },
    ];
    for (const h of hours) {
      const id = uuidFrom(agendaRandom);
      await add('office_hours', {
        id, adviser_id: adviser.id, academie_code: d.academie, departement_code: d.code, place_kind: h.kind, place_label: h.label,
        place_address: h.kind === 'establishment' || h.kind === 'dsden' ? d.name : null, establishment_uai: h.uai, visio_url: h.url,
        recurrence: `RRULE:FREQ=WEEKLY;BYDAY=${WEEKDAY_CODES[h.weekday]}`, starts_on: new Date(firstDay).toISOString().slice(0, 10),
        start_time: `${String(h.start / 60).padStart(2, '0')}:00`, duration_minutes: h.duration, slot_minutes: 30,
        reasons: JSON.stringify(APPOINTMENT_REASONS), min_delay_hours: 24, max_delay_days: FUTURE_DAYS, created_at: new Date(firstDay),
      });
      const local = agentsByDept[i]!;
      const mode = h.kind === 'visio' ? 'visio' : h.kind === 'phone' ? 'phone' : 'in_person';
      // Each week's day of the office hour, from the first to 60 days after the anchor.
      const offset = (h.weekday - new Date(firstDay).getUTCDay() + 7) % 7;
      for (let t = firstDay + offset * DAY; t < anchor + FUTURE_DAYS * DAY; t += 7 * DAY) {
        const day = new Date(t).toISOString().slice(0, 10);
        const past = t < anchor;
        const opening = parisInstant(day, h.start).getTime();
        for (let n = 0; n < h.duration / 30; n++) {
          if (agendaRandom.next() >= (past ? PAST_BOOKED : FUTURE_BOOKED) || local.length === 0) continue;
          const k = local[Math.floor(agendaRandom.next() * local.length)]!;
          // One appointment a day at most for an agent: the agent's exclusion constraint holds.
          if (agentDays.has(`${k}|${day}`)) continue;
          agentDays.add(`${k}|${day}`);
          const startsAt = opening + n * 30 * 60_000;
          const status = past ? agendaRandom.weighted({ held: 80, no_show: 8, excused: 5, cancelled: 7 }) : 'booked';
          await add('appointments', {
            office_hour_id: id, adviser_id: adviser.id, agent_id: agentIds[k], academie_code: d.academie, departement_code: d.code,
            reason: APPOINTMENT_REASONS[Math.floor(agendaRandom.next() * APPOINTMENT_REASONS.length)], starts_at: new Date(startsAt),
            ends_at: new Date(startsAt + 30 * 60_000), mode, place_kind: h.kind, place_label: h.label, visio_url: h.url, status,
            cancelled_at: status === 'cancelled' ? new Date(startsAt - DAY) : null, // Reminders of the first days already sent: the server's first minutes send no backlog of mails.
            reminder_sent_at: past ? new Date(startsAt - 2 * DAY) : startsAt < anchor + 3 * DAY ? new Date(anchor) : null,
            // Booked before the anchor, never after it: the run's bookings are the only ones younger.
            created_at: new Date(Math.min(startsAt, anchor) - (3 + Math.floor(agendaRandom.next() * 20)) * DAY),
          });
        }
      }
    }
  }
  await flush('office_hours', 'appointments');

  return {
    advisers, coordinators, steering, rows: counts,
    counters: [...counters].map(([key, last_number]) => {
      const [academie_code, year] = key.split('|');
      return { academie_code: academie_code!, year: Number(year), last_number };
    }),
  };
}
