import { Link, useParams } from 'react-router-dom';
import type { IssueContentItem } from '../../../../shared/contracts/newsletters.ts';
import { AGENT_CATEGORY_LABELS, NEWSLETTER_KIND_LABELS } from '../../../../shared/glossary.ts';
import { academieLabel } from '../../../../shared/territories.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatPeriod } from '../../key-dates/components/KeyDatesView.tsx';
import { useArchivedIssue } from '../api/newsletters.ts';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });

function Items({ items }: { items: IssueContentItem[] }) {
  return (
    <ul className="fr-raw-list">
      {items.map((i, n) => (
        <li key={n} className="fr-mb-2w">
          <div className="fr-callout">
            <h3 className="fr-callout__title fr-h5">{i.url && i.type === 'article' ? <a href={i.url}>{i.title}</a> : i.title}</h3>
            {i.type === 'key_date' && i.startsOn && i.endsOn && <p className="fr-text--sm fr-mb-1w">Date-clé, {formatPeriod({ startsOn: i.startsOn, endsOn: i.endsOn })}</p>}
            {i.summary && <p className="fr-callout__text fr-text--md">{i.summary}</p>}
          </div>
        </li>
      ))}
    </ul>
  );
}

/** Public: one letter as it was sent, every « focus par métier » shown. Plain text laid out here: no HTML from the server. */
export function ArchivedIssuePage() {
  const { academie = '', id = '' } = useParams();
  const issue = useArchivedIssue(id);
  usePageTitle(issue.data?.title ?? 'Lettre d’information RH');
  if (issue.isPending) return <Loading label="Chargement de la lettre…" />;
  if (issue.isError) return <ErrorAlert error={issue.error} title="La lettre n’a pas pu être chargée" />;
  const l = issue.data;
  return (
    <>
      <nav role="navigation" className="fr-breadcrumb" aria-label="vous êtes ici :">
        <ol className="fr-breadcrumb__list">
          <li><Link className="fr-breadcrumb__link" to={`/lettres-rh/${academie.toLowerCase()}`}>Lettres d’information RH</Link></li>
          <li><a className="fr-breadcrumb__link" aria-current="page">{l.title}</a></li>
        </ol>
      </nav>
      <p className="fr-badge fr-badge--info">{NEWSLETTER_KIND_LABELS[l.kind]} — {academieLabel(l.academie)}</p>
      <h1 className="fr-mt-2w">{l.title}</h1>
      {l.sentAt && <p className="fr-text--sm">Envoyée le {dateFormat.format(new Date(l.sentAt))}</p>}
      {l.editorial.split(/\n{2,}/).map((p, n) => <p key={n} className={n === 0 ? 'fr-text--lead' : undefined}>{p}</p>)}
      {l.items.length > 0 && <><h2>À la une</h2><Items items={l.items} /></>}
      {l.sections.map((s, n) => (
        <section key={n} aria-labelledby={`focus-${n}`}>
          <h2 id={`focus-${n}`}>Focus : {s.title}</h2>
          <p className="fr-text--sm">{AGENT_CATEGORY_LABELS[s.category]}</p>
          {s.body.split(/\n{2,}/).map((p, m) => <p key={m}>{p}</p>)}
          <Items items={s.items} />
        </section>
      ))}
    </>
  );
}
