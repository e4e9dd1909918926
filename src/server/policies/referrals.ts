import type { CurrentUser } from '../auth/current-user.ts';
import { hasRole } from './roles.ts';
import { requestRules, type RequestFacts } from './requests.ts';
import type { RecordRules, RouteRules } from './rule.ts';

/** What a policy needs to know of a referral, as its target reads it. */
export interface ReferralFacts {
  /** Is the person a member of the referral's contact point? */
  targetMember: boolean;
  status: 'sent' | 'accepted' | 'declined' | 'answered' | 'revoked';
}

/** The target reads a referral while it is not revoked: revoking ends the access at once. */
const readsAsTarget = (user: CurrentUser, r: ReferralFacts) => hasRole(user, 'contact_point') && r.targetMember && r.status !== 'revoked';

export const referralRouteRules = {
  /** « Orientations reçues »: the people who answer for a contact point. */
  'referrals.receive': (user) => hasRole(user, 'contact_point'),
} satisfies RouteRules;

export const referralRules = {
  'referral.read': readsAsTarget,
  'referral.accept': (user, r) => readsAsTarget(user, r) && r.status === 'sent',
  'referral.decline': (user, r) => readsAsTarget(user, r) && r.status === 'sent',
  'referral.recordOutcome': (user, r) => readsAsTarget(user, r) && (r.status === 'sent' || r.status === 'accepted'),
  /** The target writes to the staff of the request while the referral is in progress or answered. */
  'referral.write': (user, r) => readsAsTarget(user, r) && r.status !== 'declined',
} satisfies RecordRules<ReferralFacts>;

export const requestReferralRules = {
  /** Orient a request: those who act on it, as for closing it (its handlers, while it is open). */
  'request.orient': (user, r) => requestRules['request.close'](user, r),
  /** Withdraw a referral: its handlers, even once the request is closed. */
  'referral.revoke': (user, r) => requestRules['request.close'](user, { ...r, status: 'in_progress' }),
  /** Write to the target of a referral: those who act on the request, even once it is closed. */
  'referral.writeToTarget': (user, r) => requestRules['request.close'](user, { ...r, status: 'in_progress' }),
  /** Consent to share the description: the agent of the request alone. */
  'referral.consent': (user, r) => r.agentId === user.id,
} satisfies RecordRules<RequestFacts>;
