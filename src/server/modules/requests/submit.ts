import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { auditRow } from '../../audit/audit-log.ts';
import { allows, handlesDepartement, keepsLoggedRequest } from '../../policies/index.ts';
import { forbidden, impossible, invalid, notFound } from '../../errors/app-error.ts';
import { SENSITIVE_TOPICS, type Channel, type ContactPreference, type Topic } from '../../../shared/glossary.ts';
import { parisDate, parisYear } from '../../clock.ts';
import { routeNewRequest } from './assignment.ts';
import { DEFAULT_SETTINGS } from './settings.ts';
import { firstResponseDueAt } from './commitments.ts';
import { UUID } from './load.ts';
import type { RequestNotifier } from './notifications.ts';
import { presentRequestDetail } from './presenter.ts';
import { presentTimeline } from './timeline.ts';
import type { RequestDetailRow } from './repository.ts';

export interface SubmitRequestInput {
  topic: Topic;
  subject: string;
  description: string;
  contactPreference: ContactPreference;
  contactAvailability?: string | undefined;
  consentToShare?: boolean | undefined;
  sensitive?: boolean | undefined;
  /** Staff logging a call, an e-mail or a meeting on behalf of an agent. */
  agentId?: string | undefined;
  channel?: Channel | undefined;
}

interface Requester {
  id: string;
  email: string;
  departementCode: string | null;
  academieCode: string | null;
  channel: Channel;
  loggedByStaff: boolean;
}

/** The agent the request is for: the caller (known from the session), or the agent a staff member names. */
async function findRequester(db: Kysely<DB>, ctx: ActionContext, input: SubmitRequestInput): Promise<Requester> {
  if (input.agentId === undefined) {
    if (!allows(ctx.user, 'requests.submit')) throw forbidden('Seul un agent peut déposer une demande pour lui-même.');
    const { id, email, departementCode, academieCode } = ctx.user;
    return { id, email, departementCode, academieCode, channel: 'web', loggedByStaff: false };
  }
  if (!allows(ctx.user, 'requests.handle')) throw forbidden('Seuls les conseillers et coordonnateurs enregistrent une demande pour un agent.');
  if (!input.channel || input.channel === 'web') {
    throw invalid([{ field: 'channel', message: 'Précisez comment la demande a été reçue : téléphone, courriel ou sur place.' }]);
  }
  if (!UUID.test(input.agentId)) throw notFound('Cet agent est introuvable.');
  const agent = await db.selectFrom('persons').select(['id', 'email', 'departement_code', 'academie_code', 'active'])
    .where('id', '=', input.agentId).executeTakeFirst();
  if (!agent || !agent.active) throw notFound('Cet agent est introuvable.');
  if (agent.departement_code) {
    if (!handlesDepartement(ctx.user, agent.departement_code)) throw notFound('Cet agent est introuvable.');
  }
  return { id: agent.id, email: agent.email, departementCode: agent.departement_code, academieCode: agent.academie_code, channel: input.channel, loggedByStaff: true };
}

/**
 * Records a request and acknowledges it: reference, assignment to an adviser of the agent's
 * département, committed date of the first answer. The request is stored before anything is
 * said to the agent, and the acknowledgement e-mail is queued in the same transaction.
 *
 * Five round trips: where it goes and its number (one statement, committed on its own), then
 * a transaction — begin, the request with its events and read mark in one statement, the mail,
 * commit. The number is taken before the transaction because taking it locks the académie's
 * counter row until the commit: inside, every submission of the académie queued behind the
 * previous one's remaining statements. The price: a transaction that fails after it leaves its
 * number unused — references may skip, never repeat.
 */
