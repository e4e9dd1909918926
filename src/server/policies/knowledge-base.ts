import type { CurrentUser } from '../auth/current-user.ts';
import type { AgentCategory } from '../../shared/glossary.ts';
import { editsFor } from './key-dates.ts';
import { hasRole } from './roles.ts';
import type { RecordRules, RouteRules } from './rule.ts';

/** What a policy needs to know of an article: its scope, its state, and who wrote the version under review. */
export interface ArticleFacts {
  /** Null: national. */
  academieCode: string | null;
  status: 'draft' | 'in_review' | 'published' | 'archived';
  /** The author of the current version (the one submitted for review). */
  versionAuthorId: string;
}

/** Whose articles a reader may read: every one (HR staff), or the articles for everyone and for these categories. */
export interface ArticleReadership {
  /** HR staff read every article, the sheets written for them included. */
  hrStaff: boolean;
  /** The agent's own category; empty for somebody not signed in, who reads the articles for everyone only. */
  categories: AgentCategory[];
}

/**
 * Who reads what. HR staff (any role but `agent`: advisers, coordinators, contact points,
 * editors, steering, administrators) read every published article; an agent the articles for
 * everyone and for their category; somebody not signed in the articles for everyone. A sheet for
 * HR staff only is never shown to an agent nor to the public.
 */
export function articleReadership(user: CurrentUser | null, category: AgentCategory | null): ArticleReadership {
  if (user === null) return { hrStaff: false, categories: [] };
  const hrStaff = user.roles.some((r) => r.role !== 'agent');
  return { hrStaff, categories: category ? [category] : [] };
}

export const knowledgeBaseRouteRules = {
  /** Articles, synonyms, « questions types » and « questions sans réponse » are the editors’ (« Contenus »). */
  'articles.edit': (user) => hasRole(user, 'editor'),
  /** Views of the articles (counts only): editors, and steering. */
  'articleViews.read': (user) => hasRole(user, 'editor') || hasRole(user, 'steering'),
} satisfies RouteRules;

export const articleRules = {
  /** An editor writes the articles of their académie; national ones are a national editor's. */
  'article.edit': (user, a) => editsFor(user, a.academieCode) && a.status !== 'archived',
  /** Submitted by an editor of its scope, from a draft. */
  'article.submit': (user, a) => editsFor(user, a.academieCode) && a.status === 'draft',
  /** Published by a second editor of its scope: never by the author of the version under review. */
  'article.publish': (user, a) => editsFor(user, a.academieCode) && a.status === 'in_review' && a.versionAuthorId !== user.id,
  /** Sent back to its author by a second editor. */
  'article.requestChanges': (user, a) => editsFor(user, a.academieCode) && a.status === 'in_review' && a.versionAuthorId !== user.id,
  /** Withdrawn from the public by an editor of its scope. */
  'article.archive': (user, a) => editsFor(user, a.academieCode) && a.status !== 'archived',
  /** Read (working copy, versions) by an editor of its scope; national articles by every editor (an académie overrides them). */
  'article.read': (user, a) => editsFor(user, a.academieCode) || (a.academieCode === null && hasRole(user, 'editor')),
} satisfies RecordRules<ArticleFacts>;

/** May this editor write the synonyms and « questions types » of this scope (null: national)? */
export function editsKnowledgeFor(user: CurrentUser, academieCode: string | null): boolean {
  return editsFor(user, academieCode);
}
