import { Type, type Static, type TSchema } from 'typebox';
import { Value } from 'typebox/value';
import { ONE_LINE_PATTERN } from '../../shared/contracts/common.ts';

/*
 * Every e-mail ProxiRH sends is one of these templates, filled from a small typed payload.
 * There is no free-text body anywhere in the mail module: a payload holds a reference, a
 * request's subject line, a name, a date and a link into ProxiRH, each checked against a
 * closed schema (unknown keys refused), so the description, messages or notes of a request
 * cannot reach an e-mail, whoever calls.
 */

/**
 * One line of text: no line breaks or control characters (they could forge headers or layout).
 * The same rule as the one-line fields of the contracts, so what a form accepts a mail takes.
 */
const oneLine = (maxLength: number, minLength = 0) => Type.String({ minLength, maxLength, pattern: ONE_LINE_PATTERN });

/** A request reference, e.g. AMI-2026-000042. */
const Reference = Type.String({ pattern: '^[A-Z]{2,6}-\\d{4}-\\d{6,9}$' });
/** The request's subject line (« objet »), empty when the request is sensitive. */
const SubjectLine = oneLine(200);
/** A date and time (ISO 8601); the template writes it in French, Europe/Paris. */
const DateTime = Type.String({ format: 'date-time' });
/**
 * A link into ProxiRH: an absolute path made of plain segments, no query, no fragment. The
 * template prefixes it with the public address, so a mail never points elsewhere and a link
 * cannot smuggle text. An absolute URL under the public address is also accepted.
 */
const Link = Type.String({ maxLength: 500, pattern: '^(https?://[^\\s/?#]+)?(/[A-Za-z0-9_-]+)+/?$' });

/** The owners of one-time links: each kind is minted by its module (`SecretLinkMinters`, given by compose.ts). */
export const SECRET_LINK_KINDS = ['survey', 'panel'] as const;
export type SecretLinkKind = (typeof SECRET_LINK_KINDS)[number];

/**
 * A link only its recipient may read (a one-time survey link, later a booking or an
 * unsubscribe link). The payload names the record, never the link: the token is minted at
 * delivery, sent once, and never stored readable; the outbox keeps REDACTED_LINK instead.
 */
const SecretLink = <K extends SecretLinkKind>(kind: K) =>
  Type.Object({ kind: Type.Literal(kind), id: Type.String({ format: 'uuid' }) }, { additionalProperties: false });
export interface SecretLinkRef { kind: SecretLinkKind; id: string }

/** What the outbox and any stored copy of a mail show in place of a secret link. */
export const REDACTED_LINK = '[lien personnel masqué]';

/**
 * An appointment, as its mails say it: when, how, where (the place's name), with whom, and a
 * link. Never its reason nor anything of a request. The invitation attached (`appointmentId`) is
 * built at delivery from the appointment itself (modules/appointments/invitation.ts).
 */
const AppointmentMail = Type.Object({
  appointmentId: Type.String({ format: 'uuid' }),
  startsAt: DateTime,
  mode: Type.Union([Type.Literal('in_person'), Type.Literal('visio'), Type.Literal('phone')]),
  placeLabel: oneLine(200, 1),
  adviserName: oneLine(120, 1),
  link: Link,
}, { additionalProperties: false });

/**
 * A registration to a collective session, as its mails say it: the session's title (written by
 * its organiser, never by the agent), when, how, where, a link. The invitation (.ics) is built at
 * delivery from the registration itself (modules/collective-sessions/invitation.ts).
 */
const SessionMail = Type.Object({
  registrationId: Type.String({ format: 'uuid' }),
  title: oneLine(200, 1),
  startsAt: DateTime,
  mode: Type.Union([Type.Literal('in_person'), Type.Literal('visio')]),
  placeLabel: oneLine(200, 1),
  link: Link,
}, { additionalProperties: false });

