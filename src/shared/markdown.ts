/**
 * An article’s Markdown → safe HTML, the same on both sides: the server stores its output as the
 * article’s `bodyHtml`, the editor’s live preview shows the same. `marked` reads the Markdown
 * (raw HTML in it is not trusted), `sanitize-html` keeps only the tags and attributes an article
 * needs: no script, no event handler, no style, links only to http(s), mailto and tel, images
 * only with their alternative text.
 */
import { Marked } from 'marked';
import sanitizeHtml from 'sanitize-html';

const marked = new Marked({ gfm: true, breaks: false, async: false });

const SANITIZE: sanitizeHtml.IOptions = {
  allowedTags: [
    'h2', 'h3', 'h4', 'h5', 'h6', 'p', 'br', 'hr', 'blockquote', 'ul', 'ol', 'li', 'strong', 'em', 'b', 'i', 'code', 'pre',
    'a', 'img', 'table', 'thead', 'tbody', 'tr', 'th', 'td', 'del', 'abbr', 'sup', 'sub',
  ],
  allowedAttributes: { a: ['href', 'title', 'rel'], img: ['src', 'alt', 'title'], th: ['align'], td: ['align'], abbr: ['title'], ol: ['start'] },
  allowedSchemes: ['http', 'https', 'mailto', 'tel'],
  allowedSchemesByTag: { img: ['https'] },
  allowProtocolRelative: false,
  disallowedTagsMode: 'discard',
  // The page has one <h1>, the article’s title: a « # » of the body becomes a second-level heading.
  transformTags: {
    h1: 'h2',
    a: (tagName, attribs) => (/^https?:/i.test(attribs.href ?? '')
      ? { tagName, attribs: { ...attribs, rel: 'noopener noreferrer' } }
      : { tagName, attribs }),
  },
  exclusiveFilter: (frame) => frame.tag === 'img' && !(frame.attribs.alt ?? '').trim(),
};

/** Sanitises HTML with the article rules (also usable on HTML that did not come from Markdown). */
export function sanitizeArticleHtml(html: string): string {
  return sanitizeHtml(html, SANITIZE);
}

/** Renders an article’s Markdown as sanitised HTML. */
export function renderMarkdown(markdown: string): string {
  return sanitizeArticleHtml(marked.parse(markdown, { async: false }));
}

/** The plain text of an article’s Markdown, paragraph by paragraph (the assistant’s passages, excerpts). */
export function markdownParagraphs(markdown: string): string[] {
  const html = renderMarkdown(markdown);
  return html
    .split(/<\/(?:p|li|h[2-6]|blockquote|td|th|pre)>/)
    .map((chunk) => decodeEntities(sanitizeHtml(chunk, { allowedTags: [], allowedAttributes: {} })).replace(/\s+/g, ' ').trim())
    .filter((text) => text.length > 0);
}

function decodeEntities(text: string): string {
  return text
    .replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&#x27;/g, '\'')
    .replace(/&nbsp;/g, '\u00a0').replace(/&amp;/g, '&');
}
