import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { Appointment } from '../../../../shared/contracts/appointments.ts';
import { CursorPager, useCursorPager } from '../../../components/CursorPager.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useMyAppointments, type AppointmentsWhen } from '../api/appointments.ts';
import { AppointmentCard } from '../components/AppointmentCard.tsx';
import { CancelAppointmentDialog } from '../components/CancelAppointmentDialog.tsx';
import { formatAppointmentTime } from '../format.ts';

function CardList({ items, upcoming, onCancel, label }: { items: Appointment[]; upcoming: boolean; onCancel: (a: Appointment) => void; label: string }) {
  return (
    <ul className="fr-raw-list" aria-label={label}>
      {items.map((a) => (
        <li key={a.id} className="fr-mb-3w"><AppointmentCard appointment={a} upcoming={upcoming} onCancel={onCancel} /></li>
      ))}
    </ul>
  );
}

/** One list (to come, or past), page by page. The appointments cancelled before their time are set apart from those to come. */
function AppointmentsSection({ when, asAdviser, onCancel }: { when: AppointmentsWhen; asAdviser: boolean; onCancel: (a: Appointment) => void }) {
  const pager = useCursorPager();
  const list = useMyAppointments(when, pager.cursor);
  const upcoming = when === 'upcoming';
  const title = upcoming ? 'À venir' : 'Passés';
  const items = list.data?.items ?? [];
  const active = upcoming ? items.filter((a) => a.status !== 'cancelled') : items;
  const cancelled = upcoming ? items.filter((a) => a.status === 'cancelled') : [];

  return (
    <section aria-labelledby={`rdv-${when}`} className="fr-mb-6w">
      <h2 id={`rdv-${when}`}>{title}</h2>
      {list.isPending ? <Loading label="Chargement des rendez-vous…" />
        : list.isError ? <ErrorAlert error={list.error} title="Vos rendez-vous n’ont pas pu être chargés" />
          : (
            <>
              {active.length === 0 ? (
                <p>
                  {upcoming
                    ? (asAdviser ? 'Aucun rendez-vous à venir n’est pris avec vous.' : 'Vous n’avez aucun rendez-vous à venir.')
                    : 'Aucun rendez-vous passé.'}
                  {upcoming && !asAdviser && (
                    <> Un conseiller RH de proximité peut vous recevoir : faites une demande depuis <Link to="/mon-espace">Mon espace</Link>.</>
                  )}
                </p>
              ) : <CardList items={active} upcoming={upcoming} onCancel={onCancel} label={`Rendez-vous ${title.toLowerCase()}`} />}
              {cancelled.length > 0 && (
                <>
                  <h3 className="fr-h4">Annulés</h3>
                  <CardList items={cancelled} upcoming={upcoming} onCancel={onCancel} label="Rendez-vous à venir annulés" />
                </>
              )}
              <CursorPager pager={pager} nextCursor={list.data?.nextCursor} noun={upcoming ? 'rendez-vous à venir' : 'rendez-vous passés'} busy={list.isFetching} />
            </>
          )}
    </section>
  );
}

export function MyAppointmentsPage() {
  usePageTitle('Mes rendez-vous');
  const session = useRequiredSession();
  const asAdviser = session.abilities.adviseRequests;
  const [cancelling, setCancelling] = useState<Appointment | null>(null);
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);

  return (
    <>
      <h1>Mes rendez-vous</h1>
      <p className="fr-text--lead">
        {asAdviser
          ? 'Les rendez-vous que les agents ont pris avec vous, les plus proches d’abord.'
          : 'Vos rendez-vous avec un conseiller RH de proximité, les plus proches d’abord.'}
      </p>
      {/* The DSFR success alert is itself a status region; focus comes here once the dialog closes. */}
      <div ref={doneRef} tabIndex={-1}>
        {done !== null && <Alert severity="success" small description={done} className="fr-mb-4w" closable onClose={() => setDone(null)} />}
      </div>
      <AppointmentsSection when="upcoming" asAdviser={asAdviser} onCancel={(a) => { setDone(null); setCancelling(a); }} />
      <AppointmentsSection when="past" asAdviser={asAdviser} onCancel={setCancelling} />
      <CancelAppointmentDialog
        appointment={cancelling}
        onClose={() => setCancelling(null)}
        onCancelled={(a) => {
          setCancelling(null);
          setDone(`Le rendez-vous du ${formatAppointmentTime(a.startsAt).replace(/^./, (c) => c.toLowerCase())} est annulé.`
            + cancelledNotice(a));
          requestAnimationFrame(() => doneRef.current?.focus());
        }}
      />
    </>
  );
}

/** Who is told of the cancellation, by mail. */
const cancelledNotice = (a: Appointment) => (a.agent !== undefined ? ' L’agent en est prévenu par courriel.' : ' Un courriel vous le confirme.');
