import { Link } from 'react-router-dom';
import type { RequestDetail } from '../../../../shared/contracts/requests.ts';
import { useSession } from '../../auth/api/session.ts';

/** The address of the booking page for one of the agent's requests: its topic as the reason, the appointment joins its timeline. */
export function bookingPathFor(request: Pick<RequestDetail, 'id' | 'topic' | 'reference'>): string {
  const params = new URLSearchParams({ demande: request.id, motif: request.topic, reference: request.reference });
  return `/prendre-rendez-vous?${params.toString()}`;
}

/** On an open request of theirs: the agent may meet their adviser, the appointment in the request's timeline. */
export function BookFromRequest({ request }: { request: RequestDetail }) {
  const session = useSession();
  if (session.data?.abilities.bookAppointments !== true || request.status === 'closed') return null;
  return (
    <section aria-labelledby="rdv-demande" className="fr-mb-4w">
      <h2 id="rdv-demande" className="fr-h4">Rencontrer un conseiller</h2>
      <p>Vous pouvez prendre rendez-vous sur place, en visioconférence ou par téléphone ; le rendez-vous s’ajoute à l’historique de cette demande.</p>
      <Link className="fr-btn fr-btn--secondary fr-icon-calendar-event-line fr-btn--icon-left" to={bookingPathFor(request)}>
        Prendre rendez-vous pour cette demande
      </Link>
    </section>
  );
}