export const MAIL_TEMPLATE_SCHEMAS = {
  /** To the agent, right after submission. */
  'request.acknowledged': Type.Object({
    reference: Reference,
    subjectLine: SubjectLine,
    /** Who handles the request; null: « le service RH de proximité ». */
    handledBy: Type.Union([oneLine(120, 1), Type.Null()]),
    /** When the first answer is committed. */
    dueDate: DateTime,
    link: Link,
  }, { additionalProperties: false }),
  /** To the agent, when the first answer will come later than committed. */
  'request.holding': Type.Object({
    reference: Reference,
    subjectLine: Type.Optional(SubjectLine),
    /** The new expected date of the first answer. */
    dueDate: DateTime,
    link: Link,
  }, { additionalProperties: false }),
  /** To the agent, when staff answered or the request changed. */
  'request.updated': Type.Object({
    reference: Reference,
    subjectLine: Type.Optional(SubjectLine),
    link: Link,
  }, { additionalProperties: false }),
  /** To the coordinators, when the first answer is late. */
  'request.overdue.coordinator': Type.Object({
    reference: Reference,
    link: Link,
  }, { additionalProperties: false }),
  /** To whoever handles a request (its adviser, else the coordinators), when it is reopened. */
  'request.reopened.staff': Type.Object({
    reference: Reference,
    /** Reopened by the agent who made it, or by a member of the service. */
    reopenedBy: Type.Union([Type.Literal('agent'), Type.Literal('staff')]),
    link: Link,
  }, { additionalProperties: false }),
  /** To the administrators, when someone used the exceptional access to a request. */
  'request.break_glass.admin': Type.Object({
    reference: Reference,
    link: Link,
  }, { additionalProperties: false }),
  /** To each member of a contact point, when a request is oriented to it: the reference and a link, no content. */
  'referral.received': Type.Object({
    reference: Reference,
    /** The contact point (« Cellule mobilité »): a name of the directory, not of a person. */
    contactPointName: oneLine(200, 1),
    link: Link,
  }, { additionalProperties: false }),
  /** To the staff member who oriented the request, when the target answered (accepted, declined, outcome). */
  'referral.answered': Type.Object({
    reference: Reference,
    contactPointName: oneLine(200, 1),
    link: Link,
  }, { additionalProperties: false }),
  /** To each member of a contact point, when the staff of the request wrote about a referral. */
  'referral.message': Type.Object({
    reference: Reference,
    contactPointName: oneLine(200, 1),
    link: Link,
  }, { additionalProperties: false }),
  /** To the adviser and the coordinators, once, when the target's answer is late. */
  'referral.overdue': Type.Object({
    reference: Reference,
    contactPointName: oneLine(200, 1),
    link: Link,
  }, { additionalProperties: false }),
  /** To the agent, some days after closure: a one-time link to the satisfaction survey. */
  'survey.invitation': Type.Object({
    reference: Reference,
    /** The survey whose one-time link (no sign-in needed) is minted at delivery. */
    secretLink: SecretLink('survey'),
    /** The last day the link works. */
    expiresAt: DateTime,
  }, { additionalProperties: false }),
  /** To a person drawn for the national survey panel. */
  'panel.invitation': Type.Object({
    /** The panel member whose one-time link is minted at delivery. */
    secretLink: SecretLink('panel'),
    expiresAt: DateTime,
  }, { additionalProperties: false }),
  /** To a steering role, on the first working day of the month: last month's report, tables attached. */
  'report.monthly': Type.Object({
    /** « Académie d’Amiens », « Somme (80) », « France entière ». */
    scopeLabel: oneLine(120, 1),
    /** The month reported, YYYY-MM. */
    month: Type.String({ pattern: '^\\d{4}-(0[1-9]|1[0-2])$' }),
    /** The stored report whose XLSX tables are attached. */
    reportId: Type.String({ format: 'uuid' }),
    link: Link,
  }, { additionalProperties: false }),
  /** To the agent, when an appointment is booked: the time, the place, a link; the invitation (.ics) is attached at delivery. */
  'appointment.confirmed': AppointmentMail,
  /** To the agent, when an appointment is cancelled (by them or by the service): the .ics that removes it from their calendar. */
  'appointment.cancelled': Type.Object({ ...AppointmentMail.properties, cancelledBy: Type.Union([Type.Literal('agent'), Type.Literal('adviser')]) },
    { additionalProperties: false }),
  /** To the agent, 48 hours before. */
  'appointment.reminder': AppointmentMail,
  /** To the agent, when an appointment is moved (by them or by the service): the invitation (.ics, same UID, raised SEQUENCE) follows. */
  'appointment.moved': Type.Object({ ...AppointmentMail.properties, previousStartsAt: DateTime,
    movedBy: Type.Union([Type.Literal('agent'), Type.Literal('adviser')]) }, { additionalProperties: false }),
  /** To an agent waiting for an earlier slot: a freed slot, first come first served; nothing of their request. */
  'earlier_slot.offered': Type.Object({
    startsAt: DateTime,
    mode: Type.Union([Type.Literal('in_person'), Type.Literal('visio'), Type.Literal('phone')]),
    placeLabel: oneLine(200, 1),
    adviserName: oneLine(120, 1),
    link: Link,
  }, { additionalProperties: false }),
  /** To the agent who took a seat at a collective session: the invitation (.ics) is attached. */
  'session.registered': SessionMail,
  /** To the agent put on a session's waiting list, with their rank. */
  'session.waiting': Type.Object({ ...SessionMail.properties, position: Type.String({ pattern: '^[1-9]\\d{0,4}$' }) }, { additionalProperties: false }),
  /** To the agent of the waiting list who got a freed seat: the invitation (.ics) is attached. */
  'session.promoted': SessionMail,
  /** To the agent who left a session (the .ics that removes it), or whose session changed (the updated .ics). */
  'session.unregistered': SessionMail,
  'session.updated': SessionMail,
  /** To every agent registered or waiting, when the session is cancelled: the .ics that removes it. */
  'session.cancelled': SessionMail,
  /** To the registered agent, 48 hours before. */
  'session.reminder': SessionMail,
} satisfies Record<string, TSchema>;

