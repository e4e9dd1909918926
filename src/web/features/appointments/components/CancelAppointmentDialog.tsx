import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import type { Appointment } from '../../../../shared/contracts/appointments.ts';
import { errorMessages } from '../../../api/client.ts';
import { APPOINTMENT_CANCEL_MESSAGE_MAX as MESSAGE_MAX } from '../../../../shared/contracts/limits.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { useCancelAppointment } from '../api/appointments.ts';
import { formatAppointmentTime } from '../format.ts';
import { readAsAdviser } from './AppointmentCard.tsx';

const FIELD_ID = 'annulation-message';

/**
 * Asks before cancelling. The agent may leave a word for their adviser; the adviser must tell the
 * agent why (the server requires it too). A refusal (the delay has passed) is shown as the server says it.
 */
export function CancelAppointmentDialog({ appointment, onClose, onCancelled }: {
  appointment: Appointment | null; onClose: () => void; onCancelled: (a: Appointment) => void;
}) {
  const cancel = useCancelAppointment();
  const [message, setMessage] = useState('');
  const [fieldError, setFieldError] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const asAdviser = appointment !== null && readAsAdviser(appointment);

  const close = () => {
    setMessage('');
    setFieldError(null);
    setFailure(null);
    cancel.reset();
    onClose();
  };

  /** The error under the field, and the focus on the field so that it is heard and fixed at once. */
  const showFieldError = (text: string) => {
    setFieldError(text);
    requestAnimationFrame(() => document.getElementById(FIELD_ID)?.focus());
  };

  const confirm = () => {
    if (appointment === null) return;
    const trimmed = message.trim();
    if (asAdviser && trimmed === '') {
      showFieldError('Expliquez à l’agent pourquoi le rendez-vous est annulé.');
      return;
    }
    if (trimmed.length > MESSAGE_MAX) {
      showFieldError(`Le message ne peut pas dépasser ${MESSAGE_MAX} caractères.`);
      return;
    }
    setFieldError(null);
    setFailure(null);
    cancel.mutate({ id: appointment.id, ...(trimmed === '' ? {} : { message: trimmed }) }, {
      onSuccess: (cancelled) => {
        setMessage('');
        onCancelled(cancelled);
      },
      onError: (error) => {
        const { summary, fields } = errorMessages(error, 'Le rendez-vous n’a pas pu être annulé.');
        if (fields.message !== undefined) showFieldError(fields.message);
        else setFailure(summary);
      },
    });
  };

  return (
    <ConfirmDialog
      open={appointment !== null}
      title="Annuler ce rendez-vous ?"
      confirmLabel="Confirmer l’annulation"
      cancelLabel="Garder le rendez-vous"
      busy={cancel.isPending}
      onConfirm={confirm}
      onCancel={close}
    >
      {appointment !== null && (
        <>
          <p>
            Rendez-vous du {formatAppointmentTime(appointment.startsAt).replace(/^./, (c) => c.toLowerCase())}
            {asAdviser ? ` avec ${appointment.agent!.displayName}` : ` avec ${appointment.adviser.displayName}`}.
            {asAdviser ? ' L’agent est prévenu par courriel et lit votre message dans son espace.' : ' Le créneau sera proposé à d’autres agents.'}
          </p>
          {failure !== null && <Alert severity="error" small description={failure} className="fr-mb-2w" />}
          <Input
            label={asAdviser ? 'Message à l’agent (obligatoire)' : 'Message à votre conseiller (facultatif)'}
            hintText={asAdviser ? 'Par exemple : la raison de l’annulation, et comment reprendre rendez-vous.' : undefined}
            textArea
            state={fieldError === null ? 'default' : 'error'}
            stateRelatedMessage={fieldError ?? undefined}
            nativeTextAreaProps={{ id: FIELD_ID, value: message, rows: 3, maxLength: MESSAGE_MAX, onChange: (e) => setMessage(e.target.value) }}
          />
        </>
      )}
    </ConfirmDialog>
  );
}
