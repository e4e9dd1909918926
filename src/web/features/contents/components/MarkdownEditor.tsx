import { Input } from '@codegouvfr/react-dsfr/Input';
import { useDeferredValue, useMemo } from 'react';
import { renderMarkdown } from '../../../../shared/markdown.ts';
import { ArticleBody } from '../../knowledge-base/components/ArticleBody.tsx';

/**
 * The article's text in Markdown, and beside it the page as agents will read it: drawn in the
 * browser with the function the server uses to store the article (src/shared/markdown.ts: marked
 * then sanitize-html), so that what the editor sees is what is published. The preview follows
 * the typing a moment later (a deferred value), and is not announced at every keystroke.
 */
export function MarkdownEditor({ id, value, onChange, error, describedBy }: {
  id: string;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  describedBy?: string;
}) {
  const deferred = useDeferredValue(value);
  const html = useMemo(() => renderMarkdown(deferred), [deferred]);
  return (
    <div className="fr-grid-row fr-grid-row--gutters">
      <div className="fr-col-12 fr-col-lg-6">
        <Input
          label="Texte (Markdown)"
          hintText="## pour un intertitre, - pour une liste, **gras**, [texte du lien](https://…). Le HTML n’est pas interprété."
          textArea
          {...(error ? { state: 'error' as const, stateRelatedMessage: error } : {})}
          nativeTextAreaProps={{
            id,
            value,
            rows: 22,
            spellCheck: true,
            lang: 'fr',
            'aria-describedby': describedBy,
            onChange: (event) => onChange(event.target.value),
            style: { fontFamily: 'monospace', fontSize: '0.875rem' },
          }}
        />
      </div>
      <div className="fr-col-12 fr-col-lg-6">
        <section aria-labelledby={`${id}-apercu-titre`} className="contents-preview fr-p-3w" tabIndex={0}>
          <h3 id={`${id}-apercu-titre`} className="fr-text--sm fr-text--bold fr-mb-2w contents-preview__title">
            Aperçu, tel que les agents le liront
          </h3>
          {deferred.trim() === '' ? <p className="fr-text--sm">L’aperçu apparaît dès que vous écrivez.</p> : <ArticleBody html={html} />}
        </section>
      </div>
    </div>
  );
}
