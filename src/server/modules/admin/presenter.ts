import type { Account, AuditEntry } from '../../../shared/contracts/admin.ts';
import { auditActionLabel, AUDIT_TARGET_LABELS } from '../../../shared/audit-actions.ts';
import type { AccountRow, AuditRow } from './repository.ts';

export const presentAccount = (r: AccountRow): Account => ({
  id: r.id, displayName: r.display_name, email: r.email, active: r.active,
  roles: r.grants.map((g) => ({ role: g.role, territory: { level: g.territory_level, code: g.territory_code } })),
  academieCode: r.academie_code, departementCode: r.departement_code, category: r.category,
});

/** « Demande AMI-2026-000042 », « Personne : Camille Dupuis », « Panel »: never a bare identifier when a name exists. */
function targetLabel(r: AuditRow): string | null {
  const kind = AUDIT_TARGET_LABELS[r.target_type] ?? r.target_type;
  if (r.target_reference) return `${kind} ${r.target_reference}`;
  if (r.target_name) return `${kind} : ${r.target_name}`;
  return kind;
}

export const presentAuditEntry = (r: AuditRow): AuditEntry => ({
  id: String(r.id), occurredAt: r.occurred_at.toISOString(),
  actor: r.actor_id ? { id: r.actor_id, displayName: r.actor_name ?? '' } : null,
  actorRole: r.actor_role, action: r.action, actionLabel: auditActionLabel(r.action),
  targetType: r.target_type, targetId: r.target_id, targetLabel: targetLabel(r),
});
