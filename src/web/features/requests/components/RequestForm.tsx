import { Button } from '@codegouvfr/react-dsfr/Button';
import { Checkbox } from '@codegouvfr/react-dsfr/Checkbox';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState, type FormEvent, type ReactNode } from 'react';
import { CONTACT_PREFERENCES, TOPIC_LABELS, TOPICS, type ContactPreference, type Topic } from '../../../../shared/glossary.ts';
import { ApiError, errorMessages } from '../../../api/client.ts';
import { requestsKey, uploadAttachment, useSubmitRequest } from '../api/requests.ts';
import type { SubmittedRequest } from '../../../../shared/contracts/requests.ts';
import { ErrorSummary, focusSoon, type SummaryItem } from '../../../components/ErrorSummary.tsx';
import { AttachmentPicker } from './AttachmentPicker.tsx';
import {
  EMPTY_VALUES, fieldTargets, isAlwaysSensitive, LIMITED_FIELDS, overLimit, toInput, validate,
  type FieldErrors, type OnBehalf, type RequestFormValues,
} from './requestFormModel.ts';
import { CONTACT_CHOICES, STAFF_TOPIC_HINTS, TOPIC_HINTS } from './requestTexts.ts';
import { useCharacterLimit } from './characterLimit.tsx';

export interface UploadFailure {
  filename: string;
  detail: string;
  /** The connection or the server failed, not the file: sending it again from the request's page may work. */
  retryable: boolean;
}

interface Props {
  idPrefix: string;
  /** Staff logging a request for an agent; absent when the agent writes for themself. */
  onBehalf?: OnBehalf;
  /** Fields placed before the topic (the agent and the channel, for staff), with their errors. */
  leading?: (errors: FieldErrors) => ReactNode;
  submitLabel: string;
  onCreated: (created: SubmittedRequest, uploadFailures: UploadFailure[]) => void;
  /** What the form opens with (a draft from « Poser une question »): the person edits it before sending. */
  initialValues?: Partial<RequestFormValues>;
}

