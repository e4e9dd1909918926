import { Link, useParams } from 'react-router-dom';
import { SYNOPTIC_GROUPS } from '../../../../shared/glossary.ts';
import type { PublicContactPoint } from '../../../../shared/contracts/orientation.ts';
import { academieLabel } from '../../../../shared/territories.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { usePublicContactPoints } from '../api/contacts.ts';
import { ContactGrid } from '../components/ContactCard.tsx';
import { GuidedSearch } from '../components/GuidedSearch.tsx';
import { SignInInvitation } from '../components/SignInInvitation.tsx';
import { Trail } from '../components/Trail.tsx';
import { BookingInvitation } from '../../appointments/components/BookingInvitation.tsx';
import { UnknownPlace } from '../components/UnknownPlace.tsx';
import { PhoneLineBox } from '../components/PhoneLineBox.tsx';
import { academieFromSlug, academiePath, departementPath, orgChartPath, synopticPath, whoToContactPath } from '../paths.ts';
import '../contacts.css';

/** « Qui contacter ? » for one département of an académie: the actors covering it, and its bassins' HR correspondents. */
export function DepartementContactsPage() {
  const params = useParams();
  const academie = academieFromSlug(params.academie);
  if (!academie) return <UnknownPlace what="academie" />;
  const departement = academie.departements.find((d) => d.code === params.departement?.toUpperCase());
  if (!departement) return <UnknownPlace what="departement" />;
  return <DepartementContacts academieCode={academie.code} departement={departement} others={academie.departements.filter((d) => d !== departement)} />;
}

function DepartementContacts({ academieCode, departement, others }: {
  academieCode: string; departement: { code: string; name: string }; others: Array<{ code: string; name: string }>;
}) {
  const name = `${departement.name} (${departement.code})`;
  usePageTitle(`Qui contacter ? ${name}`);
  const actors = usePublicContactPoints({ departement: departement.code });
  const all = actors.data ?? [];
  const advisers = all.filter((a) => a.kind === 'adviser');
  const correspondents = all.filter((a) => a.kind === 'hr_correspondent');
  const rest = (kinds: readonly string[]) => all.filter((a) => a.kind !== 'adviser' && a.kind !== 'hr_correspondent' && kinds.includes(a.kind));

  return (
    <>
      <Trail
        steps={[{ label: 'Qui contacter ?', to: whoToContactPath() }, { label: academieLabel(academieCode), to: academiePath(academieCode) }]}
        current={name}
      />
      <h1>{`${name}\u00a0: qui contacter\u00a0?`}</h1>
      <p className="fr-text--lead">
        Les interlocuteurs RH des personnels qui travaillent dans ce département ({academieLabel(academieCode).replace(/^A/, 'a')}).
      </p>

      <GuidedSearch territory={{ departement: departement.code }} />
      <PhoneLineBox departement={departement.code} />

      {actors.isPending && <Loading />}
      {actors.isError && <ErrorAlert error={actors.error} title="Les interlocuteurs n’ont pas pu être chargés" />}

      <section aria-labelledby="conseillers-titre" className="fr-mb-6w">
        <h2 id="conseillers-titre">Vos conseillers RH de proximité</h2>
        {actors.isSuccess && advisers.length === 0 && <p>Aucun conseiller n’est encore publié pour ce département.</p>}
        {advisers.length > 0 && <ContactGrid actors={advisers} as="h3" showKind={false} />}
        <BookingInvitation departement={departement.code} />
      </section>

      <section aria-labelledby="bassins-titre" className="fr-mb-6w">
        <h2 id="bassins-titre">Les correspondants RH de vos bassins</h2>
        <p>Dans les établissements, un relais de proximité par bassin d’éducation et de formation.</p>
        {actors.isSuccess && correspondents.length === 0 && <p>Aucun correspondant de bassin n’est encore publié pour ce département.</p>}
        {correspondents.length > 0 && <ContactGrid actors={correspondents} as="h3" showKind={false} />}
      </section>

      {SYNOPTIC_GROUPS.map((group) => {
        const members: PublicContactPoint[] = rest(group.kinds);
        if (members.length === 0) return null;
        return (
          <section key={group.key} aria-labelledby={`groupe-${group.key}`} className="fr-mb-6w">
            <h2 id={`groupe-${group.key}`}>{group.title}</h2>
            <p>{group.intro}</p>
            <ContactGrid actors={members} as="h3" />
          </section>
        );
      })}

      <section aria-labelledby="voir-aussi" className="fr-mb-6w">
        <h2 id="voir-aussi">Voir aussi</h2>
        <ul>
          {others.map((d) => (
            <li key={d.code}>
              <Link to={departementPath(academieCode, d.code)}>{`Qui contacter\u00a0: ${d.name} (${d.code})`}</Link>
            </li>
          ))}
          <li><Link to={synopticPath(academieCode)}>Le document synoptique de l’académie</Link></li>
          <li><Link to={orgChartPath(academieCode)}>L’organigramme fonctionnel des services RH de l’académie</Link></li>
        </ul>
      </section>

      <SignInInvitation />
    </>
  );
}
