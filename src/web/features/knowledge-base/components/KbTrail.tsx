import { Breadcrumb } from '@codegouvfr/react-dsfr/Breadcrumb';

/** The breadcrumb of the knowledge base's public pages: home, then the given steps. */
export function KbTrail({ steps = [], current }: { steps?: Array<{ label: string; to: string }>; current: string }) {
  return (
    <Breadcrumb
      className="fr-mt-0 fr-mb-4w fr-no-print"
      currentPageLabel={current}
      segments={[{ label: 'Accueil', linkProps: { to: '/' } }, ...steps.map((s) => ({ label: s.label, linkProps: { to: s.to } }))]}
    />
  );
}
