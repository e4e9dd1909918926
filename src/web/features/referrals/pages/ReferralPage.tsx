/** Placeholder while the page is being written (issue 13). */
export function ReferralPage() {
  return <h1>ReferralPage</h1>;
}
