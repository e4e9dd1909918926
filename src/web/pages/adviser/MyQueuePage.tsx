import { StaffRequestList } from '../../components/StaffRequestList.tsx';
import { usePageTitle } from '../../components/usePageTitle.ts';

export function MyQueuePage() {
  usePageTitle('Ma file');
  return (
    <>
      <h1>Ma file</h1>
      <p className="fr-text--lead">
        Les demandes qui vous sont attribuées et celles de la file partagée de votre territoire, de la plus récente à la
        plus ancienne.
      </p>
      <StaffRequestList id="ma-file" caption="Demandes de ma file" showAssignee />
    </>
  );
}