export async function submitRequest(db: Kysely<DB>, ctx: ActionContext, input: SubmitRequestInput,
  notifier: RequestNotifier, now = new Date()) {
  const requester = await findRequester(db, ctx, input);
  const { departementCode, academieCode } = requester;
  if (!departementCode || !academieCode) {
    throw impossible(requester.loggedByStaff
      ? 'Le lieu d’affectation de cet agent n’est pas connu : la demande ne peut pas être orientée.'
      : 'Votre lieu d’affectation n’est pas connu : la demande ne peut pas être orientée vers un conseiller. Contactez le service RH de votre académie.');
  }

  const year = parisYear(now);
  const route = await routeNewRequest(db, academieCode, departementCode, parisDate(now), year);
  // A call taken by an adviser stays with that adviser; otherwise the least loaded adviser.
  const assignee = requester.loggedByStaff && keepsLoggedRequest(ctx.user)
    ? { id: ctx.user.id, displayName: ctx.user.displayName }
    : route.adviser;
  const due = firstResponseDueAt(now, route.commitmentDays ?? DEFAULT_SETTINGS.commitmentDays, departementCode);
  const { reference } = route;

  const request = {
    id: crypto.randomUUID(),
    reference,
    agent_id: requester.id,
    academie_code: academieCode,
    departement_code: departementCode,
    topic: input.topic,
    subject: input.subject.trim(),
    description: input.description.trim(),
    sensitive: input.sensitive === true || SENSITIVE_TOPICS.includes(input.topic),
    channel: requester.channel,
    contact_preference: input.contactPreference,
    consent_to_share: input.consentToShare === true,
    assignee_id: assignee?.id ?? null,
    created_by_id: ctx.user.id,
    created_at: now,
    acknowledged_at: now,
    first_response_due_at: due,
    last_activity_at: now,
  };
  const events = [
    { request_id: request.id, kind: 'submitted', actor_id: ctx.user.id, data: { channel: requester.channel }, created_at: now },
    { request_id: request.id, kind: 'acknowledged', actor_id: null, data: { dueAt: due.toISOString() }, created_at: now },
    ...(assignee ? [{ request_id: request.id, kind: 'assigned', actor_id: null, data: { assigneeId: assignee.id }, created_at: now }] : []),
  ];
  const availability = input.contactAvailability?.trim();
  const message = availability
    ? { id: crypto.randomUUID(), request_id: request.id, author_id: requester.id, from_staff: false,
      body: `Disponibilités pour être recontacté(e) : ${availability}`, created_at: now }
    : null;

  await db.transaction().execute(async (trx) => {
    let statement = trx
      .with('timeline', (q) => q.insertInto('request_events').values(events.map((e) => ({ ...e, data: JSON.stringify(e.data) }))))
      .with('read_mark', (q) => q.insertInto('request_reads').values({ request_id: request.id, person_id: ctx.user.id, read_at: now }));
    // Optional writes of the same statement (nothing reads them back, so the query's type is unchanged).
    if (message) statement = statement.with('availability', (q) => q.insertInto('request_messages').values(message)) as unknown as typeof statement;
    if (requester.loggedByStaff) {
      statement = statement.with('audited', (q) => q.insertInto('audit_log').values(auditRow(ctx, {
        action: 'request.log_for_agent', targetType: 'request', targetId: request.id, academieCode, details: { channel: requester.channel },
      }))) as unknown as typeof statement;
    }
    await statement.insertInto('requests').values(request).execute();
    await notifier.acknowledged(trx, {
      requestId: request.id, reference, subject: request.subject, sensitive: request.sensitive, dueAt: due,
      agentEmail: requester.email, academieCode, assigneeName: assignee?.displayName ?? null,
    });
  });

  const stored: RequestDetailRow = {
    ...request, reference, status: 'open', first_responded_at: null, closed_at: null, response_type: null, paused_at: null,
    agent_name: ctx.user.displayName, assignee_name: assignee?.displayName ?? null, agent_establishment_name: null,
    closing_summary: null, anonymised_at: null, agent_category: null, agent_email: requester.email, agent_phone: null,
    agent_uai: null, agent_status: null, shared_with_viewer: false,
  };
  return { id: request.id, reference, loggedByStaff: requester.loggedByStaff, stored, events, message, assignee };
}

/**
 * What the agent who just submitted is shown: the request as stored, presented as a read of it
 * would present it, from what the submission already knows (no second read).
 */
export function presentSubmitted(ctx: ActionContext, submitted: Awaited<ReturnType<typeof submitRequest>>) {
  const { stored, events, message, assignee } = submitted;
  const { items } = presentTimeline({
    events: events.map((e) => ({ kind: e.kind, data: e.data, created_at: e.created_at.toISOString() })),
    messages: message ? [{ id: message.id, body: message.body, created_at: message.created_at.toISOString(), from_staff: false,
      author_id: message.author_id, display_name: ctx.user.displayName }] : [],
    notes: [], attachments: [],
    names: assignee ? [{ id: assignee.id, display_name: assignee.displayName }] : [],
  });
  return presentRequestDetail(stored, ctx.user, { timeline: items, attachments: [] });
}
