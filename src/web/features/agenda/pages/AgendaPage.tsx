import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useRef, useState } from 'react';
import { Link, useSearchParams } from 'react-router-dom';
import type { Appointment, AppointmentOutcome } from '../../../../shared/contracts/appointments.ts';
import { APPOINTMENT_STATUS_LABELS } from '../../../../shared/glossary.ts';
import { errorMessages } from '../../../api/client.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { CancelAppointmentDialog } from '../../appointments/components/CancelAppointmentDialog.tsx';
import { formatAppointmentTime } from '../../appointments/format.ts';
import { useAgenda, useSetAppointmentStatus } from '../api/agenda.ts';
import { AgendaAppointment } from '../components/AgendaAppointment.tsx';
import { CalendarFeedPanel } from '../components/CalendarFeedPanel.tsx';
import { MoveAppointmentDialog } from '../components/MoveAppointmentDialog.tsx';
import { addDays, formatLongDay, formatShortDay, isDay, mondayOf, todayInParis } from '../days.ts';

type View = 'jour' | 'semaine';

const parisDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris', year: 'numeric', month: '2-digit', day: '2-digit' });

/**
 * « Mon agenda »: the adviser's day or week, previous / next / today, each appointment with its
 * actions. The view and the day live in the address (?vue=semaine&jour=2026-12-01), so that the
 * browser's back button and a bookmark find the same page. The period's title is a live region.
 */
