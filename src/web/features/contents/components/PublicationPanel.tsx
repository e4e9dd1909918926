import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useState } from 'react';
import { Link } from 'react-router-dom';
import type { ArticleDetail } from '../../../../shared/contracts/knowledge-base-editor.ts';
import { REVIEW_COMMENT_MAX } from '../../../../shared/contracts/limits.ts';
import { errorMessages } from '../../../api/client.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { formatDateTime } from '../../../format.ts';
import { pagePathOf } from '../../knowledge-base/paths.ts';
import { useArchiveArticle, usePublishArticle, useRequestChanges, useSubmitArticle } from '../api/contents.ts';
import { ArticleStatusBadge } from './ArticleStatusBadge.tsx';

/**
 * Where the article stands and what comes next: the author submits it for review; a second
 * editor (never the author of the version) publishes it or sends it back with a comment. What the
 * caller may do is read from the article's abilities, decided by the server.
 */
export function PublicationPanel({ article }: { article: ArticleDetail }) {
  const submit = useSubmitArticle(article.id);
  const publish = usePublishArticle(article.id);
  const requestChanges = useRequestChanges(article.id);
  const archive = useArchiveArticle(article.id);
  const [comment, setComment] = useState('');
  const [message, setMessage] = useState<{ severity: 'success' | 'error'; text: string } | null>(null);
  const [confirmArchive, setConfirmArchive] = useState(false);
  const { abilities } = article;
  const tooLong = comment.length > REVIEW_COMMENT_MAX;

  const run = (action: () => Promise<unknown>, success: string, failure: string) => {
    setMessage(null);
    action().then(
      () => {
        setMessage({ severity: 'success', text: success });
        setComment('');
      },
      (error: unknown) => setMessage({ severity: 'error', text: errorMessages(error, failure).summary }),
    );
  };
  const trimmed = comment.trim();

  return (
    <section aria-labelledby="publication-titre" className="contents-panel fr-p-3w fr-mb-4w">
      <h2 id="publication-titre" className="fr-h5">Publication</h2>
      <p className="fr-mb-1w">
        <ArticleStatusBadge status={article.status} /> <span className="fr-text--sm">version {article.versionNumber}</span>
      </p>
      <p className="fr-text--sm">
        {article.hasPublishedVersion
          ? `En ligne : version ${article.publishedVersionNumber ?? '—'}, publiée le ${formatDateTime(article.publishedAt)}.`
          : 'Pas encore en ligne.'}
        {article.hasPublishedVersion && (
          <>
            {' '}
            <Link to={pagePathOf(article.url)}>Voir l’article en ligne</Link>
          </>
        )}
      </p>
      {article.status === 'in_review' && (
        <p className="fr-text--sm">
          Soumis à la relecture le {formatDateTime(article.submittedAt)} par {article.author.displayName}.
          {!abilities.publish && ' Un autre éditeur doit le relire et le publier.'}
        </p>
      )}

      <div role="status" aria-live="polite">
        {message && <Alert small severity={message.severity} description={message.text} className="fr-mb-2w" />}
      </div>

      {abilities.submit && (
        <Button
          type="button"
          iconId="fr-icon-send-plane-line"
          iconPosition="left"
          disabled={submit.isPending}
          onClick={() => run(() => submit.mutateAsync(), 'L’article est soumis à la relecture : un autre éditeur le relira avant sa publication.', 'L’article n’a pas pu être soumis.')}
        >
          Soumettre à la relecture
        </Button>
      )}

      {(abilities.publish || abilities.requestChanges) && (
        <div className="fr-mt-2w">
          <Input
            label="Commentaire de relecture"
            hintText="Facultatif pour publier ; obligatoire pour demander des modifications."
            textArea
            {...(tooLong ? { state: 'error' as const, stateRelatedMessage: `Le commentaire dépasse ${REVIEW_COMMENT_MAX} caractères.` } : {})}
            nativeTextAreaProps={{ id: 'relecture-commentaire', rows: 3, value: comment, onChange: (e) => setComment(e.target.value) }}
          />
          <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left">
            {abilities.publish && (
              <li>
                <Button
                  type="button"
                  iconId="fr-icon-check-line"
                  disabled={publish.isPending || tooLong}
                  onClick={() => run(() => publish.mutateAsync(trimmed === '' ? {} : { comment: trimmed }), 'L’article est publié : les agents le lisent désormais.', 'L’article n’a pas pu être publié.')}
                >
                  Publier
                </Button>
              </li>
            )}
            {abilities.requestChanges && (
              <li>
                <Button
                  type="button"
                  priority="secondary"
                  iconId="fr-icon-arrow-go-back-line"
                  disabled={requestChanges.isPending || tooLong}
                  onClick={() => {
                    if (trimmed === '') {
                      setMessage({ severity: 'error', text: 'Écrivez dans le commentaire ce qui doit être modifié.' });
                      document.getElementById('relecture-commentaire')?.focus();
                      return;
                    }
                    run(() => requestChanges.mutateAsync({ comment: trimmed }), 'L’article est renvoyé à son auteur avec votre commentaire.', 'La demande de modifications n’a pas abouti.');
                  }}
                >
                  Demander des modifications
                </Button>
              </li>
            )}
          </ul>
        </div>
      )}

      {abilities.archive && (
        <>
          <Button type="button" priority="tertiary" iconId="fr-icon-archive-line" iconPosition="left" className="fr-mt-2w" onClick={() => setConfirmArchive(true)}>
            Retirer de la publication
          </Button>
          <ConfirmDialog
            open={confirmArchive}
            title="Retirer cet article ?"
            confirmLabel="Retirer"
            busy={archive.isPending}
            onCancel={() => setConfirmArchive(false)}
            onConfirm={() => {
              setConfirmArchive(false);
              run(() => archive.mutateAsync(), 'L’article est retiré : les agents ne le voient plus.', 'L’article n’a pas pu être retiré.');
            }}
          >
            <p>Les agents ne le liront plus, l’assistant ne le citera plus. Ses versions restent dans l’historique.</p>
          </ConfirmDialog>
        </>
      )}

      {article.reviews.length > 0 && (
        <>
          <h3 className="fr-h6 fr-mt-3w">Relectures</h3>
          <ul className="fr-raw-list">
            {article.reviews.map((review) => (
              <li key={review.id} className="fr-mb-2w fr-text--sm">
                <span className="fr-text--bold">
                  {review.decision === 'published' ? 'Publiée' : 'Modifications demandées'}
                </span>{' '}
                (version {review.versionNumber}) par {review.reviewer.displayName}, le {formatDateTime(review.createdAt)}
                {review.comment && <span className="fr-display-block">« {review.comment} »</span>}
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
