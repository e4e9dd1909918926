import type { RequestFacts } from '../../policies/index.ts';
import type { LoadedRequest } from '../requests/index.ts';

/** The policy facts of a request loaded through the requests module. */
export const requestFactsOf = (row: LoadedRequest): RequestFacts => ({
  agentId: row.agent_id, assigneeId: row.assignee_id, departementCode: row.departement_code, academieCode: row.academie_code,
  sensitive: row.sensitive, status: row.status, sharedWithViewer: Boolean(row.shared_with_viewer),
});