export function AgendaPage() {
  usePageTitle('Mon agenda');
  const [params, setParams] = useSearchParams();
  const today = todayInParis();
  const view: View = params.get('vue') === 'jour' ? 'jour' : 'semaine';
  const day = isDay(params.get('jour')) ? params.get('jour')! : today;
  const from = view === 'jour' ? day : mondayOf(day);
  const to = view === 'jour' ? day : addDays(from, 6);
  const agenda = useAgenda(from, to);
  const setStatus = useSetAppointmentStatus();
  const [moving, setMoving] = useState<Appointment | null>(null);
  const [cancelling, setCancelling] = useState<Appointment | null>(null);
  const [notice, setNotice] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);

  const go = (next: { vue?: View; jour?: string }) => {
    setNotice(null);
    setParams({ vue: next.vue ?? view, jour: next.jour ?? day });
  };
  const step = view === 'jour' ? 1 : 7;
  const tell = (severity: 'success' | 'error', text: string) => {
    setNotice({ severity, text });
    requestAnimationFrame(() => noticeRef.current?.focus());
  };
  const outcome = (a: Appointment, status: AppointmentOutcome) => {
    setStatus.mutate({ id: a.id, status }, {
      onSuccess: (changed) => tell('success', `Rendez-vous de ${formatAppointmentTime(changed.startsAt).replace(/^.+ à /, '')} avec ${changed.agent?.displayName ?? 'l’agent'} : ${APPOINTMENT_STATUS_LABELS[changed.status].toLowerCase()}.`),
      onError: (error) => tell('error', errorMessages(error, 'La suite du rendez-vous n’a pas pu être enregistrée.').summary),
    });
  };

  const items = agenda.data?.items ?? [];
  const days = view === 'jour' ? [day] : Array.from({ length: 7 }, (_, i) => addDays(from, i))
    // The weekend only when something is on it.
    .filter((d, i) => i < 5 || items.some((a) => parisDay.format(new Date(a.startsAt)) === d));
  const periodTitle = view === 'jour' ? formatLongDay(day) : `Semaine du ${formatShortDay(from).replace(/^./, (c) => c.toLowerCase())} au ${formatLongDay(to).replace(/^./, (c) => c.toLowerCase())}`;
  const live = items.filter((a) => a.status !== 'cancelled').length;

  return (
    <>
      <h1>Mon agenda</h1>
      <p className="fr-text--lead">Les rendez-vous que les agents ont pris avec vous. Après chaque rendez-vous, notez s’il a été honoré : ces suites alimentent les bilans du service.</p>
      <p><Link to="/mes-permanences">Gérer mes permanences</Link> · <Link to="/mes-rendez-vous">Liste de mes rendez-vous</Link></p>

      <nav aria-label="Période affichée" className="fr-mb-3w">
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--sm fr-mb-0">
          <li><Button size="small" priority="secondary" onClick={() => go({ jour: addDays(day, -step) })}>
            <span aria-hidden="true">‹&nbsp;</span>{view === 'jour' ? 'Jour précédent' : 'Semaine précédente'}
          </Button></li>
          <li><Button size="small" priority="secondary" disabled={from <= today && today <= to} onClick={() => go({ jour: today })}>Aujourd’hui</Button></li>
          <li><Button size="small" priority="secondary" onClick={() => go({ jour: addDays(day, step) })}>
            {view === 'jour' ? 'Jour suivant' : 'Semaine suivante'}<span aria-hidden="true">&nbsp;›</span>
          </Button></li>
          <li><Button size="small" priority={view === 'jour' ? 'primary' : 'tertiary'} aria-pressed={view === 'jour'} onClick={() => go({ vue: 'jour' })}>Vue jour</Button></li>
          <li><Button size="small" priority={view === 'semaine' ? 'primary' : 'tertiary'} aria-pressed={view === 'semaine'} onClick={() => go({ vue: 'semaine' })}>Vue semaine</Button></li>
        </ul>
      </nav>

      <h2 aria-live="polite" className="fr-h3">{periodTitle}</h2>
      <div ref={noticeRef} tabIndex={-1}>
        {notice !== null && <Alert severity={notice.severity} small description={notice.text} className="fr-mb-3w" closable onClose={() => setNotice(null)} />}
      </div>
      {agenda.isPending ? <Loading label="Chargement de l’agenda…" />
        : agenda.isError ? <ErrorAlert error={agenda.error} title="Votre agenda n’a pas pu être chargé" />
          : (
            <>
              <p className="fr-text--sm">{live === 0 ? 'Aucun rendez-vous sur cette période.' : live === 1 ? '1 rendez-vous sur cette période.' : `${live} rendez-vous sur cette période.`}</p>
              {days.map((d) => {
                const ofDay = items.filter((a) => parisDay.format(new Date(a.startsAt)) === d);
                return (
                  <section key={d} aria-labelledby={`jour-${d}`} className="fr-mb-4w">
                    <h3 id={`jour-${d}`} className="fr-h5 fr-mb-2w">
                      {view === 'semaine'
                        ? <Link to={`/agenda?vue=jour&jour=${d}`}>{formatShortDay(d)}{d === today ? ' (aujourd’hui)' : ''}</Link>
                        : <>{formatShortDay(d)}{d === today ? ' (aujourd’hui)' : ''}</>}
                    </h3>
                    {ofDay.length === 0 ? <p className="fr-text--sm fr-mb-0">Aucun rendez-vous.</p> : (
                      <ul className="fr-raw-list" aria-label={`Rendez-vous du ${formatShortDay(d).replace(/^./, (c) => c.toLowerCase())}`}>
                        {ofDay.map((a) => (
                          <li key={a.id} className="fr-mb-2w">
                            <AgendaAppointment appointment={a} busy={setStatus.isPending} onOutcome={outcome}
                              onMove={(x) => { setNotice(null); setMoving(x); }} onCancel={(x) => { setNotice(null); setCancelling(x); }} />
                          </li>
                        ))}
                      </ul>
                    )}
                  </section>
                );
              })}
            </>
          )}

      <CalendarFeedPanel asAdviser />

      <MoveAppointmentDialog
        appointment={moving}
        asAdviser
        onClose={() => setMoving(null)}
        onMoved={(a) => {
          setMoving(null);
          tell('success', `Le rendez-vous est déplacé au ${formatAppointmentTime(a.startsAt).replace(/^./, (c) => c.toLowerCase())}. L’agent en est prévenu par courriel.`);
        }}
      />
      <CancelAppointmentDialog
        appointment={cancelling}
        onClose={() => setCancelling(null)}
        onCancelled={(a) => {
          setCancelling(null);
          tell('success', `Le rendez-vous du ${formatAppointmentTime(a.startsAt).replace(/^./, (c) => c.toLowerCase())} est annulé. L’agent en est prévenu par courriel.`);
        }}
      />
    </>
  );
}
