import { RadioButtons } from '@codegouvfr/react-dsfr/RadioButtons';
import { useRef, useState } from 'react';
import { Link } from 'react-router-dom';
import { CHANNEL_LABELS } from '../../../../shared/glossary.ts';
import type { AgentSearchResult } from '../../../../shared/contracts/people.ts';
import type { SubmittedRequest } from '../../../../shared/contracts/requests.ts';
import { focusSoon } from '../../../components/ErrorSummary.tsx';
import { AgentPicker } from '../components/AgentPicker.tsx';
import { RequestForm, type UploadFailure } from '../components/RequestForm.tsx';
import type { OnBehalf } from '../components/requestFormModel.ts';
import { LOGGED_CHANNELS } from '../components/requestTexts.ts';
import { SubmissionConfirmation } from '../components/SubmissionConfirmation.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';

/** `/ma-file/nouvelle-demande`: an adviser or a coordinator logs a call, an e-mail or a visit for an agent. */
export function LogCallPage() {
  const session = useRequiredSession();
  const [agent, setAgent] = useState<AgentSearchResult | null>(null);
  const [channel, setChannel] = useState<OnBehalf['channel']>(null);
  const [result, setResult] = useState<{ created: SubmittedRequest; failures: UploadFailure[] } | null>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  usePageTitle(result === null ? 'Enregistrer un appel' : 'Demande enregistrée');

  const back = session.abilities.adviseRequests
    ? { to: '/ma-file', label: 'Retour à ma file' }
    : { to: '/coordination', label: 'Retour à la coordination' };

  let content;
  if (result !== null) {
    content = (
      <SubmissionConfirmation
        created={result.created}
        uploadFailures={result.failures}
        detailBasePath="/demandes"
        forAgent={false}
      />
    );
  } else {
    content = (
      <div className="fr-grid-row">
        <div className="fr-col-12 fr-col-lg-8">
          <p className="fr-text--lead">
            Pour une demande reçue par téléphone, par courriel ou sur place : elle suit ensuite le même parcours qu’une
            demande en ligne, et l’agent reçoit son accusé de réception.
          </p>
          <RequestForm
            idPrefix="appel"
            onBehalf={{ agentId: agent?.id ?? null, channel }}
            submitLabel="Enregistrer la demande"
            leading={(errors) => (
              <>
                <AgentPicker idPrefix="appel" selected={agent} onSelect={setAgent} error={errors.agentId} />
                <RadioButtons
                  id="appel-channel"
                  legend="Comment la demande a-t-elle été reçue ?"
                  name="appel-channel"
                  orientation="horizontal"
                  {...(errors.channel === undefined ? {} : { state: 'error' as const, stateRelatedMessage: errors.channel })}
                  options={LOGGED_CHANNELS.map((candidate) => ({
                    label: CHANNEL_LABELS[candidate],
                    nativeInputProps: {
                      value: candidate,
                      checked: channel === candidate,
                      onChange: () => setChannel(candidate),
                    },
                  }))}
                />
              </>
            )}
            onCreated={(created, failures) => {
              setResult({ created, failures });
              focusSoon(() => titleRef.current);
            }}
          />
        </div>
      </div>
    );
  }

  return (
    <>
      <p>
        <Link to={back.to} className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
          {back.label}
        </Link>
      </p>
      <h1 ref={titleRef} tabIndex={-1}>
        {result === null ? 'Enregistrer un appel' : 'Demande enregistrée'}
      </h1>
      {content}
    </>
  );
}
