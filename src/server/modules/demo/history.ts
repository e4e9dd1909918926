import crypto from 'node:crypto';
import type { Channel, ResponseType, Topic } from '../../../shared/glossary.ts';
import { elapsedWorkingDays, firstResponseDueAt, holdingMessageDate } from '../requests/index.ts';
import { nextJobRun, officeTimeAfter, officeTimeOn, parisDayBefore, parisMinutes, parisTime, workingDayAtOrBefore } from './calendar.ts';
import { RESPONSE_TYPE_WEIGHTS } from './distributions.ts';
import { AGENT_REPLIES, CLOSING_SUMMARIES, FIRST_ANSWERS, FOLLOW_UPS } from './names.ts';
import type { Random } from './random.ts';

/*
 * The life of one demo request, played as the request loop would have written it: each action
 * at the time it happened (advisers in office hours, agents at any hour, the jobs on their
 * ten-minute round), each leaving the rows the real operation leaves — the request's columns,
 * its events, its messages, its pauses, the audit rows of staff reads and changes, the read
 * marks. An action planned after `now` has not happened yet: the request is left where it is.
 */

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

export interface DemoRequestPlan {
  agentId: string;
  departementCode: string;
  topic: Topic;
  subject: string;
  description: string;
  channel: Channel;
  sensitive: boolean;
  contactPreference: 'email' | 'phone' | 'visio' | 'in_person';
  consentToShare: boolean;
  /** Days before today the request came in. */
  ageDays: number;
  /** The adviser it goes to (the one who logged it, for a call). */
  adviserId: string;
  /** Another adviser of the département, for a handover. */
  colleagueId: string | null;
  /** The agent's profile when they asked (the reports group on it). */
  requester: { category: string | null; gender: string | null; birthYear: number | null };
  /** Working days until the first answer, when the story needs it (a request still awaiting its answer). */
  answerDays?: number;
}

export interface DemoService {
  now: Date;
  coordinatorId: string;
  commitmentDays: number;
  holdingDaysBefore: number;
  surveyDelayDays: number;
}

export interface DemoRows {
  request: Record<string, unknown> & { id: string; created_at: Date; closed_at: Date | null };
  events: Array<{ request_id: string; kind: string; actor_id: string | null; visible_to_agent: boolean; data: Record<string, unknown>; created_at: Date }>;
  messages: Array<{ request_id: string; author_id: string; from_staff: boolean; body: string; created_at: Date }>;
  pauses: Array<{ request_id: string; started_at: Date; ended_at: Date | null }>;
  audit: Array<{ actor_id: string; actor_role: string | null; action: string; target_type: string; target_id: string; academie_code: string; details: Record<string, unknown>; occurred_at: Date }>;
  reads: Array<{ request_id: string; person_id: string; read_at: Date }>;
}

/** First answers: most on time, within the announced five working days, a tail late. */
const ANSWER_DAY_WEIGHTS = { 0: 14, 1: 24, 2: 19, 3: 14, 4: 10, 5: 8, 6: 4, 7: 3, 8: 2, 10: 2 };

/** When a request comes in: agents write at any hour (mostly office hours), calls and visits are in office hours. */
function arrival(random: Random, now: Date, ageDays: number, channel: Channel): Date {
  const day = parisDayBefore(now, ageDays);
  const inOffice = channel !== 'web' || random.next() < 0.78;
  const at = inOffice
    ? parisTime(workingDayAtOrBefore(day), random.int(8 * 60 + 40, 17 * 60 + 40))
    : parisTime(day, random.next() < 0.5 ? random.int(18 * 60, 22 * 60 + 30) : random.int(7 * 60, 8 * 60 + 20));
  return at < now ? at : new Date(now.getTime() - random.int(5, 90) * MINUTE);
}

