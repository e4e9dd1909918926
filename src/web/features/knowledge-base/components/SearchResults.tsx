import { Badge } from '@codegouvfr/react-dsfr/Badge';
import { Link } from 'react-router-dom';
import {
  ARTICLE_KIND_LABELS, ARTICLE_THEME_LABELS, type ArticleSearchResults,
} from '../../../../shared/contracts/knowledge-base.ts';
import { pagePathOf } from '../paths.ts';
import { Highlighted } from './Highlighted.tsx';

/** The count (announced), the correction of the words when there was one, and the articles, best first. */
export function SearchResults({ q, results }: { q: string; results: ArticleSearchResults }) {
  const count = results.items.length;
  const words = q === '' ? '' : ` pour « ${q} »`;
  return (
    <>
      <p role="status" aria-live="polite" className="fr-text--bold">
        {count === 0
          ? `Aucune information ne correspond${words}.`
          : `${count} ${count === 1 ? 'information correspond' : 'informations correspondent'}${words}.`}
        {results.correctedQuery ? ` Résultats pour « ${results.correctedQuery} ».` : ''}
      </p>
      {count > 0 && (
        <ol className="fr-raw-list kb-results" aria-label="Informations trouvées, de la plus pertinente à la moins pertinente">
          {results.items.map((item) => (
            <li key={item.id}>
              <h3 className="fr-h6 fr-mb-1v">
                <Link to={pagePathOf(item.url)}>{item.title}</Link>
              </h3>
              <p className="fr-text--xs fr-mb-1w kb-meta">
                {ARTICLE_KIND_LABELS[item.kind]} · {ARTICLE_THEME_LABELS[item.theme]}
                {item.hrStaffOnly && (
                  <Badge small severity="info" noIcon as="span" className="fr-ml-1w">
                    Réservé aux personnels RH
                  </Badge>
                )}
              </p>
              <p className="fr-text--sm fr-mb-0">
                <Highlighted excerpt={item.excerpt} />
              </p>
            </li>
          ))}
        </ol>
      )}
    </>
  );
}