/** The request form of the agent, reused by staff logging a call (`onBehalf`). */
export function RequestForm({ idPrefix, onBehalf, leading, submitLabel, onCreated, initialValues }: Props) {
  const [values, setValues] = useState<RequestFormValues>(() => ({ ...EMPTY_VALUES, ...initialValues }));
  const [files, setFiles] = useState<File[]>([]);
  const [errors, setErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const summaryRef = useRef<HTMLDivElement>(null);
  const submit = useSubmitRequest();
  const queryClient = useQueryClient();
  const forAgent = onBehalf === undefined;
  const busy = submit.isPending || uploading;
  const targets = fieldTargets(idPrefix);
  const set = <K extends keyof RequestFormValues>(key: K, value: RequestFormValues[K]) => {
    setValues((previous) => ({ ...previous, [key]: value }));
    // A corrected field loses its message, and its line in the summary.
    clear(key);
  };
  const clear = (field: string) =>
    setErrors((previous) => {
      if (previous[field] === undefined) return previous;
      const { [field]: _corrected, ...rest } = previous;
      return rest;
    });
  // Choosing the agent or the channel (fields of the page around) clears their message too.
  useEffect(() => clear('agentId'), [onBehalf?.agentId]);
  useEffect(() => clear('channel'), [onBehalf?.channel]);
  // A text over its limit is in error at once, pasted or typed; the submission's errors come first.
  const live = { ...overLimit(values), ...errors };
  const stateOf = (field: string) =>
    live[field] === undefined ? {} : { state: 'error' as const, stateRelatedMessage: live[field] };
  const subjectLimit = useCharacterLimit(targets.subject!.id, values.subject, LIMITED_FIELDS.subject.max);
  const descriptionLimit = useCharacterLimit(targets.description!.id, values.description, LIMITED_FIELDS.description.max);
  const availabilityLimit = useCharacterLimit(
    targets.contactAvailability!.id,
    values.contactAvailability,
    LIMITED_FIELDS.contactAvailability.max,
  );

  const onSubmit = async (event: FormEvent) => {
    event.preventDefault();
    const found = validate(values, onBehalf);
    setFormError(null);
    setErrors(found);
    if (Object.keys(found).length > 0) return focusSoon(() => summaryRef.current);
    try {
      const created = await submit.mutateAsync(toInput(values, onBehalf));
      // The request is stored: a file that fails is reported without losing it.
      const failures: UploadFailure[] = [];
      setUploading(true);
      for (const file of files) {
        try {
          await uploadAttachment(created.id, file);
        } catch (error) {
          failures.push({
            filename: file.name,
            detail: errorMessages(error, 'la connexion a été interrompue.').summary,
            retryable: !(error instanceof ApiError) || error.status >= 500 || error.status === 429,
          });
        }
      }
      setUploading(false);
      if (files.length > 0) void queryClient.invalidateQueries({ queryKey: requestsKey });
      onCreated(created, failures);
    } catch (error) {
      setUploading(false);
      const { summary: message, fields } = errorMessages(error, 'Une erreur inattendue s’est produite. Réessayez.');
      if (Object.keys(fields).length > 0) setErrors(fields);
      else setFormError(message);
      focusSoon(() => summaryRef.current);
    }
  };

  const summary: SummaryItem[] = Object.entries(errors).map(([field, message]) => ({
    message,
    targetId: targets[field]?.id,
    label: targets[field]?.label ?? field,
  }));
  if (formError !== null) summary.push({ message: formError });
  const sensitiveLocked = isAlwaysSensitive(values.topic);

  return (
    <form onSubmit={onSubmit} noValidate aria-busy={busy}>
      <ErrorSummary
        ref={summaryRef}
        items={summary}
        title={Object.keys(errors).length > 0 ? 'Le formulaire contient des erreurs' : 'La demande n’a pas pu être envoyée'}
      />
      <p className="fr-hint-text">Sauf mention contraire, tous les champs sont obligatoires.</p>
      {leading?.(errors)}

      <RadioButtons
        id={`${idPrefix}-topic`}
        legend={forAgent ? 'Quel est le thème de votre demande ?' : 'Thème de la demande'}
        name={`${idPrefix}-topic`}
        {...stateOf('topic')}
        options={TOPICS.map((topic) => ({
          label: TOPIC_LABELS[topic],
          hintText: forAgent ? TOPIC_HINTS[topic] : STAFF_TOPIC_HINTS[topic],
          nativeInputProps: {
            value: topic,
            checked: values.topic === topic,
            onChange: () => set('topic', topic as Topic),
          },
        }))}
      />

      <Input
        label="Objet"
        hintText="En quelques mots, par exemple « Demande de temps partiel à la rentrée »."
        {...stateOf('subject')}
        nativeInputProps={{
          id: targets.subject?.id,
          value: values.subject,
          autoComplete: 'off',
          'aria-describedby': subjectLimit.describedBy,
          onChange: (event) => set('subject', event.target.value),
        }}
      />
      {subjectLimit.counter}
      <Input
        label="Description"
        hintText={
          forAgent
            ? 'Expliquez votre situation et ce que vous attendez du service. N’indiquez que ce qui est utile à votre conseiller.'
            : 'Ce que l’agent a exposé et ce qu’il attend du service.'
        }
        textArea
        {...stateOf('description')}
        nativeTextAreaProps={{
          id: targets.description?.id,
          value: values.description,
          rows: 8,
          'aria-describedby': descriptionLimit.describedBy,
          onChange: (event) => set('description', event.target.value),
        }}
      />
      {descriptionLimit.counter}

      <RadioButtons
        id={`${idPrefix}-contact`}
        legend={forAgent ? 'Comment souhaitez-vous être recontacté ?' : 'Comment l’agent souhaite-t-il être recontacté ?'}
        name={`${idPrefix}-contact`}
        orientation="horizontal"
        {...stateOf('contactPreference')}
        options={CONTACT_PREFERENCES.map((preference) => ({
          label: CONTACT_CHOICES[preference],
          nativeInputProps: {
            value: preference,
            checked: values.contactPreference === preference,
            onChange: () => set('contactPreference', preference as ContactPreference),
          },
        }))}
      />
      <Input
        label={forAgent ? 'Vos disponibilités (facultatif)' : 'Disponibilités de l’agent (facultatif)'}
        hintText="Par exemple « le mardi après 16 h » ou « pas le mercredi »."
        {...stateOf('contactAvailability')}
        nativeInputProps={{
          id: targets.contactAvailability?.id,
          value: values.contactAvailability,
          'aria-describedby': availabilityLimit.describedBy,
          onChange: (event) => set('contactAvailability', event.target.value),
        }}
      />
      {availabilityLimit.counter}

      <Checkbox
        id={`${idPrefix}-sensitive`}
        className="fr-mb-3w"
        {...stateOf('sensitive')}
        options={[
          {
            label: forAgent ? 'Je marque cette demande comme sensible (facultatif)' : 'Demande sensible (facultatif)',
            hintText: sensitiveLocked
              ? 'Les demandes de santé et d’atteinte à l’intégrité sont toujours traitées comme sensibles.'
              : forAgent
                ? 'Seul le conseiller qui la traite en lira le contenu. Le coordonnateur ne pourra le lire que par une ouverture exceptionnelle justifiée, que vous verrez dans « Qui a consulté ma demande ? ».'
                : 'Seul le conseiller qui la traite en lira le contenu. Le coordonnateur ne pourra le lire que par une ouverture exceptionnelle justifiée, dont l’agent est informé.',
            nativeInputProps: {
              checked: sensitiveLocked || values.sensitive,
              disabled: sensitiveLocked,
              onChange: (event) => set('sensitive', event.target.checked),
            },
          },
        ]}
      />
      <Checkbox
        id={`${idPrefix}-consent`}
        className="fr-mb-3w"
        {...stateOf('consentToShare')}
        options={[
          {
            label: forAgent
              ? 'J’accepte que ma description soit transmise aux personnes vers qui mon conseiller m’oriente (facultatif)'
              : 'L’agent accepte que sa description soit transmise aux personnes vers qui il est orienté (facultatif)',
            hintText:
              'Par exemple le médecin du travail, l’assistant de service social ou un bureau de gestion. Sans cet accord, seuls le thème et l’objet leur sont transmis.',
            nativeInputProps: {
              checked: values.consentToShare,
              onChange: (event) => set('consentToShare', event.target.checked),
            },
          },
        ]}
      />

      <AttachmentPicker id={`${idPrefix}-attachments`} files={files} onChange={setFiles} disabled={busy} />

      <Button type="submit" disabled={busy} iconId="fr-icon-send-plane-line" iconPosition="right">
        {submitLabel}
      </Button>
      <p role="status" aria-live="polite" className="fr-text--sm fr-mt-2w">
        {submit.isPending ? 'Envoi de la demande…' : uploading ? 'Envoi des pièces jointes…' : ''}
      </p>
    </form>
  );
}
