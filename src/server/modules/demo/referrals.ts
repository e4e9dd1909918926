import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { Topic } from '../../../shared/glossary.ts';
import type { ReferralOutcome } from '../../../shared/contracts/orientation.ts';
import { parisDate } from '../../clock.ts';
import { appendReferralEvent, type ReferralEventKind } from '../orientation/index.ts';
import { firstResponseDueAt } from '../requests/index.ts';
import { DEMO_ACADEMIE } from './amiens.ts';
import { nextJobRun, officeTimeAfter, officeTimeOn, parisTime } from './calendar.ts';
import type { DemoRows } from './history.ts';
import { orientationNetwork } from './orientation-network.ts';
import type { Random } from './random.ts';

/*
 * The referrals of the demo académie's history (issue 13), played like the rest of it (decision
 * 0010): each request closed as an orientation was oriented just before, to a plausible actor of
 * the demo network for its topic (the mobility cell for a mutation, the social service or the
 * doctor for health…), and the target accepted, answered with an outcome — or, now and then,
 * declined a first referral before the right one — at office times. Steps after `now` have not
 * happened: the referrals of the last days are still awaited. A handful of open requests are being
 * oriented now, some to the « Cellule mobilité » (Olivier Delattre's « Orientations reçues »).
 * An answer that came late was flagged by the overdue job at the time; at most two referrals are
 * overdue today, both flagged already: a first start mails nothing about the past.
 */

const MINUTE = 60_000;
const DAY = 24 * 60 * MINUTE;
/** The answer a target is asked for, in working days after the referral. */
const EXPECTED_WORKING_DAYS = 10;
const MAX_OVERDUE_TODAY = 2;

/** Plausible targets by topic (network keys; `{d}` is the request's département). */
const INTERNAL_TARGETS: Record<Topic, Record<string, number>> = {
  career_project: { 'mobility-cell': 40, 'career-{d}': 40, 'promotions-cell': 12, leadership: 8 },
  application_support: { 'mobility-cell': 35, 'office-{c}': 35, 'career-{d}': 15, disability: 15 },
  training_project: { 'career-{d}': 70, 'office-{c}': 30 },
  work_difficulties: { 'social-{d}': 40, 'listening-line': 35, 'career-{d}': 10, equality: 15 },
  health_wellbeing: { 'doctor-{d}': 45, 'social-{d}': 30, 'listening-line': 15, disability: 10 },
  managerial_support: { leadership: 80, 'listening-line': 20 },
  protection: { equality: 50, 'listening-line': 30, 'social-{d}': 20 },
};
const EXTERNAL_TARGETS: Record<Topic, Record<string, number>> = {
  career_project: { 'mgen-pas': 1 },
  application_support: { crous: 50, fiphfp: 50 },
  training_project: { 'mgen-pas': 1 },
  work_difficulties: { 'mgen-pas': 1 },
  health_wellbeing: { 'mgen-pas': 50, 'udaf-{d}': 25, fiphfp: 25 },
  managerial_support: { 'mgen-pas': 1 },
  protection: { 'mgen-pas': 1 },
};
/** Working days from acceptance to the outcome. */
const ANSWER_DAY_WEIGHTS = { 1: 8, 2: 14, 3: 16, 4: 14, 5: 14, 7: 12, 9: 10, 12: 7, 15: 5 };
const OUTCOME_WEIGHTS: Record<ReferralOutcome, number> = { resolved: 50, partly_resolved: 25, not_resolved: 10, redirected: 15 };

const NOTES = [
  'Agent souhaitant un entretien pour préparer sa demande : merci de le recontacter.',
  'Situation expliquée par téléphone ; l’agent attend votre appel.',
  'Premier échange fait avec l’agent, qui a besoin de votre expertise sur ce point.',
  'Merci de prendre contact avec l’agent pour un rendez-vous.',
];
const EXTERNAL_NOTES = ['Coordonnées du partenaire transmises à l’agent.', 'L’agent prendra contact lui-même avec ce partenaire.'];
const DECLINE_REASONS = [
  'Cette situation ne relève pas de notre service : voyez plutôt le bureau de gestion.',
  'Nous ne traitons pas ce type de demande ; le conseiller mobilité carrière sera plus indiqué.',
];
const OUTCOME_SUMMARIES = ['Entretien tenu, démarches engagées.', 'Dossier étudié avec l’agent.', 'Réponse apportée par téléphone.', 'Agent orienté vers le service compétent.'];

type Played = DemoRows;

interface Target { id: string; kind: string; members: string[] }

