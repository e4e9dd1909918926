import type { BookedAppointment, Slot } from '../../../../shared/contracts/appointments.ts';
import { APPOINTMENT_MODE_LABELS, APPOINTMENT_REASON_LABELS, type AppointmentReason } from '../../../../shared/glossary.ts';
import { formatAppointmentTime, formatDuration } from '../format.ts';

/**
 * What, where, when and with whom: the slot being checked, or the appointment just booked (its
 * answer brings the visio link, which the slot never shows).
 */
export function AppointmentSummary({ slot, reason, booked, reference, linked }: {
  slot: Slot; reason: AppointmentReason; booked?: BookedAppointment; reference: string | null; linked: boolean;
}) {
  const place = booked?.place ?? slot.place;
  const startsAt = booked?.startsAt ?? slot.startsAt;
  const endsAt = booked?.endsAt ?? slot.endsAt;
  return (
    <ul className="fr-raw-list fr-p-3w" style={{ border: '1px solid var(--border-default-grey)', overflowWrap: 'anywhere' }}>
      <li><span className="fr-text--bold">Motif :</span> {APPOINTMENT_REASON_LABELS[reason]}</li>
      <li><span className="fr-text--bold">Date :</span> {formatAppointmentTime(startsAt)}</li>
      <li><span className="fr-text--bold">Durée :</span> {formatDuration(startsAt, endsAt)}</li>
      <li><span className="fr-text--bold">Modalité :</span> {APPOINTMENT_MODE_LABELS[slot.mode]}</li>
      {slot.mode === 'in_person' && (
        <>
          <li><span className="fr-text--bold">Lieu :</span> {place.label}</li>
          {place.address !== null && place.address !== '' && <li><span className="fr-text--bold">Adresse :</span> {place.address}</li>}
        </>
      )}
      {slot.mode === 'visio' && (
        <li>
          <span className="fr-text--bold">Lien :</span>{' '}
          {place.url === undefined
            ? 'le lien de la visioconférence figure dans le courriel de confirmation.'
            : <a href={place.url} rel="noopener">Rejoindre la visioconférence</a>}
        </li>
      )}
      {slot.mode === 'phone' && <li><span className="fr-text--bold">Appel :</span> {slot.adviser.displayName} vous appellera.</li>}
      <li><span className="fr-text--bold">Conseiller :</span> {slot.adviser.displayName}</li>
      {linked && <li><span className="fr-text--bold">Demande :</span> {reference ?? 'la demande dont vous venez'} (le rendez-vous rejoint son historique)</li>}
    </ul>
  );
}