type Schemas = typeof MAIL_TEMPLATE_SCHEMAS;
export type MailTemplateName = keyof Schemas;
export type MailData<T extends MailTemplateName> = Static<Schemas[T]>;
export const MAIL_TEMPLATE_NAMES = Object.keys(MAIL_TEMPLATE_SCHEMAS) as MailTemplateName[];

/** A template and its payload, as one discriminated value: the payload type follows the name. */
export type MailRequest = { [T in MailTemplateName]: { template: T; data: MailData<T> } }[MailTemplateName];

export interface RenderedMail {
  subject: string;
  text: string;
  html: string;
}

/** Refused payload: names the template and the faulty fields, never their values. */
export class MailPayloadError extends Error {
  constructor(readonly template: string, readonly fields: string[]) {
    super(`Données refusées pour le modèle de courriel « ${template} » : ${fields.join(', ') || '(inconnu)'}.`);
    this.name = 'MailPayloadError';
  }
}

export function isMailTemplateName(name: string): name is MailTemplateName {
  return Object.prototype.hasOwnProperty.call(MAIL_TEMPLATE_SCHEMAS, name);
}

/** Checks a payload against its template at run time (the types already do it at compile time). */
export function assertMailRequest(mail: { template: string; data: unknown }): asserts mail is MailRequest {
  if (!isMailTemplateName(mail.template)) throw new MailPayloadError(mail.template, ['template']);
  const schema = MAIL_TEMPLATE_SCHEMAS[mail.template];
  if (Value.Check(schema, mail.data)) return;
  const fields = new Set<string>();
  for (const error of Value.Errors(schema, mail.data)) {
    const extra = (error.params as { additionalProperties?: string[] } | undefined)?.additionalProperties;
    if (error.keyword === 'additionalProperties' && extra) extra.forEach((key) => fields.add(`data.${key}`));
    else if (error.keyword === 'required') ((error.params as { requiredProperties?: string[] }).requiredProperties ?? []).forEach((key) => fields.add(`data.${key}`));
    else if (error.keyword !== 'boolean' && error.keyword !== 'anyOf') fields.add(`data${error.instancePath.replace(/\//g, '.')}`);
  }
  throw new MailPayloadError(mail.template, [...fields]);
}

