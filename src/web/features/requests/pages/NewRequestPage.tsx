import { useEffect, useRef, useState } from 'react';
import { Link, useLocation } from 'react-router-dom';
import type { SubmittedRequest } from '../../../../shared/contracts/requests.ts';
import { focusSoon } from '../../../components/ErrorSummary.tsx';
import { RequestForm, type UploadFailure } from '../components/RequestForm.tsx';
import { SubmissionConfirmation } from '../components/SubmissionConfirmation.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { readRequestPrefill, forgetKeptRequestDraft, keptRequestDraft, type RequestPrefill } from '../requestDraft.ts';

/** `/mon-espace/nouvelle-demande`: the agent asks, then reads the acknowledgement on the same page. */
export function NewRequestPage() {
  const [result, setResult] = useState<{ created: SubmittedRequest; failures: UploadFailure[] } | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  // A question handed over by « Poser une question » (router state, or kept across the sign-in).
  const { state } = useLocation();
  const [prefill] = useState<RequestPrefill | null>(() => readRequestPrefill(state) ?? keptRequestDraft());
  useEffect(forgetKeptRequestDraft, []);
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
            {prefill !== null && (
              <p className="fr-text--sm">
                Votre question est reprise ci-dessous : relisez-la, complétez-la et choisissez le thème avant d’envoyer votre demande.
              </p>
            )}
            <RequestForm
              idPrefix="demande"
              {...(prefill === null ? {} : { initialValues: prefill })}
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
