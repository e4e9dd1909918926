/** Placeholder while the page is being written (issue 13). */
export function SynopticPage() {
  return <h1>SynopticPage</h1>;
}
