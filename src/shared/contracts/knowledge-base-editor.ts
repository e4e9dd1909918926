/**
 * The editors' contract of the knowledge base (issue 15): drafts, review by a second editor, versions,
 * attachments, synonyms, « questions types », the académie's listening line, « questions sans réponse »
 * and views. What agents and the public read: knowledge-base.ts.
 *
 * Routes (server: src/server/modules/knowledge-base/routes.ts), `editor` role; national editors write
 * national articles, an académie’s editors that académie’s:
 *   GET    /api/editor/articles?status=&theme=&kind=&scope=&q=&due=&limit=&cursor=   EditorArticlesQuery → EditorArticlePage
 *   POST   /api/editor/articles                                           ArticleDraftBody → 201 ArticleDetail
 *   POST   /api/editor/articles/preview { body }                          PreviewBody → Preview (the same function as src/shared/markdown.ts)
 *   GET    /api/editor/articles/:id                                       ArticleDetail
 *   PUT    /api/editor/articles/:id                                       ArticleDraftBody → ArticleDetail (every save is a version)
 *   POST   /api/editor/articles/:id/submit                                → ArticleDetail (status in_review)
 *   POST   /api/editor/articles/:id/publish { comment? }                  ReviewBody → ArticleDetail (a second editor, never the author of the version)
 *   POST   /api/editor/articles/:id/request-changes { comment }           ChangesBody → ArticleDetail (back to draft)
 *   POST   /api/editor/articles/:id/archive                               → ArticleDetail (withdrawn from the public)
 *   GET    /api/editor/articles/:id/versions                              ArticleVersions
 *   GET    /api/editor/articles/:id/versions/:versionId                   ArticleVersionDetail
 *   POST   /api/editor/articles/:id/attachments  multipart: file, label, alt (alt required for an image)  → 201 ArticleAttachment
 *   DELETE /api/editor/articles/:id/attachments/:attachmentId             204
 *   GET    /api/editor/synonyms · POST { term, synonyms } · PUT /:id · DELETE /:id            Synonyms, SynonymBody → Synonym
 *   GET    /api/editor/curated-questions · POST { question, articleIds } · PUT /:id · DELETE /:id  CuratedQuestions, CuratedQuestionBody → CuratedQuestion
 *   GET    /api/editor/listening-line?academie= · PUT ?academie= { label, phone, hours }     ListeningLineQuery, ListeningLineBody → ListeningLineSettings
 *   GET    /api/editor/unanswered-questions?from=&to=&limit=              StatsQuery → UnansweredQuestions (words and counts, never a person)
 *   GET    /api/editor/article-views?from=&to=&limit=                     StatsQuery → ArticleViewStats (editors and steering; counts only)
 *
 * Markdown: `renderMarkdown(body)` in src/shared/markdown.ts (marked + sanitize-html), used by the
 * server to store `bodyHtml` and by the editor’s live preview: the same output on both sides.
 */
import { Type, type Static } from 'typebox';
import {
  AGENT_CATEGORIES, ARTICLE_KINDS, ARTICLE_SITUATIONS, ARTICLE_STATUSES, ARTICLE_THEMES, CONTACT_POINT_KINDS,
} from '../glossary.ts';
import { DateTime, Day, PageQuery, PersonRef, Uuid, line, nullable, oneOf, pageOf, text } from './common.ts';
import { AcademieCode, ArticleAttachment, ListeningLine, SchemeFacts, Slug } from './knowledge-base.ts';
import {
  ARTICLE_ALT_MAX, ARTICLE_BODY_MAX, ARTICLE_SCHEME_FIELD_MAX, ARTICLE_SEARCH_MAX, ARTICLE_SUMMARY_MAX, ARTICLE_TITLE_MAX,
  CURATED_QUESTION_MAX, REVIEW_COMMENT_MAX, SYNONYM_TERM_MAX, SYNONYMS_PER_TERM_MAX,
} from './limits.ts';
import { LISTENING_LINE_HOURS_MAX, LISTENING_LINE_LABEL_MAX, LISTENING_LINE_PHONE_MAX } from '../listening-line.ts';

export { IdParams } from './common.ts';
export { ARTICLE_STATUSES, ARTICLE_STATUS_LABELS, type ArticleStatus } from '../glossary.ts';

export const ARTICLE_SCOPES = ['national', 'academie'] as const;
export type ArticleScope = (typeof ARTICLE_SCOPES)[number];

