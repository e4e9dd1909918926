import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import { CONTACT_POINT_KIND_LABELS } from '../../../../shared/glossary.ts';
import type { ContactPoint } from '../../../../shared/contracts/orientation.ts';
import { AGENT_CATEGORY_LABELS, TOPIC_LABELS } from '../../../../shared/glossary.ts';
import { errorMessages } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { focusSoon } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useArchiveContactPoint, useContactPoint, useUpdateContactPoint } from '../api/directory.ts';
import { ContactPointForm, valuesOf } from './ContactPointForm.tsx';
import { hasMembers, MembersSection } from './MembersSection.tsx';

/** Whether a contact point can be oriented to now, in the words of the directory. */
export function ReceptionBadge({ contactPoint }: { contactPoint: ContactPoint }) {
  if (contactPoint.archived) return <Badge small as="span">Archivé</Badge>;
  if (contactPoint.kind === 'external_partner') return <Badge small as="span" severity="info">Orientation enregistrée seulement</Badge>;
  if (contactPoint.kind === 'adviser') return <Badge small as="span" severity="info">Fiche de présentation</Badge>;
  return contactPoint.acceptsReferrals
    ? <Badge small as="span" severity="success">Reçoit les orientations</Badge>
    : <Badge small as="span" severity="warning">Ne peut pas recevoir d’orientation</Badge>;
}

/** One contact point: its fields to change, its members, its archiving; read only when it is not the person’s to manage. */
export function ContactPointPanel({ id, backTo }: { id: string; backTo: string }) {
  const entry = useContactPoint(id);
  usePageTitle(entry.data ? `${entry.data.name} — Annuaire` : 'Annuaire');
  return (
    <>
      <p className="fr-mb-3w">
        <Link to={backTo} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">Retour à l’annuaire</Link>
      </p>
      {entry.isPending && <Loading label="Chargement de l’interlocuteur…" />}
      {entry.isError && <ErrorAlert error={entry.error} title="Cet interlocuteur n’a pas pu être affiché" />}
      {entry.data && (
        <div className="fr-grid-row">
          <div className="fr-col-12 fr-col-lg-9">
            <Detail key={entry.data.id} contactPoint={entry.data} />
          </div>
        </div>
      )}
    </>
  );
}

function Detail({ contactPoint }: { contactPoint: ContactPoint }) {
  const editable = contactPoint.abilities.manage && !contactPoint.archived;
  const update = useUpdateContactPoint(contactPoint.id);
  const [saved, setSaved] = useState('');
  const noMember = !contactPoint.archived && hasMembers(contactPoint) && contactPoint.members.length === 0;
  return (
    <>
      <h1 id="fiche-titre" tabIndex={-1} style={{ overflowWrap: 'anywhere' }}>{contactPoint.name}</h1>
      <p className="fr-mb-3w">
        <Badge small as="span" severity="new" noIcon>{CONTACT_POINT_KIND_LABELS[contactPoint.kind]}</Badge>{' '}
        <ReceptionBadge contactPoint={contactPoint} />
      </p>
      {noMember && (
        <Alert severity="warning" small className="fr-mb-3w"
          description="Aucun membre : cet interlocuteur ne peut pas recevoir d’orientation. Ajoutez au moins une personne qui y répondra." />
      )}
      {contactPoint.archived && (
        <Alert severity="info" small className="fr-mb-3w"
          description="Archivé : il n’apparaît plus dans l’annuaire ni dans « Qui contacter ? » et ne reçoit plus d’orientation. Ses orientations passées sont conservées." />
      )}
      {!contactPoint.abilities.manage && (
        <Alert severity="info" small className="fr-mb-3w" description="Cet interlocuteur ne relève pas de votre territoire : vous pouvez le consulter, pas le modifier." />
      )}
      <p role="status" aria-live="polite" className={saved ? 'fr-alert fr-alert--success fr-alert--sm fr-mb-3w' : 'fr-sr-only'}>{saved}</p>

      <section aria-labelledby="informations-titre" className="fr-mb-6w">
        <h2 id="informations-titre" className="fr-h3">Informations</h2>
        {editable ? (
          <ContactPointForm mode="edit" initial={valuesOf(contactPoint)} academies={[contactPoint.academieCode ?? 'national']}
            submitLabel="Enregistrer les modifications" busy={update.isPending} failure="Les modifications n’ont pas pu être enregistrées."
            onSubmit={async (body) => {
              const { kind: _kind, academieCode: _academie, ...change } = body;
              setSaved('');
              await update.mutateAsync(change);
              setSaved('Les modifications sont enregistrées.');
              focusSoon(() => document.getElementById('fiche-titre'));
            }} />
        ) : (
          <Summary contactPoint={contactPoint} />
        )}
      </section>

      {hasMembers(contactPoint) && <MembersSection contactPoint={contactPoint} editable={editable} />}
      {editable && <ArchiveSection contactPoint={contactPoint} />}
    </>
  );
}

