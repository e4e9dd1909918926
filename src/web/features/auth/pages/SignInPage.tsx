import { fr } from '@codegouvfr/react-dsfr';
import { Navigate, useSearchParams } from 'react-router-dom';
import { oidcLoginUrl, useAuthConfig, useSession } from '../api/session.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { homePathOf } from '../../../components/spaces.ts';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { DemoAccounts } from '../components/DemoAccounts.tsx';

/** Only a path of this site may be a return address (no « //evil.example »). */
export function safeReturnPath(value: string | null): string | null {
  if (value === null || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) return null;
  if (value.startsWith('/connexion')) return null;
  return value;
}

export function SignInPage() {
  usePageTitle('Connexion');
  const [searchParams] = useSearchParams();
  const retour = safeReturnPath(searchParams.get('retour'));
  const session = useSession();
  const config = useAuthConfig();

  if (session.data) return <Navigate to={retour ?? homePathOf(session.data)} replace />;

  return (
    <div className="fr-grid-row fr-grid-row--center">
      <div className="fr-col-12 fr-col-md-10 fr-col-lg-8">
        <h1>Se connecter à ProxiRH</h1>
        {retour !== null && (
          <p className="fr-text--lead">Connectez-vous pour accéder à la page demandée.</p>
        )}
        {(config.isPending || session.isPending) && <Loading />}
        {config.isError && (
          <ErrorAlert error={config.error} title="Les modes de connexion n’ont pas pu être chargés" />
        )}
        {config.data && !config.data.oidcEnabled && !config.data.demoMode && (
          <p>Aucun mode de connexion n’est disponible pour le moment. Réessayez plus tard.</p>
        )}
        {config.data?.oidcEnabled && (
          <section aria-labelledby="connexion-academique" className="fr-mb-6w">
            <h2 id="connexion-academique">Avec votre compte académique</h2>
            <p>Utilisez l’identifiant et le mot de passe de votre messagerie académique.</p>
            {/* A full-page navigation: the identity provider takes over. */}
            <a className={fr.cx('fr-btn', 'fr-btn--lg')} href={oidcLoginUrl(retour ?? '/')}>
              Se connecter avec mon compte académique
            </a>
          </section>
        )}
        {config.data?.demoMode && <DemoAccounts retour={retour} />}
      </div>
    </div>
  );
}
