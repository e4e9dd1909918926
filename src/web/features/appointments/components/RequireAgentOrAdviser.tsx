import type { ReactNode } from 'react';
import { RequireAbility } from '../../../components/RequireAbility.tsx';
import { useSession } from '../../auth/api/session.ts';

/**
 * « Mes rendez-vous » is for agents (theirs) and advisers (those they hold): the gate lets in
 * either, and leaves signing in, loading and refusal to RequireAbility.
 */
export function RequireAgentOrAdviser({ children }: { children: ReactNode }) {
  const session = useSession();
  const ability = session.data?.abilities.adviseRequests === true ? 'adviseRequests' : 'submitRequests';
  return <RequireAbility ability={ability}>{children}</RequireAbility>;
}
