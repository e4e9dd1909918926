import type { AdviserOption, AgentSearchResult } from '../../../shared/contracts/people.ts';
import type { AdviserRow, AgentRow } from './repository.ts';

export const presentAgent = (r: AgentRow): AgentSearchResult => ({
  id: r.id, displayName: r.display_name, email: r.email, departementCode: r.departement_code, establishmentName: r.establishment_name,
});

export const presentAdviser = (r: AdviserRow): AdviserOption => ({ id: r.id, displayName: r.display_name, absent: Boolean(r.absent) });
