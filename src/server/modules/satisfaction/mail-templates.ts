import { Type } from 'typebox';
import { defineMailTemplates, DateTime, Reference, SecretLink, formatFrenchDate } from '../../mail/template-kit.ts';

/** The survey invitations: their one-time link is minted at delivery (secret-links.ts), the payload names the record. */
export const satisfactionMailTemplates = defineMailTemplates({
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
}, {
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
});
