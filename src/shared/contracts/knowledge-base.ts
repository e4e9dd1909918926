/**
 * The reader's contract of the knowledge base (issue 15): published articles and their French search,
 * the assistant « Poser une question » and the « mallette de l’accompagnement », as agents and the
 * public read them. Published core: API.md « Information ». The editors' work (drafts, review,
 * versions, synonyms, « questions types », listening line, figures): knowledge-base-editor.ts.
 *
 * Routes (server: src/server/modules/knowledge-base/routes.ts), public (signed in or not; what is shown
 * depends on who asks: audiences, HR-staff-only sheets):
 *   GET    /api/articles?q=&academie=&theme=&kind=&situation=&limit=      ArticleSearchQuery → ArticleSearchResults
 *   GET    /api/articles/:slug?academie=                                 ArticleSlugParams, AcademieQuery → PublishedArticle (counts a view)
 *   GET    /api/articles/:slug/attachments/:attachmentId?academie=       the file (PDF, image)
 *   POST   /api/assistant { question, academie? }                        AssistantBody → AssistantAnswer (rate limited)
 *   GET    /api/mallette/:academie                                        AcademieParams → Mallette
 *
 * `bodyHtml` is rendered on the server by `renderMarkdown(body)` (src/shared/markdown.ts).
 * Every `url` is the interface page `/informations/<slug>`, with `?academie=<CODE>` when an académie was asked.
 * `excerpt` of a search result is HTML whose only tags are <mark> and </mark>; everything else in it
 * is escaped. Assistant passages are plain text, exactly as the article says it.
 */
import { Type, type Static } from 'typebox';
import { AGENT_CATEGORIES, ARTICLE_KINDS, ARTICLE_SITUATIONS, ARTICLE_THEMES, TOPICS } from '../glossary.ts';
import { DateTime, Uuid, line, nullable, oneOf } from './common.ts';
import { PublicContactPoint } from './orientation.ts';
import { ARTICLE_SEARCH_MAX, ARTICLE_SLUG_MAX, ASSISTANT_QUESTION_MAX } from './limits.ts';

export {
  ARTICLE_KINDS, ARTICLE_KIND_LABELS, ARTICLE_SITUATIONS, ARTICLE_SITUATION_LABELS, ARTICLE_THEMES, ARTICLE_THEME_LABELS,
  type ArticleKind, type ArticleSituation, type ArticleTheme,
} from '../glossary.ts';

/** An académie code (upper case, no accent): `AMIENS`, `NANCY-METZ`. */
export const AcademieCode = Type.String({ pattern: '^[A-Z-]{2,30}$', maxLength: 30 });
/** A slug: lower-case ASCII words joined by hyphens. */
export const Slug = Type.String({ pattern: '^[a-z0-9]+(-[a-z0-9]+)*$', minLength: 2, maxLength: ARTICLE_SLUG_MAX });

export const ATTACHMENT_KINDS = ['document', 'image'] as const;

// ─── Public: search, article, assistant, mallette ──────────────────────────────────────────────

export const AcademieQuery = Type.Object({
  /** The académie whose articles are added to, and override, the national ones. */
  academie: Type.Optional(AcademieCode),
}, { additionalProperties: false });
export type AcademieQuery = Static<typeof AcademieQuery>;
export const AcademieParams = Type.Object({ academie: AcademieCode });
export type AcademieParams = Static<typeof AcademieParams>;
export const ArticleSlugParams = Type.Object({ slug: Slug });
export type ArticleSlugParams = Static<typeof ArticleSlugParams>;
export const ArticleAttachmentParams = Type.Object({ slug: Slug, attachmentId: Uuid });
export type ArticleAttachmentParams = Static<typeof ArticleAttachmentParams>;

export const ArticleSearchQuery = Type.Object({
  /** What people type (`websearch_to_tsquery`: « "mot exact" », « -exclu », « ou »). Absent or blank: every article, by title. */
  q: Type.Optional(line(ARTICLE_SEARCH_MAX, { blank: true })),
  academie: Type.Optional(AcademieCode),
  theme: Type.Optional(oneOf(ARTICLE_THEMES)),
  kind: Type.Optional(oneOf(ARTICLE_KINDS)),
  situation: Type.Optional(oneOf(ARTICLE_SITUATIONS)),
  limit: Type.Optional(Type.Integer({ minimum: 1, maximum: 200, default: 20 })),
}, { additionalProperties: false });
export type ArticleSearchQuery = Static<typeof ArticleSearchQuery>;

/** One result (API.md: id, slug, title, excerpt, url; the rest is added). */
export const ArticleSearchItem = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  title: Type.String(),
  /** Safe HTML: the matching words in <mark>, nothing else as markup. Without `q`: the summary, escaped. */
  excerpt: Type.String(),
  /** The article’s page, e.g. `/informations/mobilite-intra-academique?academie=AMIENS`. */
  url: Type.String(),
  summary: Type.String(),
  kind: oneOf(ARTICLE_KINDS),
  theme: oneOf(ARTICLE_THEMES),
  hrStaffOnly: Type.Boolean(),
});
export type ArticleSearchItem = Static<typeof ArticleSearchItem>;
export const ArticleSearchResults = Type.Object({
  items: Type.Array(ArticleSearchItem),
  /** When the words were corrected (« mutaion » → « mutation »): what was searched instead. */
  correctedQuery: Type.Optional(nullable(Type.String())),
});
export type ArticleSearchResults = Static<typeof ArticleSearchResults>;

