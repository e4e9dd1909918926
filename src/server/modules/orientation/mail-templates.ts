import { Type } from 'typebox';
import { defineMailTemplates, Link, oneLine, Reference } from '../../mail/template-kit.ts';

/** The mails of a referral: to the contact point it is oriented to, and back to the service. */
export const orientationMailTemplates = defineMailTemplates({
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
}, {
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
});
