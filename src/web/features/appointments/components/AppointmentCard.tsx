import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { Appointment, AppointmentStatus } from '../../../../shared/contracts/appointments.ts';
import { APPOINTMENT_MODE_LABELS, APPOINTMENT_REASON_LABELS, APPOINTMENT_STATUS_LABELS } from '../../../../shared/glossary.ts';
import { formatAppointmentTime, formatDuration } from '../format.ts';

const SEVERITY: Record<AppointmentStatus, BadgeProps['severity']> = {
  booked: 'success', cancelled: 'error', held: undefined, no_show: 'warning', excused: 'info',
};

/** Whether the person reading holds the appointment (the adviser) or comes to it (the agent). */
export const readAsAdviser = (a: Appointment) => a.agent !== undefined;

function Place({ appointment: a, upcoming }: { appointment: Appointment; upcoming: boolean }) {
  if (a.mode === 'visio') {
    return a.place.url === undefined
      ? <>Le lien de la visioconférence vous sera communiqué par votre conseiller.</>
      : <a href={a.place.url} rel="noopener">Rejoindre la visioconférence</a>;
  }
  // Once it has taken place, the call is simply named.
  if (a.mode === 'phone' && !upcoming) return <>{a.place.label}</>;
  if (a.mode === 'phone') {
    return readAsAdviser(a) ? <>Vous appelez {a.agent!.displayName}.</> : <>{a.adviser.displayName} vous appellera.</>;
  }
  return <>{a.place.label}</>;
}

/** One appointment: when, how long, how, where, with whom, its status; and its cancel button when the server allows it. */
export function AppointmentCard({ appointment: a, upcoming, onCancel }: { appointment: Appointment; upcoming: boolean; onCancel: (a: Appointment) => void }) {
  const titleId = useId();
  const asAdviser = readAsAdviser(a);
  const requestPath = a.requestId === null ? null : `${asAdviser ? '/demandes' : '/mes-demandes'}/${encodeURIComponent(a.requestId)}`;
  return (
    <article aria-labelledby={titleId} className="fr-p-3w" style={{ border: '1px solid var(--border-default-grey)', overflowWrap: 'anywhere' }}>
      <h3 id={titleId} className="fr-h6 fr-mb-1w">{formatAppointmentTime(a.startsAt)}</h3>
      <p className="fr-mb-2w">
        <Badge severity={SEVERITY[a.status]} small noIcon={a.status === 'held'} as="span">{APPOINTMENT_STATUS_LABELS[a.status]}</Badge>
      </p>
      <ul className="fr-raw-list fr-mb-0">
        <li><span className="fr-text--bold">Durée :</span> {formatDuration(a.startsAt, a.endsAt)}</li>
        <li><span className="fr-text--bold">Modalité :</span> {APPOINTMENT_MODE_LABELS[a.mode]}</li>
        <li><span className="fr-text--bold">{a.mode === 'in_person' ? 'Lieu' : a.mode === 'visio' ? 'Lien' : 'Appel'} :</span> <Place appointment={a} upcoming={upcoming} /></li>
        {a.mode === 'in_person' && a.place.address !== null && a.place.address !== '' && (
          <li><span className="fr-text--bold">Adresse :</span> {a.place.address}</li>
        )}
        <li>
          {asAdviser
            ? <><span className="fr-text--bold">Agent :</span> {a.agent!.displayName}</>
            : <><span className="fr-text--bold">Conseiller :</span> {a.adviser.displayName}</>}
        </li>
        <li><span className="fr-text--bold">Motif :</span> {APPOINTMENT_REASON_LABELS[a.reason]}</li>
        {requestPath !== null && <li><Link to={requestPath}>Voir la demande liée</Link></li>}
      </ul>
      {a.status === 'cancelled' && (
        <p className="fr-mt-2w fr-mb-0">
          {a.cancelledBy === 'agent'
            ? (asAdviser ? 'Annulé par l’agent.' : 'Annulé à votre demande.')
            : (asAdviser ? 'Annulé par vous.' : `Annulé par ${a.adviser.displayName}.`)}
          {a.cancelMessage !== null && a.cancelMessage !== '' && (
            <><br /><span className="fr-text--bold">Message :</span> « {a.cancelMessage} »</>
          )}
        </p>
      )}
      {upcoming && a.status === 'booked' && (a.abilities.cancel
        ? <Button className="fr-mt-2w" priority="secondary" size="small" iconId="fr-icon-close-circle-line" iconPosition="left" onClick={() => onCancel(a)}>
          Annuler ce rendez-vous
        </Button>
        : !asAdviser && (
          <p className="fr-mt-2w fr-mb-0 fr-text--sm">Ce rendez-vous ne peut plus être annulé en ligne : contactez votre conseiller.</p>
        ))}
    </article>
  );
}
