import { Type, type Static } from 'typebox';
import { oneOf } from '../../../shared/contracts/common.ts';
import { AGENT_CATEGORIES } from '../../../shared/glossary.ts';

const Scale5 = (description: string) => Type.Integer({ minimum: 1, maximum: 5, description });
/** The 0–10 scale of the State's « Services Publics+ » programme. */
const Scale10 = Type.Integer({ minimum: 0, maximum: 10, description: 'Satisfaction globale, de 0 à 10 (Services Publics+)' });
const FreeText = Type.String({ maxLength: 2000 });
const DAY = Type.String({ format: 'date', pattern: '^\\d{4}-\\d{2}-\\d{2}$' });

export const TokenParams = Type.Object({ token: Type.String({ maxLength: 200 }) });
export const SurveyStatus = oneOf(['open', 'answered', 'expired'] as const);

/** The public view of a survey after closure: which request it is about, nothing of its content. */
export const SurveyView = Type.Object({ status: SurveyStatus, reference: Type.String(), expiresAt: Type.String({ format: 'date-time' }) });

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

export const Thanks = Type.Object({ status: Type.Literal('answered'), message: Type.String() });

export const CommentsQuery = Type.Object({
  academie: Type.String({ pattern: '^[A-Z][A-Z-]{1,40}$' }),
  from: Type.Optional(DAY),
  to: Type.Optional(DAY),
});
export type CommentsQuery = Static<typeof CommentsQuery>;
export const Comment = Type.Object({
  answeredAt: Type.String({ description: 'Jour de la réponse (AAAA-MM-JJ), sans l’heure' }),
  topic: Type.String(), overall: Type.Union([Type.Integer(), Type.Null()]), improvement: Type.String(),
});

/** How a panel member learned of the service (« conditions d’accès »). */
export const HEARD_FROM = ['colleague', 'hierarchy', 'website', 'newsletter', 'meeting', 'other'] as const;
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

export const DrawInput = Type.Object({
  from: DAY,
  to: DAY,
  perDepartement: Type.Optional(Type.Integer({ minimum: 4, maximum: 200, default: 20 })),
  seed: Type.Optional(Type.String({ minLength: 1, maxLength: 64, pattern: '^[A-Za-z0-9_-]+$' })),
}, { additionalProperties: false });
export type DrawInput = Static<typeof DrawInput>;

const Category = oneOf(AGENT_CATEGORIES);
const DepartementCounts = Type.Object({
  departement: Type.String(),
  name: Type.String(),
  drawn: Type.Integer(),
  sent: Type.Integer(),
  answered: Type.Integer(),
  byCategory: Type.Array(Type.Object({ category: Category, drawn: Type.Integer() })),
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
export const PanelDetail = Type.Intersect([PanelSummary, Type.Object({
  byCategory: Type.Array(Type.Object({ category: Category, drawn: Type.Integer() })),
  byDepartement: Type.Array(DepartementCounts),
})]);
export const PanelParams = Type.Object({ id: Type.String({ maxLength: 64 }) });
