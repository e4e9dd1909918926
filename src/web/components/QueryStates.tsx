import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { ApiError } from '../api/client.ts';

export function Loading({ label = 'Chargement en cours…' }: { label?: string }) {
  return (
    <p role="status" aria-live="polite" className="fr-text--sm">
      {label}
    </p>
  );
}

/** Shows the server's French `detail`, never a stack trace. */
export function ErrorAlert({ error, title = 'Une erreur est survenue' }: { error: unknown; title?: string }) {
  const detail =
    error instanceof ApiError
      ? error.detail
      : 'Une erreur inattendue s’est produite. Rechargez la page ou réessayez plus tard.';
  return <Alert severity="error" title={title} description={detail} className="fr-mb-4w" />;
}
