import crypto from 'node:crypto';
import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { can } from '../../policies/index.ts';
import { covers } from '../../policies/territory.ts';
import { grantsOf } from '../../auth/current-user.ts';
import { forbidden, impossible, invalid, notFound } from '../../errors/app-error.ts';
import { SENSITIVE_TOPICS, type Channel, type ContactPreference, type Topic } from '../../../shared/glossary.ts';
import { parisDate, parisYear } from '../../clock.ts';
import { nextReferences } from './reference.ts';
import { chooseAdviser } from './assignment.ts';
import { getAcademieSettings } from './settings.ts';
import { firstResponseDueAt } from './commitments.ts';
import { recordEvent } from './events.ts';
import { UUID } from './load.ts';
import type { RequestNotifier } from './notifications.ts';

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

async function findRequester(trx: Transaction<DB>, ctx: ActionContext, input: SubmitRequestInput) {
  if (input.agentId === undefined) {
    if (!can(ctx.user, 'requests.submit', undefined)) throw forbidden('Seul un agent peut déposer une demande pour lui-même.');
    return { id: ctx.user.id, channel: 'web' as const, loggedByStaff: false };
  }
  if (!can(ctx.user, 'requests.handle', undefined)) throw forbidden('Seuls les conseillers et coordonnateurs enregistrent une demande pour un agent.');
  if (!input.channel || input.channel === 'web') {
    throw invalid([{ field: 'channel', message: 'Précisez comment la demande a été reçue : téléphone, courriel ou sur place.' }]);
  }
  if (!UUID.test(input.agentId)) throw notFound('Cet agent est introuvable.');
  return { id: input.agentId, channel: input.channel, loggedByStaff: true };
}

/**
 * Records a request and acknowledges it: reference, assignment to an adviser of the agent's
 * département, committed date of the first answer. All in one transaction: the request is
 * stored before anything is said to the agent, and the acknowledgement e-mail is queued with it.
 */
export async function submitRequest(trx: Transaction<DB>, ctx: ActionContext, input: SubmitRequestInput,
  notifier: RequestNotifier, now = new Date()) {
  const requester = await findRequester(trx, ctx, input);
  const agent = await trx.selectFrom('persons').select(['id', 'departement_code', 'academie_code', 'active'])
    .where('id', '=', requester.id).executeTakeFirst();
  if (!agent || !agent.active) throw notFound('Cet agent est introuvable.');
  if (!agent.departement_code || !agent.academie_code) {
    throw impossible(requester.loggedByStaff
      ? 'Le lieu d’affectation de cet agent n’est pas connu : la demande ne peut pas être orientée.'
      : 'Votre lieu d’affectation n’est pas connu : la demande ne peut pas être orientée vers un conseiller. Contactez le service RH de votre académie.');
  }
  if (requester.loggedByStaff) {
    const territory = { level: 'departement' as const, code: agent.departement_code };
    const staffGrants = [...grantsOf(ctx.user, 'adviser'), ...grantsOf(ctx.user, 'coordinator')];
    if (!staffGrants.some((g) => covers(g, territory))) throw notFound('Cet agent est introuvable.');
  }

  const settings = await getAcademieSettings(trx, agent.academie_code);
  // A call taken by an adviser stays with that adviser; otherwise the least loaded adviser.
  const assigneeId = requester.loggedByStaff && grantsOf(ctx.user, 'adviser').length > 0
    ? ctx.user.id
    : await chooseAdviser(trx, agent.departement_code, parisDate(now));
  const due = firstResponseDueAt(now, settings.commitmentDays, agent.departement_code);

  // The reference is numbered last, just before the commit: numbering locks the académie's
  // counter row until the transaction ends, and every submission of the académie waits on it.
  // Until then the row carries a provisional reference nobody else can see.
  const inserted = await trx.insertInto('requests').values({
    reference: `provisoire-${crypto.randomUUID()}`,
    agent_id: agent.id,
    academie_code: agent.academie_code,
    departement_code: agent.departement_code,
    topic: input.topic,
    subject: input.subject.trim(),
    description: input.description.trim(),
    sensitive: input.sensitive === true || SENSITIVE_TOPICS.includes(input.topic),
    channel: requester.channel,
    contact_preference: input.contactPreference,
    consent_to_share: input.consentToShare === true,
    assignee_id: assigneeId,
    created_by_id: ctx.user.id,
    created_at: now,
    acknowledged_at: now,
    first_response_due_at: due,
    last_activity_at: now,
  }).returning(['id']).executeTakeFirstOrThrow();
  const request = { id: inserted.id, reference: '' };

  if (input.contactAvailability?.trim()) {
    await trx.insertInto('request_messages').values({
      request_id: request.id, author_id: agent.id, from_staff: false,
      body: `Disponibilités pour être recontacté(e) : ${input.contactAvailability.trim()}`, created_at: now,
    }).execute();
  }
  await recordEvent(trx, request.id, 'submitted', ctx.user.id, { data: { channel: requester.channel }, at: now });
  await recordEvent(trx, request.id, 'acknowledged', null, { data: { dueAt: due.toISOString() }, at: now });
  if (assigneeId) await recordEvent(trx, request.id, 'assigned', null, { data: { assigneeId }, at: now });
  if (requester.loggedByStaff) {
    await recordAudit(trx, ctx, { action: 'request.log_for_agent', targetType: 'request', targetId: request.id,
      academieCode: agent.academie_code, details: { channel: requester.channel } });
  }
  [request.reference] = await nextReferences(trx, agent.academie_code, parisYear(now)) as [string];
  await trx.updateTable('requests').set({ reference: request.reference }).where('id', '=', request.id).execute();
  await notifier.acknowledged(trx, { requestId: request.id });
  return request;
}
