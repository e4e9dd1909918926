import { Type } from 'typebox';
import { defineMailTemplates, DateTime, Link, oneLine, Reference, formatFrenchDate } from '../../mail/template-kit.ts';

/** The request's subject line (« objet »), empty when the request is sensitive. */
const SubjectLine = oneLine(200);

const SERVICE = 'le service RH de proximité';
const objet = (subjectLine: string | undefined) => (subjectLine ? ` (objet : « ${subjectLine} »)` : '');

/** The mails of a request's life: to the agent, to whoever handles it, to the administrators. */
export const requestsMailTemplates = defineMailTemplates({
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
}, {
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
});
