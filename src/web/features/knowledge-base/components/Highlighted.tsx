import { Fragment } from 'react';

/**
 * A search excerpt whose only markup is <mark>…</mark> (PostgreSQL's ts_headline), shown as text:
 * the string is split on those two tags and every piece is rendered as React text, so nothing
 * the server sends is ever read as HTML. Any other tag, or an entity, shows as the characters it is.
 */
export function Highlighted({ excerpt }: { excerpt: string }) {
  return (
    <>
      {splitHighlights(excerpt).map((part, index) => (
        part.marked ? <mark key={index}>{part.text}</mark> : <Fragment key={index}>{part.text}</Fragment>
      ))}
    </>
  );
}

/** « a <mark>b</mark> c » → [a ], [b, marked], [ c]. Unbalanced tags end the highlight at the end of the text. */
export function splitHighlights(excerpt: string): Array<{ text: string; marked: boolean }> {
  const parts: Array<{ text: string; marked: boolean }> = [];
  let marked = false;
  for (const piece of excerpt.split(/(<mark>|<\/mark>)/)) {
    if (piece === '<mark>') marked = true;
    else if (piece === '</mark>') marked = false;
    else if (piece !== '') parts.push({ text: decodeEntities(piece), marked });
  }
  return parts;
}

const ENTITIES: Record<string, string> = { '&amp;': '&', '&lt;': '<', '&gt;': '>', '&quot;': '"', '&#39;': '\'', '&#x27;': '\'', '&nbsp;': '\u00a0' };

/** The few entities an escaped excerpt may carry, back to their characters (still rendered as text). */
function decodeEntities(text: string): string {
  return text.replace(/&(?:amp|lt|gt|quot|nbsp|#39|#x27);/g, (entity) => ENTITIES[entity] ?? entity);
}
