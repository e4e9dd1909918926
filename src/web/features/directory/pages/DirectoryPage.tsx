import { Select } from '@codegouvfr/react-dsfr/Select';
import { useState } from 'react';
import { Link, useNavigate, useSearchParams } from 'react-router-dom';
import { CONTACT_POINT_KIND_LABELS, CONTACT_POINT_KINDS } from '../../../../shared/glossary.ts';
import type { ContactPoint } from '../../../../shared/contracts/orientation.ts';
import { ACADEMIES, academieLabel } from '../../../../shared/territories.ts';
import { CursorPager, useCursorPager } from '../../../components/CursorPager.tsx';
import { DataTable } from '../../../components/DataTable.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { focusSoon } from '../../../components/ErrorSummary.tsx';
import { useWideScreen } from '../../requests/components/useWideScreen.ts';
import { useCreateContactPoint, useDirectory, type DirectoryFilters } from '../api/directory.ts';
import { ContactPointForm, emptyValues, writableAcademies } from '../components/ContactPointForm.tsx';
import { ContactPointPanel, ReceptionBadge } from '../components/ContactPointPanel.tsx';
import { hasMembers } from '../components/MembersSection.tsx';

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const NEW = 'nouvelle';

/**
 * « Annuaire »: the contact points the person manages (coordinators and administrators, their
 * territory), filtered by kind, département and state; `?fiche=<id>` opens one, `?fiche=nouvelle`
 * creates one.
 */
export function DirectoryPage() {
  const [searchParams] = useSearchParams();
  const opened = searchParams.get('fiche');
  const back = (() => {
    const params = new URLSearchParams(searchParams);
    params.delete('fiche');
    const query = params.toString();
    return query === '' ? '/annuaire' : `/annuaire?${query}`;
  })();
  if (opened === NEW) return <CreatePage backTo={back} />;
  if (opened !== null && UUID.test(opened)) return <ContactPointPanel key={opened} id={opened} backTo={back} />;
  return <DirectoryList />;
}

function useAcademies() {
  const session = useRequiredSession();
  return writableAcademies(session.roles);
}

function DirectoryList() {
  usePageTitle('Annuaire');
  const academies = useAcademies().filter((code) => code !== 'national');
  const national = useAcademies().includes('national');
  const [searchParams, setSearchParams] = useSearchParams();
  const pager = useCursorPager();
  const academie = searchParams.get('academie') ?? (academies.length === 1 ? academies[0] : undefined);
  const departementsOf = ACADEMIES.find((a) => a.code === academie)?.departements ?? [];
  const departement = departementsOf.some((d) => d.code === searchParams.get('departement')) ? searchParams.get('departement')! : undefined;
  const kind = CONTACT_POINT_KINDS.find((k) => k === searchParams.get('type'));
  const archived = searchParams.get('etat') === 'archives';
  const filters: DirectoryFilters = { academie, departement, kind, archived };
  const directory = useDirectory(filters, pager.cursor);
  const managed = (directory.data?.items ?? []).filter((cp) => cp.abilities.manage);

  const setFilter = (key: string, value: string) => {
    const params = new URLSearchParams(searchParams);
    if (value === '') params.delete(key);
    else params.set(key, value);
    if (key === 'academie') params.delete('departement');
    setSearchParams(params, { replace: true });
    pager.reset();
  };
  const linkTo = (cp: ContactPoint) => {
    const params = new URLSearchParams(searchParams);
    params.set('fiche', cp.id);
    return `/annuaire?${params.toString()}`;
  };

  const caption = `${archived ? 'Interlocuteurs archivés' : 'Interlocuteurs'}${kind ? ` : ${CONTACT_POINT_KIND_LABELS[kind].toLowerCase()}` : ''}`;
  return (
    <>
      <h1>Annuaire</h1>
      <p className="fr-text--lead">
        Les interlocuteurs RH que vous gérez : leurs coordonnées, les territoires et les thèmes qu’ils couvrent, et les personnes qui
        répondent aux orientations qui leur sont adressées.
      </p>
      <Link className="fr-btn fr-icon-add-line fr-btn--icon-left fr-mb-4w" to={`/annuaire?fiche=${NEW}`}>Ajouter un interlocuteur</Link>

      <form aria-label="Filtrer l’annuaire" onSubmit={(event) => event.preventDefault()} className="fr-mb-2w">
        <div className="fr-grid-row fr-grid-row--gutters fr-grid-row--bottom">
          {(academies.length > 1 || national) && (
            <div className="fr-col-12 fr-col-md-3">
              <Select label="Académie" nativeSelectProps={{ id: 'filtre-academie', value: academie ?? '', onChange: (e) => setFilter('academie', e.target.value) }}>
                <option value="">Toutes</option>
                {(national ? ACADEMIES.map((a) => a.code) : academies).map((code) => <option key={code} value={code}>{academieLabel(code)}</option>)}
              </Select>
            </div>
          )}
          <div className="fr-col-12 fr-col-md-3">
            <Select label="Type" nativeSelectProps={{ id: 'filtre-type', value: kind ?? '', onChange: (e) => setFilter('type', e.target.value) }}>
              <option value="">Tous</option>
              {CONTACT_POINT_KINDS.map((k) => <option key={k} value={k}>{CONTACT_POINT_KIND_LABELS[k]}</option>)}
            </Select>
          </div>
          {departementsOf.length > 0 && (
            <div className="fr-col-12 fr-col-md-3">
              <Select label="Département" hint="Avec les interlocuteurs de toute l’académie"
                nativeSelectProps={{ id: 'filtre-departement', value: departement ?? '', onChange: (e) => setFilter('departement', e.target.value) }}>
                <option value="">Tous</option>
                {departementsOf.map((d) => <option key={d.code} value={d.code}>{`${d.name} (${d.code})`}</option>)}
              </Select>
            </div>
          )}
          <div className="fr-col-12 fr-col-md-3">
            <Select label="État" nativeSelectProps={{ id: 'filtre-etat', value: archived ? 'archives' : '', onChange: (e) => setFilter('etat', e.target.value) }}>
              <option value="">En service</option>
              <option value="archives">Archivés</option>
            </Select>
          </div>
        </div>
      </form>

      <div aria-live="polite">
        {directory.isPending && <Loading label="Chargement de l’annuaire…" />}
        {directory.isError && <ErrorAlert error={directory.error} title="L’annuaire n’a pas pu être chargé" />}
        {directory.data && (
          <p className="fr-text--sm">
            {managed.length === 0
              ? archived ? 'Aucun interlocuteur archivé ne correspond à ces critères.' : 'Aucun interlocuteur que vous gérez ne correspond à ces critères.'
              : managed.length === 1 ? '1 interlocuteur.' : `${managed.length} interlocuteurs.`}
          </p>
        )}
      </div>
      {managed.length > 0 && <DirectoryEntries id="annuaire" caption={caption} rows={managed} linkTo={linkTo} captionRef={pager.captionRef} />}
      <CursorPager pager={pager} nextCursor={directory.data?.nextCursor} noun="interlocuteurs" busy={directory.isFetching} />
    </>
  );
}

