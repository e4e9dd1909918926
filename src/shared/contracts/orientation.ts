/**
 * The contract of the orientation network: the directory of the HR actors of a territory
 * (« Qui contacter ? », public), its management, and the referrals of a request to one of them
 * (« Orientations reçues » for the contact points). Published core: API.md « Orientation ».
 */
import { Type, type Static } from 'typebox';
import { AGENT_CATEGORIES, CONTACT_POINT_KINDS, REFERRAL_OUTCOMES, REFERRAL_STATUSES, TOPICS } from '../glossary.ts';
import { DateTime, Day, line, nullable, oneOf, pageOf, PageQuery, text, Uuid } from './common.ts';
import {
  CONTACT_POINT_NAME_MAX, CONTACT_POINT_PHONE_MAX, CONTACT_POINT_TEXT_MAX, EMAIL_MAX, MESSAGE_BODY_MAX, REFERRAL_NOTE_MAX, REFERRAL_REASON_MAX,
} from './limits.ts';

export { IdParams } from './common.ts';

export {
  CONTACT_POINT_KINDS, CONTACT_POINT_KIND_LABELS, REFERRAL_OUTCOMES, REFERRAL_OUTCOME_LABELS, REFERRAL_STATUSES, SYNOPTIC_GROUPS,
  type ContactPointKind, type ReferralOutcome, type ReferralStatus,
} from '../glossary.ts';

export const TERRITORY_LEVELS = ['national', 'academie', 'departement', 'bassin'] as const;

// ─── Directory ────────────────────────────────────────────────────────────────────────────────

/** A territory a contact point covers; a bassin names its département. */
export const CoveredTerritory = Type.Object({
  level: oneOf(TERRITORY_LEVELS),
  code: Type.String(),
  /** « Somme », « Bassin d’Abbeville », « Académie d’Amiens », « France entière ». */
  label: Type.String(),
  departementCode: Type.Optional(nullable(Type.String())),
});
export type CoveredTerritory = Static<typeof CoveredTerritory>;

/** One HR actor as the public sees it: the service's contacts, never a member's own. */
export const PublicContactPoint = Type.Object({
  id: Type.String(),
  kind: oneOf(CONTACT_POINT_KINDS),
  name: Type.String(),
  email: nullable(Type.String()),
  phone: nullable(Type.String()),
  territories: Type.Array(CoveredTerritory),
  topics: Type.Array(oneOf(TOPICS)),
  categories: Type.Array(oneOf(AGENT_CATEGORIES)),
  description: nullable(Type.String()),
  hours: nullable(Type.String()),
  address: nullable(Type.String()),
  website: nullable(Type.String()),
});
export type PublicContactPoint = Static<typeof PublicContactPoint>;
export const PublicContactPoints = Type.Array(PublicContactPoint);
export type PublicContactPoints = Static<typeof PublicContactPoints>;

const DepartementCode = Type.String({ pattern: '^(\\d{2}|2[AB]|97\\d)$', maxLength: 3 });
const AcademieCode = Type.String({ pattern: '^[A-Z-]{2,30}$', maxLength: 30 });

/** `?departement=80` or `?academie=AMIENS` (one of them); `topic` and `category` narrow to who handles them (« J’ai une question sur… »). */
export const PublicContactPointsQuery = Type.Object({
  departement: Type.Optional(DepartementCode),
  academie: Type.Optional(AcademieCode),
  topic: Type.Optional(oneOf(TOPICS)),
  category: Type.Optional(oneOf(AGENT_CATEGORIES)),
});
export type PublicContactPointsQuery = Static<typeof PublicContactPointsQuery>;

export const ContactPointMember = Type.Object({ id: Type.String(), displayName: Type.String(), email: Type.String() });

