/** The words of the request form: one line per topic, so that an agent can pick without guessing. */
import type { Channel, ContactPreference, Topic } from '../../../../shared/glossary.ts';
import { ATTACHMENT_MAX_BYTES, ATTACHMENT_MEDIA_TYPES } from '../../../../shared/contracts/limits.ts';

export const TOPIC_HINTS: Record<Topic, string> = {
  career_project: 'Mobilité, évolution, reconversion, détachement…',
  work_difficulties: 'Tensions, charge de travail, difficultés avec une classe ou une équipe…',
  health_wellbeing: 'Santé, aménagement de poste, reprise après un congé, qualité de vie au travail…',
  application_support: 'Dossier de mutation, de promotion, de candidature…',
  training_project: 'Concours, formation, congé de formation…',
  managerial_support: 'Pour les personnels d’encadrement : accompagner une équipe, conduire un changement…',
  protection: 'Atteinte à votre image ou à votre intégrité, menaces, diffamation…',
};

/** The same lines as staff read them when they log a request for an agent: the agent is « l’agent ». */
export const STAFF_TOPIC_HINTS: Record<Topic, string> = {
  ...TOPIC_HINTS,
  protection: 'Atteinte à l’image ou à l’intégrité de l’agent, menaces, diffamation…',
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
const FORMATS = 'PDF, JPEG, PNG, ODT ou DOCX';

/**
 * Why a file cannot be joined, or null when it can: its name, its size, then its content, read
 * in the browser with the library the server uses (`file-type`, loaded only when a file is
 * chosen), so that a refused file is never sent. The server checks everything again.
 */
export async function attachmentProblem(file: File): Promise<string | null> {
  const extension = file.name.split('.').pop()?.toLowerCase() ?? '';
  if (!ATTACHMENT_EXTENSIONS.includes(extension)) {
    return `« ${file.name} » n’est pas dans un format accepté (${FORMATS}).`;
  }
  if (file.size > ATTACHMENT_MAX_BYTES) return `« ${file.name} » dépasse la taille maximale de 10 Mo.`;
  if (file.size === 0) return `« ${file.name} » est vide.`;
  let mediaType: string | undefined;
  try {
    const { fileTypeFromBlob } = await import('file-type');
    mediaType = (await fileTypeFromBlob(file))?.mime;
  } catch {
    return `« ${file.name} » n’a pas pu être lu. Vérifiez le fichier puis choisissez-le à nouveau.`;
  }
  if (mediaType === undefined || !(mediaType in ATTACHMENT_MEDIA_TYPES)) {
    return `« ${file.name} » a été refusé : son contenu n’est pas celui d’un fichier ${FORMATS}, quel que soit son nom.`;
  }
  return null;
}
