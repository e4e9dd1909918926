import { Button } from '@codegouvfr/react-dsfr/Button';
import { Link, useParams } from 'react-router-dom';
import type { Mallette, MalletteScheme, MalletteSituation } from '../../../../shared/contracts/knowledge-base.ts';
import type { PublicContactPoint } from '../../../../shared/contracts/orientation.ts';
import { CONTACT_POINT_KIND_LABELS } from '../../../../shared/glossary.ts';
import { academieLabel } from '../../../../shared/territories.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { UnknownPlace } from '../../contacts/components/UnknownPlace.tsx';
import { useMallette } from '../api/knowledgeBase.ts';
import { KbTrail } from '../components/KbTrail.tsx';
import { SchemeFactsList } from '../components/SchemeFactsList.tsx';
import { academieCodeFromSlug, assistantPath, helpCenterPath, malletteIndexPath, pagePathOf } from '../paths.ts';
import '../knowledge-base.css';

/**
 * `/mallette/:academie`: the « mallette de l’accompagnement » of an académie — for each situation
 * (« je débute », « je veux changer de poste »…), the schemes (who for, what it gives, how to ask),
 * the other articles and the actors, built from the published articles and the directory.
 * Printable: the navigation disappears and every link is written out.
 */
export function MallettePage() {
  const code = academieCodeFromSlug(useParams().academie);
  if (code === undefined) return <UnknownPlace what="academie" />;
  return <MalletteOf code={code} />;
}

function MalletteOf({ code }: { code: string }) {
  const label = academieLabel(code);
  usePageTitle(`La mallette de l’accompagnement — ${label}`);
  const mallette = useMallette(code);
  return (
    <div className="kb-printable">
      <KbTrail
        steps={[{ label: 'Informations RH', to: helpCenterPath() }, { label: 'La mallette de l’accompagnement', to: malletteIndexPath() }]}
        current={label}
      />
      <p className="fr-text--bold fr-mb-1w">{label}</p>
      <h1>La mallette de l’accompagnement des personnels</h1>
      <p className="fr-text--lead">
        Les dispositifs d’accompagnement et les interlocuteurs de l’académie, selon votre situation. Votre conseiller RH de
        proximité vous aide à trouver celui qui vous convient.
      </p>
      <ul className="fr-btns-group fr-btns-group--inline-md fr-btns-group--icon-left fr-no-print fr-mb-4w">
        <li>
          <Button iconId="fr-icon-printer-line" priority="secondary" onClick={() => window.print()}>
            Imprimer la mallette
          </Button>
        </li>
        <li>
          <Link className="fr-btn fr-btn--tertiary fr-icon-question-answer-line fr-btn--icon-left" to={assistantPath()}>
            Poser une question
          </Link>
        </li>
      </ul>
      {mallette.isPending && <Loading label="Chargement de la mallette…" />}
      {mallette.isError && <ErrorAlert error={mallette.error} title="La mallette n’a pas pu être chargée" />}
      {mallette.data && <MalletteContent mallette={mallette.data} />}
    </div>
  );
}

function MalletteContent({ mallette }: { mallette: Mallette }) {
  const situations = mallette.situations.filter((s) => s.schemes.length + s.articles.length + s.contactPoints.length > 0);
  if (situations.length === 0) {
    return <p>Cette académie n’a pas encore publié de dispositif d’accompagnement. Les fiches nationales restent disponibles dans les informations RH.</p>;
  }
  return (
    <>
      <nav aria-labelledby="sommaire-titre" className="fr-summary fr-mb-4w">
        <h2 id="sommaire-titre" className="fr-summary__title">Votre situation</h2>
        <ol className="fr-summary__list">
          {situations.map((s) => (
            <li key={s.key}>
              <a className="fr-summary__link" href={`#situation-${s.key}`}>{s.title}</a>
            </li>
          ))}
        </ol>
      </nav>
      {mallette.listeningLine && (
        <p className="kb-listening fr-p-2w fr-mb-4w">
          <span className="fr-icon-phone-line fr-mr-1w" aria-hidden="true" />
          {mallette.listeningLine.label}
          {' : '}
          <a className="fr-text--bold" href={`tel:${mallette.listeningLine.phone.replace(/[^0-9+]/g, '')}`}>{mallette.listeningLine.phone}</a>
          {mallette.listeningLine.hours && ` (${mallette.listeningLine.hours})`}
        </p>
      )}
      {situations.map((situation) => <SituationSection key={situation.key} situation={situation} />)}
    </>
  );
}

/** An internal link that prints with its full address. */
function PrintableLink({ to, children }: { to: string; children: string }) {
  const path = pagePathOf(to);
  return <Link to={path} data-print-href={`${window.location.origin}${path}`}>{children}</Link>;
}

function SituationSection({ situation }: { situation: MalletteSituation }) {
  return (
    <section id={`situation-${situation.key}`} aria-labelledby={`situation-${situation.key}-titre`} className="fr-mb-8w">
      <h2 id={`situation-${situation.key}-titre`}>{situation.title}</h2>
      <p>{situation.intro}</p>
      {situation.schemes.length > 0 && (
        <>
          <h3 className="fr-h5">Les dispositifs</h3>
          <ul className="fr-raw-list fr-grid-row fr-grid-row--gutters fr-mb-3w">
            {situation.schemes.map((scheme) => (
              <li key={scheme.id} className="fr-col-12 fr-col-md-6">
                <SchemeCard scheme={scheme} />
              </li>
            ))}
          </ul>
        </>
      )}
      {situation.articles.length > 0 && (
        <>
          <h3 className="fr-h5">À lire aussi</h3>
          <ul className="fr-mb-3w">
            {situation.articles.map((article) => (
              <li key={article.id}>
                <PrintableLink to={article.url}>{article.title}</PrintableLink>
                <span className="fr-text--sm"> — {article.summary}</span>
              </li>
            ))}
          </ul>
        </>
      )}
      {situation.contactPoints.length > 0 && (
        <>
          <h3 className="fr-h5">Les interlocuteurs</h3>
          <ActorList actors={situation.contactPoints} />
        </>
      )}
    </section>
  );
}

function SchemeCard({ scheme }: { scheme: MalletteScheme }) {
  return (
    <article className="kb-scheme kb-scheme--card fr-p-3w">
      <h4 className="fr-h6 fr-mb-1w">
        <PrintableLink to={scheme.url}>{scheme.title}</PrintableLink>
      </h4>
      <p className="fr-text--sm">{scheme.summary}</p>
      {scheme.scheme !== null && <SchemeFactsList facts={scheme.scheme} />}
      {scheme.contactPoints.length > 0 && (
        <p className="fr-text--sm fr-mt-2w fr-mb-0">
          <span className="fr-text--bold">Qui contacter&nbsp;: </span>
          {scheme.contactPoints.map((c) => c.name).join(', ')}
        </p>
      )}
    </article>
  );
}

/** The actors of a situation, one line each (name, kind, how to reach them): the page stays short enough to print. */
function ActorList({ actors }: { actors: PublicContactPoint[] }) {
  return (
    <ul className="kb-actors">
      {actors.map((actor) => (
        <li key={actor.id}>
          <span className="fr-text--bold">{actor.name}</span>
          <span className="kb-meta">{` — ${CONTACT_POINT_KIND_LABELS[actor.kind]}`}</span>
          {actor.email && (
            <>
              {' · '}
              <a href={`mailto:${actor.email}`}>{actor.email}</a>
            </>
          )}
          {actor.phone && (
            <>
              {' · '}
              <a href={`tel:${actor.phone.replace(/[^0-9+]/g, '')}`}>{actor.phone}</a>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