/** Escapes a value for HTML text and attribute contexts. Every interpolated value goes through it. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

const parisDate = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'full' });

/** « lundi 30 novembre 2026 », in Europe/Paris whatever the server's time zone. */
export function formatFrenchDate(iso: string): string {
  return parisDate.format(new Date(iso));
}

/** What a template says, as plain text pieces; the layout below turns it into text and HTML. */
interface MailContent {
  subject: string;
  paragraphs: string[];
  action: { label: string; href: string };
}

const SERVICE = 'le service RH de proximité';
const objet = (subjectLine: string | undefined) => (subjectLine ? ` (objet : « ${subjectLine} »)` : '');

const contents: { [T in MailTemplateName]: (data: MailData<T>, link: string) => MailContent } = {
  'request.acknowledged': (d, link) => ({
    subject: `Votre demande ${d.reference} a bien été reçue`,
    paragraphs: [
      `Nous avons bien reçu votre demande ${d.reference}${objet(d.subjectLine)}.`,
      `Elle est suivie par ${d.handledBy ?? SERVICE}. Une première réponse vous sera apportée au plus tard le ${formatFrenchDate(d.dueDate)}.`,
      'Vous pouvez suivre votre demande et y répondre dans votre espace ProxiRH.',
    ],
    action: { label: `Consulter la demande ${d.reference}`, href: link },
  }),
  'request.holding': (d, link) => ({
    subject: `Votre demande ${d.reference} est en cours de traitement`,
    paragraphs: [
      `Votre demande ${d.reference}${objet(d.subjectLine)} est toujours en cours de traitement.`,
      `Une première réponse vous sera apportée au plus tard le ${formatFrenchDate(d.dueDate)}. Nous vous remercions de votre patience.`,
    ],
    action: { label: `Consulter la demande ${d.reference}`, href: link },
  }),
  'request.updated': (d, link) => ({
    subject: `Votre demande ${d.reference} a reçu une réponse`,
    paragraphs: [
      `Votre demande ${d.reference}${objet(d.subjectLine)} a reçu une réponse.`,
      'Pour des raisons de confidentialité, la réponse n’est consultable que dans votre espace ProxiRH.',
    ],
    action: { label: `Lire la réponse à la demande ${d.reference}`, href: link },
  }),
  'request.overdue.coordinator': (d, link) => ({
    subject: `Demande ${d.reference} : délai de première réponse dépassé`,
    paragraphs: [
      `La demande ${d.reference} n’a pas reçu de première réponse dans le délai d’engagement du service.`,
      'Merci de vérifier son attribution et son traitement.',
    ],
    action: { label: `Ouvrir la demande ${d.reference}`, href: link },
  }),
  'request.reopened.staff': (d, link) => ({
    subject: `Demande ${d.reference} rouverte`,
    paragraphs: [
      `La demande ${d.reference} vient d’être rouverte ${d.reopenedBy === 'agent' ? 'par l’agent qui l’a déposée' : 'par un membre du service'} : elle reprend son cours.`,
      'Si un motif a été indiqué, il figure dans l’historique de la demande. Pour des raisons de confidentialité, il n’est pas repris dans ce courriel.',
    ],
    action: { label: `Ouvrir la demande ${d.reference}`, href: link },
  }),
  'request.break_glass.admin': (d, link) => ({
    subject: `Demande ${d.reference} : accès exceptionnel enregistré`,
    paragraphs: [
      `Un accès exceptionnel au contenu de la demande ${d.reference} vient d’être enregistré.`,
      'Sa justification figure dans le journal d’audit.',
    ],
    action: { label: 'Ouvrir l’administration', href: link },
  }),
  'referral.received': (d, link) => ({
    subject: `Orientation reçue : demande ${d.reference}`,
    paragraphs: [
      `Le service RH de proximité a orienté la demande ${d.reference} vers ${d.contactPointName}.`,
      'Pour des raisons de confidentialité, la note et ce qui vous est transmis ne sont consultables que dans ProxiRH, rubrique « Orientations reçues ».',
    ],
    action: { label: `Ouvrir l’orientation de la demande ${d.reference}`, href: link },
  }),
  'referral.answered': (d, link) => ({
    subject: `Demande ${d.reference} : réponse de ${d.contactPointName}`,
    paragraphs: [
      `${d.contactPointName} a répondu à l’orientation de la demande ${d.reference}.`,
      'Sa réponse n’est consultable que dans ProxiRH.',
    ],
    action: { label: `Ouvrir la demande ${d.reference}`, href: link },
  }),
  'referral.message': (d, link) => ({
    subject: `Orientation de la demande ${d.reference} : nouveau message`,
    paragraphs: [
      `Le service RH de proximité vous a écrit au sujet de l’orientation de la demande ${d.reference} vers ${d.contactPointName}.`,
      'Pour des raisons de confidentialité, le message n’est consultable que dans ProxiRH, rubrique « Orientations reçues ».',
    ],
    action: { label: `Lire le message sur l’orientation de la demande ${d.reference}`, href: link },
  }),
  'referral.overdue': (d, link) => ({
    subject: `Demande ${d.reference} : orientation sans réponse dans le délai`,
    paragraphs: [
      `L’orientation de la demande ${d.reference} vers ${d.contactPointName} n’a pas reçu de réponse à la date attendue.`,
      'Merci de relancer l’interlocuteur ou de réorienter la demande.',
    ],
    action: { label: `Ouvrir la demande ${d.reference}`, href: link },
  }),
  'survey.invitation': (d, link) => ({
    subject: `Votre avis sur le traitement de votre demande ${d.reference}`,
    paragraphs: [
      `Votre demande ${d.reference} a été clôturée. Pour améliorer le service RH de proximité, nous aimerions connaître votre avis.`,
      `Le questionnaire prend deux minutes, ne demande pas de vous connecter et reste anonyme pour les personnes qui ont traité votre demande. Le lien est valable jusqu’au ${formatFrenchDate(d.expiresAt)} et ne peut servir qu’une fois.`,
    ],
    action: { label: 'Donner mon avis', href: link },
  }),
  'panel.invitation': (d, link) => ({
    subject: 'Enquête nationale sur le service RH de proximité',
    paragraphs: [
      'Vous avez fait appel au service RH de proximité et vous avez été tiré au sort pour l’enquête nationale de satisfaction menée par le ministère.',
      `Le questionnaire prend cinq minutes, ne demande pas de vous connecter et vos réponses sont traitées de façon anonyme. Le lien est valable jusqu’au ${formatFrenchDate(d.expiresAt)} et ne peut servir qu’une fois.`,
    ],
    action: { label: 'Répondre à l’enquête', href: link },
  }),
  'appointment.confirmed': (d, link) => ({
    subject: `Rendez-vous confirmé le ${formatFrenchDateTime(d.startsAt)}`,
    paragraphs: [
      `Votre rendez-vous avec ${d.adviserName} est confirmé le ${formatFrenchDateTime(d.startsAt)}, ${appointmentWhere(d)}.`,
      'L’invitation jointe l’ajoute à votre agenda. Vous pouvez consulter ou annuler ce rendez-vous dans votre espace ProxiRH.',
    ],
    action: { label: 'Voir mes rendez-vous', href: link },
  }),
  'appointment.cancelled': (d, link) => ({
    subject: `Rendez-vous du ${formatFrenchDateTime(d.startsAt)} annulé`,
    paragraphs: [
      d.cancelledBy === 'agent'
        ? `Votre rendez-vous avec ${d.adviserName} du ${formatFrenchDateTime(d.startsAt)} est annulé, comme vous l’avez demandé.`
        : `${d.adviserName} a dû annuler votre rendez-vous du ${formatFrenchDateTime(d.startsAt)}. Son message est consultable dans votre espace ProxiRH.`,
      'L’invitation jointe le retire de votre agenda. Vous pouvez réserver un autre créneau dans votre espace ProxiRH.',
    ],
    action: { label: 'Voir mes rendez-vous', href: link },
  }),
  'appointment.reminder': (d, link) => ({
    subject: `Rappel : rendez-vous le ${formatFrenchDateTime(d.startsAt)}`,
    paragraphs: [
      `Nous vous rappelons votre rendez-vous avec ${d.adviserName} le ${formatFrenchDateTime(d.startsAt)}, ${appointmentWhere(d)}.`,
      'Si vous ne pouvez pas venir, annulez-le dans votre espace ProxiRH : le créneau sera proposé à un collègue.',
    ],
    action: { label: 'Voir mes rendez-vous', href: link },
  }),
  'session.registered': (d, link) => ({
    subject: `Inscription confirmée : ${d.title}`,
    paragraphs: [
      `Votre inscription à « ${d.title} » est confirmée, le ${formatFrenchDateTime(d.startsAt)}, ${sessionWhere(d)}.`,
      'L’invitation jointe l’ajoute à votre agenda. Si vous ne pouvez plus venir, désinscrivez-vous dans votre espace ProxiRH : votre place ira à un collègue.',
    ],
    action: { label: 'Voir les ateliers et réunions', href: link },
  }),
  'session.waiting': (d, link) => ({
    subject: `Liste d’attente : ${d.title}`,
    paragraphs: [
      `« ${d.title} » (le ${formatFrenchDateTime(d.startsAt)}) est complet. Vous êtes inscrit sur la liste d’attente, en position ${d.position}.`,
      'Si une place se libère, elle vous sera attribuée dans l’ordre d’inscription et vous recevrez un courriel de confirmation.',
    ],
    action: { label: 'Voir les ateliers et réunions', href: link },
  }),
  'session.promoted': (d, link) => ({
    subject: `Une place s’est libérée : ${d.title}`,
    paragraphs: [
      `Une place s’est libérée : votre inscription à « ${d.title} » est confirmée, le ${formatFrenchDateTime(d.startsAt)}, ${sessionWhere(d)}.`,
      'L’invitation jointe l’ajoute à votre agenda. Si vous ne pouvez plus venir, désinscrivez-vous dans votre espace ProxiRH.',
    ],
    action: { label: 'Voir les ateliers et réunions', href: link },
  }),
  'session.unregistered': (d, link) => ({
    subject: `Désinscription : ${d.title}`,
    paragraphs: [
      `Votre désinscription de « ${d.title} » (le ${formatFrenchDateTime(d.startsAt)}) est enregistrée, comme vous l’avez demandé.`,
      'L’invitation jointe retire l’événement de votre agenda.',
    ],
    action: { label: 'Voir les ateliers et réunions', href: link },
  }),
  'session.updated': (d, link) => ({
    subject: `Changement : ${d.title}`,
    paragraphs: [
      `« ${d.title} » a changé : il a lieu le ${formatFrenchDateTime(d.startsAt)}, ${sessionWhere(d)}.`,
      'L’invitation jointe met votre agenda à jour. Si vous ne pouvez plus venir, désinscrivez-vous dans votre espace ProxiRH.',
    ],
    action: { label: 'Voir les ateliers et réunions', href: link },
  }),
  'session.cancelled': (d, link) => ({
    subject: `Annulation : ${d.title}`,
    paragraphs: [
      `« ${d.title} », prévu le ${formatFrenchDateTime(d.startsAt)}, est annulé par ses organisateurs.`,
      'L’invitation jointe retire l’événement de votre agenda. D’autres ateliers et réunions vous sont proposés dans votre espace ProxiRH.',
    ],
    action: { label: 'Voir les ateliers et réunions', href: link },
  }),
  'session.reminder': (d, link) => ({
    subject: `Rappel : ${d.title}, le ${formatFrenchDateTime(d.startsAt)}`,
    paragraphs: [
      `Nous vous rappelons « ${d.title} », le ${formatFrenchDateTime(d.startsAt)}, ${sessionWhere(d)}.`,
      'Si vous ne pouvez pas venir, désinscrivez-vous dans votre espace ProxiRH : votre place ira à un collègue.',
    ],
    action: { label: 'Voir les ateliers et réunions', href: link },
  }),
  'appointment.moved': (d, link) => ({
    subject: `Rendez-vous déplacé au ${formatFrenchDateTime(d.startsAt)}`,
    paragraphs: [
      d.movedBy === 'agent'
        ? `Votre rendez-vous du ${formatFrenchDateTime(d.previousStartsAt)} est déplacé, comme vous l’avez demandé, au ${formatFrenchDateTime(d.startsAt)} avec ${d.adviserName}, ${appointmentWhere(d)}.`
        : `${d.adviserName} a dû déplacer votre rendez-vous du ${formatFrenchDateTime(d.previousStartsAt)} au ${formatFrenchDateTime(d.startsAt)}, ${appointmentWhere(d)}. Son message est consultable dans votre espace ProxiRH.`,
      'L’invitation jointe met à jour votre agenda. Si cet horaire ne vous convient pas, vous pouvez le déplacer ou l’annuler dans votre espace ProxiRH.',
    ],
    action: { label: 'Voir mes rendez-vous', href: link },
  }),
  'earlier_slot.offered': (d, link) => ({
    subject: `Un créneau plus tôt s’est libéré : ${formatFrenchDateTime(d.startsAt)}`,
    paragraphs: [
      `Vous avez demandé à être prévenu d’un créneau plus tôt. Un rendez-vous avec ${d.adviserName} s’est libéré le ${formatFrenchDateTime(d.startsAt)}, ${appointmentWhere(d)}.`,
      'Ce créneau est proposé à quelques agents en même temps : le premier qui le réserve l’obtient. Si vous le prenez, pensez à annuler votre rendez-vous plus tardif.',
    ],
    action: { label: 'Voir le créneau proposé', href: link },
  }),
  'report.monthly': (d, link) => ({
    subject: `Rapport d’activité du service RH de proximité — ${frenchMonth(d.month)} — ${d.scopeLabel}`,
    paragraphs: [
      `Le rapport d’activité pour ${frenchMonth(d.month)} (${d.scopeLabel}) est disponible dans ProxiRH.`,
      'Ses tableaux sont joints au format XLSX. Les effectifs de 1 à 5 sont masqués pour que personne ne puisse être reconnu.',
    ],
    action: { label: 'Ouvrir le rapport dans ProxiRH', href: link },
  }),
};

