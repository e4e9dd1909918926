import type { OutboxMail } from '../../shared/contracts/outbox.ts';

interface OutboxRow { id: string; template: string; recipient: string; subject: string; created_at: Date; sent_at: Date | null; transport: 'smtp' | 'outbox' }

export const presentOutboxMail = (r: OutboxRow): OutboxMail => ({
  id: r.id, template: r.template, recipient: r.recipient, subject: r.subject,
  createdAt: r.created_at.toISOString(), sentAt: r.sent_at?.toISOString() ?? null, transport: r.transport,
});