interface Planned {
  id: string;
  requestId: string;
  target: Target;
  external: boolean;
  createdBy: string;
  sentAt: Date;
  shareDescription: boolean;
  expectedBy: string | null;
  steps: Array<{ kind: ReferralEventKind; at: Date; actorId: string | null; data?: Record<string, unknown> }>;
  status: 'sent' | 'accepted' | 'declined' | 'answered';
  acceptedAt: Date | null;
  declinedAt: Date | null;
  answeredAt: Date | null;
  outcome: ReferralOutcome | null;
  respondedBy: string | null;
  overdueAlertedAt: Date | null;
}

export interface DemoAudit { actor_id: string; actor_role: string | null; action: string; target_type: string; target_id: string; academie_code: string; details: Record<string, unknown>; occurred_at: Date }

/** The network of the demo académie by its keys, with the members of each contact point. */
async function loadNetwork(db: Kysely<DB>): Promise<Map<string, Target>> {
  const rows = await db.selectFrom('contact_points').select(['id', 'name', 'kind'])
    .where((eb) => eb.or([eb('academie_code', '=', DEMO_ACADEMIE), eb('academie_code', 'is', null)])).execute();
  const members = await db.selectFrom('contact_point_members').select(['contact_point_id', 'person_id']).orderBy('person_id').execute();
  const byName = new Map(rows.map((r) => [r.name, r]));
  const network = new Map<string, Target>();
  for (const cp of orientationNetwork()) {
    const row = byName.get(cp.name);
    if (row) network.set(cp.key, { id: row.id, kind: row.kind, members: members.filter((m) => m.contact_point_id === row.id).map((m) => m.person_id) });
  }
  return network;
}

/** Midnight (Paris) after a day: the overdue job sees a date passed from then on. */
const dayAfter = (day: Date) => parisTime(new Date(day.getTime() + DAY), 0);

/**
 * Plays and writes the referrals of the played requests; returns the audit rows of what staff and
 * targets did (the caller writes them with the requests' own).
 */
