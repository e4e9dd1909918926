import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import type { SubmittedRequest } from '../../../../shared/contracts/requests.ts';
import { focusSoon } from '../../../components/ErrorSummary.tsx';
import { RequestForm, type UploadFailure } from '../components/RequestForm.tsx';
import { SubmissionConfirmation } from '../components/SubmissionConfirmation.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';

/** `/mon-espace/nouvelle-demande`: the agent asks, then reads the acknowledgement on the same page. */
export function NewRequestPage() {
  const [result, setResult] = useState<{ created: SubmittedRequest; failures: UploadFailure[] } | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  usePageTitle(result === null ? 'Nouvelle demande' : 'Demande envoyée');

  return (
    <>
      <p>
        <Link to="/mon-espace" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          Retour à mon espace
        </Link>
      </p>
      <h1 ref={titleRef} tabIndex={-1}>
        {result === null ? 'Nouvelle demande' : 'Votre demande est envoyée'}
      </h1>
      {result === null ? (
        <div className="fr-grid-row">
          <div className="fr-col-12 fr-col-lg-8">
            <p className="fr-text--lead">
              Un conseiller RH de proximité de votre département vous répond. Votre demande reste confidentielle : seules
              les personnes qui la traitent peuvent la lire, et vous voyez qui l’a consultée.
            </p>
            <RequestForm
              idPrefix="demande"
              submitLabel="Envoyer ma demande"
              onCreated={(created, failures) => {
                setResult({ created, failures });
                focusSoon(() => titleRef.current);
              }}
            />
          </div>
        </div>
      ) : (
        <SubmissionConfirmation
          created={result.created}
          uploadFailures={result.failures}
          detailBasePath="/mes-demandes"
          forAgent
        />
      )}
    </>
  );
}
