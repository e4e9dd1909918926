/**
 * An article's body: HTML the server rendered from the Markdown and sanitised with the shared
 * rules (src/shared/markdown.ts: marked + sanitize-html, no script, no event handler, no style).
 * It is the one place of the public pages that inserts HTML, and it inserts only that field.
 */
export function ArticleBody({ html, id }: { html: string; id?: string }) {
  // Sanitised by src/shared/markdown.ts on the server, with the rules the editor’s preview uses.
  return <div id={id} className="kb-body" dangerouslySetInnerHTML={{ __html: html }} />;
}
