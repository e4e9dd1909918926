import type { ServiceModule } from '../module.ts';
import { orientationRoutes } from './routes.ts';
import { orientationJobDefinitions } from './jobs.ts';
import { referralMails } from './notifications.ts';
import { referralClosingRule } from './closing.ts';

export const orientationModule: ServiceModule = {
  name: 'orientation',
  routes: orientationRoutes,
  jobs: ({ database, config, mail }) => orientationJobDefinitions(database.db, referralMails({ config, mail })),
  // Closing as `internal_referral` or `external_referral` needs a referral of that kind.
  closingRules: [referralClosingRule],
};

/** The kinds of referral that count for closing a request (not withdrawn, not declined). */
export { referralKindsOf } from './closing.ts';
/** The overdue alert, for tests and the job runner. */
export { alertOverdueReferrals, anonymiseReferralsOfAnonymisedRequests } from './jobs.ts';
export { referralMails, type ReferralMails } from './notifications.ts';
/** A step of a referral, in its history and in the request's timeline (the demo's history writes its past steps with it). */
export { appendReferralEvent, type ReferralEventKind } from './repository.ts';
/** The public directory of an académie (« Qui contacter ? »): the knowledge base shows the actors who handle an article. */
export { listPublicContactPoints } from './list-public-contact-points.ts';
