import type { FastifyInstance } from 'fastify';
import { typed } from '../../http/typed.ts';
import type { AppDependencies } from '../../dependencies.ts';
import { actionContext } from '../../http/context.ts';
import { PageQuery } from '../../../shared/contracts/common.ts';
import { AccountPage, AccountsQuery, AuditPage } from '../../../shared/contracts/admin.ts';
import { listAccounts } from './list-accounts.ts';
import { readAuditLog } from './read-audit-log.ts';

export async function adminRoutes(instance: FastifyInstance, { database }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;

  app.get('/api/admin/accounts', {
    config: { access: { ability: 'accounts.list' } },
    schema: { tags: ['administration'], summary: 'Les comptes du territoire administré', querystring: AccountsQuery, response: { 200: AccountPage } },
  }, async (request) => listAccounts(db, actionContext(request), request.query));

  app.get('/api/admin/audit-log', {
    config: { access: { ability: 'audit.read' } },
    schema: { tags: ['administration'], summary: 'Le journal d’audit du territoire administré, le plus récent d’abord', querystring: PageQuery, response: { 200: AuditPage } },
  }, async (request) => readAuditLog(db, actionContext(request).user, request.query));
}