// ─── Articles ──────────────────────────────────────────────────────────────────────────────────

export const SchemeFactsInput = Type.Object({
  forWhom: text(ARTICLE_SCHEME_FIELD_MAX),
  gives: text(ARTICLE_SCHEME_FIELD_MAX),
  howToAsk: text(ARTICLE_SCHEME_FIELD_MAX),
}, { additionalProperties: false });

/** A save of an article: creates it (POST) or a new version of it (PUT). */
export const ArticleDraftBody = Type.Object({
  slug: Slug,
  kind: oneOf(ARTICLE_KINDS),
  theme: oneOf(ARTICLE_THEMES),
  title: line(ARTICLE_TITLE_MAX),
  summary: text(ARTICLE_SUMMARY_MAX),
  /** Markdown. */
  body: text(ARTICLE_BODY_MAX),
  /** Empty: every agent. */
  audiences: Type.Array(oneOf(AGENT_CATEGORIES), { uniqueItems: true, maxItems: AGENT_CATEGORIES.length }),
  hrStaffOnly: Type.Boolean(),
  /** `national`, or `academie` with `academie` (default: the editor’s own académie). Fixed once created. */
  scope: oneOf(ARTICLE_SCOPES),
  academie: Type.Optional(nullable(AcademieCode)),
  situations: Type.Optional(Type.Array(oneOf(ARTICLE_SITUATIONS), { uniqueItems: true, maxItems: ARTICLE_SITUATIONS.length })),
  /** Required for a scheme (« dispositif »). */
  scheme: Type.Optional(nullable(SchemeFactsInput)),
  /** The date by which an editor should re-read it. */
  reviewDueOn: Type.Optional(nullable(Day)),
  relatedIds: Type.Optional(Type.Array(Uuid, { uniqueItems: true, maxItems: 20 })),
  contactPointIds: Type.Optional(Type.Array(Uuid, { uniqueItems: true, maxItems: 20 })),
  /** The académie’s actors of these kinds are shown beside the article. */
  contactPointKinds: Type.Optional(Type.Array(oneOf(CONTACT_POINT_KINDS), { uniqueItems: true, maxItems: CONTACT_POINT_KINDS.length })),
}, { additionalProperties: false });
export type ArticleDraftBody = Static<typeof ArticleDraftBody>;

export const PreviewBody = Type.Object({ body: Type.String({ maxLength: ARTICLE_BODY_MAX }) }, { additionalProperties: false });
export type PreviewBody = Static<typeof PreviewBody>;
export const Preview = Type.Object({ html: Type.String() });
export type Preview = Static<typeof Preview>;

export const ReviewBody = Type.Object({ comment: Type.Optional(text(REVIEW_COMMENT_MAX)) }, { additionalProperties: false });
export type ReviewBody = Static<typeof ReviewBody>;
export const ChangesBody = Type.Object({ comment: text(REVIEW_COMMENT_MAX) }, { additionalProperties: false });
export type ChangesBody = Static<typeof ChangesBody>;

export const ArticleReview = Type.Object({
  id: Type.String(),
  decision: oneOf(['published', 'changes_requested'] as const),
  comment: nullable(Type.String()),
  reviewer: PersonRef,
  versionNumber: Type.Integer(),
  createdAt: DateTime,
});
export type ArticleReview = Static<typeof ArticleReview>;

/** What the caller may do to this article, decided by the server. */
export const ArticleAbilities = Type.Object({
  edit: Type.Boolean(),
  submit: Type.Boolean(),
  /** A second editor: not the author of the version in review. */
  publish: Type.Boolean(),
  requestChanges: Type.Boolean(),
  archive: Type.Boolean(),
});
export type ArticleAbilities = Static<typeof ArticleAbilities>;

