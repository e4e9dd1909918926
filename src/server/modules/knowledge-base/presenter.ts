import type { CurrentUser } from '../../auth/current-user.ts';
import { can, type ArticleFacts } from '../../policies/index.ts';
import type { ArticleAttachment } from '../../../shared/contracts/knowledge-base.ts';
import type { ArticleDetail, ArticleReview, ArticleVersion, EditorArticleItem } from '../../../shared/contracts/knowledge-base-editor.ts';
import type { AgentCategory, ArticleKind, ArticleSituation, ArticleStatus, ArticleTheme, ContactPointKind } from '../../../shared/glossary.ts';
import { articleUrl, parisDay } from './repository.ts';

/** A review date within this many days is « à relire ». */
export const REVIEW_NOTICE_DAYS = 30;

export function reviewIsDue(reviewDueOn: string | null, now = new Date()): boolean {
  if (!reviewDueOn) return false;
  const soon = parisDay(new Date(now.getTime() + REVIEW_NOTICE_DAYS * 86_400_000));
  return reviewDueOn <= soon;
}

export function presentAttachment(a: { id: string; kind: 'document' | 'image'; label: string; alt: string | null; file_name: string; media_type: string; size: number },
  slug: string, academie: string | null): ArticleAttachment {
  return {
    id: a.id, kind: a.kind, label: a.label, alt: a.alt, fileName: a.file_name, mediaType: a.media_type, size: a.size,
    url: `/api/articles/${slug}/attachments/${a.id}${academie ? `?academie=${encodeURIComponent(academie)}` : ''}`,
  };
}

/** An article as loaded for an editor (load-article.ts). */
export interface EditorArticleRow {
  id: string; slug: string; academie_code: string | null; status: ArticleStatus; review_due_on: string | null;
  contact_point_kinds: string[]; published_at: Date | null; submitted_at: Date | null; created_at: Date; updated_at: Date;
  created_by: string; creator_name: string;
  version_id: string; version_number: number; author_id: string; author_name: string;
  kind: string; theme: string; title: string; summary: string; body: string; body_html: string;
  audiences: string[]; hr_staff_only: boolean; situations: string[]; scheme: { forWhom: string; gives: string; howToAsk: string } | null;
  published_version_number: number | null;
}

export function articleFacts(a: { academie_code: string | null; status: ArticleStatus; author_id: string }): ArticleFacts {
  return { academieCode: a.academie_code, status: a.status, versionAuthorId: a.author_id };
}

export function presentArticleDetail(user: CurrentUser, a: EditorArticleRow, extra: {
  related: Array<{ id: string; slug: string; title: string }>;
  contactPointIds: string[];
  attachments: ArticleAttachment[];
  reviews: ArticleReview[];
}): ArticleDetail {
  const facts = articleFacts(a);
  return {
    id: a.id,
    slug: a.slug,
    kind: a.kind as ArticleKind,
    theme: a.theme as ArticleTheme,
    title: a.title,
    summary: a.summary,
    body: a.body,
    bodyHtml: a.body_html,
    audiences: a.audiences as AgentCategory[],
    hrStaffOnly: a.hr_staff_only,
    scope: a.academie_code ? 'academie' : 'national',
    academie: a.academie_code,
    situations: a.situations as ArticleSituation[],
    scheme: a.scheme,
    status: a.status,
    reviewDueOn: a.review_due_on,
    reviewDue: reviewIsDue(a.review_due_on),
    related: extra.related,
    contactPointIds: extra.contactPointIds,
    contactPointKinds: a.contact_point_kinds as ContactPointKind[],
    attachments: extra.attachments,
    author: { id: a.author_id, displayName: a.author_name },
    createdBy: { id: a.created_by, displayName: a.creator_name },
    versionNumber: a.version_number,
    hasPublishedVersion: a.published_version_number !== null,
    publishedVersionNumber: a.published_version_number,
    publishedAt: a.published_at?.toISOString() ?? null,
    submittedAt: a.submitted_at?.toISOString() ?? null,
    createdAt: a.created_at.toISOString(),
    updatedAt: a.updated_at.toISOString(),
    reviews: extra.reviews,
    url: articleUrl(a.slug, a.academie_code),
    abilities: {
      edit: can(user, 'article.edit', facts),
      submit: can(user, 'article.submit', facts),
      publish: can(user, 'article.publish', facts),
      requestChanges: can(user, 'article.requestChanges', facts),
      archive: can(user, 'article.archive', facts),
    },
  };
}

export function presentEditorItem(r: {
  id: string; slug: string; academie_code: string | null; status: ArticleStatus; review_due_on: string | null; updated_at: Date;
  title: string; kind: string; theme: string; hr_staff_only: boolean; published_version_id: string | null; author_id: string; author_name: string;
}): EditorArticleItem {
  return {
    id: r.id, slug: r.slug, title: r.title, kind: r.kind as ArticleKind, theme: r.theme as ArticleTheme,
    scope: r.academie_code ? 'academie' : 'national', academie: r.academie_code, status: r.status, hrStaffOnly: r.hr_staff_only,
    reviewDueOn: r.review_due_on, reviewDue: reviewIsDue(r.review_due_on), hasPublishedVersion: r.published_version_id !== null,
    author: { id: r.author_id, displayName: r.author_name }, updatedAt: r.updated_at.toISOString(),
  };
}

export function presentVersion(v: { id: string; number: number; title: string; author_id: string; author_name: string; created_at: Date; live: boolean }): ArticleVersion {
  return { id: v.id, number: v.number, title: v.title, author: { id: v.author_id, displayName: v.author_name }, createdAt: v.created_at.toISOString(), published: v.live };
}
