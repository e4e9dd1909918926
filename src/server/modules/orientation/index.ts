import type { ServiceModule } from '../module.ts';
import { orientationRoutes } from './routes.ts';
import { orientationJobDefinitions } from './jobs.ts';
import { referralMails } from './notifications.ts';

export const orientationModule: ServiceModule = {
  name: 'orientation',
  routes: orientationRoutes,
  jobs: ({ database, config, mail }) => orientationJobDefinitions(database.db, referralMails({ config, mail })),
};

/**
 * For the requests module: the rule « closing as internal_referral or external_referral needs a
 * referral of that kind » (`referralKindsOf` in its transaction, `MISSING_REFERRAL_MESSAGES`), and
 * the referral steps of a request's timeline.
 */
export { referralKindsOf, referralTimelineEvents, MISSING_REFERRAL_MESSAGES, type ReferralTimelineEvent } from './closing.ts';
/** The overdue alert, for tests and the job runner. */
export { alertOverdueReferrals, anonymiseReferralsOfAnonymisedRequests } from './jobs.ts';
export { referralMails, type ReferralMails } from './notifications.ts';
