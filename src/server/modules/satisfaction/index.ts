import type { ServiceModule } from '../module.ts';
import { satisfactionRoutes } from './routes.ts';
import { satisfactionJobDefinitions } from './jobs.ts';

export const satisfactionModule: ServiceModule = {
  name: 'satisfaction',
  routes: satisfactionRoutes,
  jobs: ({ database, mail }) => satisfactionJobDefinitions(database.db, mail),
};

/** How a survey's link is stored and how long it lives (the demo data writes surveys too). */
export { hashSurveyToken, surveyExpiry, SURVEY_VALIDITY_DAYS } from './tokens.ts';

/** The minters of the survey links, for the mailer (compose.ts): a link exists only in the mail sent. */
export { satisfactionSecretLinks } from './secret-links.ts';
