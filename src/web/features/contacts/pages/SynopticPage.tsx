import { Button } from '@codegouvfr/react-dsfr/Button';
import { useParams } from 'react-router-dom';
import { SYNOPTIC_GROUPS } from '../../../../shared/glossary.ts';
import { academieLabel } from '../../../../shared/territories.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { synopticPdfUrl, usePublicContactPoints } from '../api/contacts.ts';
import { ContactGrid } from '../components/ContactCard.tsx';
import { Trail } from '../components/Trail.tsx';
import { UnknownPlace } from '../components/UnknownPlace.tsx';
import { academieFromSlug, academiePath, whoToContactPath } from '../paths.ts';
import '../contacts.css';

/**
 * The synoptic page: every support actor of the académie, in three parts (individual support,
 * collective support and management, external partners); printable on one column, and as a PDF.
 */
export function SynopticPage() {
  const academie = academieFromSlug(useParams().academie);
  if (!academie) return <UnknownPlace what="academie" />;
  return <Synoptic code={academie.code} />;
}

function Synoptic({ code }: { code: string }) {
  const label = academieLabel(code);
  usePageTitle(`Les acteurs de l’accompagnement — ${label}`);
  const actors = usePublicContactPoints({ academie: code });
  const all = actors.data ?? [];

  return (
    <div className="contacts-synoptic">
      <Trail
        steps={[{ label: 'Qui contacter ?', to: whoToContactPath() }, { label, to: academiePath(code) }]}
        current="Document synoptique"
      />
      <p className="fr-text--bold fr-mb-1w">{label}</p>
      <h1>Les acteurs de l’accompagnement des personnels</h1>
      <p className="fr-text--lead">
        Tous les interlocuteurs de l’accompagnement individuel et collectif, et comment les joindre. Votre conseiller RH de proximité
        vous aide à trouver le bon.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-no-print fr-mb-4w">
        <li>
          <Button iconId="fr-icon-printer-line" priority="secondary" onClick={() => window.print()}>
            Imprimer
          </Button>
        </li>
        <li>
          <a className="fr-btn fr-btn--secondary fr-btn--icon-left fr-icon-download-line" href={synopticPdfUrl(code)} download>
            Télécharger en PDF
          </a>
        </li>
      </ul>
      {actors.isPending && <Loading />}
      {actors.isError && <ErrorAlert error={actors.error} title="Les acteurs n’ont pas pu être chargés" />}
      {actors.isSuccess && all.length === 0 && <p>Cette académie n’a pas encore publié son annuaire.</p>}
      {SYNOPTIC_GROUPS.map((group) => {
        const members = all.filter((a) => group.kinds.includes(a.kind));
        if (members.length === 0) return null;
        return (
          <section key={group.key} aria-labelledby={`synoptique-${group.key}`} className="fr-mb-6w">
            <h2 id={`synoptique-${group.key}`}>{group.title}</h2>
            <p>{group.intro}</p>
            <ContactGrid actors={members} as="h3" />
          </section>
        );
      })}
    </div>
  );
}
