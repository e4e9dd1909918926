import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useRef, useState, type FormEvent } from 'react';
import { AUDIT_ACTION_LABELS, AUDIT_ACTIONS, type AuditAction } from '../../../../shared/audit-actions.ts';
import type { AuditEntry } from '../../../../shared/contracts/admin.ts';
import { AUDIT_RECORD_MAX } from '../../../../shared/contracts/limits.ts';
import { ROLE_LABELS, ROLES, type Role } from '../../../../shared/glossary.ts';
import { errorMessages, isApiError } from '../../../api/client.ts';
import { CursorPager, useCursorPager } from '../../../components/CursorPager.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { ErrorSummary, focusSoon, type SummaryItem } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { formatDateTime } from '../../../format.ts';
import { downloadAuditLog, useAuditLog, type AuditFilters } from '../api/admin.ts';

const EMPTY = { person: '', action: '', from: '', to: '', record: '' };
type Draft = typeof EMPTY;
const FIELDS: Record<string, { label: string; id: string }> = {
  person: { label: 'Personne', id: 'journal-personne' },
  action: { label: 'Action', id: 'journal-action' },
  from: { label: 'Du', id: 'journal-du' },
  to: { label: 'Au', id: 'journal-au' },
  record: { label: 'Demande ou objet', id: 'journal-objet' },
};
const SORTED_ACTIONS = [...AUDIT_ACTIONS].sort((a, b) => AUDIT_ACTION_LABELS[a].localeCompare(AUDIT_ACTION_LABELS[b], 'fr'));

function roleLabel(role: string | null): string | null {
  return role !== null && (ROLES as readonly string[]).includes(role) ? ROLE_LABELS[role as Role] : null;
}

const toFilters = (d: Draft): AuditFilters => ({
  ...(d.person.trim() ? { person: d.person.trim() } : {}),
  ...(d.action ? { action: d.action as AuditAction } : {}),
  ...(d.from ? { from: d.from } : {}),
  ...(d.to ? { to: d.to } : {}),
  ...(d.record.trim() ? { record: d.record.trim() } : {}),
});

const today = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());

