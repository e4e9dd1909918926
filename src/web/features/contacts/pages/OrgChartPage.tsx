/** Placeholder while the page is being written (issue 13). */
export function OrgChartPage() {
  return <h1>OrgChartPage</h1>;
}