export function playRequest(random: Random, plan: DemoRequestPlan, service: DemoService, academieCode: string): DemoRows {
  const { now } = service;
  const id = crypto.randomUUID();
  const rows: DemoRows = { request: { id, created_at: now, closed_at: null }, events: [], messages: [], pauses: [], audit: [], reads: [] };
  const happened = (at: Date) => at <= now;
  const loggedByStaff = plan.channel !== 'web';
  const createdAt = arrival(random, now, plan.ageDays, plan.channel);
  const due = firstResponseDueAt(createdAt, service.commitmentDays, plan.departementCode);

  const state = {
    status: 'open' as 'open' | 'in_progress' | 'waiting_agent' | 'closed',
    assigneeId: null as string | null,
    firstRespondedAt: null as Date | null,
    closedAt: null as Date | null,
    responseType: null as ResponseType | null,
    pausedAt: null as Date | null,
    reopened: 0,
    lastActivity: createdAt,
    lastAction: createdAt,
  };
  const readMarks = new Map<string, Date>();
  const event = (kind: string, at: Date, actorId: string | null, data: Record<string, unknown> = {}, visibleToAgent = true) => {
    rows.events.push({ request_id: id, kind, actor_id: actorId, visible_to_agent: visibleToAgent, data, created_at: at });
  };
  const audit = (action: string, at: Date, actorId: string, details: Record<string, unknown> = {}, role: string | null = null) => {
    rows.audit.push({ actor_id: actorId, actor_role: role, action, target_type: 'request', target_id: id, academie_code: academieCode, details, occurred_at: at });
  };
  const touch = (at: Date) => { state.lastActivity = at; state.lastAction = at; };
  const mark = (personId: string, at: Date) => {
    const previous = readMarks.get(personId);
    if (!previous || previous < at) readMarks.set(personId, at);
  };
  /** A staff member opens the request: « Qui a consulté ma demande » lists it. */
  const staffRead = (personId: string, at: Date, role: 'adviser' | 'coordinator' = 'adviser') => {
    audit('request.read', at, personId, {}, role);
    mark(personId, at);
  };

  // Submission: the request, its acknowledgement and, unless it waits in the coordination queue, its adviser.
  const routed = loggedByStaff || random.next() < 0.94;
  event('submitted', createdAt, loggedByStaff ? plan.adviserId : plan.agentId, { channel: plan.channel });
  event('acknowledged', createdAt, null, { dueAt: due.toISOString() });
  if (routed) {
    state.assigneeId = plan.adviserId;
    event('assigned', createdAt, null, { assigneeId: plan.adviserId });
  }
  if (loggedByStaff) {
    audit('request.log_for_agent', createdAt, plan.adviserId, { channel: plan.channel });
    mark(plan.adviserId, createdAt);
  } else {
    mark(plan.agentId, createdAt);
  }

  // A call answered on the spot: logged, then closed at once (closing is the first answer).
  const answeredOnTheSpot = (plan.channel === 'phone' || plan.channel === 'in_person') && random.next() < 0.35;

  // The coordinator hands unrouted requests to an adviser within a few office hours.
  let handledFrom = createdAt;
  if (!routed) {
    const readAt = officeTimeAfter(random, createdAt, 20, 240);
    const assignedAt = new Date(readAt.getTime() + random.int(2, 10) * MINUTE);
    if (!happened(assignedAt)) return finish();
    staffRead(service.coordinatorId, readAt, 'coordinator');
    state.assigneeId = plan.adviserId;
    event('assigned', assignedAt, service.coordinatorId, { assigneeId: plan.adviserId, previousAssigneeId: null });
    audit('request.assign', assignedAt, service.coordinatorId, { adviserId: plan.adviserId });
    touch(assignedAt);
    handledFrom = assignedAt;
  }

  if (answeredOnTheSpot) {
    const closedAt = new Date(createdAt.getTime() + random.int(4, 25) * MINUTE);
    if (happened(closedAt)) close(closedAt, plan.adviserId, random.weighted({ information_individual: 70, internal_referral: 20, external_referral: 10 }));
    return finish();
  }

  // The adviser first opens the request within a few office hours.
  const firstRead = officeTimeAfter(random, handledFrom, 10, 300);
  if (!happened(firstRead)) return finish();
  staffRead(state.assigneeId!, firstRead);

  // A handover in the Somme, where two advisers share the département.
  if (plan.colleagueId && random.next() < 0.05) {
    const handedAt = new Date(firstRead.getTime() + random.int(3, 20) * MINUTE);
    if (!happened(handedAt)) return finish();
    event('assigned', handedAt, plan.adviserId, { assigneeId: plan.colleagueId, previousAssigneeId: plan.adviserId });
    audit('request.assign', handedAt, plan.adviserId, { adviserId: plan.colleagueId });
    touch(handedAt);
    state.assigneeId = plan.colleagueId;
    const colleagueRead = officeTimeAfter(random, handedAt, 15, 240);
    if (!happened(colleagueRead)) return finish();
    staffRead(plan.colleagueId, colleagueRead);
  }
  const adviser = state.assigneeId!;

  // Some advisers mark the request « en cours » when they start on it, before writing.
  if (random.next() < 0.15) {
    const startedAt = new Date(firstRead.getTime() + random.int(2, 15) * MINUTE);
    if (!happened(startedAt)) return finish();
    changeStatus(startedAt, adviser, 'in_progress');
  }

  // The first answer, a number of working days after the submission day (emails logged by staff: at once).
  const answerDays = plan.answerDays ?? (plan.channel === 'email' ? random.int(0, 1) : Number(random.weighted(ANSWER_DAY_WEIGHTS)));
  const answerDay = answerDays === 0 ? createdAt : firstResponseDueAt(createdAt, answerDays, plan.departementCode);
  let answeredAt = officeTimeOn(random, answerDay, new Date(Math.max(state.lastAction.getTime(), firstRead.getTime()) + 10 * MINUTE));
  // The jobs of the days before: holding message, then the coordinator's alert once overdue.
  const holdingAt = nextJobRun(new Date(Math.max(holdingMessageDate(due, service.holdingDaysBefore, plan.departementCode).getTime(), createdAt.getTime())));
  if (holdingAt < answeredAt && holdingAt < due) {
    if (!happened(holdingAt)) return finish();
    rows.request.holding_sent_at = holdingAt;
    event('holding_message_sent', holdingAt, null);
  }
  if (due < answeredAt) {
    const alertedAt = nextJobRun(due);
    if (!happened(alertedAt)) return finish();
    rows.request.overdue_alerted_at = alertedAt;
    event('overdue_alerted', alertedAt, null, {}, false);
    // The coordinator looks at it the next morning, and the adviser answers soon after.
    const looked = officeTimeAfter(random, alertedAt, 0, 120);
    if (!happened(looked)) return finish();
    staffRead(service.coordinatorId, looked, 'coordinator');
    if (answeredAt < looked) answeredAt = officeTimeAfter(random, looked, 30, 300);
  }
  const openedToAnswer = new Date(answeredAt.getTime() - random.int(5, 40) * MINUTE);
  if (!happened(answeredAt)) {
    if (happened(openedToAnswer) && openedToAnswer > firstRead) staffRead(adviser, openedToAnswer);
    return finish();
  }
  if (openedToAnswer.getTime() - firstRead.getTime() > HOUR) staffRead(adviser, openedToAnswer);
  message(answeredAt, adviser, true, random.pick(FIRST_ANSWERS));

  // What follows: documents asked of the agent (a pause), a question and its answer, or nothing.
  const roll = random.next();
  if (roll < 0.3) {
    const pausedAt = new Date(answeredAt.getTime() + random.int(1, 3) * MINUTE);
    if (!happened(pausedAt)) return finish();
    changeStatus(pausedAt, adviser, 'waiting_agent');
    const agentAt = agentTimeAfter(pausedAt, 0.3, 6);
    if (!happened(agentAt)) return finish();
    message(agentAt, plan.agentId, false, random.pick(AGENT_REPLIES));
    if (!exchangeBack(agentAt, adviser)) return finish();
  } else if (roll < 0.5) {
    const agentAt = agentTimeAfter(answeredAt, 0.1, 4);
    if (!happened(agentAt)) return finish();
    message(agentAt, plan.agentId, false, random.pick(AGENT_REPLIES));
    if (!exchangeBack(agentAt, adviser)) return finish();
  }

  // Closure after the last exchange: within the week for most, weeks later for an accompaniment.
  const closedAt = officeTimeAfter(random, state.lastAction, 30, Number(random.weighted({ 2: 30, 6: 30, 20: 28, 60: 12 })) * DAY / MINUTE);
  if (!happened(closedAt)) return finish();
  close(closedAt, adviser, random.weighted(RESPONSE_TYPE_WEIGHTS));

  // A few agents reopen before the survey goes; the adviser takes it up and closes again.
  if (random.next() < 0.04) {
    const reopenedAt = new Date(closedAt.getTime() + random.int(2, 36) * HOUR);
    const surveyAt = new Date(closedAt.getTime() + service.surveyDelayDays * DAY);
    if (reopenedAt >= surveyAt || !happened(reopenedAt)) return finish();
    reopen(reopenedAt, plan.agentId);
    message(new Date(reopenedAt.getTime() + MINUTE), plan.agentId, false, random.pick(AGENT_REPLIES));
    if (!exchangeBack(reopenedAt, adviser)) return finish();
    const closedAgain = officeTimeAfter(random, state.lastAction, 30, random.int(1, 5) * DAY / MINUTE);
    if (!happened(closedAgain)) return finish();
    close(closedAgain, adviser, random.weighted(RESPONSE_TYPE_WEIGHTS));
  }
  return finish();

  function agentTimeAfter(at: Date, minDays: number, maxDays: number): Date {
    const later = new Date(at.getTime() + Math.round((minDays + random.next() * (maxDays - minDays)) * DAY));
    const minutes = parisMinutes(later);
    return minutes >= 7 * 60 && minutes < 22 * 60 ? later : parisTime(later, random.int(7 * 60 + 30, 21 * 60));
  }

  /** The adviser reads the agent's message and answers in office hours: false if that is still to come. */
  function exchangeBack(after: Date, adviserId: string): boolean {
    const readAt = officeTimeAfter(random, after, 20, 600);
    if (!happened(readAt)) return false;
    staffRead(adviserId, readAt);
    if (state.status === 'waiting_agent') return true;
    const replyAt = new Date(readAt.getTime() + random.int(5, 45) * MINUTE);
    if (!happened(replyAt)) return false;
    message(replyAt, adviserId, true, random.pick(FOLLOW_UPS));
    return true;
  }

  function message(at: Date, authorId: string, fromStaff: boolean, body: string) {
    rows.messages.push({ request_id: id, author_id: authorId, from_staff: fromStaff, body, created_at: at });
    if (fromStaff) {
      audit('request.reply', at, authorId);
      if (!state.firstRespondedAt) {
        state.firstRespondedAt = at;
        event('first_response', at, authorId);
      }
      if (state.status === 'open') {
        state.status = 'in_progress';
        event('status_changed', at, authorId, { from: 'open', to: 'in_progress' });
      }
      mark(authorId, at);
    } else {
      if (state.status === 'waiting_agent') resume(at, authorId);
      mark(authorId, at);
    }
    touch(at);
  }

  function changeStatus(at: Date, actorId: string, to: 'in_progress' | 'waiting_agent') {
    if (to === 'waiting_agent') {
      rows.pauses.push({ request_id: id, started_at: at, ended_at: null });
      state.pausedAt = at;
    }
    event('status_changed', at, actorId, { from: state.status, to });
    audit('request.status', at, actorId, { to });
    state.status = to;
    mark(actorId, at);
    touch(at);
  }

  function resume(at: Date, actorId: string) {
    const pause = rows.pauses.at(-1);
    if (pause && !pause.ended_at) pause.ended_at = at;
    state.pausedAt = null;
    event('status_changed', at, actorId, { from: 'waiting_agent', to: 'in_progress' });
    state.status = 'in_progress';
  }

  function close(at: Date, actorId: string, responseType: ResponseType) {
    const pause = rows.pauses.at(-1);
    if (pause && !pause.ended_at) pause.ended_at = at;
    state.pausedAt = null;
    if (!state.firstRespondedAt) state.firstRespondedAt = at;
    state.status = 'closed';
    state.closedAt = at;
    state.responseType = responseType;
    event('closed', at, actorId, { responseType });
    audit('request.close', at, actorId, { responseType });
    mark(actorId, at);
    touch(at);
  }

  function reopen(at: Date, actorId: string) {
    state.status = 'in_progress';
    state.closedAt = null;
    state.responseType = null;
    state.reopened += 1;
    event('reopened', at, actorId);
    touch(at);
  }

  /**
   * The request as it stands now. Staff who acted last have seen it; most agents have looked at
   * the news of their request within two days, the others still have it unread.
   */
  function finish(): DemoRows {
    const closed = state.status === 'closed';
    const agentLooks = new Date(state.lastActivity.getTime() + random.int(1, 48) * HOUR);
    if (happened(agentLooks) && random.next() < 0.88) mark(plan.agentId, agentLooks);
    rows.request = {
      ...rows.request,
      id,
      agent_id: plan.agentId,
      departement_code: plan.departementCode,
      topic: plan.topic,
      subject: plan.subject,
      description: plan.description,
      status: state.status,
      sensitive: plan.sensitive,
      channel: plan.channel,
      contact_preference: plan.contactPreference,
      consent_to_share: plan.consentToShare,
      assignee_id: state.assigneeId,
      created_by_id: loggedByStaff ? plan.adviserId : plan.agentId,
      created_at: createdAt,
      acknowledged_at: createdAt,
      first_response_due_at: due,
      first_responded_at: state.firstRespondedAt,
      first_response_working_days: state.firstRespondedAt ? elapsedWorkingDays(createdAt, state.firstRespondedAt, plan.departementCode) : null,
      closed_at: closed ? state.closedAt : null,
      closure_working_days: closed ? elapsedWorkingDays(createdAt, state.closedAt!, plan.departementCode) : null,
      response_type: closed ? state.responseType : null,
      closing_summary: closed ? random.pick(CLOSING_SUMMARIES) : null,
      paused_at: state.pausedAt,
      holding_sent_at: rows.request.holding_sent_at ?? null,
      overdue_alerted_at: rows.request.overdue_alerted_at ?? null,
      reopened_count: state.reopened,
      last_activity_at: state.lastActivity,
      requester_category: plan.requester.category,
      requester_gender: plan.requester.gender,
      requester_birth_year: plan.requester.birthYear,
    };
    rows.reads = [...readMarks].map(([personId, at]) => ({ request_id: id, person_id: personId, read_at: at }));
    return rows;
  }
}
