/** The contract of the people module: finding an agent (logging a call) and the advisers of a département. */
import { Type, type Static } from 'typebox';

export const AgentSearchQuery = Type.Object({ q: Type.String({ minLength: 2, maxLength: 100 }) });
export type AgentSearchQuery = Static<typeof AgentSearchQuery>;

export const AgentSearchResult = Type.Object({
  id: Type.String(),
  displayName: Type.String(),
  email: Type.String(),
  departementCode: Type.Union([Type.String(), Type.Null()]),
  establishmentName: Type.Union([Type.String(), Type.Null()]),
});
export type AgentSearchResult = Static<typeof AgentSearchResult>;
export const AgentSearchResults = Type.Array(AgentSearchResult);
export type AgentSearchResults = Static<typeof AgentSearchResults>;

export const AdvisersQuery = Type.Object({ departement: Type.String({ pattern: '^(\\d{2,3}|2A|2B)$' }) });
export type AdvisersQuery = Static<typeof AdvisersQuery>;

/** An adviser one may hand a request to; `absent` today (a declared absence). */
export const AdviserOption = Type.Object({ id: Type.String(), displayName: Type.String(), absent: Type.Boolean() });
export type AdviserOption = Static<typeof AdviserOption>;
export const AdviserOptions = Type.Array(AdviserOption);
export type AdviserOptions = Static<typeof AdviserOptions>;
