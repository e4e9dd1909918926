import { Link, useParams } from 'react-router-dom';
import { CONTACT_POINT_KIND_LABELS } from '../../../../shared/glossary.ts';
import type { ContactPointKind, PublicContactPoint } from '../../../../shared/contracts/orientation.ts';
import { academieLabel, type AcademieRef } from '../../../../shared/territories.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { usePublicContactPoints } from '../api/contacts.ts';
import { Trail } from '../components/Trail.tsx';
import { UnknownPlace } from '../components/UnknownPlace.tsx';
import { academieFromSlug, academiePath, departementPath, synopticPath, whoToContactPath } from '../paths.ts';
import '../contacts.css';

/** The académie-wide services of the rectorat, in the chart's order. */
const RECTORAT_UNITS: Array<{ title: string; kinds: readonly ContactPointKind[] }> = [
  { title: 'Divisions de gestion des personnels', kinds: ['management_office'] },
  { title: 'Cellules spécialisées', kinds: ['cell'] },
  {
    title: 'Missions, référents et écoute',
    kinds: ['leadership_mission', 'disability_correspondent', 'equality_officer', 'occupational_psychologist', 'adviser', 'career_adviser',
      'social_worker', 'occupational_doctor', 'hr_correspondent'],
  },
];

/**
 * The functional organisation chart of the académie's HR services: the rectorat's divisions,
 * cells and missions, then each DSDEN with its advisers, social and medical services and its
 * bassins' HR correspondents. Nested lists drawn as a tree: read as a list, seen as a chart.
 */
export function OrgChartPage() {
  const academie = academieFromSlug(useParams().academie);
  if (!academie) return <UnknownPlace what="academie" />;
  return <OrgChart academie={academie} />;
}

function Actor({ actor }: { actor: PublicContactPoint }) {
  return (
    <div className="contacts-org__node">
      <strong>{actor.name}</strong>
      <p>{CONTACT_POINT_KIND_LABELS[actor.kind]}</p>
      {actor.email && <p><a href={`mailto:${actor.email}`}>{actor.email}</a></p>}
      {actor.phone && <p>{actor.phone}</p>}
    </div>
  );
}

const at = (actor: PublicContactPoint, level: string, code?: string) =>
  actor.territories.some((t) => t.level === level && (code === undefined || t.code === code || t.departementCode === code));

function OrgChart({ academie }: { academie: AcademieRef }) {
  const label = academieLabel(academie.code);
  usePageTitle(`Organigramme des services RH — ${label}`);
  const actors = usePublicContactPoints({ academie: academie.code });
  const internal = (actors.data ?? []).filter((a) => a.kind !== 'external_partner');
  const rectorat = internal.filter((a) => at(a, 'academie'));

  return (
    <>
      <Trail steps={[{ label: 'Qui contacter ?', to: whoToContactPath() }, { label, to: academiePath(academie.code) }]} current="Organigramme" />
      <h1>Organigramme fonctionnel des services RH</h1>
      <p className="fr-text--lead">
        Qui fait quoi pour les personnels de l’{label.replace(/^A/, 'a')}&nbsp;: les services du rectorat,
        puis ceux de chaque direction des services départementaux (DSDEN) et les correspondants RH des bassins.
      </p>
      {actors.isPending && <Loading />}
      {actors.isError && <ErrorAlert error={actors.error} title="L’organigramme n’a pas pu être chargé" />}
      {actors.isSuccess && internal.length === 0 && <p>Cette académie n’a pas encore publié son organigramme.</p>}
      {internal.length > 0 && (
        <ul className="contacts-org fr-mb-6w" aria-label={`Organigramme des services RH, ${label}`}>
          <li>
            <div className="contacts-org__node contacts-org__node--unit">{label} : ressources humaines</div>
            <ul>
              <li>
                <div className="contacts-org__node contacts-org__node--unit">Rectorat</div>
                <ul>
                  {RECTORAT_UNITS.map((unit) => {
                    const members = rectorat.filter((a) => unit.kinds.includes(a.kind));
                    if (members.length === 0) return null;
                    return (
                      <li key={unit.title}>
                        <div className="contacts-org__node contacts-org__node--unit">{unit.title}</div>
                        <ul>
                          {members.map((a) => <li key={a.id}><Actor actor={a} /></li>)}
                        </ul>
                      </li>
                    );
                  })}
                </ul>
              </li>
              {academie.departements.map((d) => {
                const services = internal.filter((a) => a.kind !== 'hr_correspondent' && at(a, 'departement', d.code));
                const bassins = internal.filter((a) => a.kind === 'hr_correspondent' && at(a, 'bassin', d.code));
                return (
                  <li key={d.code}>
                    <div className="contacts-org__node contacts-org__node--unit">
                      {`DSDEN : ${d.name} (${d.code})`}
                      <p><Link to={departementPath(academie.code, d.code)}>{`Qui contacter\u00a0: ${d.name}`}</Link></p>
                    </div>
                    <ul>
                      {services.map((a) => <li key={a.id}><Actor actor={a} /></li>)}
                      {bassins.length > 0 && (
                        <li>
                          <div className="contacts-org__node contacts-org__node--unit">Correspondants RH des bassins</div>
                          <ul>
                            {bassins.map((a) => <li key={a.id}><Actor actor={a} /></li>)}
                          </ul>
                        </li>
                      )}
                    </ul>
                  </li>
                );
              })}
            </ul>
          </li>
        </ul>
      )}
      <p className="fr-no-print">
        Les partenaires extérieurs figurent dans le <Link to={synopticPath(academie.code)}>document synoptique</Link>.
      </p>
    </>
  );
}
