import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { formatDateTime } from '../../../format.ts';
import { ArticleBody } from '../../knowledge-base/components/ArticleBody.tsx';
import { useArticleVersion, useArticleVersions } from '../api/contents.ts';

/** Every save is a version: who, when, which one is online; any of them can be read again. */
export function VersionHistory({ articleId }: { articleId: string }) {
  const versions = useArticleVersions(articleId);
  const [shown, setShown] = useState<string | null>(null);
  const version = useArticleVersion(articleId, shown);

  return (
    <section aria-labelledby="versions-titre" className="contents-panel fr-p-3w fr-mb-4w">
      <h2 id="versions-titre" className="fr-h5">Historique des versions</h2>
      {versions.isPending && <Loading />}
      {versions.isError && <ErrorAlert error={versions.error} title="L’historique n’a pas pu être chargé" />}
      {versions.data && (
        <ol className="fr-raw-list">
          {versions.data.items.map((v) => (
            <li key={v.id} className="fr-mb-2w fr-text--sm">
              <span className="fr-text--bold">Version {v.number}</span>
              {v.published && <span className="fr-badge fr-badge--success fr-badge--sm fr-badge--no-icon fr-ml-1w">En ligne</span>}
              <span className="fr-display-block">{formatDateTime(v.createdAt)}, par {v.author.displayName}</span>
              <Button
                type="button"
                size="small"
                priority="tertiary"
                aria-expanded={shown === v.id}
                aria-controls="version-lue"
                onClick={() => setShown(shown === v.id ? null : v.id)}
              >
                {shown === v.id ? 'Masquer' : 'Lire'}<span className="fr-sr-only">{` la version ${v.number}`}</span>
              </Button>
            </li>
          ))}
        </ol>
      )}
      <div id="version-lue">
        {shown !== null && version.isPending && <Loading />}
        {shown !== null && version.isError && <ErrorAlert error={version.error} title="La version n’a pas pu être chargée" />}
        {shown !== null && version.data && (
          <article aria-label={`Version ${version.data.number}`} className="contents-preview fr-p-2w">
            <p className="fr-text--bold fr-mb-1w">{version.data.title}</p>
            <p className="fr-text--sm">{version.data.summary}</p>
            <ArticleBody html={version.data.bodyHtml} />
          </article>
        )}
      </div>
    </section>
  );
}
