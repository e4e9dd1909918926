import { Button } from '@codegouvfr/react-dsfr/Button';
import { ErrorAlert } from '../../../components/QueryStates.tsx';
import { useDownloadMyData } from '../api/personal-data.ts';

/** « Mes données » (RGPD, droit d’accès): everything ProxiRH holds about the agent, as a JSON file. */
export function MyDataDownload() {
  const download = useDownloadMyData();
  return (
    <section aria-labelledby="mes-donnees-titre" className="fr-mb-6w">
      <h2 id="mes-donnees-titre">Mes données</h2>
      <p>
        Vous pouvez télécharger tout ce que ProxiRH conserve à votre sujet : votre profil, vos demandes, les messages
        échangés et la liste des personnes qui les ont consultées. Le fichier est au format JSON.
      </p>
      <Button
        priority="secondary"
        iconId="fr-icon-download-line"
        disabled={download.isPending}
        onClick={() => download.mutate()}
      >
        Télécharger mes données (RGPD)
      </Button>
      <p role="status" aria-live="polite" className="fr-text--sm fr-mt-1w">
        {download.isPending ? 'Préparation du fichier…' : download.isSuccess ? 'Le fichier a été téléchargé.' : ''}
      </p>
      {download.isError && <ErrorAlert error={download.error} title="Le téléchargement a échoué" />}
    </section>
  );
}