/** The working copy of an article, as editors see it. */
export const ArticleDetail = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  kind: oneOf(ARTICLE_KINDS),
  theme: oneOf(ARTICLE_THEMES),
  title: Type.String(),
  summary: Type.String(),
  body: Type.String(),
  bodyHtml: Type.String(),
  audiences: Type.Array(oneOf(AGENT_CATEGORIES)),
  hrStaffOnly: Type.Boolean(),
  scope: oneOf(ARTICLE_SCOPES),
  academie: nullable(Type.String()),
  situations: Type.Array(oneOf(ARTICLE_SITUATIONS)),
  scheme: nullable(SchemeFacts),
  status: oneOf(ARTICLE_STATUSES),
  reviewDueOn: nullable(Day),
  /** The review date has passed (or comes within 30 days). */
  reviewDue: Type.Boolean(),
  related: Type.Array(Type.Object({ id: Type.String(), slug: Type.String(), title: Type.String() })),
  contactPointIds: Type.Array(Type.String()),
  contactPointKinds: Type.Array(oneOf(CONTACT_POINT_KINDS)),
  attachments: Type.Array(ArticleAttachment),
  /** Who wrote the current version, who created the article. */
  author: PersonRef,
  createdBy: PersonRef,
  versionNumber: Type.Integer(),
  /** A version is online (the public reads it even while a new draft is written). */
  hasPublishedVersion: Type.Boolean(),
  publishedVersionNumber: nullable(Type.Integer()),
  publishedAt: nullable(DateTime),
  submittedAt: nullable(DateTime),
  createdAt: DateTime,
  updatedAt: DateTime,
  reviews: Type.Array(ArticleReview),
  /** Where the public reads it. */
  url: Type.String(),
  abilities: ArticleAbilities,
});
export type ArticleDetail = Static<typeof ArticleDetail>;

export const EditorArticlesQuery = Type.Object({
  ...PageQuery.properties,
  status: Type.Optional(oneOf(ARTICLE_STATUSES)),
  theme: Type.Optional(oneOf(ARTICLE_THEMES)),
  kind: Type.Optional(oneOf(ARTICLE_KINDS)),
  scope: Type.Optional(oneOf(ARTICLE_SCOPES)),
  /** Words of the title or the slug. */
  q: Type.Optional(line(ARTICLE_SEARCH_MAX, { blank: true })),
  /** Only those whose review date has come (« À relire »), soonest first. */
  due: Type.Optional(Type.Boolean()),
}, { additionalProperties: false });
export type EditorArticlesQuery = Static<typeof EditorArticlesQuery>;

export const EditorArticleItem = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  title: Type.String(),
  kind: oneOf(ARTICLE_KINDS),
  theme: oneOf(ARTICLE_THEMES),
  scope: oneOf(ARTICLE_SCOPES),
  academie: nullable(Type.String()),
  status: oneOf(ARTICLE_STATUSES),
  hrStaffOnly: Type.Boolean(),
  reviewDueOn: nullable(Day),
  reviewDue: Type.Boolean(),
  hasPublishedVersion: Type.Boolean(),
  author: PersonRef,
  updatedAt: DateTime,
});
export type EditorArticleItem = Static<typeof EditorArticleItem>;
export const EditorArticlePage = pageOf(EditorArticleItem);
export type EditorArticlePage = Static<typeof EditorArticlePage>;

export const ArticleVersionParams = Type.Object({ id: Uuid, versionId: Uuid });
export type ArticleVersionParams = Static<typeof ArticleVersionParams>;
export const ArticleAttachmentIdParams = Type.Object({ id: Uuid, attachmentId: Uuid });
export type ArticleAttachmentIdParams = Static<typeof ArticleAttachmentIdParams>;

export const ArticleVersion = Type.Object({
  id: Type.String(),
  number: Type.Integer(),
  title: Type.String(),
  author: PersonRef,
  createdAt: DateTime,
  /** This version is the one online. */
  published: Type.Boolean(),
});
export type ArticleVersion = Static<typeof ArticleVersion>;
export const ArticleVersions = Type.Object({ items: Type.Array(ArticleVersion) });
export type ArticleVersions = Static<typeof ArticleVersions>;
export const ArticleVersionDetail = Type.Object({
  ...ArticleVersion.properties,
  summary: Type.String(),
  body: Type.String(),
  bodyHtml: Type.String(),
});
export type ArticleVersionDetail = Static<typeof ArticleVersionDetail>;

/** The text fields of an attachment upload (multipart, beside the `file` part). */
export const AttachmentFields = Type.Object({
  label: line(ARTICLE_TITLE_MAX),
  /** Required for an image. */
  alt: Type.Optional(line(ARTICLE_ALT_MAX, { blank: true })),
});
export type AttachmentFields = Static<typeof AttachmentFields>;

// Synonyms and « questions types »

