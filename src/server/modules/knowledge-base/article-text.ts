import { markdownParagraphs, renderMarkdown } from '../../../shared/markdown.ts';

/** What a version stores of its Markdown: the sanitised HTML shown, and the plain text searched (paragraphs split by blank lines). */
export function articleText(markdown: string): { html: string; text: string } {
  return { html: renderMarkdown(markdown), text: markdownParagraphs(markdown).join('\n\n') };
}

/** The paragraphs of a version's plain text, as written. */
export function paragraphsOf(bodyText: string): string[] {
  return bodyText.split('\n\n').map((p) => p.trim()).filter(Boolean);
}