export const SchemeFacts = Type.Object({
  /** « À qui s’adresse ce dispositif ? » */
  forWhom: Type.String(),
  /** « Ce qu’il apporte » */
  gives: Type.String(),
  /** « Comment le demander ? » */
  howToAsk: Type.String(),
});
export type SchemeFacts = Static<typeof SchemeFacts>;

export const ArticleAttachment = Type.Object({
  id: Type.String(),
  kind: oneOf(ATTACHMENT_KINDS),
  label: Type.String(),
  /** The alternative text of an image (required for images); null for a document. */
  alt: nullable(Type.String()),
  fileName: Type.String(),
  mediaType: Type.String(),
  size: Type.Integer(),
  /** Where to download or show it (public route). */
  url: Type.String(),
});
export type ArticleAttachment = Static<typeof ArticleAttachment>;

export const ArticleLink = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  url: Type.String(),
});
export type ArticleLink = Static<typeof ArticleLink>;

/** One published article as the reader sees it. */
export const PublishedArticle = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  kind: oneOf(ARTICLE_KINDS),
  theme: oneOf(ARTICLE_THEMES),
  audiences: Type.Array(oneOf(AGENT_CATEGORIES)),
  hrStaffOnly: Type.Boolean(),
  /** `null`: national; else the académie whose article this is. */
  academie: nullable(Type.String()),
  situations: Type.Array(oneOf(ARTICLE_SITUATIONS)),
  scheme: nullable(SchemeFacts),
  /** Sanitised HTML, rendered on the server from the Markdown. */
  bodyHtml: Type.String(),
  url: Type.String(),
  publishedAt: DateTime,
  /** The date of the last review, when the article says it is up to date. */
  updatedAt: DateTime,
  attachments: Type.Array(ArticleAttachment),
  related: Type.Array(ArticleLink),
  /** The actors who handle it: named ones, then those of the académie of the kinds the article names. */
  contactPoints: Type.Array(PublicContactPoint),
});
export type PublishedArticle = Static<typeof PublishedArticle>;

export const AssistantBody = Type.Object({
  question: line(ASSISTANT_QUESTION_MAX),
  academie: Type.Optional(AcademieCode),
}, { additionalProperties: false });
export type AssistantBody = Static<typeof AssistantBody>;

/** A passage: the paragraph(s) of a published article, as written (plain text). */
export const AssistantPassage = Type.Object({
  articleId: Type.String(),
  title: Type.String(),
  url: Type.String(),
  text: Type.String(),
  /** Added: the article’s slug, and whether it came from a « question type ». */
  slug: Type.String(),
  curated: Type.Boolean(),
});
export type AssistantPassage = Static<typeof AssistantPassage>;

export const ListeningLine = Type.Object({
  label: Type.String(),
  phone: Type.String(),
  /** « du lundi au vendredi, de 9 h à 18 h », when known. */
  hours: nullable(Type.String()),
});
export type ListeningLine = Static<typeof ListeningLine>;

/** What the new-request form is pre-filled with (the agent edits it before sending). */
export const RequestDraft = Type.Object({
  topic: oneOf(TOPICS),
  subject: Type.String(),
  description: Type.String(),
});
export type RequestDraft = Static<typeof RequestDraft>;

export const Handover = Type.Object({
  /** Said plainly, in French: why the assistant hands over. */
  message: Type.String(),
  /** Why: nothing relevant found, or a subject an adviser must hear (health, violence, harassment, distress). */
  reason: oneOf(['no_answer', 'sensitive'] as const),
  requestDraft: Type.Optional(RequestDraft),
  listeningLine: Type.Optional(nullable(ListeningLine)),
});
export type Handover = Static<typeof Handover>;

export const AssistantAnswer = Type.Object({
  answered: Type.Boolean(),
  passages: Type.Array(AssistantPassage),
  handover: nullable(Handover),
});
export type AssistantAnswer = Static<typeof AssistantAnswer>;

/** A scheme in the mallette: who for, what it gives, how to ask. */
export const MalletteScheme = Type.Object({
  id: Type.String(),
  slug: Type.String(),
  title: Type.String(),
  summary: Type.String(),
  url: Type.String(),
  scheme: nullable(SchemeFacts),
  contactPoints: Type.Array(PublicContactPoint),
});
export type MalletteScheme = Static<typeof MalletteScheme>;

export const MalletteSituation = Type.Object({
  key: oneOf(ARTICLE_SITUATIONS),
  title: Type.String(),
  intro: Type.String(),
  /** The « dispositif » articles of the situation. */
  schemes: Type.Array(MalletteScheme),
  /** The other articles (sheets, guides, FAQ) of the situation. */
  articles: Type.Array(ArticleLink),
  /** The actors of the académie who handle the situation’s schemes and articles. */
  contactPoints: Type.Array(PublicContactPoint),
});
export type MalletteSituation = Static<typeof MalletteSituation>;

export const Mallette = Type.Object({
  academie: Type.Object({ code: Type.String(), name: Type.String() }),
  situations: Type.Array(MalletteSituation),
  listeningLine: nullable(ListeningLine),
});
export type Mallette = Static<typeof Mallette>;
