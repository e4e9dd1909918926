/** The words of the request form: one line per topic, so that an agent can pick without guessing. */
import type { Channel, ContactPreference, Topic } from '../../../../shared/glossary.ts';
import { ATTACHMENT_MAX_BYTES } from '../../../../shared/contracts/limits.ts';

export const TOPIC_HINTS: Record<Topic, string> = {
  career_project: 'Mobilité, évolution, reconversion, détachement…',
  work_difficulties: 'Tensions, charge de travail, difficultés avec une classe ou une équipe…',
  health_wellbeing: 'Santé, aménagement de poste, reprise après un congé, qualité de vie au travail…',
  application_support: 'Dossier de mutation, de promotion, de candidature…',
  training_project: 'Concours, formation, congé de formation…',
  managerial_support: 'Pour les personnels d’encadrement : accompagner une équipe, conduire un changement…',
  protection: 'Atteinte à votre image ou à votre intégrité, menaces, diffamation…',
};

/** How the agent wishes to be contacted, as a choice in the form. */
export const CONTACT_CHOICES: Record<ContactPreference, string> = {
  email: 'Courriel',
  phone: 'Téléphone',
  visio: 'Visioconférence',
  in_person: 'Rendez-vous',
};

/** How staff received a request they log (never « web »). */
export const LOGGED_CHANNELS: Array<Exclude<Channel, 'web'>> = ['phone', 'email', 'in_person'];

export const ATTACHMENT_ACCEPT = '.pdf,.jpg,.jpeg,.png,.odt,.docx';
export const ATTACHMENT_EXTENSIONS = ['pdf', 'jpg', 'jpeg', 'png', 'odt', 'docx'];

/** Why a file cannot be joined, or null when it can. */
export function attachmentProblem(file: File): string | null {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!ATTACHMENT_EXTENSIONS.includes(extension)) {
    return `Le fichier « ${file.name} » n’est pas dans un format accepté (PDF, JPEG, PNG, ODT ou DOCX).`;
  }
  if (file.size > ATTACHMENT_MAX_BYTES) return `Le fichier « ${file.name} » dépasse 10 Mo.`;
  if (file.size === 0) return `Le fichier « ${file.name} » est vide.`;
  return null;
}
