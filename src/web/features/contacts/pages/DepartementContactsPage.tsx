/** Placeholder while the page is being written (issue 13). */
export function DepartementContactsPage() {
  return <h1>DepartementContactsPage</h1>;
}
