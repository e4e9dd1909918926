import type { ReactNode } from 'react';
import type { SessionAbility } from '../../shared/contracts/auth.ts';
import { formatTerritory } from '../format.ts';
import { spaceGrants, spaceOf } from './spaces.ts';
import { useRequiredSession } from './RequireAbility.tsx';
import { usePageTitle } from './usePageTitle.ts';

/** A space whose features come in later issues: says honestly what it will hold, and where it reaches. */
export function PlaceholderSpace({ ability, children }: { ability: SessionAbility; children: ReactNode }) {
  const session = useRequiredSession();
  const title = spaceOf(ability)?.label ?? '';
  usePageTitle(title);
  const territories = spaceGrants(session, ability).map((grant) => formatTerritory(grant.territory));
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
