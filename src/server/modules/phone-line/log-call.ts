import type { FastifyBaseLogger } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { submitRequest, type RequestNotifier } from '../requests/index.ts';
import type { LogCallBody, LoggedCall } from '../../../shared/contracts/phone-line.ts';

/**
 * The adviser on the line logs a call in one step: a request of the agent, channel `phone`,
 * through the requests module (its acknowledgement, assignment, audit and commitments).
 */
export async function logCall(db: Kysely<DB>, ctx: ActionContext, body: LogCallBody, deps: { notifier: RequestNotifier; log: Pick<FastifyBaseLogger, 'warn'> }): Promise<LoggedCall> {
  const request = await submitRequest(db, ctx, {
    agentId: body.agentId, channel: 'phone', topic: body.topic, subject: body.subject, description: body.summary, contactPreference: 'phone',
  }, deps);
  return { requestId: request.id, reference: request.reference };
}