/** One HR actor as staff see it in the directory: with its members and what they may do with it. */
export const ContactPoint = Type.Intersect([
  PublicContactPoint,
  Type.Object({
    academieCode: nullable(Type.String()),
    members: Type.Array(ContactPointMember),
    /** False when nobody answers for it (no member): it cannot receive a referral. External partners: recorded only. */
    acceptsReferrals: Type.Boolean(),
    archived: Type.Boolean(),
    abilities: Type.Object({ manage: Type.Boolean() }),
  }),
]);
export type ContactPoint = Static<typeof ContactPoint>;
export const ContactPointPage = pageOf(ContactPoint);
export type ContactPointPage = Static<typeof ContactPointPage>;

export const DirectoryQuery = Type.Intersect([PageQuery, Type.Object({
  academie: Type.Optional(AcademieCode),
  departement: Type.Optional(DepartementCode),
  kind: Type.Optional(oneOf(CONTACT_POINT_KINDS)),
  /** Only those that may receive a referral now (a member, not archived). */
  receiving: Type.Optional(Type.Boolean()),
  archived: Type.Optional(Type.Boolean()),
})]);
export type DirectoryQuery = Static<typeof DirectoryQuery>;

const optionalLine = (max: number) => Type.Optional(nullable(line(max, { blank: true })));

export const TerritoryInput = Type.Object({
  level: oneOf(TERRITORY_LEVELS),
  code: line(60),
  /** For a bassin: its département (required), and a label when the code is a free one. */
  departementCode: Type.Optional(DepartementCode),
  label: Type.Optional(line(120)),
}, { additionalProperties: false });
export type TerritoryInput = Static<typeof TerritoryInput>;

const contactPointFields = {
  kind: oneOf(CONTACT_POINT_KINDS),
  name: line(CONTACT_POINT_NAME_MAX),
  /** The académie whose directory lists it; null for a national partner. */
  academieCode: nullable(AcademieCode),
  description: optionalLine(CONTACT_POINT_TEXT_MAX),
  email: Type.Optional(nullable(Type.String({ format: 'email', maxLength: EMAIL_MAX }))),
  phone: Type.Optional(nullable(Type.String({ maxLength: CONTACT_POINT_PHONE_MAX, pattern: '^[0-9 +().-]*$' }))),
  hours: optionalLine(CONTACT_POINT_TEXT_MAX),
  address: optionalLine(CONTACT_POINT_TEXT_MAX),
  website: Type.Optional(nullable(Type.String({ format: 'uri', maxLength: 500, pattern: '^https://' }))),
  topics: Type.Array(oneOf(TOPICS), { uniqueItems: true, maxItems: TOPICS.length }),
  categories: Type.Array(oneOf(AGENT_CATEGORIES), { uniqueItems: true, maxItems: AGENT_CATEGORIES.length }),
  territories: Type.Array(TerritoryInput, { minItems: 1, maxItems: 50 }),
};

export const CreateContactPointBody = Type.Object(contactPointFields, { additionalProperties: false });
export type CreateContactPointBody = Static<typeof CreateContactPointBody>;
/** What changes; `kind` and `academieCode` are fixed at creation. */
export const UpdateContactPointBody = Type.Object({
  name: Type.Optional(contactPointFields.name),
  description: contactPointFields.description,
  email: contactPointFields.email,
  phone: contactPointFields.phone,
  hours: contactPointFields.hours,
  address: contactPointFields.address,
  website: contactPointFields.website,
  topics: Type.Optional(contactPointFields.topics),
  categories: Type.Optional(contactPointFields.categories),
  territories: Type.Optional(contactPointFields.territories),
}, { additionalProperties: false, minProperties: 1 });
export type UpdateContactPointBody = Static<typeof UpdateContactPointBody>;

export const MemberBody = Type.Object({ personId: Uuid }, { additionalProperties: false });
export type MemberBody = Static<typeof MemberBody>;
export const MemberParams = Type.Object({ id: Uuid, personId: Uuid });
export type MemberParams = Static<typeof MemberParams>;

