import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { typed } from '../../http/typed.ts';
import type { AppDependencies } from '../../dependencies.ts';
import { RoleGrantSchema } from '../../auth/schemas.ts';
import { actionContext } from '../../http/context.ts';
import { decodeCursor, paginate } from '../../http/pagination.ts';
import { PageQuery, pageOf } from '../../../shared/contracts/common.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { findAccounts, findAuditEntries } from './repository.ts';

const Account = Type.Object({ id: Type.String(), displayName: Type.String(), email: Type.String(), active: Type.Boolean(), roles: Type.Array(RoleGrantSchema) });
const AuditEntry = Type.Object({
  id: Type.String(),
  occurredAt: Type.String({ format: 'date-time' }),
  actor: Type.Union([Type.Object({ id: Type.String(), displayName: Type.String() }), Type.Null()]),
  actorRole: Type.Union([Type.String(), Type.Null()]),
  action: Type.String(),
  targetType: Type.String(),
  targetId: Type.Union([Type.String(), Type.Null()]),
});

export async function adminRoutes(instance: FastifyInstance, { database }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;

  app.get('/api/admin/accounts', {
    config: { access: { ability: 'accounts.list' } },
    schema: {
      tags: ['administration'], summary: 'Les comptes du territoire administré',
      querystring: Type.Intersect([PageQuery, Type.Object({ q: Type.Optional(Type.String({ maxLength: 100 })) })]),
      response: { 200: pageOf(Account) },
    },
  }, async (request) => {
    const ctx = actionContext(request);
    const query = request.query as { q?: string; limit?: number; cursor?: string };
    const limit = query.limit ?? 50;
    const after = decodeCursor(query.cursor, ['text', 'uuid'] as const);
    const rows = await findAccounts(db, ctx.user, query.q?.trim() || undefined, after, limit);
    const page = paginate(rows, limit, (r) => ({
      id: r.id, displayName: r.display_name, email: r.email, active: r.active,
      roles: r.roles.map((g) => ({ role: g.role, territory: { level: g.territory_level, code: g.territory_code } })),
    }), (r) => [r.display_name, r.id]);
    await recordAudit(db, ctx, { action: 'accounts.list', targetType: 'person', actorRole: 'admin', details: { count: page.items.length } });
    return page;
  });

  app.get('/api/admin/audit-log', {
    config: { access: { ability: 'audit.read' } },
    schema: { tags: ['administration'], summary: 'Le journal d’audit du territoire administré, le plus récent d’abord', querystring: PageQuery, response: { 200: pageOf(AuditEntry) } },
  }, async (request) => {
    const ctx = actionContext(request);
    const query = request.query as { limit?: number; cursor?: string };
    const limit = query.limit ?? 50;
    const before = decodeCursor(query.cursor, ['integer'] as const);
    const rows = await findAuditEntries(db, ctx.user, before?.[0], limit);
    return paginate(rows, limit, (r) => ({
      id: String(r.id), occurredAt: r.occurred_at.toISOString(),
      actor: r.actor_id ? { id: r.actor_id, displayName: r.actor_name ?? '' } : null,
      actorRole: r.actor_role, action: r.action, targetType: r.target_type, targetId: r.target_id,
    }), (r) => [Number(r.id)]);
  });
}
