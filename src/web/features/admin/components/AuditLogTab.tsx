import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/glossary.ts';
import type { AuditEntry } from '../../../../shared/contracts/admin.ts';
import { useAuditLog } from '../api/admin.ts';
import { CursorPager, useCursorPager } from '../../../components/CursorPager.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { formatDateTime } from '../../../format.ts';

function roleLabel(role: string | null): string {
  if (role === null) return '—';
  return (ROLES as readonly string[]).includes(role) ? ROLE_LABELS[role as Role] : role;
}

export function AuditLogTab() {
  const pager = useCursorPager();
  const log = useAuditLog(pager.cursor);

  return (
    <>
      <h2>Journal d’audit</h2>
      <p>
        Chaque consultation d’une demande par un personnel et chaque action sensible y sont enregistrées. Le journal ne
        peut pas être modifié.
      </p>
      {log.isPending && <Loading label="Chargement du journal…" />}
      {log.isError && <ErrorAlert error={log.error} title="Le journal n’a pas pu être chargé" />}
      {log.data && log.data.items.length === 0 && <p>Le journal est vide.</p>}
      {log.data && log.data.items.length > 0 && (
        <>
          <DataTable<AuditEntry>
            id="journal-audit"
            caption={`Journal d’audit, du plus récent au plus ancien${pager.pageNumber > 1 ? ` (page ${pager.pageNumber})` : ''}`}
            captionRef={pager.captionRef}
            hideCaption
            rows={log.data.items}
            rowKey={(entry) => entry.id}
            columns={[
              {
                header: 'Date',
                rowHeader: true,
                cell: (entry) => <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time>,
              },
              { header: 'Personne', cell: (entry) => entry.actor?.displayName ?? 'Système' },
              { header: 'Rôle', cell: (entry) => roleLabel(entry.actorRole) },
              { header: 'Action', cell: (entry) => <code>{entry.action}</code> },
              {
                header: 'Objet',
                cell: (entry) => `${entry.targetType}${entry.targetId ? ` ${entry.targetId}` : ''}`,
              },
            ]}
          />
          <CursorPager pager={pager} nextCursor={log.data.nextCursor} noun="entrées du journal" busy={log.isFetching} />
        </>
      )}
    </>
  );
}