export function AuditLogTab() {
  const [draft, setDraft] = useState<Draft>(EMPTY);
  const [filters, setFilters] = useState<AuditFilters>({});
  const [exportError, setExportError] = useState<string | null>(null);
  const [exporting, setExporting] = useState(false);
  const pager = useCursorPager();
  const log = useAuditLog(filters, pager.cursor);
  const summaryRef = useRef<HTMLDivElement>(null);
  const filtered = Object.keys(filters).length > 0;

  // A refused filter (a reversed period) is told on its field.
  const refused = log.isError && isApiError(log.error, 400) ? errorMessages(log.error) : null;
  const summary: SummaryItem[] = refused
    ? Object.entries(refused.fields).map(([field, message]) => ({ message, label: FIELDS[field]?.label, targetId: FIELDS[field]?.id }))
    : [];
  if (refused && summary.length === 0) summary.push({ message: refused.summary });

  const apply = (event: FormEvent) => {
    event.preventDefault();
    setFilters(toFilters(draft));
    pager.reset();
    focusSoon(() => summaryRef.current);
  };
  const clear = () => {
    setDraft(EMPTY);
    setFilters({});
    pager.reset();
  };
  const exportCsv = async () => {
    setExportError(null);
    setExporting(true);
    try {
      await downloadAuditLog(filters, today());
    } catch (error) {
      setExportError(errorMessages(error, 'Le journal n’a pas pu être exporté.').summary);
    } finally {
      setExporting(false);
    }
  };
  const field = (name: keyof Draft) => (refused?.fields[name] ? { state: 'error' as const, stateRelatedMessage: refused.fields[name] } : {});

  return (
    <>
      <h2>Journal d’audit</h2>
      <p>
        Chaque consultation d’une demande par un personnel et chaque action sensible y sont enregistrées. Le journal ne
        peut pas être modifié. Filtrez-le puis exportez la vue filtrée pour le délégué à la protection des données.
      </p>
      <form onSubmit={apply} noValidate aria-labelledby="journal-filtres-titre" className="fr-mb-4w">
        <h3 id="journal-filtres-titre" className="fr-h6">Filtrer le journal</h3>
        <ErrorSummary ref={summaryRef} items={summary} title="Les filtres contiennent une erreur" />
        <div className="fr-grid-row fr-grid-row--gutters">
          <div className="fr-col-12 fr-col-md-4">
            <Input label="Personne" hintText="Nom ou adresse électronique de qui a agi" {...field('person')}
              nativeInputProps={{ id: FIELDS.person!.id, value: draft.person, maxLength: 100, onChange: (e) => setDraft({ ...draft, person: e.target.value }) }} />
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Select label="Action" {...field('action')} nativeSelectProps={{ id: FIELDS.action!.id, value: draft.action, onChange: (e) => setDraft({ ...draft, action: e.target.value }) }}>
              <option value="">Toutes les actions</option>
              {SORTED_ACTIONS.map((a) => <option key={a} value={a}>{AUDIT_ACTION_LABELS[a]}</option>)}
            </Select>
          </div>
          <div className="fr-col-12 fr-col-md-4">
            <Input label="Demande ou objet" hintText="Référence d’une demande (AMI-2026-000042) ou identifiant" {...field('record')}
              nativeInputProps={{ id: FIELDS.record!.id, value: draft.record, maxLength: AUDIT_RECORD_MAX, spellCheck: false, onChange: (e) => setDraft({ ...draft, record: e.target.value }) }} />
          </div>
          <div className="fr-col-6 fr-col-md-3">
            <Input label="Du" {...field('from')} nativeInputProps={{ id: FIELDS.from!.id, type: 'date', value: draft.from, onChange: (e) => setDraft({ ...draft, from: e.target.value }) }} />
          </div>
          <div className="fr-col-6 fr-col-md-3">
            <Input label="Au" {...field('to')} nativeInputProps={{ id: FIELDS.to!.id, type: 'date', value: draft.to, onChange: (e) => setDraft({ ...draft, to: e.target.value }) }} />
          </div>
        </div>
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-mt-2w">
          <li><Button type="submit" iconId="fr-icon-filter-line">Filtrer</Button></li>
          {filtered && <li><Button type="button" priority="secondary" iconId="fr-icon-close-line" onClick={clear}>Effacer les filtres</Button></li>}
          <li>
            <Button type="button" priority="tertiary" iconId="fr-icon-download-line" onClick={() => void exportCsv()} disabled={exporting}>
              {filtered ? 'Exporter la vue filtrée (CSV)' : 'Exporter le journal (CSV)'}
            </Button>
          </li>
        </ul>
      </form>

      <div aria-live="polite">
        {exportError !== null && <Alert severity="error" small description={exportError} className="fr-mb-3w" />}
        {log.isPending && <Loading label="Chargement du journal…" />}
        {log.isError && !refused && <ErrorAlert error={log.error} title="Le journal n’a pas pu être chargé" />}
        {log.data && log.data.items.length === 0 && <p>{filtered ? 'Aucune entrée ne correspond à ces filtres.' : 'Le journal est vide.'}</p>}
      </div>
      {log.data && log.data.items.length > 0 && (
        <>
          <DataTable<AuditEntry>
            id="journal-audit"
            caption={`Journal d’audit${filtered ? ' filtré' : ''}, du plus récent au plus ancien${pager.pageNumber > 1 ? ` (page ${pager.pageNumber})` : ''}`}
            captionRef={pager.captionRef}
            hideCaption
            rows={log.data.items}
            rowKey={(entry) => entry.id}
            columns={[
              { header: 'Date', rowHeader: true, cell: (entry) => <time dateTime={entry.occurredAt}>{formatDateTime(entry.occurredAt)}</time> },
              {
                header: 'Personne',
                cell: (entry) => (entry.actor === null ? 'Système' : (
                  <>
                    {entry.actor.displayName}
                    {roleLabel(entry.actorRole) && <><br /><span className="fr-text--xs">{roleLabel(entry.actorRole)}</span></>}
                  </>
                )),
              },
              { header: 'Action', cell: (entry) => entry.actionLabel },
              { header: 'Objet', cell: (entry) => entry.targetLabel ?? '' },
            ]}
          />
          <CursorPager pager={pager} nextCursor={log.data.nextCursor} noun="entrées du journal" busy={log.isFetching} />
        </>
      )}
    </>
  );
}