export async function seedDemoReferrals(db: Kysely<DB>, random: Random, now: Date, played: Played[]): Promise<DemoAudit[]> {
  const network = await loadNetwork(db);
  const planned: Planned[] = [];
  const happened = (at: Date) => at <= now;

  const targetFor = (rows: Played, external: boolean, avoid?: string): Target | undefined => {
    const request = rows.request;
    const topic = request.topic as Topic;
    const office = request.requester_category === 'second_degree' ? 'dpe' : 'dpae';
    const weights: Record<string, number> = Object.fromEntries(Object.entries((external ? EXTERNAL_TARGETS : INTERNAL_TARGETS)[topic])
      .map(([key, w]): [string, number] => [key.replace('{d}', String(request.departement_code)).replace('office-{c}', office), w])
      .filter(([key]) => key !== avoid && network.has(key)));
    if (Object.keys(weights).length === 0) return undefined;
    return network.get(random.weighted(weights));
  };

  /** A referral sent at `sentAt`, its target's steps as far as they have happened. */
  const play = (rows: Played, target: Target, createdBy: string, sentAt: Date, fate: 'answer' | 'decline' | 'await' | 'accept'): Planned => {
    const request = rows.request;
    const external = target.kind === 'external_partner';
    const departement = String(request.departement_code);
    const due = external ? null : firstResponseDueAt(sentAt, EXPECTED_WORKING_DAYS, departement);
    const p: Planned = {
      id: crypto.randomUUID(), requestId: request.id, target, external, createdBy, sentAt,
      shareDescription: !external && request.consent_to_share === true && random.next() < 0.8,
      expectedBy: due ? parisDate(due) : null,
      steps: [{ kind: 'referral_sent', at: sentAt, actorId: createdBy, data: { contactPointId: target.id, external } }],
      status: 'sent', acceptedAt: null, declinedAt: null, answeredAt: null, outcome: null, respondedBy: null, overdueAlertedAt: null,
    };
    planned.push(p);
    // An external partner is not in ProxiRH: the referral is recorded, nothing comes back.
    if (external || fate === 'await' || target.members.length === 0) return p;
    const member = random.pick(target.members);
    if (fate === 'decline') {
      const declinedAt = officeTimeAfter(random, sentAt, 60, 2 * 24 * 60);
      if (!happened(declinedAt)) return p;
      Object.assign(p, { status: 'declined', declinedAt, respondedBy: member });
      p.steps.push({ kind: 'referral_declined', at: declinedAt, actorId: member });
      return p;
    }
    const acceptedAt = officeTimeAfter(random, sentAt, 30, 2 * 24 * 60);
    if (!happened(acceptedAt)) return p;
    Object.assign(p, { status: 'accepted', acceptedAt, respondedBy: member });
    p.steps.push({ kind: 'referral_accepted', at: acceptedAt, actorId: member });
    if (fate === 'accept') return p;
    const answerDay = firstResponseDueAt(acceptedAt, Number(random.weighted(ANSWER_DAY_WEIGHTS)), departement);
    const answeredAt = officeTimeOn(random, answerDay, new Date(acceptedAt.getTime() + 30 * MINUTE));
    // Late: the overdue job flagged it to the adviser and the coordinator the night after the date.
    const alertAt = nextJobRun(dayAfter(due!));
    if (alertAt < answeredAt && happened(alertAt)) {
      p.overdueAlertedAt = alertAt;
      p.steps.push({ kind: 'referral_overdue_alerted', at: alertAt, actorId: null });
    }
    if (!happened(answeredAt)) return p;
    const outcome = random.weighted(OUTCOME_WEIGHTS);
    Object.assign(p, { status: 'answered', answeredAt, outcome });
    p.steps.push({ kind: 'referral_answered', at: answeredAt, actorId: member, data: { outcome } });
    return p;
  };

  // Each closing as an orientation, just after the referral it needs (a reopened request may have two).
  for (const rows of played) {
    const request = rows.request;
    for (const closing of rows.events.filter((e) => e.kind === 'closed')) {
      const type = closing.data.responseType;
      if (type !== 'internal_referral' && type !== 'external_referral') continue;
      const external = type === 'external_referral';
      const target = targetFor(rows, external);
      if (!target) continue;
      const sentAt = new Date(Math.max(request.created_at.getTime() + MINUTE, closing.created_at.getTime() - random.int(3, 20) * MINUTE));
      const adviser = closing.actor_id!;
      // Now and then a first target declined, and the adviser oriented elsewhere.
      const answeredFrom = request.first_responded_at instanceof Date ? request.first_responded_at : request.created_at;
      if (!external && random.next() < 0.12) {
        const other = targetFor(rows, false, [...network].find(([, t]) => t === target)?.[0]);
        const firstSent = officeTimeAfter(random, answeredFrom, 30, 600);
        if (other && other.members.length > 0 && firstSent.getTime() < sentAt.getTime() - 3 * DAY) {
          const declined = play(rows, other, adviser, firstSent, 'decline');
          if (!declined.declinedAt || declined.declinedAt.getTime() > sentAt.getTime() - 30 * MINUTE) planned.splice(planned.indexOf(declined), 1);
        }
      }
      play(rows, target, adviser, sentAt, 'answer');
    }
  }

  // Open requests being oriented now: a few to the mobility cell (awaiting its answer, one
  // accepted), a few elsewhere, one of them late and flagged.
  const open = played.filter((rows) => rows.request.status !== 'closed' && rows.request.first_responded_at instanceof Date
    && now.getTime() - (rows.request.first_responded_at as Date).getTime() < 30 * DAY && rows.request.assignee_id)
    .sort((a, b) => (b.request.first_responded_at as Date).getTime() - (a.request.first_responded_at as Date).getTime());
  const mobility = network.get('mobility-cell');
  let toMobility = 0;
  let elsewhere = 0;
  for (const rows of open) {
    const request = rows.request;
    const adviser = String(request.assignee_id);
    const answered = request.first_responded_at as Date;
    const sentAt = officeTimeAfter(random, answered, 30, 24 * 60);
    if (sentAt.getTime() > now.getTime() - 30 * MINUTE) continue;
    if (mobility && toMobility < 3 && ['career_project', 'application_support'].includes(String(request.topic))) {
      play(rows, mobility, adviser, sentAt, toMobility === 2 ? 'accept' : 'await');
      toMobility += 1;
    } else if (elsewhere < 4) {
      const target = targetFor(rows, false);
      if (target) { play(rows, target, adviser, sentAt, 'answer'); elsewhere += 1; }
    }
  }

  // Today: at most two referrals past their date, both flagged already; the others came in on their date.
  const today = parisDate(now);
  let overdue = 0;
  for (const p of planned) {
    if ((p.status !== 'sent' && p.status !== 'accepted') || p.expectedBy === null || p.expectedBy >= today || p.target.members.length === 0) continue;
    const due = firstResponseDueAt(p.sentAt, EXPECTED_WORKING_DAYS, String(played.find((r) => r.request.id === p.requestId)!.request.departement_code));
    const alertAt = nextJobRun(dayAfter(due));
    overdue += 1;
    if (overdue <= MAX_OVERDUE_TODAY && happened(alertAt)) {
      if (!p.overdueAlertedAt) {
        p.overdueAlertedAt = alertAt;
        p.steps.push({ kind: 'referral_overdue_alerted', at: alertAt, actorId: null });
      }
      continue;
    }
    // The target answered on the expected day instead.
    const member = p.respondedBy ?? random.pick(p.target.members);
    p.steps = p.steps.filter((s) => s.kind !== 'referral_overdue_alerted');
    p.overdueAlertedAt = null;
    if (!p.acceptedAt) {
      // Sent more than ten working days ago: accepted within a day of it, long before now.
      p.acceptedAt = officeTimeAfter(random, p.sentAt, 30, 24 * 60);
      p.steps.push({ kind: 'referral_accepted', at: p.acceptedAt, actorId: member });
    }
    const onTheDay = officeTimeOn(random, due, new Date(p.acceptedAt.getTime() + 30 * MINUTE));
    const answeredAt = new Date(Math.max(p.acceptedAt.getTime() + MINUTE, Math.min(onTheDay.getTime(), now.getTime() - MINUTE)));
    const outcome = random.weighted(OUTCOME_WEIGHTS);
    Object.assign(p, { status: 'answered', answeredAt, outcome, respondedBy: member });
    p.steps.push({ kind: 'referral_answered', at: answeredAt, actorId: member, data: { outcome } });
  }

  if (planned.length === 0) return [];
  await db.insertInto('referrals').values(planned.map((p) => ({
    id: p.id, request_id: p.requestId, contact_point_id: p.target.id, kind: p.external ? 'external_referral' as const : 'internal_referral' as const,
    created_by: p.createdBy, note: random.pick(p.external ? EXTERNAL_NOTES : NOTES), share_description: p.shareDescription,
    // Written as it stands now (the operations move it on from « sent »).
    status: p.status as never, expected_by: p.expectedBy, responded_by: p.respondedBy,
    accepted_at: p.acceptedAt, declined_at: p.declinedAt, decline_reason: p.declinedAt ? random.pick(DECLINE_REASONS) : null,
    answered_at: p.answeredAt, outcome: p.outcome, outcome_summary: p.outcome ? random.pick(OUTCOME_SUMMARIES) : null,
    overdue_alerted_at: p.overdueAlertedAt, created_at: p.sentAt,
  }))).execute();
  // Each step through the orientation module: in the referral's history and the request's timeline.
  for (const p of planned) {
    for (const step of [...p.steps].sort((a, b) => a.at.getTime() - b.at.getTime())) {
      await appendReferralEvent(db, {
        referralId: p.id, requestId: p.requestId, kind: step.kind, actorId: step.actorId, at: step.at,
        ...(step.data ? { data: step.data } : {}), ...(step.kind === 'referral_overdue_alerted' ? { visibleToAgent: false } : {}),
      });
    }
  }
  return planned.flatMap((p) => auditOf(random, p));
}

