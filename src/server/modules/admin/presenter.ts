import type { Account, AuditEntry } from '../../../shared/contracts/admin.ts';
import type { AccountRow, AuditRow } from './repository.ts';

export const presentAccount = (r: AccountRow): Account => ({
  id: r.id, displayName: r.display_name, email: r.email, active: r.active,
  roles: r.grants.map((g) => ({ role: g.role, territory: { level: g.territory_level, code: g.territory_code } })),
});

export const presentAuditEntry = (r: AuditRow): AuditEntry => ({
  id: String(r.id), occurredAt: r.occurred_at.toISOString(),
  actor: r.actor_id ? { id: r.actor_id, displayName: r.actor_name ?? '' } : null,
  actorRole: r.actor_role, action: r.action, targetType: r.target_type, targetId: r.target_id,
});
