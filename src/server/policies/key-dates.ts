import type { CurrentUser } from '../auth/current-user.ts';
import { covers } from '../../shared/territories.ts';
import { grantsOf, hasRole } from './roles.ts';
import type { RecordRules, RouteRules } from './rule.ts';

/** What a policy needs to know of a key date or a newsletter issue: whose territory it is. Null: national. */
export interface EditorialFacts { academieCode: string | null }

/** Is this person an editor of this académie (or a national editor)? A national record: national editors only. */
export function editsFor(user: CurrentUser, academieCode: string | null): boolean {
  return grantsOf(user, 'editor').some((t) => (academieCode === null ? t.level === 'national' : covers(t, { level: 'academie', code: academieCode })));
}

/** The académies whose content this person edits: every one (national editor), a list, or none. */
export function editedAcademies(user: CurrentUser): { everywhere: boolean; academies: string[] } {
  const grants = grantsOf(user, 'editor');
  if (grants.some((t) => t.level === 'national')) return { everywhere: true, academies: [] };
  return { everywhere: false, academies: grants.filter((t) => t.level === 'academie').map((t) => t.code) };
}

export const keyDateRouteRules = {
  /** Key dates are written by the editors (« Contenus »). */
  'keyDates.manage': (user) => hasRole(user, 'editor'),
  /** « Mon espace »: an agent's own calendar (their académie, their category). */
  'keyDates.mine': (user) => hasRole(user, 'agent'),
} satisfies RouteRules;

export const keyDateRules = {
  /** An editor writes the key dates of their académie; national ones are a national editor's. */
  'keyDate.manage': (user, k) => editsFor(user, k.academieCode),
} satisfies RecordRules<EditorialFacts>;
