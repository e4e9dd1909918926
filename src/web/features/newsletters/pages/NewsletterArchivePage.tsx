import { Link, useParams } from 'react-router-dom';
import { NEWSLETTER_KIND_LABELS } from '../../../../shared/glossary.ts';
import { ACADEMIES, academieLabel } from '../../../../shared/territories.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { useArchive } from '../api/newsletters.ts';

const dateFormat = new Intl.DateTimeFormat('fr-FR', { dateStyle: 'long', timeZone: 'Europe/Paris' });

/** Public: the letters an académie sent, newest first. */
export function NewsletterArchivePage() {
  const { academie: slug = '' } = useParams();
  const academie = ACADEMIES.find((a) => a.code.toLowerCase() === slug.toLowerCase())?.code ?? slug.toUpperCase();
  usePageTitle(`Lettres d’information RH — ${academieLabel(academie)}`);
  const archive = useArchive(academie);
  return (
    <>
      <h1>Lettres d’information RH</h1>
      <p className="fr-text--lead">Les lettres envoyées par le service RH de proximité de l’{academieLabel(academie).replace(/^Académie /, 'académie ')}.</p>
      {archive.isPending ? <Loading label="Chargement des lettres…" />
        : archive.isError ? <ErrorAlert error={archive.error} title="Les lettres n’ont pas pu être chargées" />
          : archive.data.items.length === 0 ? <p>Aucune lettre n’a encore été envoyée.</p> : (
            <ul className="fr-raw-list">
              {archive.data.items.map((i) => (
                <li key={i.id} className="fr-mb-2w">
                  <div className="fr-card fr-enlarge-link fr-card--horizontal fr-card--sm">
                    <div className="fr-card__body"><div className="fr-card__content">
                      <h2 className="fr-card__title"><Link to={`/lettres-rh/${academie.toLowerCase()}/${i.id}`}>{i.title}</Link></h2>
                      <p className="fr-card__desc">{NEWSLETTER_KIND_LABELS[i.kind]}</p>
                      <div className="fr-card__end"><p className="fr-card__detail">Envoyée le {dateFormat.format(new Date(i.sentAt))}</p></div>
                    </div></div>
                  </div>
                </li>
              ))}
            </ul>
          )}
    </>
  );
}
