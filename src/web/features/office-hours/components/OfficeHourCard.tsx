import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { OfficeHour } from '../../../../shared/contracts/appointments.ts';
import { APPOINTMENT_MODE_LABELS, APPOINTMENT_REASON_LABELS, PLACE_KIND_LABELS } from '../../../../shared/glossary.ts';
import { describeAudience, describeHours, describeRecurrence, formatDay } from '../format.ts';

/** One office hour: where, when, for what, for whom; « Modifier » and « Fermer » while it is open. */
export function OfficeHourCard({ officeHour: o, showAdviser, onClose }: { officeHour: OfficeHour; showAdviser: boolean; onClose: (o: OfficeHour) => void }) {
  const titleId = useId();
  return (
    <article aria-labelledby={titleId} className="fr-p-3w" style={{ border: '1px solid var(--border-default-grey)', overflowWrap: 'anywhere' }}>
      <h3 id={titleId} className="fr-h5 fr-mb-1w">{o.place.label}</h3>
      <p className="fr-mb-2w">
        {o.closedAt === null
          ? <Badge severity="success" small as="span">Ouverte</Badge>
          : <Badge small noIcon as="span">{`Fermée le ${formatDay(o.closedAt.slice(0, 10))}`}</Badge>}
      </p>
      <ul className="fr-raw-list fr-mb-0">
        {showAdviser && <li><span className="fr-text--bold">Conseiller :</span> {o.adviser.displayName}</li>}
        <li><span className="fr-text--bold">Lieu :</span> {PLACE_KIND_LABELS[o.place.kind]}{o.place.uai ? ` (UAI ${o.place.uai})` : ''}
          {o.mode === 'in_person' ? ` — ${APPOINTMENT_MODE_LABELS.in_person.toLowerCase()}` : ''}</li>
        {o.place.address !== null && o.place.address !== '' && <li><span className="fr-text--bold">Adresse :</span> {o.place.address}</li>}
        {o.place.url !== undefined && <li><span className="fr-text--bold">Lien :</span> {o.place.url}</li>}
        <li><span className="fr-text--bold">Quand :</span> {describeRecurrence(o.recurrence)}, {describeHours(o)}</li>
        <li><span className="fr-text--bold">Créneaux :</span> {`${o.slotMinutes}\u00a0minutes`}</li>
        <li>
          <span className="fr-text--bold">Période :</span> à partir du {formatDay(o.startsOn)}{o.endsOn === null ? '' : `, jusqu’au ${formatDay(o.endsOn)}`}
        </li>
        {o.exceptDates.length > 0 && (
          <li><span className="fr-text--bold">Sauf :</span> {o.exceptDates.map(formatDay).join(', ')}</li>
        )}
        <li><span className="fr-text--bold">Motifs :</span> {o.reasons.map((r) => APPOINTMENT_REASON_LABELS[r]).join(' ; ')}</li>
        <li>
          <span className="fr-text--bold">Réservation :</span> {`de ${o.minDelayHours}\u00a0heure${o.minDelayHours > 1 ? 's' : ''} à ${o.maxDelayDays}\u00a0jour${o.maxDelayDays > 1 ? 's' : ''} à l’avance`}
        </li>
        <li><span className="fr-text--bold">Ouverte à :</span> {describeAudience(o.reservedTo)}</li>
      </ul>
      {o.closedAt === null && (
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-mt-2w fr-mb-0">
          <li>
            <Link className="fr-btn fr-btn--secondary fr-btn--sm" to={`/mes-permanences/${encodeURIComponent(o.id)}`} aria-describedby={titleId}>
              Modifier
            </Link>
          </li>
          <li>
            <Button priority="tertiary" size="small" onClick={() => onClose(o)} nativeButtonProps={{ 'aria-describedby': titleId }}>
              Fermer la permanence
            </Button>
          </li>
        </ul>
      )}
    </article>
  );
}
