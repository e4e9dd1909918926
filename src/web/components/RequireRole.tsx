import type { ReactNode } from 'react';
import { Link, Navigate, useLocation } from 'react-router-dom';
import { ROLE_SPACES, type Role } from '../../shared/glossary.ts';
import { useSession } from '../api/session.ts';
import type { Session } from '../api/types.ts';
import { ErrorAlert, Loading } from './QueryStates.tsx';
import { spacesOf } from './spaces.ts';
import { usePageTitle } from './usePageTitle.ts';

/**
 * The gate of every protected page. The interface only decides what to show; the server
 * still refuses what the person may not read.
 */
export function RequireRole({ roles, children }: { roles: readonly Role[]; children: ReactNode }) {
  const session = useSession();
  const location = useLocation();

  if (session.isPending) return <Loading label="Vérification de votre session…" />;
  if (session.isError) return <ErrorAlert error={session.error} title="Votre session n’a pas pu être vérifiée" />;
  if (session.data === null) {
    const retour = `${location.pathname}${location.search}`;
    return <Navigate to={`/connexion?retour=${encodeURIComponent(retour)}`} replace />;
  }
  if (!session.data.roles.some((grant) => roles.includes(grant.role))) return <AccessDenied session={session.data} />;
  return <>{children}</>;
}

/** The signed-in person, for pages rendered inside RequireRole. */
export function useRequiredSession(): Session {
  const { data } = useSession();
  if (data === null || data === undefined) throw new Error('useRequiredSession hors d’une page protégée');
  return data;
}

function AccessDenied({ session }: { session: Session }) {
  usePageTitle('Accès refusé');
  const spaces = spacesOf(session);
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
            {spaces.map((role) => (
              <li key={role}>
                <Link to={ROLE_SPACES[role].path}>{ROLE_SPACES[role].label}</Link>
              </li>
            ))}
          </ul>
        </>
      )}
    </>
  );
}