const territoriesOf = (cp: ContactPoint) => cp.territories.map((t) => t.label).join(', ');

function MembersCell({ cp }: { cp: ContactPoint }) {
  if (!hasMembers(cp)) return <>Sans objet</>;
  if (cp.members.length === 0) return <>Aucun membre</>;
  return <>{cp.members.length === 1 ? '1 membre' : `${cp.members.length} membres`}</>;
}

/** A table on a wide screen, one card per contact point on a phone. */
function DirectoryEntries({ id, caption, rows, linkTo, captionRef }: {
  id: string; caption: string; rows: ContactPoint[]; linkTo: (cp: ContactPoint) => string; captionRef: React.Ref<HTMLTableCaptionElement>;
}) {
  const wide = useWideScreen();
  if (wide) {
    return (
      <DataTable<ContactPoint> id={id} caption={caption} captionRef={captionRef} hideCaption rows={rows} rowKey={(cp) => cp.id} columns={[
        { header: 'Nom', rowHeader: true, cell: (cp) => <Link to={linkTo(cp)}>{cp.name}</Link> },
        { header: 'Type', cell: (cp) => CONTACT_POINT_KIND_LABELS[cp.kind] },
        { header: 'Territoires', cell: territoriesOf },
        { header: 'Membres', cell: (cp) => <MembersCell cp={cp} /> },
        { header: 'Orientations', cell: (cp) => <ReceptionBadge contactPoint={cp} /> },
      ]} />
    );
  }
  return (
    <section aria-labelledby={`${id}-legende`} id={id} className="fr-mb-2w">
      <h2 id={`${id}-legende`} ref={captionRef as React.Ref<HTMLHeadingElement>} tabIndex={-1} className="fr-sr-only">{caption}</h2>
      <ul className="fr-raw-list">
        {rows.map((cp) => (
          <li key={cp.id} className="fr-mb-2w fr-p-2w" style={{ border: '1px solid var(--border-default-grey)', overflowWrap: 'anywhere' }}>
            <p className="fr-text--bold fr-mb-1v"><Link to={linkTo(cp)}>{cp.name}</Link></p>
            <p className="fr-mb-1w"><ReceptionBadge contactPoint={cp} /></p>
            <dl className="fr-text--sm fr-mb-0">
              <div><dt style={{ display: 'inline' }}>Type : </dt><dd style={{ display: 'inline' }} className="fr-ml-0">{CONTACT_POINT_KIND_LABELS[cp.kind]}</dd></div>
              <div><dt style={{ display: 'inline' }}>Territoires : </dt><dd style={{ display: 'inline' }} className="fr-ml-0">{territoriesOf(cp)}</dd></div>
              <div><dt style={{ display: 'inline' }}>Membres : </dt><dd style={{ display: 'inline' }} className="fr-ml-0"><MembersCell cp={cp} /></dd></div>
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

function CreatePage({ backTo }: { backTo: string }) {
  usePageTitle('Nouvel interlocuteur — Annuaire');
  const academies = useAcademies();
  const create = useCreateContactPoint();
  const navigate = useNavigate();
  const [initial] = useState(() => emptyValues(academies.length === 1 ? academies[0]! : null));
  return (
    <>
      <p className="fr-mb-3w">
        <Link to={backTo} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">Retour à l’annuaire</Link>
      </p>
      <h1>Nouvel interlocuteur</h1>
      <p>
        Il apparaîtra dans l’annuaire et dans « Qui contacter ? ». Il pourra recevoir des orientations dès qu’il aura au moins un membre.
      </p>
      <div className="fr-grid-row"><div className="fr-col-12 fr-col-lg-9">
      <ContactPointForm mode="create" initial={initial} academies={academies} submitLabel="Créer l’interlocuteur" busy={create.isPending}
        failure="L’interlocuteur n’a pas pu être créé." onCancel={() => navigate(backTo)}
        onSubmit={async (body) => {
          const created = await create.mutateAsync(body);
          navigate(`/annuaire?fiche=${created.id}`);
          focusSoon(() => document.getElementById('fiche-titre'));
        }} />
      </div></div>
    </>
  );
}
