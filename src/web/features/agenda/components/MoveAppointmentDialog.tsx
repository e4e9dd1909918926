import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import type { Appointment } from '../../../../shared/contracts/appointments.ts';
import { APPOINTMENT_MOVE_MESSAGE_MAX as MESSAGE_MAX } from '../../../../shared/contracts/limits.ts';
import { errorMessages } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { formatAppointmentTime } from '../../appointments/format.ts';
import { useMoveAppointment, useMoveSlots } from '../api/agenda.ts';

const SLOT_ID = 'deplacement-creneau';
const MESSAGE_ID = 'deplacement-message';

/**
 * Moves an appointment to another free slot. The adviser chooses among the slots of their own
 * office hours and writes to the agent (required, as the server says); the agent among all the
 * slots of the département for that reason. A slot taken meanwhile is said as the server says it.
 */
export function MoveAppointmentDialog({ appointment, asAdviser, onClose, onMoved }: {
  appointment: Appointment | null; asAdviser: boolean; onClose: () => void; onMoved: (a: Appointment) => void;
}) {
  const slots = useMoveSlots(appointment);
  const move = useMoveAppointment();
  const [slotId, setSlotId] = useState('');
  const [message, setMessage] = useState('');
  const [errors, setErrors] = useState<{ slotId?: string; message?: string }>({});
  const [failure, setFailure] = useState<string | null>(null);
  const offered = (slots.data?.items ?? []).filter((s) => !asAdviser || s.adviser.id === appointment?.adviser.id)
    .filter((s) => s.startsAt !== appointment?.startsAt);

  const close = () => {
    setSlotId('');
    setMessage('');
    setErrors({});
    setFailure(null);
    move.reset();
    onClose();
  };
  const focus = (id: string) => requestAnimationFrame(() => document.getElementById(id)?.focus());

  const confirm = () => {
    if (appointment === null) return;
    const trimmed = message.trim();
    const found: typeof errors = {};
    if (slotId === '') found.slotId = 'Choisissez le nouveau créneau.';
    if (asAdviser && trimmed === '') found.message = 'Expliquez à l’agent pourquoi le rendez-vous est déplacé.';
    setErrors(found);
    setFailure(null);
    if (found.slotId !== undefined) { focus(SLOT_ID); return; }
    if (found.message !== undefined) { focus(MESSAGE_ID); return; }
    move.mutate({ id: appointment.id, slotId, ...(trimmed === '' ? {} : { message: trimmed }) }, {
      onSuccess: (moved) => {
        setSlotId('');
        setMessage('');
        onMoved(moved);
      },
      onError: (error) => {
        const { summary, fields } = errorMessages(error, 'Le rendez-vous n’a pas pu être déplacé.');
        if (fields.message !== undefined) { setErrors({ message: fields.message }); focus(MESSAGE_ID); }
        else if (fields.slotId !== undefined) { setErrors({ slotId: fields.slotId }); focus(SLOT_ID); }
        else {
          setFailure(summary);
          void slots.refetch();
        }
      },
    });
  };

  return (
    <ConfirmDialog
      open={appointment !== null}
      title="Déplacer ce rendez-vous"
      confirmLabel="Déplacer le rendez-vous"
      cancelLabel="Ne pas le déplacer"
      busy={move.isPending}
      onConfirm={confirm}
      onCancel={close}
    >
      {appointment !== null && (
        <>
          <p>
            Rendez-vous du {formatAppointmentTime(appointment.startsAt).replace(/^./, (c) => c.toLowerCase())}
            {asAdviser && appointment.agent !== undefined ? ` avec ${appointment.agent.displayName}` : ` avec ${appointment.adviser.displayName}`}.
            {asAdviser ? ' L’agent reçoit par courriel la nouvelle heure et la mise à jour de son agenda.' : ' L’ancien créneau sera proposé à d’autres agents.'}
          </p>
          {failure !== null && <Alert severity="error" small description={failure} className="fr-mb-2w" />}
          {slots.isPending ? <p>Recherche des créneaux libres…</p>
            : slots.isError ? <Alert severity="error" small description={errorMessages(slots.error, 'Les créneaux libres n’ont pas pu être chargés.').summary} />
              : offered.length === 0 ? <p>Aucun créneau libre n’est proposé dans les prochaines semaines.</p>
                : (
                  <Select
                    label="Nouveau créneau"
                    state={errors.slotId === undefined ? 'default' : 'error'}
                    stateRelatedMessage={errors.slotId}
                    nativeSelectProps={{ id: SLOT_ID, value: slotId, onChange: (e) => { setSlotId(e.target.value); setErrors((x) => ({ ...x, slotId: undefined })); } }}
                  >
                    <option value="" disabled>Choisir un créneau</option>
                    {offered.map((s) => (
                      <option key={s.id} value={s.id}>
                        {formatAppointmentTime(s.startsAt)} — {s.place.label}{asAdviser ? '' : ` — ${s.adviser.displayName}`}
                      </option>
                    ))}
                  </Select>
                )}
          <Input
            label={asAdviser ? 'Message à l’agent (obligatoire)' : 'Message à votre conseiller (facultatif)'}
            textArea
            state={errors.message === undefined ? 'default' : 'error'}
            stateRelatedMessage={errors.message}
            nativeTextAreaProps={{ id: MESSAGE_ID, value: message, rows: 3, maxLength: MESSAGE_MAX, onChange: (e) => { setMessage(e.target.value); if (e.target.value.trim() !== '') setErrors((x) => ({ ...x, message: undefined })); } }}
          />
        </>
      )}
    </ConfirmDialog>
  );
}
