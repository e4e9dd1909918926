import type { FastifyInstance, FastifyRequest } from 'fastify';
import { typed } from '../../http/typed.ts';
import type { AppDependencies } from '../../dependencies.ts';
import { actionContext } from '../../http/context.ts';
import { fileDownload, IdParams } from '../../../shared/contracts/common.ts';
import {
  Account, AccountDetail, AccountPage, AccountsQuery, AuditPage, AuditQuery, CreatePersonBody, RoleGrantBody,
} from '../../../shared/contracts/admin.ts';
import { listAccounts } from './list-accounts.ts';
import { readAccount } from './read-account.ts';
import { createPerson } from './create-person.ts';
import { grantRole } from './grant-role.ts';
import { withdrawRole } from './withdraw-role.ts';
import { deactivatePerson } from './deactivate-person.ts';
import { reactivatePerson } from './reactivate-person.ts';
import { readAuditLog } from './read-audit-log.ts';
import { exportAuditLog } from './export-audit-log.ts';

export async function adminRoutes(instance: FastifyInstance, { database }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;
  const manage = { access: { ability: 'accounts.manage' } } as const;
  const tags = ['administration'];

  app.get('/api/admin/accounts', {
    config: { access: { ability: 'accounts.list' } },
    schema: { tags, summary: 'Les comptes du territoire administré', querystring: AccountsQuery, response: { 200: AccountPage } },
  }, async (request) => listAccounts(db, actionContext(request), request.query));

  app.post('/api/admin/accounts', {
    config: manage,
    schema: { tags, summary: 'Créer le compte d’une personne du territoire administré (sans rôle)', body: CreatePersonBody, response: { 201: Account } },
  }, async (request, reply) => reply.code(201).send(await createPerson(db, actionContext(request), request.body)));

  app.get('/api/admin/accounts/:id', {
    config: { access: { ability: 'accounts.list' } },
    schema: { tags, summary: 'Un compte et son historique', params: IdParams, response: { 200: AccountDetail } },
  }, async (request) => readAccount(db, actionContext(request), request.params.id));

  app.post('/api/admin/accounts/:id/roles', {
    config: manage,
    schema: { tags, summary: 'Attribuer un rôle sur un territoire administré', params: IdParams, body: RoleGrantBody, response: { 201: Account } },
  }, async (request, reply) => reply.code(201).send(forgetSessionsOf(request, await grantRole(db, actionContext(request), request.params.id, request.body))));

  app.post('/api/admin/accounts/:id/roles/withdraw', {
    config: manage,
    schema: { tags, summary: 'Retirer un rôle', params: IdParams, body: RoleGrantBody, response: { 200: Account } },
  }, async (request) => forgetSessionsOf(request, await withdrawRole(db, actionContext(request), request.params.id, request.body)));

  app.post('/api/admin/accounts/:id/deactivate', {
    config: manage,
    schema: { tags, summary: 'Désactiver un compte : ses sessions prennent fin aussitôt', params: IdParams, response: { 200: Account } },
  }, async (request) => forgetSessionsOf(request, await deactivatePerson(db, actionContext(request), request.params.id)));

  app.post('/api/admin/accounts/:id/reactivate', {
    config: manage,
    schema: { tags, summary: 'Réactiver un compte', params: IdParams, response: { 200: Account } },
  }, async (request) => forgetSessionsOf(request, await reactivatePerson(db, actionContext(request), request.params.id)));

  app.get('/api/admin/audit-log', {
    config: { access: { ability: 'audit.read' } },
    schema: { tags, summary: 'Le journal d’audit du territoire administré, le plus récent d’abord, filtré', querystring: AuditQuery, response: { 200: AuditPage } },
  }, async (request) => readAuditLog(db, actionContext(request).user, request.query));

  app.get('/api/admin/audit-log.csv', {
    config: { access: { ability: 'audit.export' } },
    schema: {
      tags, summary: 'Le journal d’audit filtré, en CSV (pour le délégué à la protection des données)', querystring: AuditQuery,
      response: { 200: fileDownload('text/csv', 'Le journal, une action par ligne') },
    },
  }, async (request, reply) => {
    const file = await exportAuditLog(db, actionContext(request), request.query);
    return reply.type('text/csv; charset=utf-8').header('content-disposition', `attachment; filename="${file.filename}"`)
      .header('cache-control', 'no-store').send(file.body);
  });
}

/**
 * A change of roles or of activity reaches every instance from the database (`NOTIFY
 * proxirh_sessions`); this instance forgets the person's sessions before answering, so that the
 * next request, here too, is judged on the new roles.
 */
function forgetSessionsOf(request: FastifyRequest, account: Account): Account {
  request.server.recentSessions.forgetPerson(account.id);
  return account;
}