/** What the caller may do to a synonym or a « question type »: national ones are national editors'. */
export const SearchSettingAbilities = Type.Object({ edit: Type.Boolean(), delete: Type.Boolean() });
export type SearchSettingAbilities = Static<typeof SearchSettingAbilities>;

export const Synonym = Type.Object({
  id: Type.String(),
  term: Type.String(),
  synonyms: Type.Array(Type.String()),
  /** `null`: national. */
  academie: nullable(Type.String()),
  abilities: SearchSettingAbilities,
});
export type Synonym = Static<typeof Synonym>;
export const Synonyms = Type.Object({ items: Type.Array(Synonym) });
export type Synonyms = Static<typeof Synonyms>;
export const SynonymBody = Type.Object({
  term: line(SYNONYM_TERM_MAX),
  synonyms: Type.Array(line(SYNONYM_TERM_MAX), { minItems: 1, maxItems: SYNONYMS_PER_TERM_MAX }),
}, { additionalProperties: false });
export type SynonymBody = Static<typeof SynonymBody>;

export const CuratedQuestion = Type.Object({
  id: Type.String(),
  question: Type.String(),
  articles: Type.Array(Type.Object({ id: Type.String(), slug: Type.String(), title: Type.String() })),
  academie: nullable(Type.String()),
  abilities: SearchSettingAbilities,
});
export type CuratedQuestion = Static<typeof CuratedQuestion>;
export const CuratedQuestions = Type.Object({ items: Type.Array(CuratedQuestion) });
export type CuratedQuestions = Static<typeof CuratedQuestions>;
export const CuratedQuestionBody = Type.Object({
  question: line(CURATED_QUESTION_MAX),
  articleIds: Type.Array(Uuid, { minItems: 1, maxItems: 5, uniqueItems: true }),
}, { additionalProperties: false });
export type CuratedQuestionBody = Static<typeof CuratedQuestionBody>;

// The académie's listening line (« cellule d'écoute »), given by the assistant when it hands over

/** Whose line: the editor's académie when absent (a national editor names one). */
export const ListeningLineQuery = Type.Object({ academie: Type.Optional(AcademieCode) }, { additionalProperties: false });
export type ListeningLineQuery = Static<typeof ListeningLineQuery>;
export const ListeningLineBody = Type.Object({
  label: line(LISTENING_LINE_LABEL_MAX),
  /** A French number (src/shared/listening-line.ts), stored as it is dialled: « 03 22 82 38 25 ». */
  phone: line(LISTENING_LINE_PHONE_MAX),
  /** « Du lundi au vendredi, de 9 h à 17 h »; blank: not said. */
  hours: line(LISTENING_LINE_HOURS_MAX, { blank: true }),
}, { additionalProperties: false });
export type ListeningLineBody = Static<typeof ListeningLineBody>;
export const ListeningLineSettings = Type.Object({
  academie: Type.Object({ code: Type.String(), name: Type.String() }),
  /** The line exactly as the assistant and the mallette give it; null: the académie has set none. */
  listeningLine: nullable(ListeningLine),
});
export type ListeningLineSettings = Static<typeof ListeningLineSettings>;

// Figures: counts only, never a person

export const StatsQuery = Type.Object({
  /** Default: the last 30 days. */
  from: Type.Optional(Day),
  to: Type.Optional(Day),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 50 })),
}, { additionalProperties: false });
export type StatsQuery = Static<typeof StatsQuery>;

export const UnansweredQuestion = Type.Object({
  /** The question’s words, normalised (lower case, no accents, sorted, no small words). */
  words: Type.String(),
  count: Type.Integer(),
  lastSeenOn: Day,
  /** Where it was asked: the search box or the assistant. */
  sources: Type.Array(oneOf(['search', 'assistant'] as const)),
});
export type UnansweredQuestion = Static<typeof UnansweredQuestion>;
export const UnansweredQuestions = Type.Object({ from: Day, to: Day, items: Type.Array(UnansweredQuestion) });
export type UnansweredQuestions = Static<typeof UnansweredQuestions>;

export const ArticleViewStats = Type.Object({
  from: Day,
  to: Day,
  total: Type.Integer(),
  /** Most read first. */
  items: Type.Array(Type.Object({ articleId: Type.String(), slug: Type.String(), title: Type.String(), views: Type.Integer() })),
  byDay: Type.Array(Type.Object({ day: Day, views: Type.Integer() })),
});
export type ArticleViewStats = Static<typeof ArticleViewStats>;
