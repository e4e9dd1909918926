import type { Transaction } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { impossible, invalid } from '../../errors/app-error.ts';
import type { RequestStatus, ResponseType } from '../../../shared/glossary.ts';
import { dueAfterPause, elapsedWorkingDays } from './commitments.ts';
import { recordEvent } from './events.ts';
import { loadRequestFor, touchRequest, UUID, type LoadedRequest } from './load.ts';
import { getAcademieSettings } from './settings.ts';
import { isAdviserFor } from './assignment.ts';

/** The moves staff may make by hand; closing has its own form, reopening its own action. */
const ALLOWED_MOVES: Record<RequestStatus, RequestStatus[]> = {
  open: ['in_progress', 'waiting_agent'],
  in_progress: ['waiting_agent'],
  waiting_agent: ['in_progress'],
  closed: [],
};

/** Ends the pause of a request waiting for its agent; the commitment clock starts again. */
export async function resumeFromWaiting(trx: Transaction<DB>, request: LoadedRequest, actorId: string, now: Date) {
  const pausedAt = request.paused_at ?? now;
  const due = request.first_response_due_at;
  await trx.updateTable('request_pauses').set({ ended_at: now }).where('request_id', '=', request.id).where('ended_at', 'is', null).execute();
  await trx.updateTable('requests').set({
    status: 'in_progress',
    paused_at: null,
    ...(due && !request.first_responded_at ? { first_response_due_at: dueAfterPause(due, pausedAt, now, request.departement_code) } : {}),
  }).where('id', '=', request.id).execute();
  await recordEvent(trx, request.id, 'status_changed', actorId, { data: { from: 'waiting_agent', to: 'in_progress' }, at: now });
}

export async function changeStatus(trx: Transaction<DB>, ctx: ActionContext, requestId: string, to: RequestStatus, now = new Date()) {
  const request = await loadRequestFor(trx, ctx.user, requestId, 'request.changeStatus');
  if (!ALLOWED_MOVES[request.status].includes(to)) {
    throw impossible(`Une demande « ${request.status} » ne peut pas passer à « ${to} ».`);
  }
  if (request.status === 'waiting_agent') {
    await resumeFromWaiting(trx, request, ctx.user.id, now);
  } else {
    if (to === 'waiting_agent') {
      await trx.insertInto('request_pauses').values({ request_id: request.id, started_at: now }).execute();
    }
    await trx.updateTable('requests').set({ status: to, ...(to === 'waiting_agent' ? { paused_at: now } : {}) })
      .where('id', '=', request.id).execute();
    await recordEvent(trx, request.id, 'status_changed', ctx.user.id, { data: { from: request.status, to }, at: now });
  }
  await recordAudit(trx, ctx, { action: 'request.status', targetType: 'request', targetId: request.id, academieCode: request.academie_code, details: { to } });
  await touchRequest(trx, request.id, now);
}

/** Closes with the response type; closing answers the request if nobody had yet. */
export async function closeRequest(trx: Transaction<DB>, ctx: ActionContext, requestId: string,
  input: { responseType: ResponseType; summary: string }, now = new Date()) {
  const request = await loadRequestFor(trx, ctx.user, requestId, 'request.close');
  await trx.updateTable('request_pauses').set({ ended_at: now }).where('request_id', '=', request.id).where('ended_at', 'is', null).execute();
  await trx.updateTable('requests').set({
    status: 'closed',
    paused_at: null,
    closed_at: now,
    response_type: input.responseType,
    closing_summary: input.summary.trim(),
    closure_working_days: elapsedWorkingDays(request.created_at, now, request.departement_code),
    ...(request.first_responded_at ? {} : {
      first_responded_at: now,
      first_response_working_days: elapsedWorkingDays(request.created_at, now, request.departement_code),
    }),
  }).where('id', '=', request.id).execute();
  await recordEvent(trx, request.id, 'closed', ctx.user.id, { data: { responseType: input.responseType }, at: now });
  await recordAudit(trx, ctx, { action: 'request.close', targetType: 'request', targetId: request.id, academieCode: request.academie_code, details: { responseType: input.responseType } });
  await touchRequest(trx, request.id, now);
}

/** The agent reopens within the académie's delay after closure (30 days by default); staff at any time. */
export async function reopenRequest(trx: Transaction<DB>, ctx: ActionContext, requestId: string, now = new Date()) {
  const request = await loadRequestFor(trx, ctx.user, requestId, 'request.reopen');
  const byAgent = request.agent_id === ctx.user.id;
  if (byAgent && request.closed_at) {
    const { reopenDays } = await getAcademieSettings(trx, request.academie_code);
    if (now.getTime() - request.closed_at.getTime() > reopenDays * 86_400_000) {
      throw impossible(`Cette demande a été clôturée il y a plus de ${reopenDays} jours : déposez une nouvelle demande.`);
    }
  }
  await trx.updateTable('requests').set((eb) => ({
    status: 'in_progress', closed_at: null, response_type: null, closure_working_days: null,
    reopened_count: eb('reopened_count', '+', 1),
  })).where('id', '=', request.id).execute();
  await recordEvent(trx, request.id, 'reopened', ctx.user.id, { at: now });
  if (!byAgent) await recordAudit(trx, ctx, { action: 'request.reopen', targetType: 'request', targetId: request.id, academieCode: request.academie_code });
  await touchRequest(trx, request.id, now);
}

/** The coordinator (re)assigns; the assignee hands over to a colleague; an adviser takes an unassigned one. */
export async function assignRequest(trx: Transaction<DB>, ctx: ActionContext, requestId: string, adviserId: string, now = new Date()) {
  const taking = adviserId === ctx.user.id;
  const request = await loadRequestFor(trx, ctx.user, requestId, taking ? 'request.take' : 'request.assign')
    .catch(async (error) => {
      if (!taking) throw error;
      // The assignee taking their own request, or a coordinator who is also an adviser: the general rule.
      return loadRequestFor(trx, ctx.user, requestId, 'request.assign');
    });
  if (!UUID.test(adviserId) || !(await isAdviserFor(trx, adviserId, request.departement_code, request.academie_code))) {
    throw invalid([{ field: 'adviserId', message: 'Cette personne n’est pas conseiller RH de proximité pour ce territoire.' }]);
  }
  if (request.assignee_id === adviserId) throw impossible('La demande est déjà attribuée à ce conseiller.');
  await trx.updateTable('requests').set({ assignee_id: adviserId }).where('id', '=', request.id).execute();
  await recordEvent(trx, request.id, 'assigned', ctx.user.id, { data: { assigneeId: adviserId, previousAssigneeId: request.assignee_id }, at: now });
  await recordAudit(trx, ctx, { action: 'request.assign', targetType: 'request', targetId: request.id, academieCode: request.academie_code, details: { adviserId } });
  await touchRequest(trx, request.id, now);
}
