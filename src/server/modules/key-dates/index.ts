import type { ServiceModule } from '../module.ts';
import { keyDateRoutes } from './routes.ts';

/** Key dates of the school year (issue 16): public list and iCalendar feed, written by the editors. */
export const keyDatesModule: ServiceModule = {
  name: 'key-dates',
  routes: keyDateRoutes,
};

/** For the newsletter: key dates as items of an issue, and the articles they link to. */
export { selectKeyDates, type KeyDateRow } from './repository.ts';
export { presentKeyDates } from './presenter.ts';
export { findArticleSummaries, type ArticleSummary } from './articles.ts';
export { keyDateUid } from './build-key-dates-feed.ts';
