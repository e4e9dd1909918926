import { Link } from 'react-router-dom';
import { pagePathOf } from '../paths.ts';

/**
 * A passage of a published article, quoted as it is written (plain text: every paragraph a <p>,
 * nothing read as HTML), with the link to its article.
 */
export function Passage({ title, url, text }: { title: string; url: string; text: string }) {
  const paragraphs = text.split(/\n{2,}/).map((p) => p.trim()).filter((p) => p !== '');
  return (
    <figure className="kb-passage fr-mb-3w">
      <blockquote cite={url} className="kb-passage__quote">
        {paragraphs.map((paragraph, index) => (
          <p key={index} className={index === paragraphs.length - 1 ? 'fr-mb-0' : undefined}>
            {paragraph}
          </p>
        ))}
      </blockquote>
      <figcaption className="fr-mt-1w fr-text--sm kb-passage__source">
        Extrait de la fiche{' '}
        <Link to={pagePathOf(url)} className="fr-link fr-text--sm">
          {title}
        </Link>
      </figcaption>
    </figure>
  );
}