/** `?q=`: part of a name or an e-mail address (accents and case ignored); empty lists the first ones by name. */
export const MemberCandidatesQuery = Type.Object({ q: Type.Optional(line(100, { blank: true })) }, { additionalProperties: false });
export type MemberCandidatesQuery = Static<typeof MemberCandidatesQuery>;
/** Who may be added as a member: active holders of the `contact_point` role the contact point allows, not members yet (at most 20). */
export const MemberCandidates = Type.Object({
  items: Type.Array(Type.Object({ id: Type.String(), displayName: Type.String(), email: Type.String() })),
  /** More people match than are listed: the search should be narrowed. */
  more: Type.Boolean(),
});
export type MemberCandidates = Static<typeof MemberCandidates>;

// ─── Referrals ────────────────────────────────────────────────────────────────────────────────

export const RequestIdParams = Type.Object({ id: Uuid });
export const ReferralOfRequestParams = Type.Object({ id: Uuid, referralId: Uuid });
export type ReferralOfRequestParams = Static<typeof ReferralOfRequestParams>;

export const CreateReferralBody = Type.Object({
  contactPointId: Uuid,
  /** For the target (and shown to the agent): why, what is expected. */
  note: text(REFERRAL_NOTE_MAX),
  /** Share the request's description too — only with the agent's consent. */
  shareDescription: Type.Boolean(),
  /** The answer expected by this day (Europe/Paris). */
  expectedBy: Type.Optional(Day),
}, { additionalProperties: false });
export type CreateReferralBody = Static<typeof CreateReferralBody>;

const ContactPointSummary = Type.Object({
  id: Type.String(), kind: oneOf(CONTACT_POINT_KINDS), name: Type.String(),
  email: nullable(Type.String()), phone: nullable(Type.String()), hours: nullable(Type.String()), address: nullable(Type.String()),
});

export const CreatedReferral = Type.Object({
  id: Type.String(),
  status: oneOf(REFERRAL_STATUSES),
  kind: oneOf(['internal_referral', 'external_referral'] as const),
  contactPoint: ContactPointSummary,
  createdAt: DateTime,
  expectedBy: nullable(Day),
  /** Is the description shared now (asked for, and the agent consented)? */
  descriptionShared: Type.Boolean(),
});
export type CreatedReferral = Static<typeof CreatedReferral>;

/** A message between the target and the staff of the request, about one referral (never shown to the agent). */
export const ReferralMessage = Type.Object({
  id: Type.String(),
  author: nullable(Type.Object({ id: Type.String(), displayName: Type.String() })),
  /** Written by a member of the target (else by staff of the request). */
  fromTarget: Type.Boolean(),
  body: nullable(Type.String()),
  createdAt: DateTime,
});
export type ReferralMessage = Static<typeof ReferralMessage>;
export const ReferralMessageBody = Type.Object({ body: text(MESSAGE_BODY_MAX) }, { additionalProperties: false });
export type ReferralMessageBody = Static<typeof ReferralMessageBody>;

const Outcome = Type.Object({ outcome: oneOf(REFERRAL_OUTCOMES), summary: Type.Optional(Type.String()), at: DateTime });

/** A referral as the request's staff, or its agent, see it on the request. */
export const RequestReferral = Type.Object({
  id: Type.String(),
  status: oneOf(REFERRAL_STATUSES),
  kind: oneOf(['internal_referral', 'external_referral'] as const),
  contactPoint: ContactPointSummary,
  note: nullable(Type.String()),
  from: nullable(Type.Object({ id: Type.String(), displayName: Type.String() })),
  createdAt: DateTime,
  expectedBy: nullable(Day),
  shareDescriptionAsked: Type.Boolean(),
  descriptionShared: Type.Boolean(),
  /** Staff only. */
  declineReason: Type.Optional(nullable(Type.String())),
  /** Staff only: the exchange with the target. */
  messages: Type.Optional(Type.Array(ReferralMessage)),
  /** The summary is for staff only; the agent sees the outcome's code. */
  outcome: nullable(Outcome),
  overdue: Type.Boolean(),
  abilities: Type.Object({ revoke: Type.Boolean(), consent: Type.Boolean(), write: Type.Boolean() }),
});
export type RequestReferral = Static<typeof RequestReferral>;
export const RequestReferrals = Type.Object({ items: Type.Array(RequestReferral) });
export type RequestReferrals = Static<typeof RequestReferrals>;

