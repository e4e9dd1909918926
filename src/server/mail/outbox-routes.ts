import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { typed } from '../http/typed.ts';
import type { AppDependencies } from '../dependencies.ts';
import { actionContext } from '../http/context.ts';
import { decodeCursor, paginate } from '../http/pagination.ts';
import { oneOf, PageQuery, pageOf } from '../../shared/contracts/common.ts';
import { notFound } from '../errors/app-error.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { findOutboxMail, findOutboxMails } from './outbox-repository.ts';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

const OutboxMail = Type.Object({
  id: Type.String(),
  template: Type.String(),
  recipient: Type.String(),
  subject: Type.String(),
  createdAt: Type.String({ format: 'date-time' }),
  sentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  transport: oneOf(['smtp', 'outbox'] as const),
});
const OutboxMailDetail = Type.Intersect([OutboxMail, Type.Object({ textBody: Type.String() })]);
const IdParams = Type.Object({ id: Type.String({ maxLength: 64 }) });

interface OutboxRow { id: string; template: string; recipient: string; subject: string; created_at: Date; sent_at: Date | null; transport: 'smtp' | 'outbox' }

const present = (r: OutboxRow) => ({
  id: r.id, template: r.template, recipient: r.recipient, subject: r.subject,
  createdAt: r.created_at.toISOString(), sentAt: r.sent_at?.toISOString() ?? null, transport: r.transport,
});

function decodeOutboxCursor(cursor: string | undefined) {
  const values = decodeCursor(cursor, ['timestamp', 'uuid'] as const);
  return values && { createdAt: new Date(values[0]), id: values[1] };
}

/**
 * The outbox: every mail sent, for the administrators of the académie. In demo (no SMTP
 * server) it is where the mails go. Mails hold no request content, but they name their
 * recipient: each read is written to the audit log.
 */
export async function outboxRoutes(instance: FastifyInstance, { database }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;

  app.get('/api/admin/outbox', {
    config: { access: { ability: 'outbox.read' } },
    schema: { tags: ['administration'], summary: 'Les courriels envoyés (ou déposés dans la boîte d’envoi), le plus récent d’abord', querystring: PageQuery, response: { 200: pageOf(OutboxMail) } },
  }, async (request) => {
    const ctx = actionContext(request);
    const query = request.query as { limit?: number; cursor?: string };
    const limit = query.limit ?? 50;
    const rows = await findOutboxMails(db, ctx.user, decodeOutboxCursor(query.cursor), limit);
    const page = paginate(rows, limit, present, (r) => [r.created_at.toISOString(), r.id]);
    await recordAudit(db, ctx, { action: 'outbox.list', targetType: 'mail', actorRole: 'admin', details: { count: page.items.length } });
    return page;
  });

  app.get('/api/admin/outbox/:id', {
    config: { access: { ability: 'outbox.read' } },
    schema: { tags: ['administration'], summary: 'Un courriel de la boîte d’envoi, avec son texte', params: IdParams, response: { 200: OutboxMailDetail } },
  }, async (request) => {
    const ctx = actionContext(request);
    const { id } = request.params;
    const row = UUID.test(id) ? await findOutboxMail(db, ctx.user, id) : undefined;
    if (!row) throw notFound('Ce courriel est introuvable.');
    await recordAudit(db, ctx, { action: 'outbox.read', targetType: 'mail', targetId: row.id, academieCode: row.academie_code, actorRole: 'admin' });
    return { ...present(row), textBody: row.text_body };
  });
}
