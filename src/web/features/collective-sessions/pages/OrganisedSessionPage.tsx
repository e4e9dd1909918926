import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useRef, useState, type FormEvent } from 'react';
import { Link, useParams } from 'react-router-dom';
import type { Attendance, Participant } from '../../../../shared/contracts/collective-sessions.ts';
import { ATTENDANCE_LABELS, ATTENDANCES } from '../../../../shared/glossary.ts';
import { SESSION_CANCEL_MESSAGE_MAX } from '../../../../shared/contracts/limits.ts';
import { errorMessages } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useCancelSession, useParticipants, useRecordAttendance, useSession } from '../api/sessions.ts';
import { SessionSummary, seatsText } from '../components/SessionSummary.tsx';
import { EditSessionForm, type EditOutcome } from '../components/EditSessionForm.tsx';

function AttendanceForm({ sessionId, registered }: { sessionId: string; registered: Participant[] }) {
  const record = useRecordAttendance();
  const [marks, setMarks] = useState<Record<string, Attendance | null>>(() => Object.fromEntries(registered.map((p) => [p.registrationId, p.attendance])));
  const [result, setResult] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const resultRef = useRef<HTMLDivElement>(null);
  const onSubmit = (event: FormEvent) => {
    event.preventDefault();
    const items = Object.entries(marks).filter((e): e is [string, Attendance] => e[1] !== null).map(([registrationId, attendance]) => ({ registrationId, attendance }));
    if (items.length === 0) {
      setResult({ severity: 'error', text: 'Indiquez au moins une présence ou une absence.' });
      requestAnimationFrame(() => resultRef.current?.focus());
      return;
    }
    record.mutate({ id: sessionId, body: { items } }, {
      onSuccess: () => setResult({ severity: 'success', text: 'Les présences sont enregistrées.' }),
      onError: (error) => setResult({ severity: 'error', text: errorMessages(error, 'Les présences n’ont pas pu être enregistrées.').summary }),
      onSettled: () => requestAnimationFrame(() => resultRef.current?.focus()),
    });
  };
  return (
    <form onSubmit={onSubmit} noValidate aria-busy={record.isPending}>
      <div ref={resultRef} tabIndex={-1}>{result && <Alert severity={result.severity} small description={result.text} className="fr-mb-2w" />}</div>
      <ul className="fr-raw-list">
        {registered.map((p) => (
          <li key={p.registrationId}>
            <fieldset className="fr-fieldset">
              <legend className="fr-fieldset__legend fr-text--regular">{p.agent.displayName}</legend>
              {ATTENDANCES.map((a) => (
                <div key={a} className="fr-fieldset__element fr-fieldset__element--inline">
                  <div className="fr-radio-group">
                    <input type="radio" id={`presence-${p.registrationId}-${a}`} name={`presence-${p.registrationId}`} checked={marks[p.registrationId] === a}
                      onChange={() => setMarks((m) => ({ ...m, [p.registrationId]: a }))} />
                    <label className="fr-label" htmlFor={`presence-${p.registrationId}-${a}`}>{ATTENDANCE_LABELS[a]}</label>
                  </div>
                </div>
              ))}
            </fieldset>
          </li>
        ))}
      </ul>
      <Button type="submit" disabled={record.isPending}>Enregistrer les présences</Button>
    </form>
  );
}

