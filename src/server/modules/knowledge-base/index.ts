import type { ServiceModule } from '../module.ts';
import { knowledgeBaseRoutes } from './routes.ts';

/** The knowledge base (issue 15): articles and their French search, the assistant, the « mallette », the editors’ work. */
export const knowledgeBaseModule: ServiceModule = {
  name: 'knowledge-base',
  routes: knowledgeBaseRoutes,
};

/** The online articles among some ids, as a newsletter or a key date links to them. */
export { publishedArticleSummaries, type PublishedArticleSummary } from './summaries.ts';
/** The demo académie writes its articles, synonyms and « questions types » through these. */
export { seedKnowledgeBase, type SeedArticle } from './seed.ts';
/** The benchmark searches with it (bench/). */
export { searchArticles } from './search-articles.ts';
