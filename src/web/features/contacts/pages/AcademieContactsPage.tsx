import { Notice } from '@codegouvfr/react-dsfr/Notice';
import { Link, useParams } from 'react-router-dom';
import { academieLabel, academieName, elide } from '../../../../shared/territories.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { usePublicContactPoints } from '../api/contacts.ts';
import { ContactGrid } from '../components/ContactCard.tsx';
import { GuidedSearch } from '../components/GuidedSearch.tsx';
import { SignInInvitation } from '../components/SignInInvitation.tsx';
import { PhoneLineBox } from '../components/PhoneLineBox.tsx';
import { Trail } from '../components/Trail.tsx';
import { UnknownPlace } from '../components/UnknownPlace.tsx';
import { academieFromSlug, departementPath, orgChartPath, synopticPath, whoToContactPath } from '../paths.ts';
import '../contacts.css';

/** « Qui contacter ? » for one académie: the guided question, its advisers, its départements, the synoptic page and the chart. */
export function AcademieContactsPage() {
  const academie = academieFromSlug(useParams().academie);
  if (!academie) return <UnknownPlace what="academie" />;
  return <AcademieContacts code={academie.code} departements={academie.departements} />;
}

function AcademieContacts({ code, departements }: { code: string; departements: Array<{ code: string; name: string }> }) {
  const label = academieLabel(code);
  usePageTitle(`Qui contacter ? ${label}`);
  const actors = usePublicContactPoints({ academie: code });
  const advisers = (actors.data ?? []).filter((a) => a.kind === 'adviser');
  const published = (actors.data ?? []).some((a) => a.territories.some((t) => t.level !== 'national'));

  return (
    <>
      <Trail steps={[{ label: 'Qui contacter ?', to: whoToContactPath() }]} current={label} />
      <h1>{`Qui contacter dans l’académie ${elide('de', academieName(code))}\u00a0?`}</h1>
      <p className="fr-text--lead">
        Une question sur votre parcours, vos conditions de travail ou vos démarches ? Trouvez le bon interlocuteur et ses coordonnées.
      </p>
      {actors.isSuccess && !published && (
        <Notice
          className="fr-mb-4w"
          title={`L’${label.charAt(0).toLowerCase()}${label.slice(1)} n’a pas encore publié son annuaire dans ProxiRH. Choisissez un thème ci-dessous pour trouver les partenaires nationaux.`}
        />
      )}

      <GuidedSearch territory={{ academie: code }} />
      <PhoneLineBox academie={code} />

      <section aria-labelledby="conseillers-titre" className="fr-mb-6w">
        <h2 id="conseillers-titre">Vos conseillers RH de proximité</h2>
        <p>Ils vous écoutent, vous conseillent et vous orientent, quelle que soit votre question. Ils vous reçoivent sur rendez-vous.</p>
        {actors.isPending && <Loading />}
        {actors.isError && <ErrorAlert error={actors.error} title="Les conseillers n’ont pas pu être chargés" />}
        {actors.isSuccess && advisers.length === 0 && <p>Aucun conseiller n’est encore publié pour cette académie.</p>}
        {advisers.length > 0 && <ContactGrid actors={advisers} as="h3" showKind={false} />}
      </section>

      <section aria-labelledby="departements-titre" className="fr-mb-6w">
        <h2 id="departements-titre">Par département</h2>
        <p>Les interlocuteurs de votre département et les correspondants RH de ses bassins.</p>
        <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--tertiary">
          {departements.map((d) => (
            <li key={d.code}>
              <Link className="fr-btn fr-btn--tertiary" to={departementPath(code, d.code)}>
                {`${d.name} (${d.code})`}
              </Link>
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="documents-titre" className="fr-mb-6w">
        <h2 id="documents-titre">Tous les acteurs de l’académie</h2>
        <ul>
          <li>
            <Link to={synopticPath(code)}>Le document synoptique : tous les acteurs de l’accompagnement individuel et collectif</Link>
            {' '}(à imprimer ou à télécharger en PDF)
          </li>
          <li>
            <Link to={orgChartPath(code)}>L’organigramme fonctionnel des services RH de l’académie</Link>
          </li>
        </ul>
      </section>

      <SignInInvitation />
    </>
  );
}