/** `/ateliers-et-reunions/organisation/:id`: one session for its organiser: its changes, registered people, waiting list, cancellation, attendance. */
export function OrganisedSessionPage() {
  const { id = '' } = useParams();
  const session = useSession(id);
  const participants = useParticipants(id);
  const cancel = useCancelSession();
  const [confirming, setConfirming] = useState(false);
  const [message, setMessage] = useState('');
  const [notice, setNotice] = useState<{ severity: 'success' | 'info' | 'error'; text: string } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  const [editing, setEditing] = useState(false);
  const editHeadingRef = useRef<HTMLHeadingElement>(null);
  const editButtonRef = useRef<HTMLButtonElement>(null);
  const organiser = useRequiredSession();
  usePageTitle(session.data?.title ?? 'Atelier');

  const startEditing = () => {
    setNotice(null);
    setEditing(true);
    requestAnimationFrame(() => editHeadingRef.current?.focus());
  };
  const stopEditing = () => {
    setEditing(false);
    requestAnimationFrame(() => editButtonRef.current?.focus());
  };
  const onEdited = (outcome: EditOutcome) => {
    setEditing(false);
    setNotice(outcome.saved === null ? { severity: 'info', text: 'Vous n’avez rien modifié : l’atelier reste tel qu’il était.' }
      : { severity: 'success', text: outcome.toldRegistered > 0
        ? `Les modifications sont enregistrées. ${outcome.toldRegistered === 1 ? 'La personne inscrite reçoit' : `Les ${outcome.toldRegistered} personnes inscrites reçoivent`} un courriel avec l’invitation mise à jour pour leur agenda.`
        : 'Les modifications sont enregistrées.' });
    requestAnimationFrame(() => noticeRef.current?.focus());
  };

  if (session.isPending) return <Loading label="Chargement de l’atelier…" />;
  if (session.isError) return <ErrorAlert error={session.error} title="Cet atelier n’a pas pu être chargé" />;
  const s = session.data;
  const columns = (waiting: boolean) => [
    ...(waiting ? [{ header: 'Rang', cell: (p: Participant) => String(p.position ?? '') }] : []),
    { header: 'Nom', rowHeader: true, cell: (p: Participant) => p.agent.displayName },
    { header: 'Courriel', cell: (p: Participant) => <a href={`mailto:${p.agent.email}`}>{p.agent.email}</a> },
    ...(waiting ? [] : [{ header: 'Présence', cell: (p: Participant) => (p.attendance ? ATTENDANCE_LABELS[p.attendance] : '—') }]),
  ];

  return (
    <>
      <p><Link to="/ateliers-et-reunions/organisation" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">Retour aux ateliers et réunions</Link></p>
      <h1>{s.title}</h1>
      <div ref={noticeRef} tabIndex={-1}>
        {notice && <Alert severity={notice.severity} small description={notice.text} className="fr-mb-4w" />}
      </div>
      <SessionSummary session={s} />
      <p><strong>{seatsText(s)}</strong> ({s.capacity} places)</p>
      {s.abilities.change && (
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left">
          <li>
            <Button ref={editButtonRef} onClick={editing ? stopEditing : startEditing}
              nativeButtonProps={{ 'aria-expanded': editing, 'aria-controls': 'modifier-atelier' }}>Modifier l’atelier</Button>
          </li>
          <li>
            <Button priority="secondary" iconId="fr-icon-close-circle-line" iconPosition="left" onClick={() => setConfirming(true)}>Annuler l’atelier</Button>
          </li>
        </ul>
      )}
      <section id="modifier-atelier" aria-labelledby="modifier-atelier-titre" hidden={!(editing && s.abilities.change)} className="fr-mt-2w">
        {editing && s.abilities.change && (
          <>
            <h2 id="modifier-atelier-titre" ref={editHeadingRef} tabIndex={-1}>Modifier l’atelier</h2>
            <div className="fr-grid-row"><div className="fr-col-12 fr-col-lg-8">
              <EditSessionForm session={s} audienceDepartements={organiser.departements} onDone={onEdited} onAbandon={stopEditing} />
            </div></div>
          </>
        )}
      </section>
      <section aria-labelledby="inscrits" className="fr-mt-6w">
        <h2 id="inscrits">Inscrits</h2>
        {participants.isPending ? <Loading label="Chargement des inscrits…" />
          : participants.isError ? <ErrorAlert error={participants.error} title="Les inscrits n’ont pas pu être chargés" />
            : participants.data.registered.length === 0 ? <p>Personne n’est encore inscrit.</p>
              : <DataTable<Participant> id="table-inscrits" caption="Inscrits" hideCaption rows={participants.data.registered} rowKey={(p) => p.registrationId} columns={columns(false)} />}
      </section>
      <section aria-labelledby="attente" className="fr-mt-4w">
        <h2 id="attente">Liste d’attente</h2>
        {participants.data && (participants.data.waiting.length === 0 ? <p>Personne n’est en liste d’attente.</p>
          : <DataTable<Participant> id="table-attente" caption="Liste d’attente" hideCaption rows={participants.data.waiting} rowKey={(p) => p.registrationId} columns={columns(true)} />)}
      </section>
      {s.abilities.recordAttendance && participants.data && participants.data.registered.length > 0 && (
        <section aria-labelledby="presences" className="fr-mt-4w">
          <h2 id="presences">Présences</h2>
          <p>Les présences comptent dans les rapports d’activité comme « information collective ».</p>
          <AttendanceForm key={participants.dataUpdatedAt} sessionId={s.id} registered={participants.data.registered} />
        </section>
      )}
      <ConfirmDialog open={confirming} title="Annuler l’atelier ?" confirmLabel="Annuler l’atelier" cancelLabel="Garder l’atelier" busy={cancel.isPending}
        onCancel={() => setConfirming(false)}
        onConfirm={() => cancel.mutate({ id: s.id, body: message.trim() ? { message: message.trim() } : {} }, {
          onSuccess: () => setNotice({ severity: 'success', text: 'L’atelier est annulé. Les inscrits et la liste d’attente en sont prévenus par courriel.' }),
          onError: (error) => setNotice({ severity: 'error', text: errorMessages(error, 'L’atelier n’a pas pu être annulé.').summary }),
          onSettled: () => { setConfirming(false); requestAnimationFrame(() => noticeRef.current?.focus()); },
        })}>
        <p>Les personnes inscrites et en liste d’attente recevront un courriel d’annulation.</p>
        <Input label="Motif, pour le journal (facultatif)" hintText="Il n’est pas envoyé aux agents." textArea
          nativeTextAreaProps={{ value: message, maxLength: SESSION_CANCEL_MESSAGE_MAX, rows: 3, onChange: (e) => setMessage(e.target.value) }} />
      </ConfirmDialog>
    </>
  );
}
