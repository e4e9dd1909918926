import { Badge, type BadgeProps } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useId } from 'react';
import { Link } from 'react-router-dom';
import type { Appointment, AppointmentOutcome, AppointmentStatus } from '../../../../shared/contracts/appointments.ts';
import { APPOINTMENT_MODE_LABELS, APPOINTMENT_REASON_LABELS, APPOINTMENT_STATUS_LABELS } from '../../../../shared/glossary.ts';
import { formatHour } from '../../appointments/format.ts';

const SEVERITY: Record<AppointmentStatus, BadgeProps['severity']> = {
  booked: 'success', cancelled: 'error', held: undefined, no_show: 'warning', excused: 'info',
};

/** The outcome buttons, as an adviser says it. */
export const OUTCOME_ACTIONS: Record<AppointmentOutcome, string> = { held: 'Marquer honoré', no_show: 'Marquer absent', excused: 'Marquer excusé' };

function where(a: Appointment): string {
  if (a.mode === 'visio') return 'Visioconférence';
  if (a.mode === 'phone') return 'Par téléphone';
  return a.place.address ? `${a.place.label}, ${a.place.address}` : a.place.label;
}

/**
 * One appointment of the agenda: its time, its agent, reason, mode, place, request, and the
 * actions the server allows (the abilities it sent), each button naming the appointment for a
 * screen reader.
 */
export function AgendaAppointment({ appointment: a, busy, onOutcome, onMove, onCancel }: {
  appointment: Appointment; busy: boolean; onOutcome: (a: Appointment, status: AppointmentOutcome) => void;
  onMove: (a: Appointment) => void; onCancel: (a: Appointment) => void;
}) {
  const titleId = useId();
  const agentName = a.agent?.displayName ?? 'Agent';
  const time = `${formatHour(a.startsAt)} – ${formatHour(a.endsAt)}`;
  const subject = `le rendez-vous de ${formatHour(a.startsAt)} avec ${agentName}`;
  // Begun and not marked yet: the adviser says what became of it. Once begun, it is no longer cancelled from here.
  const toMark = a.status === 'booked' && a.abilities.setStatus === true;
  const mayCancel = a.abilities.cancel && a.abilities.setStatus !== true;
  return (
    <article aria-labelledby={titleId} data-appointment={a.id} className="fr-p-2w" style={{ border: '1px solid var(--border-default-grey)', overflowWrap: 'anywhere',
      ...(a.status === 'cancelled' ? { background: 'var(--background-alt-grey)' } : {}) }}>
      <h4 id={titleId} className="fr-h6 fr-mb-1w">{time} · {agentName}</h4>
      <p className="fr-mb-1w">
        {toMark
          ? <Badge severity="new" small as="span">Suite à noter</Badge>
          : <Badge severity={SEVERITY[a.status]} small noIcon={a.status === 'held'} as="span">{APPOINTMENT_STATUS_LABELS[a.status]}</Badge>}
      </p>
      <ul className="fr-raw-list fr-text--sm fr-mb-1w">
        <li><span className="fr-text--bold">Motif :</span> {APPOINTMENT_REASON_LABELS[a.reason]}</li>
        <li><span className="fr-text--bold">Modalité :</span> {APPOINTMENT_MODE_LABELS[a.mode]}</li>
        <li>
          <span className="fr-text--bold">Lieu :</span> {where(a)}
          {a.mode === 'visio' && a.place.url !== undefined && <> — <a href={a.place.url} rel="noopener">rejoindre la visioconférence</a></>}
        </li>
        {a.requestId !== null && <li><Link to={`/demandes/${encodeURIComponent(a.requestId)}`}>Voir la demande liée<span className="fr-sr-only"> de {agentName}</span></Link></li>}
        {a.status === 'cancelled' && (
          <li>
            {a.cancelledBy === 'agent' ? 'Annulé par l’agent.' : 'Annulé par vous.'}
            {a.cancelMessage ? <> Message : « {a.cancelMessage} »</> : null}
          </li>
        )}
        {a.movedAt != null && a.status !== 'cancelled' && <li>Déplacé{a.moveMessage ? <> — message : « {a.moveMessage} »</> : null}</li>}
      </ul>
      {(a.abilities.setStatus === true || a.abilities.move === true || mayCancel) && (
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--sm fr-mb-0">
          {a.abilities.setStatus === true && (Object.keys(OUTCOME_ACTIONS) as AppointmentOutcome[]).map((status) => (
            <li key={status}>
              <Button size="small" priority={a.status === status ? 'primary' : 'secondary'} disabled={busy}
                aria-pressed={a.status === status}
                onClick={() => onOutcome(a, status)}>
                {OUTCOME_ACTIONS[status]}<span className="fr-sr-only"> : {subject}</span>
              </Button>
            </li>
          ))}
          {a.abilities.move === true && (
            <li><Button size="small" priority="secondary" onClick={() => onMove(a)}>Déplacer<span className="fr-sr-only"> {subject}</span></Button></li>
          )}
          {mayCancel && (
            <li><Button size="small" priority="tertiary" onClick={() => onCancel(a)}>Annuler avec un message<span className="fr-sr-only"> : {subject}</span></Button></li>
          )}
        </ul>
      )}
    </article>
  );
}