function Summary({ contactPoint: cp }: { contactPoint: ContactPoint }) {
  const rows: Array<[string, string]> = [
    ['Présentation', cp.description ?? '—'],
    ['Adresse électronique', cp.email ?? '—'],
    ['Téléphone', cp.phone ?? '—'],
    ['Horaires', cp.hours ?? '—'],
    ['Adresse', cp.address ?? '—'],
    ['Site internet', cp.website ?? '—'],
    ['Territoires couverts', cp.territories.map((t) => t.label).join(', ')],
    ['Thèmes traités', cp.topics.map((t) => TOPIC_LABELS[t]).join(', ') || '—'],
    ['Personnels concernés', cp.categories.map((c) => AGENT_CATEGORY_LABELS[c]).join(', ') || 'Tous les personnels'],
  ];
  return (
    <dl style={{ overflowWrap: 'anywhere' }}>
      {rows.map(([label, value]) => (
        <div key={label} className="fr-mb-2w">
          <dt className="fr-text--bold">{label}</dt>
          <dd className="fr-ml-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}

/** Archiving asks first, and says what becomes of the referrals (archive-contact-point.ts keeps them). */
function ArchiveSection({ contactPoint }: { contactPoint: ContactPoint }) {
  const archive = useArchiveContactPoint(contactPoint.id);
  const [open, setOpen] = useState(false);
  const [error, setError] = useState('');
  async function confirm() {
    try {
      await archive.mutateAsync();
      setOpen(false);
      focusSoon(() => document.getElementById('fiche-titre'));
    } catch (failure) {
      setError(errorMessages(failure, 'L’interlocuteur n’a pas pu être archivé.').summary);
    }
  }
  return (
    <section aria-labelledby="archivage-titre" className="fr-mb-6w">
      <h2 id="archivage-titre" className="fr-h3">Archiver</h2>
      <p>Un interlocuteur qui n’existe plus s’archive : il sort de l’annuaire, ses orientations passées sont conservées.</p>
      <Button type="button" priority="secondary" iconId="fr-icon-archive-line" onClick={() => { setError(''); setOpen(true); }}>
        Archiver cet interlocuteur
      </Button>
      <ConfirmDialog open={open} title="Archiver cet interlocuteur ?" confirmLabel="Archiver" busy={archive.isPending}
        onConfirm={confirm} onCancel={() => setOpen(false)}>
        <p>
          « {contactPoint.name} » n’apparaîtra plus dans l’annuaire ni dans « Qui contacter ? », et on ne pourra plus l’y orienter.
        </p>
        <p>
          Les orientations déjà reçues sont conservées : celles qui attendent encore une réponse restent suivies par ses membres.
        </p>
        {error && <Alert severity="error" small description={error} />}
      </ConfirmDialog>
    </section>
  );
}
