import crypto from 'node:crypto';
import type { FastifyBaseLogger } from 'fastify';
import type { Kysely, Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { auditRow, type ActionContext } from '../../audit/audit-log.ts';
import { allows, handlesDepartement, keepsLoggedRequest } from '../../policies/index.ts';
import { forbidden, impossible, invalid, notFound } from '../../errors/app-error.ts';
import { MailPayloadError } from '../../mail/templates.ts';
import { SENSITIVE_TOPICS, type Channel } from '../../../shared/glossary.ts';
import type { SubmitRequestBody, SubmittedRequest } from '../../../shared/contracts/requests.ts';
import { parisDate, parisYear } from '../../clock.ts';
import { DEFAULT_SETTINGS } from '../territories/index.ts';
import { routeNewRequest } from './assignment.ts';
import { firstResponseDueAt } from './commitments.ts';
import { getRequest } from './get-request.ts';
import type { AcknowledgedRequest, RequestNotifier } from './notifications.ts';
import { presentSubmitted } from './presenter.ts';
import type { RequestDetailRow } from './repository.ts';

interface Requester {
  id: string;
  email: string;
  departementCode: string | null;
  academieCode: string | null;
  channel: Channel;
  loggedByStaff: boolean;
}

/** The agent the request is for: the caller (known from the session), or the agent a staff member names. */
async function findRequester(db: Kysely<DB>, ctx: ActionContext, input: SubmitRequestBody): Promise<Requester> {
  if (input.agentId === undefined) {
    if (!allows(ctx.user, 'requests.submit')) throw forbidden('Seul un agent peut déposer une demande pour lui-même.');
    const { id, email, departementCode, academieCode } = ctx.user;
    return { id, email, departementCode, academieCode, channel: 'web', loggedByStaff: false };
  }
  if (!allows(ctx.user, 'requests.handle')) throw forbidden('Seuls les conseillers et coordonnateurs enregistrent une demande pour un agent.');
  if (!input.channel || input.channel === 'web') {
    throw invalid([{ field: 'channel', message: 'Précisez comment la demande a été reçue : téléphone, courriel ou sur place.' }]);
  }
  const agent = await db.selectFrom('persons').select(['id', 'email', 'departement_code', 'academie_code', 'active'])
    .where('id', '=', input.agentId).executeTakeFirst();
  if (!agent || !agent.active) throw notFound('Cet agent est introuvable.');
  if (agent.departement_code) {
    if (!handlesDepartement(ctx.user, agent.departement_code)) throw notFound('Cet agent est introuvable.');
  }
  return { id: agent.id, email: agent.email, departementCode: agent.departement_code, academieCode: agent.academie_code, channel: input.channel, loggedByStaff: true };
}

/**
 * Queues the acknowledgement mail. A mail its template refuses (a name too long for it, say)
 * must not undo the request: the agent is told on screen anyway, and the refusal is logged by
 * template and field names only. The template checks the payload before anything is written,
 * so the transaction is untouched; any other failure still undoes the submission.
 */
async function acknowledge(trx: Transaction<DB>, notifier: RequestNotifier, log: Pick<FastifyBaseLogger, 'warn'>, request: AcknowledgedRequest) {
  try {
    await notifier.acknowledged(trx, request);
  } catch (error) {
    if (!(error instanceof MailPayloadError)) throw error;
    log.warn({ requestId: request.requestId, template: error.template, fields: error.fields }, 'acknowledgement mail refused by its template; the request is stored');
  }
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
export async function submitRequest(db: Kysely<DB>, ctx: ActionContext, input: SubmitRequestBody,
  { notifier, log }: { notifier: RequestNotifier; log: Pick<FastifyBaseLogger, 'warn'> }, now = new Date()): Promise<SubmittedRequest> {
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
    await acknowledge(trx, notifier, log, {
      requestId: request.id, reference, subject: request.subject, sensitive: request.sensitive, dueAt: due,
      agentEmail: requester.email, academieCode, assigneeName: assignee?.displayName ?? null,
    });
  });

  // Staff who logged a call read the request as staff (audited); an agent is shown what was stored.
  const detail = requester.loggedByStaff ? await getRequest(db, ctx, request.id) : presentSubmitted(ctx.user, {
    stored: {
      ...request, status: 'open', first_responded_at: null, closed_at: null, response_type: null, paused_at: null,
      agent_name: ctx.user.displayName, assignee_name: assignee?.displayName ?? null, agent_establishment_name: null,
      closing_summary: null, anonymised_at: null, agent_category: null, agent_email: requester.email, agent_phone: null,
      agent_uai: null, agent_status: null, shared_with_viewer: false,
    } satisfies RequestDetailRow,
    events, message, assignee,
  });
  return {
    ...detail,
    acknowledgement: {
      reference: detail.reference,
      handledBy: detail.assignee?.displayName ?? 'le service RH de proximité de votre académie',
      firstResponseDueAt: detail.firstResponseDueAt,
    },
  };
}
