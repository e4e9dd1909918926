/** The shape of the demo knowledge base (see ../knowledge-articles.ts). */
export type DemoArticleKind = 'sheet' | 'faq' | 'guide' | 'scheme';
export type DemoTheme =
  | 'mobility'
  | 'career'
  | 'training'
  | 'health_worklife'
  | 'social_action'
  | 'protection'
  | 'end_of_career'
  | 'telework'
  | 'managerial_support';
export type DemoSituation =
  | 'starting'
  | 'changing_job'
  | 'in_difficulty'
  | 'preparing_retirement'
  | 'developing_skills'
  | 'managing_a_team'
  | 'family_and_life';
export type DemoAudience = 'first_degree' | 'second_degree' | 'biatss' | 'leadership';

export interface DemoArticle {
  /** kebab-case ascii, unique */
  slug: string;
  kind: DemoArticleKind;
  theme: DemoTheme;
  title: string;
  /** one or two sentences */
  summary: string;
  /** Markdown, 120–350 words, `##` headings and lists */
  body: string;
  /** empty = everyone */
  audiences: DemoAudience[];
  /** a sheet meant for HR staff only */
  hrStaffOnly?: boolean;
  /** 'academie' = specific to the demo académie (Amiens: Aisne 02, Oise 60, Somme 80) */
  scope: 'national' | 'academie';
  situations: DemoSituation[];
  related: string[];
  /** required when kind = 'scheme' */
  scheme?: { forWhom: string; gives: string; howToAsk: string };
  /** free words naming the actors who handle the subject */
  contactPointKinds?: string[];
}
