import { Link } from 'react-router-dom';
import { useSession } from '../../auth/api/session.ts';

/**
 * On the public « Qui contacter ? » pages: book an appointment with an adviser of this département.
 * Signed out, the link asks to sign in first and comes back to the booking page (`?retour=`).
 */
export function BookingInvitation({ departement }: { departement: string }) {
  const session = useSession();
  if (session.isPending || (session.data && !session.data.abilities.bookAppointments)) return null;
  const bookingPath = `/prendre-rendez-vous?departement=${encodeURIComponent(departement)}`;
  const signedIn = Boolean(session.data);
  return (
    <p className="fr-mt-3w fr-no-print">
      <Link className="fr-btn fr-btn--secondary fr-icon-calendar-event-line fr-btn--icon-left"
        to={signedIn ? bookingPath : `/connexion?retour=${encodeURIComponent(bookingPath)}`}>
        {signedIn ? 'Prendre rendez-vous avec un conseiller' : 'Se connecter pour prendre rendez-vous'}
      </Link>
    </p>
  );
}