const parisDateTime = new Intl.DateTimeFormat('fr-FR', { timeZone: 'Europe/Paris', dateStyle: 'full', timeStyle: 'short' });
/** « mardi 8 décembre 2026 à 09:30 », Paris time. */
export function formatFrenchDateTime(iso: string): string {
  return parisDateTime.format(new Date(iso));
}

/** Where an appointment takes place, as a sentence's end. */
function appointmentWhere(d: { mode: 'in_person' | 'visio' | 'phone'; placeLabel: string; adviserName: string }): string {
  if (d.mode === 'visio') return 'en visioconférence (le lien figure dans l’invitation et dans votre espace)';
  if (d.mode === 'phone') return `par téléphone : ${d.adviserName} vous appellera`;
  return `sur place : ${d.placeLabel}`;
}

/** Where a collective session takes place, as a sentence's end. */
function sessionWhere(d: { mode: 'in_person' | 'visio'; placeLabel: string }): string {
  if (d.mode === 'visio') return 'en visioconférence (le lien figure dans l’invitation et dans votre espace)';
  return `sur place : ${d.placeLabel}`;
}

/** « novembre 2026 » for 2026-11. */
export function frenchMonth(month: string): string {
  const [year, index] = month.split('-').map(Number);
  return new Intl.DateTimeFormat('fr-FR', { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(new Date(Date.UTC(year!, index! - 1, 15)));
}

const GREETING = 'Bonjour,';
const SIGNATURE = 'Le service RH de proximité';
const AUTOMATIC = 'Ceci est un message automatique, merci de ne pas y répondre.';

/** The link of a payload, made absolute on the public address; anything else is refused. */
function absoluteLink(template: string, link: string, publicUrl: string): string {
  const base = publicUrl.replace(/\/$/, '');
  if (link.startsWith('/')) return `${base}${link}`;
  if (link.startsWith(`${base}/`)) return link;
  throw new MailPayloadError(template, ['data.link']);
}

/** A minted link: a plain path into ProxiRH, like a payload's link, made absolute the same way. */
function mintedLink(template: string, path: string, publicUrl: string): string {
  if (!Value.Check(Link, path)) throw new MailPayloadError(template, ['secretLink']);
  return absoluteLink(template, path, publicUrl);
}

function layout(content: MailContent): RenderedMail {
  const text = [GREETING, ...content.paragraphs, `${content.action.label} : ${content.action.href}`, AUTOMATIC, SIGNATURE].join('\n\n');
  const html = [
    '<!DOCTYPE html>',
    '<html lang="fr">',
    '<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(content.subject)}</title></head>`,
    '<body style="font-family: Marianne, Arial, sans-serif; font-size: 16px; line-height: 1.5; color: #161616; max-width: 40em;">',
    `<p>${escapeHtml(GREETING)}</p>`,
    ...content.paragraphs.map((p) => `<p>${escapeHtml(p)}</p>`),
    `<p><a href="${escapeHtml(content.action.href)}" style="color: #000091;">${escapeHtml(content.action.label)}</a></p>`,
    `<p style="color: #3a3a3a; font-size: 14px;">${escapeHtml(AUTOMATIC)}</p>`,
    `<p>${escapeHtml(SIGNATURE)}</p>`,
    '</body>',
    '</html>',
  ].join('\n');
  return { subject: content.subject, text, html };
}

/** The record whose secret link the mail carries, if its template has one. */
export function secretLinkOf(mail: MailRequest): SecretLinkRef | undefined {
  return 'secretLink' in mail.data ? mail.data.secretLink : undefined;
}

/**
 * Checks the payload, then renders the subject, the text and the HTML of a mail. A template
 * with a secret link shows REDACTED_LINK unless the freshly minted `secretLink` is given:
 * what is rendered without it can be stored and shown.
 */
export function renderMail(mail: MailRequest, options: { publicUrl: string; secretLink?: string }): RenderedMail {
  assertMailRequest(mail);
  const link = 'link' in mail.data ? absoluteLink(mail.template, mail.data.link, options.publicUrl)
    : options.secretLink === undefined ? REDACTED_LINK : mintedLink(mail.template, options.secretLink, options.publicUrl);
  const render = contents[mail.template] as (data: MailRequest['data'], link: string) => MailContent;
  return layout(render(mail.data, link));
}
