import { Alert } from '@codegouvfr/react-dsfr/Alert';
import { Link } from 'react-router-dom';
import type { SubmittedRequest } from '../../../../shared/contracts/requests.ts';
import { formatFullDate } from '../../../format.ts';
import type { UploadFailure } from './RequestForm.tsx';

interface Props {
  created: SubmittedRequest;
  uploadFailures: UploadFailure[];
  /** `/mes-demandes` for the agent, `/demandes` for staff. */
  detailBasePath: string;
  /** Staff read « l’agent » where the agent reads « vous ». */
  forAgent: boolean;
}

/** The acknowledgement: reference, who handles the request, the committed date of the first answer. */
export function SubmissionConfirmation({ created, uploadFailures, detailBasePath, forAgent }: Props) {
  const { reference, handledBy, firstResponseDueAt } = created.acknowledgement;
  const detailPath = `${detailBasePath}/${encodeURIComponent(created.id)}`;
  return (
    <>
      <Alert
        severity="success"
        as="h2"
        title={`Demande enregistrée sous la référence ${reference}`}
        description={
          forAgent
            ? 'Un accusé de réception vous est aussi envoyé par courriel. Il ne contient pas le contenu de votre demande, seulement un lien vers elle.'
            : 'L’agent reçoit un accusé de réception par courriel, avec un lien vers sa demande.'
        }
        className="fr-mb-4w"
      />
      <dl className="fr-mb-4w">
        <dt className="fr-text--bold">Référence</dt>
        <dd className="fr-ml-0 fr-mb-2w">{reference}</dd>
        <dt className="fr-text--bold">Traitée par</dt>
        <dd className="fr-ml-0 fr-mb-2w">{handledBy}</dd>
        <dt className="fr-text--bold">Première réponse au plus tard le</dt>
        <dd className="fr-ml-0 fr-mb-2w">
          {firstResponseDueAt === null ? 'Date communiquée prochainement' : formatFullDate(firstResponseDueAt)}
        </dd>
      </dl>
      {uploadFailures.length > 0 && (
        <Alert
          severity="warning"
          as="h2"
          title={
            uploadFailures.length === 1
              ? 'Une pièce jointe n’a pas pu être ajoutée'
              : `${uploadFailures.length} pièces jointes n’ont pas pu être ajoutées`
          }
          description={
            <>
              La demande est bien enregistrée.
              {uploadFailures.some((failure) => failure.retryable) &&
                ' Un fichier qui n’a pas pu être envoyé à cause de la connexion peut être ajouté à nouveau depuis la page de la demande, rubrique « Ajouter des pièces jointes ».'}
              <ul className="fr-mt-1w">
                {uploadFailures.map((failure, index) => (
                  <li key={`${failure.filename}-${index}`}>
                    {failure.filename} : {failure.detail}
                  </li>
                ))}
              </ul>
            </>
          }
          className="fr-mb-4w"
        />
      )}
      <ul className="fr-btns-group fr-btns-group--inline-md">
        <li>
          <Link className="fr-btn" to={detailPath}>
            Voir la demande
          </Link>
        </li>
      </ul>
    </>
  );
}
