/** Placeholder while the page is being written (issue 13). */
export function AcademieContactsPage() {
  return <h1>AcademieContactsPage</h1>;
}
