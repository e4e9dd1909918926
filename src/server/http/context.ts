import type { FastifyRequest } from 'fastify';
import type { ActionContext } from '../audit/audit-log.ts';
import { signedInUser } from './access.ts';

/** The service-side view of an HTTP call: who, from where, which request id. */
export function actionContext(request: FastifyRequest): ActionContext {
  return { user: signedInUser(request), ip: request.ip, requestId: String(request.id) };
}