/** One line of « Orientations reçues ». */
export const ReceivedReferral = Type.Object({
  id: Type.String(),
  status: oneOf(REFERRAL_STATUSES),
  contactPoint: Type.Object({ id: Type.String(), kind: oneOf(CONTACT_POINT_KINDS), name: Type.String() }),
  request: Type.Object({ reference: Type.String(), topic: oneOf(TOPICS) }),
  from: nullable(Type.Object({ id: Type.String(), displayName: Type.String() })),
  createdAt: DateTime,
  expectedBy: nullable(Day),
  overdue: Type.Boolean(),
});
export type ReceivedReferral = Static<typeof ReceivedReferral>;
export const ReceivedReferralPage = pageOf(ReceivedReferral);
export type ReceivedReferralPage = Static<typeof ReceivedReferralPage>;
export const ReceivedReferralsQuery = Type.Intersect([PageQuery, Type.Object({
  status: Type.Optional(oneOf(['sent', 'accepted', 'declined', 'answered', 'open'] as const)),
})]);
export type ReceivedReferralsQuery = Static<typeof ReceivedReferralsQuery>;

/** One referral as its target sees it (API.md): the note, the description only when shared. */
export const ReferralDetail = Type.Object({
  id: Type.String(),
  status: oneOf(REFERRAL_STATUSES),
  note: nullable(Type.String()),
  request: Type.Object({ reference: Type.String(), topic: oneOf(TOPICS), description: Type.Optional(Type.String()) }),
  /** Who is oriented: to reach them. */
  agent: Type.Object({ displayName: Type.String(), email: Type.String() }),
  from: nullable(Type.Object({ id: Type.String(), displayName: Type.String(), email: Type.String() })),
  contactPoint: Type.Object({ id: Type.String(), kind: oneOf(CONTACT_POINT_KINDS), name: Type.String() }),
  createdAt: DateTime,
  expectedBy: nullable(Day),
  descriptionShared: Type.Boolean(),
  declineReason: nullable(Type.String()),
  outcome: nullable(Outcome),
  messages: Type.Array(ReferralMessage),
  abilities: Type.Object({ accept: Type.Boolean(), decline: Type.Boolean(), recordOutcome: Type.Boolean(), write: Type.Boolean() }),
});
export type ReferralDetail = Static<typeof ReferralDetail>;

export const DeclineBody = Type.Object({ reason: text(REFERRAL_REASON_MAX) }, { additionalProperties: false });
export type DeclineBody = Static<typeof DeclineBody>;
export const OutcomeBody = Type.Object({ outcome: oneOf(REFERRAL_OUTCOMES), summary: text(REFERRAL_NOTE_MAX) }, { additionalProperties: false });
export type OutcomeBody = Static<typeof OutcomeBody>;

export const CreatedMessage = Type.Object({ id: Type.String(), createdAt: DateTime });

// ─── « Qui contacter ? »: the national page, the synoptic document ───────────────────────────

/** One académie on the national page, with how many actors its published directory lists (0: not published yet). */
export const ContactAcademie = Type.Object({
  code: Type.String(),
  name: Type.String(),
  departements: Type.Array(Type.Object({ code: Type.String(), name: Type.String() })),
  contactPoints: Type.Integer(),
  advisers: Type.Integer(),
});
export type ContactAcademie = Static<typeof ContactAcademie>;
export const ContactAcademies = Type.Array(ContactAcademie);
export type ContactAcademies = Static<typeof ContactAcademies>;

/** `?academie=AMIENS`: the académie whose synoptic document is asked for. */
export const SynopticQuery = Type.Object({ academie: AcademieCode });
export type SynopticQuery = Static<typeof SynopticQuery>;

