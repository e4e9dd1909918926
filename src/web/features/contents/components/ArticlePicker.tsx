import { Button } from '@codegouvfr/react-dsfr/Button';
import { Input } from '@codegouvfr/react-dsfr/Input';
import { useDeferredValue, useState } from 'react';
import { ARTICLE_SEARCH_MAX } from '../../../../shared/contracts/limits.ts';
import { useEditorArticles } from '../api/contents.ts';

export interface PickedArticle { id: string; title: string }

/**
 * Chooses articles by their title: a search among the articles of the editor's scope, each found
 * one added with a button, each chosen one removed with another (keyboard only, no drag).
 */
export function ArticlePicker({ id, label, hint, value, onChange, exclude, max = 20, error }: {
  id: string;
  label: string;
  hint?: string;
  value: PickedArticle[];
  onChange: (articles: PickedArticle[]) => void;
  /** An article that may not be chosen (the one being edited). */
  exclude?: string;
  max?: number;
  error?: string | undefined;
}) {
  const [typed, setTyped] = useState('');
  const q = useDeferredValue(typed.trim());
  const found = useEditorArticles({ q, status: 'published' }, undefined, q !== '');
  const chosen = new Set(value.map((a) => a.id));
  const candidates = q === '' ? [] : (found.data?.items ?? []).filter((a) => !chosen.has(a.id) && a.id !== exclude).slice(0, 8);

  return (
    <div className={`fr-input-group${error ? ' fr-input-group--error' : ''}`}>
      <fieldset className="fr-fieldset fr-mb-0" aria-describedby={error ? `${id}-erreur` : undefined}>
        <legend className="fr-fieldset__legend fr-text--regular">
          {label}
          {hint && <span className="fr-hint-text">{hint}</span>}
        </legend>
        <div className="fr-fieldset__content" style={{ width: '100%' }}>
          {value.length > 0 ? (
            <ul className="fr-raw-list fr-mb-2w" aria-label={`${label} : articles choisis`}>
              {value.map((article) => (
                <li key={article.id} className="fr-mb-1w">
                  <span className="fr-mr-2w">{article.title}</span>
                  <Button
                    type="button"
                    size="small"
                    priority="tertiary"
                    iconId="fr-icon-close-line"
                    iconPosition="left"
                    onClick={() => onChange(value.filter((a) => a.id !== article.id))}
                  >
                    Retirer<span className="fr-sr-only">{` ${article.title}`}</span>
                  </Button>
                </li>
              ))}
            </ul>
          ) : (
            <p className="fr-text--sm fr-mb-2w">Aucun article choisi.</p>
          )}
          {value.length < max && (
            <>
              <Input
                label="Chercher un article publié par son titre"
                className="fr-mb-1w"
                nativeInputProps={{ id: `${id}-recherche`, type: 'search', autoComplete: 'off', value: typed, maxLength: ARTICLE_SEARCH_MAX, onChange: (e) => setTyped(e.target.value) }}
              />
              <p className="fr-sr-only" role="status" aria-live="polite">
                {q === '' || found.isFetching ? '' : candidates.length === 0 ? 'Aucun article trouvé.' : `${candidates.length} article${candidates.length > 1 ? 's' : ''} trouvé${candidates.length > 1 ? 's' : ''}.`}
              </p>
              {candidates.length > 0 && (
                <ul className="fr-raw-list" aria-label="Articles trouvés">
                  {candidates.map((article) => (
                    <li key={article.id} className="fr-mb-1w">
                      <Button
                        type="button"
                        size="small"
                        priority="secondary"
                        iconId="fr-icon-add-line"
                        iconPosition="left"
                        onClick={() => {
                          onChange([...value, { id: article.id, title: article.title }]);
                          setTyped('');
                        }}
                      >
                        <span className="fr-sr-only">Ajouter </span>
                        {article.title}
                      </Button>
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </div>
      </fieldset>
      {error && <p id={`${id}-erreur`} className="fr-error-text">{error}</p>}
    </div>
  );
}
