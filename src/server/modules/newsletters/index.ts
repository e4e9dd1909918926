import type { ServiceModule } from '../module.ts';
import { newsletterRoutes } from './routes.ts';
import { newsletterJobDefinitions } from './jobs.ts';

/** The HR newsletter (issue 16): composed, approved by a second editor, sent in batches, one-click unsubscribe. */
export const newslettersModule: ServiceModule = {
  name: 'newsletters',
  routes: newsletterRoutes,
  jobs: newsletterJobDefinitions,
};

/** The sending steps, for tests and the benchmark. */
export {
  startSending, sendBatch, deliverBatch, countPending, hashUnsubscribeToken, archivePath,
  NEWSLETTER_START_JOB, NEWSLETTER_BATCH_JOB, NEWSLETTER_DELIVER_JOB, NEWSLETTER_BATCH_SIZE, NEWSLETTER_BATCH_INTERVAL_SECONDS,
} from './sending.ts';
export { renderIssue } from './render-issue.ts';