/** What the audit log holds of a referral: its sending, the target's reads and answers. */
function auditOf(random: Random, p: Planned): DemoAudit[] {
  const row = (actorId: string, role: string, action: string, at: Date, details: Record<string, unknown>): DemoAudit => ({
    actor_id: actorId, actor_role: role, action, target_type: 'request', target_id: p.requestId, academie_code: DEMO_ACADEMIE, details, occurred_at: at,
  });
  const audit = [row(p.createdBy, 'adviser', 'referral.create', p.sentAt, { referralId: p.id, contactPointId: p.target.id })];
  const before = (at: Date) => new Date(at.getTime() - random.int(2, 15) * MINUTE);
  const actions: Partial<Record<ReferralEventKind, string>> = { referral_accepted: 'referral.accept', referral_declined: 'referral.decline', referral_answered: 'referral.outcome' };
  for (const step of p.steps) {
    const action = actions[step.kind];
    if (!action || !step.actorId) continue;
    // The target opened the referral before answering: « Qui a consulté ma demande » lists it.
    audit.push(row(step.actorId, 'contact_point', 'request.read', new Date(Math.max(p.sentAt.getTime() + MINUTE, before(step.at).getTime())), { referralId: p.id }));
    audit.push(row(step.actorId, 'contact_point', action, step.at, { referralId: p.id, ...(step.data ?? {}) }));
  }
  return audit;
}
