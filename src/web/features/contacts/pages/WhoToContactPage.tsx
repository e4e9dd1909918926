/** Placeholder while the page is being written (issue 13). */
export function WhoToContactPage() {
  return <h1>WhoToContactPage</h1>;
}
