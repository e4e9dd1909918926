import { hasRole } from './roles.ts';
import { editsFor } from './key-dates.ts';
import type { RecordRules, RouteRules } from './rule.ts';

/** What a policy needs to know of a newsletter issue. */
export interface NewsletterFacts {
  academieCode: string;
  status: 'draft' | 'submitted' | 'approved' | 'sending' | 'sent' | 'cancelled';
  /** Who wrote its current version (the last to change it). */
  updatedBy: string;
}

export const newsletterRouteRules = {
  /** Issues are composed, approved and sent by the editors. */
  'newsletters.manage': (user) => hasRole(user, 'editor'),
  /** Everyone signed in chooses the letters they receive (« Mon espace »). */
  'newsletters.subscribe': (user) => hasRole(user, 'agent'),
} satisfies RouteRules;

export const newsletterRules = {
  /** An editor of the académie reads its issues, whatever their state. */
  'newsletter.read': (user, n) => editsFor(user, n.academieCode),
  /** An editor of the académie changes an issue until it is approved. */
  'newsletter.edit': (user, n) => editsFor(user, n.academieCode) && (n.status === 'draft' || n.status === 'submitted'),
  /** Submitted for approval: only from a draft. */
  'newsletter.submit': (user, n) => editsFor(user, n.academieCode) && n.status === 'draft',
  /** Four eyes: another editor of the académie than the one who wrote its current version approves it. */
  'newsletter.approve': (user, n) => editsFor(user, n.academieCode) && n.status === 'submitted' && n.updatedBy !== user.id,
  /** Cancelled until its sending began. */
  'newsletter.cancel': (user, n) => editsFor(user, n.academieCode) && ['draft', 'submitted', 'approved'].includes(n.status),
} satisfies RecordRules<NewsletterFacts>;
