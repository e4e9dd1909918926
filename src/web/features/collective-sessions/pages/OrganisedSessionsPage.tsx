import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { CollectiveSession } from '../../../../shared/contracts/collective-sessions.ts';
import { SESSION_KIND_LABELS } from '../../../../shared/glossary.ts';
import { DataTable } from '../../../components/DataTable.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatAppointmentTime } from '../../appointments/format.ts';
import { useOrganisedSessions } from '../api/sessions.ts';
import { SessionForm } from '../components/SessionForm.tsx';

function SessionsTable({ when }: { when: 'upcoming' | 'past' }) {
  const list = useOrganisedSessions(when);
  const title = when === 'upcoming' ? 'À venir' : 'Passés';
  if (list.isPending) return <Loading label="Chargement des ateliers…" />;
  if (list.isError) return <ErrorAlert error={list.error} title="Les ateliers n’ont pas pu être chargés" />;
  if (list.data.items.length === 0) return <p>{when === 'upcoming' ? 'Aucun atelier ni aucune réunion à venir.' : 'Aucun atelier passé.'}</p>;
  return (
    <DataTable<CollectiveSession>
      id={`ateliers-${when}`}
      caption={`Ateliers et réunions ${title.toLowerCase()}`}
      hideCaption
      rows={list.data.items}
      rowKey={(s) => s.id}
      columns={[
        { header: 'Atelier', rowHeader: true, cell: (s) => <Link to={`/ateliers-et-reunions/organisation/${s.id}`}>{s.title}</Link> },
        { header: 'Type', cell: (s) => SESSION_KIND_LABELS[s.kind] },
        { header: 'Date', cell: (s) => formatAppointmentTime(s.startsAt) },
        { header: 'Inscrits', cell: (s) => `${s.capacity - s.seatsLeft} / ${s.capacity}` },
        { header: 'Liste d’attente', cell: (s) => String(s.waitingCount) },
        { header: 'État', cell: (s) => (s.status === 'cancelled' ? 'Annulé' : when === 'upcoming' ? 'Programmé' : 'Tenu') },
      ]}
    />
  );
}

/** `/ateliers-et-reunions/organisation`: the organiser's sessions, upcoming and past, and a new one. */
export function OrganisedSessionsPage() {
  usePageTitle('Organiser les ateliers et réunions');
  const session = useRequiredSession();
  const [created, setCreated] = useState<CollectiveSession | null>(null);
  const [formKey, setFormKey] = useState(0);
  const doneRef = useRef<HTMLDivElement>(null);

  return (
    <>
      <h1>Ateliers et réunions</h1>
      <p className="fr-text--lead">Les réunions d’information, ateliers et webinaires que vous organisez : inscrits, liste d’attente et présences.</p>
      <div ref={doneRef} tabIndex={-1}>
        {created !== null && (
          <Alert severity="success" small className="fr-mb-4w" closable onClose={() => setCreated(null)}
            description={<>« {created.title} » est programmé et proposé aux agents. <Link to={`/ateliers-et-reunions/organisation/${created.id}`}>Voir l’atelier</Link></>} />
        )}
      </div>
      <section aria-labelledby="ateliers-a-venir" className="fr-mb-6w">
        <h2 id="ateliers-a-venir">À venir</h2>
        <SessionsTable when="upcoming" />
      </section>
      <section aria-labelledby="ateliers-passes" className="fr-mb-6w">
        <h2 id="ateliers-passes">Passés</h2>
        <SessionsTable when="past" />
      </section>
      <section aria-labelledby="programmer" className="fr-mb-6w">
        <h2 id="programmer">Programmer un atelier ou une réunion</h2>
        <div className="fr-grid-row"><div className="fr-col-12 fr-col-lg-8">
          <SessionForm key={formKey} departements={session.departements} onCreated={(s) => {
            setCreated(s);
            setFormKey((k) => k + 1);
            requestAnimationFrame(() => doneRef.current?.focus());
          }} />
        </div></div>
      </section>
    </>
  );
}
