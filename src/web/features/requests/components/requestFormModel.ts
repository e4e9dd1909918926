/** The state, the checks and the server call of the request form, apart from its markup. */
import {
  CONTACT_PREFERENCES,
  SENSITIVE_TOPICS,
  TOPICS,
  type Channel,
  type ContactPreference,
  type Topic,
} from '../../../../shared/glossary.ts';
import { CONTACT_AVAILABILITY_MAX, REQUEST_DESCRIPTION_MAX, REQUEST_SUBJECT_MAX } from '../../../../shared/contracts/limits.ts';
import type { SubmitRequestBody } from '../../../../shared/contracts/requests.ts';
import { tooLongMessage } from './characterLimit.tsx';

export interface RequestFormValues {
  topic: Topic | '';
  subject: string;
  description: string;
  contactPreference: ContactPreference | '';
  contactAvailability: string;
  sensitive: boolean;
  consentToShare: boolean;
}

export const EMPTY_VALUES: RequestFormValues = {
  topic: '',
  subject: '',
  description: '',
  contactPreference: '',
  contactAvailability: '',
  sensitive: false,
  consentToShare: false,
};

/** Staff logging a call, an e-mail or a visit on behalf of an agent. */
export interface OnBehalf {
  agentId: string | null;
  channel: Exclude<Channel, 'web'> | null;
}

/** Field name (as the server names it) → French message. */
export type FieldErrors = Record<string, string>;

export const isAlwaysSensitive = (topic: Topic | '') => topic !== '' && SENSITIVE_TOPICS.includes(topic);

/** The same rules as the server's schema, said before the round trip. */
export function validate(values: RequestFormValues, onBehalf: OnBehalf | undefined): FieldErrors {
  const errors: FieldErrors = {};
  if (onBehalf !== undefined) {
    if (onBehalf.agentId === null) errors.agentId = 'Recherchez puis choisissez l’agent concerné.';
    if (onBehalf.channel === null) errors.channel = 'Indiquez comment la demande a été reçue.';
  }
  if (values.topic === '' || !TOPICS.includes(values.topic)) errors.topic = 'Choisissez le thème de la demande.';
  if (values.subject.trim() === '') errors.subject = 'Indiquez l’objet de la demande.';
  else if (values.subject.length > LIMITED_FIELDS.subject.max) errors.subject = LIMITED_FIELDS.subject.message;
  if (values.description.trim() === '') errors.description = 'Décrivez la demande en quelques lignes.';
  else if (values.description.length > LIMITED_FIELDS.description.max) errors.description = LIMITED_FIELDS.description.message;
  if (values.contactPreference === '' || !CONTACT_PREFERENCES.includes(values.contactPreference)) {
    errors.contactPreference = 'Indiquez comment être recontacté.';
  }
  if (values.contactAvailability.length > LIMITED_FIELDS.contactAvailability.max) {
    errors.contactAvailability = LIMITED_FIELDS.contactAvailability.message;
  }
  return errors;
}

/** The limited fields: what each may hold and what is said when a text goes beyond. */
export const LIMITED_FIELDS = {
  subject: { max: REQUEST_SUBJECT_MAX, message: tooLongMessage('L’objet', REQUEST_SUBJECT_MAX) },
  description: { max: REQUEST_DESCRIPTION_MAX, message: tooLongMessage('La description', REQUEST_DESCRIPTION_MAX, 'raccourcissez-la') },
  contactAvailability: {
    max: CONTACT_AVAILABILITY_MAX,
    message: tooLongMessage('Le texte des disponibilités', CONTACT_AVAILABILITY_MAX),
  },
} as const;

/** The fields whose text is longer than allowed, at once (a paste is never cut, it is refused). */
export function overLimit(values: RequestFormValues): FieldErrors {
  const errors: FieldErrors = {};
  for (const [field, { max, message }] of Object.entries(LIMITED_FIELDS)) {
    if (values[field as keyof typeof LIMITED_FIELDS].length > max) errors[field] = message;
  }
  return errors;
}

/** The body of POST /api/requests, once `validate` found nothing. */
export function toInput(values: RequestFormValues, onBehalf: OnBehalf | undefined): SubmitRequestBody {
  const input: SubmitRequestBody = {
    topic: values.topic as Topic,
    subject: values.subject.trim(),
    description: values.description.trim(),
    contactPreference: values.contactPreference as ContactPreference,
    consentToShare: values.consentToShare,
    sensitive: values.sensitive || isAlwaysSensitive(values.topic),
  };
  if (values.contactAvailability.trim() !== '') input.contactAvailability = values.contactAvailability.trim();
  if (onBehalf?.agentId) input.agentId = onBehalf.agentId;
  if (onBehalf?.channel) input.channel = onBehalf.channel;
  return input;
}

/** Where each field is reached from the error summary, and its name there. */
export function fieldTargets(prefix: string): Record<string, { id: string; label: string }> {
  return {
    agentId: { id: `${prefix}-agent-search`, label: 'Agent' },
    // react-dsfr names the inputs of a radio or checkbox group « <group id>-<position> ».
    channel: { id: `${prefix}-channel-0`, label: 'Canal' },
    topic: { id: `${prefix}-topic-0`, label: 'Thème' },
    subject: { id: `${prefix}-subject`, label: 'Objet' },
    description: { id: `${prefix}-description`, label: 'Description' },
    contactPreference: { id: `${prefix}-contact-0`, label: 'Moyen de contact' },
    contactAvailability: { id: `${prefix}-availability`, label: 'Disponibilités' },
    consentToShare: { id: `${prefix}-consent-0`, label: 'Partage de la description' },
    sensitive: { id: `${prefix}-sensitive-0`, label: 'Demande sensible' },
  };
}
