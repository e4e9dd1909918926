import { Type } from 'typebox';
import { defineMailTemplates, DateTime, Link, oneLine, formatFrenchDateTime } from '../../mail/template-kit.ts';

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

/** The mails of an appointment, and the offer of an earlier slot. */
export const appointmentsMailTemplates = defineMailTemplates({
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
}, {
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
});

/** Where an appointment takes place, as a sentence's end. */
function appointmentWhere(d: { mode: 'in_person' | 'visio' | 'phone'; placeLabel: string; adviserName: string }): string {
  if (d.mode === 'visio') return 'en visioconférence (le lien figure dans l’invitation et dans votre espace)';
  if (d.mode === 'phone') return `par téléphone : ${d.adviserName} vous appellera`;
  return `sur place : ${d.placeLabel}`;
}
