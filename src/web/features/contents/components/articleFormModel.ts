/** The state, the checks and the body of the article form, apart from its markup. */
import {
  ARTICLE_KINDS, ARTICLE_THEMES, type ArticleKind, type ArticleSituation, type ArticleTheme,
} from '../../../../shared/contracts/knowledge-base.ts';
import type { ArticleDetail, ArticleDraftBody, ArticleScope } from '../../../../shared/contracts/knowledge-base-editor.ts';
import {
  ARTICLE_BODY_MAX, ARTICLE_SCHEME_FIELD_MAX, ARTICLE_SLUG_MAX, ARTICLE_SUMMARY_MAX, ARTICLE_TITLE_MAX,
} from '../../../../shared/contracts/limits.ts';
import type { AgentCategory, ContactPointKind } from '../../../../shared/glossary.ts';
import type { PickedArticle } from './ArticlePicker.tsx';

export interface ArticleFormValues {
  title: string;
  slug: string;
  /** The address follows the title until the editor writes one (or the article exists). */
  slugTouched: boolean;
  summary: string;
  body: string;
  kind: ArticleKind | '';
  theme: ArticleTheme | '';
  audiences: AgentCategory[];
  hrStaffOnly: boolean;
  scope: ArticleScope;
  academie: string | null;
  situations: ArticleSituation[];
  forWhom: string;
  gives: string;
  howToAsk: string;
  reviewDueOn: string;
  related: PickedArticle[];
  contactPointIds: string[];
  contactPointKinds: ContactPointKind[];
}

export type FieldErrors = Record<string, string>;

/** « Congé de formation professionnelle » → « conge-de-formation-professionnelle ». */
export function slugify(title: string): string {
  return title
    .normalize('NFD').replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/œ/g, 'oe').replace(/æ/g, 'ae')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '')
    .slice(0, ARTICLE_SLUG_MAX)
    .replace(/-+$/, '');
}

export function emptyValues(scope: ArticleScope, academie: string | null, title = ''): ArticleFormValues {
  return {
    title, slug: slugify(title), slugTouched: false, summary: '', body: '', kind: '', theme: '', audiences: [], hrStaffOnly: false,
    scope, academie, situations: [], forWhom: '', gives: '', howToAsk: '', reviewDueOn: '', related: [], contactPointIds: [],
    contactPointKinds: [],
  };
}

export function valuesOf(article: ArticleDetail): ArticleFormValues {
  return {
    title: article.title,
    slug: article.slug,
    slugTouched: true,
    summary: article.summary,
    body: article.body,
    kind: article.kind,
    theme: article.theme,
    audiences: [...article.audiences],
    hrStaffOnly: article.hrStaffOnly,
    scope: article.scope,
    academie: article.academie,
    situations: [...article.situations],
    forWhom: article.scheme?.forWhom ?? '',
    gives: article.scheme?.gives ?? '',
    howToAsk: article.scheme?.howToAsk ?? '',
    reviewDueOn: article.reviewDueOn ?? '',
    related: article.related.map((r) => ({ id: r.id, title: r.title })),
    contactPointIds: [...article.contactPointIds],
    contactPointKinds: [...article.contactPointKinds],
  };
}

const tooLong = (what: string, max: number) => `${what} dépasse ${max.toLocaleString('fr-FR')} caractères : raccourcissez-le.`;

/** The same rules as the server's schema, said before the round trip. */
export function validate(values: ArticleFormValues): FieldErrors {
  const errors: FieldErrors = {};
  if (values.title.trim() === '') errors.title = 'Indiquez le titre de l’article.';
  else if (values.title.length > ARTICLE_TITLE_MAX) errors.title = tooLong('Le titre', ARTICLE_TITLE_MAX);
  if (values.slug === '') errors.slug = 'Indiquez l’adresse de l’article.';
  else if (!/^[a-z0-9]+(-[a-z0-9]+)*$/.test(values.slug) || values.slug.length < 2 || values.slug.length > ARTICLE_SLUG_MAX) {
    errors.slug = 'L’adresse ne contient que des lettres minuscules sans accent, des chiffres et des tirets (par exemple « temps-partiel »).';
  }
  if (values.summary.trim() === '') errors.summary = 'Résumez l’article en une ou deux phrases.';
  else if (values.summary.length > ARTICLE_SUMMARY_MAX) errors.summary = tooLong('Le résumé', ARTICLE_SUMMARY_MAX);
  if (values.body.trim() === '') errors.body = 'Écrivez le texte de l’article.';
  else if (values.body.length > ARTICLE_BODY_MAX) errors.body = tooLong('Le texte', ARTICLE_BODY_MAX);
  if (values.kind === '' || !ARTICLE_KINDS.includes(values.kind)) errors.kind = 'Choisissez le type de contenu.';
  if (values.theme === '' || !ARTICLE_THEMES.includes(values.theme)) errors.theme = 'Choisissez le thème.';
  if (values.kind === 'scheme') {
    const scheme = { forWhom: 'À qui il s’adresse', gives: 'Ce qu’il apporte', howToAsk: 'Comment le demander' } as const;
    for (const [field, label] of Object.entries(scheme) as Array<[keyof typeof scheme, string]>) {
      if (values[field].trim() === '') errors[field] = `Un dispositif dit « ${label} ».`;
      else if (values[field].length > ARTICLE_SCHEME_FIELD_MAX) errors[field] = tooLong('Ce texte', ARTICLE_SCHEME_FIELD_MAX);
    }
  }
  if (values.reviewDueOn !== '' && !/^\d{4}-\d{2}-\d{2}$/.test(values.reviewDueOn)) errors.reviewDueOn = 'Indiquez une date valide.';
  return errors;
}

/** The body of POST or PUT /api/editor/articles, once `validate` found nothing. */
export function toBody(values: ArticleFormValues): ArticleDraftBody {
  return {
    slug: values.slug,
    kind: values.kind as ArticleKind,
    theme: values.theme as ArticleTheme,
    title: values.title.trim(),
    summary: values.summary.trim(),
    body: values.body,
    audiences: values.audiences,
    hrStaffOnly: values.hrStaffOnly,
    scope: values.scope,
    academie: values.scope === 'national' ? null : values.academie,
    situations: values.situations,
    scheme: values.kind === 'scheme'
      ? { forWhom: values.forWhom.trim(), gives: values.gives.trim(), howToAsk: values.howToAsk.trim() }
      : null,
    reviewDueOn: values.reviewDueOn === '' ? null : values.reviewDueOn,
    relatedIds: values.related.map((r) => r.id),
    contactPointIds: values.contactPointIds,
    contactPointKinds: values.contactPointKinds,
  };
}

/** Where each field is reached from the error summary, and its name there. */
export const FIELD_TARGETS: Record<string, { id: string; label: string }> = {
  title: { id: 'article-titre', label: 'Titre' },
  slug: { id: 'article-adresse', label: 'Adresse' },
  summary: { id: 'article-resume', label: 'Résumé' },
  body: { id: 'article-corps', label: 'Texte' },
  kind: { id: 'article-type', label: 'Type de contenu' },
  theme: { id: 'article-theme', label: 'Thème' },
  forWhom: { id: 'article-pour-qui', label: 'À qui s’adresse le dispositif' },
  gives: { id: 'article-apport', label: 'Ce qu’il apporte' },
  howToAsk: { id: 'article-demande', label: 'Comment le demander' },
  reviewDueOn: { id: 'article-revision', label: 'Date de révision' },
  relatedIds: { id: 'article-liens-recherche', label: 'Articles liés' },
  scope: { id: 'article-portee-0', label: 'Portée' },
};
