import { Type } from 'typebox';
import { defineMailTemplates, DateTime, Link, oneLine, formatFrenchDateTime } from '../../mail/template-kit.ts';

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

/** The mails of a registration to a collective session. */
export const collectiveSessionsMailTemplates = defineMailTemplates({
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
}, {
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
});

/** Where a collective session takes place, as a sentence's end. */
function sessionWhere(d: { mode: 'in_person' | 'visio'; placeLabel: string }): string {
  if (d.mode === 'visio') return 'en visioconférence (le lien figure dans l’invitation et dans votre espace)';
  return `sur place : ${d.placeLabel}`;
}
