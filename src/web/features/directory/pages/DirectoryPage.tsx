/** Placeholder while the page is being written (issue 13). */
export function DirectoryPage() {
  return <h1>DirectoryPage</h1>;
}
