/**
 * The contract of the satisfaction module: the survey after closure and the national panel
 * questionnaire (public, reached by a one-time link), the free text of the answers for the
 * académie's coordinator, and the panel draws for the national coordinator. A public route
 * answers with the request's reference at most; the panels carry counts, never names.
 */
import { Type, type Static } from 'typebox';
import { Day, IdParams, oneOf, PageQuery, pageOf } from './common.ts';
import { AGENT_CATEGORIES, HEARD_FROM } from '../glossary.ts';
import {
  PANEL_PER_DEPARTEMENT_DEFAULT, PANEL_PER_DEPARTEMENT_MAX, PANEL_PER_DEPARTEMENT_MIN, PANEL_SEED_MAX, PANEL_SEED_PATTERN, SURVEY_TEXT_MAX,
} from './limits.ts';

const Scale5 = (description: string) => Type.Integer({ minimum: 1, maximum: 5, description });
/** The 0–10 scale of the State's « Services Publics+ » programme. */
const Scale10 = Type.Integer({ minimum: 0, maximum: 10, description: 'Satisfaction globale, de 0 à 10 (Services Publics+)' });
const FreeText = Type.String({ maxLength: SURVEY_TEXT_MAX });

/**
 * A questionnaire's one-time link. Not a UUID: 43 base64url characters as issued; anything else
 * is answered « lien inconnu » (404) like an unknown token, so a truncated link reads the same.
 */
export const TokenParams = Type.Object({ token: Type.String({ maxLength: 200 }) });
export type TokenParams = Static<typeof TokenParams>;

export const SURVEY_STATUSES = ['open', 'answered', 'expired'] as const;
export const SurveyStatus = oneOf(SURVEY_STATUSES);
/** Open, answered or expired: answered wins, so a second use is told it was already used. */
export type SurveyStatus = Static<typeof SurveyStatus>;

/** The public view of a survey after closure: which request it is about, nothing of its content. */
export const SurveyView = Type.Object({ status: SurveyStatus, reference: Type.String(), expiresAt: Type.String({ format: 'date-time' }) });
export type SurveyView = Static<typeof SurveyView>;

export const SurveyAnswer = Type.Object({
  ease: Scale5('Facilité à joindre le service'),
  delay: Scale5('Délai de réponse'),
  listening: Scale5('Qualité de l’écoute'),
  clarity: Scale5('Clarté de la réponse'),
  usefulness: Scale5('Utilité de la réponse ou de l’orientation'),
  overall: Scale10,
  improvement: Type.Optional(FreeText),
}, { additionalProperties: false });
export type SurveyAnswer = Static<typeof SurveyAnswer>;

/** The answer to a questionnaire sent: 201. */
export const Thanks = Type.Object({ status: Type.Literal('answered'), message: Type.String() });
export type Thanks = Static<typeof Thanks>;

export const CommentsQuery = Type.Object({
  academie: Type.String({ pattern: '^[A-Z][A-Z-]{1,40}$' }),
  from: Type.Optional(Day),
  to: Type.Optional(Day),
});
export type CommentsQuery = Static<typeof CommentsQuery>;
export const CommentsPageQuery = Type.Intersect([CommentsQuery, PageQuery]);
export type CommentsPageQuery = Static<typeof CommentsPageQuery>;

/** One free-text comment: the day, the request's topic, the overall score; never a name or a reference. */
export const Comment = Type.Object({
  answeredAt: Type.String({ description: 'Jour de la réponse (AAAA-MM-JJ), sans l’heure' }),
  topic: Type.String(), overall: Type.Union([Type.Integer(), Type.Null()]), improvement: Type.String(),
});
export type Comment = Static<typeof Comment>;
export const CommentsPage = pageOf(Comment);
export type CommentsPage = Static<typeof CommentsPage>;

export const PanelAnswer = Type.Object({
  heardFrom: oneOf(HEARD_FROM),
  reachEase: Scale5('Facilité à joindre le service'),
  overall: Scale10,
  listening: Scale5('Qualité de l’écoute'),
  clarity: Scale5('Clarté des réponses'),
  delay: Scale5('Délai de réponse'),
  usefulness: Scale5('Utilité de l’accompagnement'),
  expectations: Type.Optional(FreeText),
}, { additionalProperties: false });
export type PanelAnswer = Static<typeof PanelAnswer>;
export const PanelSurveyView = Type.Object({ status: SurveyStatus, expiresAt: Type.String({ format: 'date-time' }) });
export type PanelSurveyView = Static<typeof PanelSurveyView>;

export const DrawInput = Type.Object({
  from: Day,
  to: Day,
  perDepartement: Type.Optional(Type.Integer({
    minimum: PANEL_PER_DEPARTEMENT_MIN, maximum: PANEL_PER_DEPARTEMENT_MAX, default: PANEL_PER_DEPARTEMENT_DEFAULT,
  })),
  seed: Type.Optional(Type.String({ minLength: 1, maxLength: PANEL_SEED_MAX, pattern: PANEL_SEED_PATTERN })),
}, { additionalProperties: false });
export type DrawInput = Static<typeof DrawInput>;

const Category = oneOf(AGENT_CATEGORIES);
const CategoryCount = Type.Object({ category: Category, drawn: Type.Integer() });
const DepartementCounts = Type.Object({
  departement: Type.String(),
  name: Type.String(),
  drawn: Type.Integer(),
  sent: Type.Integer(),
  answered: Type.Integer(),
  byCategory: Type.Array(CategoryCount),
});
export const PanelSummary = Type.Object({
  id: Type.String(),
  seed: Type.String(),
  from: Type.String(),
  to: Type.String(),
  perDepartement: Type.Integer(),
  createdAt: Type.String({ format: 'date-time' }),
  sentAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  drawn: Type.Integer(),
  sent: Type.Integer(),
  answered: Type.Integer(),
  /** answered / sent, 0 to 1; null before the panel is sent. */
  responseRate: Type.Union([Type.Number(), Type.Null()]),
});
export type PanelSummary = Static<typeof PanelSummary>;
/** The latest panels (a few a year: the list is not paged). */
export const PanelList = Type.Object({ items: Type.Array(PanelSummary) });
export type PanelList = Static<typeof PanelList>;
export const PanelDetail = Type.Intersect([PanelSummary, Type.Object({
  byCategory: Type.Array(CategoryCount),
  byDepartement: Type.Array(DepartementCounts),
})]);
export type PanelDetail = Static<typeof PanelDetail>;
export const PanelParams = IdParams;
export type PanelParams = Static<typeof PanelParams>;
