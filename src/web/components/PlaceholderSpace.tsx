import type { ReactNode } from 'react';
import { ROLE_SPACES, type Role } from '../../shared/glossary.ts';
import { formatTerritory } from '../format.ts';
import { grantsFor } from './spaces.ts';
import { useRequiredSession } from './RequireRole.tsx';
import { usePageTitle } from './usePageTitle.ts';

/** A space whose features come in later issues: says honestly what it will hold. */
export function PlaceholderSpace({ role, children }: { role: Role; children: ReactNode }) {
  const session = useRequiredSession();
  const title = ROLE_SPACES[role].label;
  usePageTitle(title);
  const territories = grantsFor(session, role).map((grant) => formatTerritory(grant.territory));
  return (
    <>
      <h1>{title}</h1>
      <p className="fr-text--lead">
        {territories.length > 1 ? 'Vos territoires : ' : 'Votre territoire : '}
        {territories.join(', ')}
      </p>
      {children}
    </>
  );
}
