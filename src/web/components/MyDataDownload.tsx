import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Button } from '@codegouvfr/react-dsfr/Button';
import { isMissingFeature, useDownloadMyData } from '../api/people.ts';
import { ErrorAlert } from './QueryStates.tsx';

/** « Mes données » (RGPD, droit d’accès): everything ProxiRH holds about the agent, as a JSON file. */
export function MyDataDownload() {
  const download = useDownloadMyData();
  const unavailable = download.isError && isMissingFeature(download.error);
  return (
    <section aria-labelledby="mes-donnees-titre" className="fr-mb-6w">
      <h2 id="mes-donnees-titre">Mes données</h2>
      <p>
        Vous pouvez télécharger tout ce que ProxiRH conserve à votre sujet : votre profil, vos demandes, les messages
        échangés et la liste des personnes qui les ont consultées. Le fichier est au format JSON.
      </p>
      {unavailable ? (
        <Alert
          severity="info"
          small
          description="Le téléchargement de vos données n’est pas encore disponible. Réessayez dans quelques jours."
        />
      ) : (
        <>
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
        </>
      )}
    </section>
  );
}
