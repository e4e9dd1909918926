import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import type { Session, SessionAbility } from '../../shared/contracts/auth.ts';
import { useSession } from '../features/auth/api/session.ts';
import { ErrorAlert, Loading } from './QueryStates.tsx';
import { spacesFor } from './spaces.ts';
import { usePageTitle } from './usePageTitle.ts';

/**
 * The gate of every protected page: the page opens when the session grants `ability`. The
 * interface only decides what to show; the server still refuses what the person may not read.
 */
export function RequireAbility({ ability, children }: { ability: SessionAbility; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();

  if (session.isPending) return <Loading label="Vérification de votre session…" />;
  if (session.isError) return <ErrorAlert error={session.error} title="Votre session n’a pas pu être vérifiée" />;
  if (session.data === null) {
    const retour = `${location.pathname}${location.search}`;
    return <Navigate to={`/connexion?retour=${encodeURIComponent(retour)}`} replace />;
  }
  if (!session.data.abilities[ability]) return <AccessDenied session={session.data} />;
  return <>{children}</>;
}

/** The signed-in person, for pages rendered inside RequireAbility. */
export function useRequiredSession(): Session {
  const { data } = useSession();
  if (data === null || data === undefined) throw new Error('useRequiredSession hors d’une page protégée');
  return data;
}

function AccessDenied({ session }: { session: Session }) {
  usePageTitle('Accès refusé');
  const spaces = spacesFor(session);
  return (
    <>
      <h1>Accès refusé</h1>
      <p className="fr-text--lead">Votre compte ne donne pas accès à cet espace.</p>
      <p>
        Si vous pensez qu’il s’agit d’une erreur, adressez-vous à l’administrateur de ProxiRH de votre académie.
      </p>
      {spaces.length > 0 && (
        <>
          <h2 className="fr-h4">Vos espaces</h2>
          <ul>
            {spaces.map((space) => (
              <li key={space.path}>
                <Link to={space.path}>{space.label}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
