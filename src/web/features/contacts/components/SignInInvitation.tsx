import { Button } from '@codegouvfr/react-dsfr/Button';
import { useSession } from '../../auth/api/session.ts';

const NEW_REQUEST = '/mon-espace/nouvelle-demande';

/** To be accompanied: a request to an adviser, after signing in (staff have their own spaces). */
export function SignInInvitation() {
  const session = useSession();
  if (session.isPending || (session.data && !session.data.abilities.submitRequests)) return null;
  const signedIn = Boolean(session.data);
  return (
    <section aria-labelledby="demande-titre" className="fr-callout fr-my-6w fr-no-print">
      <h2 id="demande-titre" className="fr-callout__title">Vous souhaitez être accompagné ?</h2>
      <p className="fr-callout__text">
        Déposez une demande à votre conseiller RH de proximité : vous recevez aussitôt sa référence et le délai de réponse, et il
        vous oriente si besoin vers le bon interlocuteur, en toute confidentialité.
      </p>
      {signedIn ? (
        <Button linkProps={{ to: NEW_REQUEST }}>Déposer une demande</Button>
      ) : (
        <Button linkProps={{ to: `/connexion?retour=${encodeURIComponent(NEW_REQUEST)}` }}>Se connecter pour déposer une demande</Button>
      )}
    </section>
  );
}
