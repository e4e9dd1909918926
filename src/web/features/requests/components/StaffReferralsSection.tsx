import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState } from 'react';
import { CONTACT_POINT_KIND_LABELS, REFERRAL_OUTCOME_LABELS } from '../../../../shared/glossary.ts';
import type { RequestReferral } from '../../../../shared/contracts/orientation.ts';
import type { RequestDetail } from '../../../../shared/contracts/requests.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { focusSoon } from '../../../components/ErrorSummary.tsx';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { useRequiredSession } from '../../../components/RequireAbility.tsx';
import { formatDateTime, formatDay } from '../../../format.ts';
import { useRequestReferralAction, useRequestReferrals } from '../../referrals/api/referrals.ts';
import { ReferralMessageForm } from '../../referrals/components/ReferralMessageForm.tsx';
import { ReferralMessages } from '../../referrals/components/ReferralMessages.tsx';
import { OverdueBadge, ReferralStatusBadge } from '../../referrals/components/ReferralStatusBadge.tsx';
import { ReferralOrientForm } from './ReferralOrientForm.tsx';

/**
 * « Orientations » on the staff page of a request: to whom it was oriented, what they answered,
 * the exchange with them; « Orienter » for those who act on the request (the server decides).
 */
export function StaffReferralsSection({ request, onNotice }: { request: RequestDetail; onNotice: (message: string) => void }) {
  const session = useRequiredSession();
  const referrals = useRequestReferrals(request.id);
  const action = useRequestReferralAction(request.id);
  const [orienting, setOrienting] = useState(false);
  const [revoking, setRevoking] = useState<RequestReferral | null>(null);
  // Orienting is allowed to those who may close the request, while it is open (policies/referrals.ts).
  const mayOrient = session.abilities.readDirectory && request.abilities.close && request.status !== 'closed';
  const items = referrals.data?.items ?? [];

  const revoke = () => {
    if (revoking === null) return;
    const name = revoking.contactPoint.name;
    action.mutate({ type: 'revoke', referralId: revoking.id }, {
      onSuccess: () => {
        setRevoking(null);
        onNotice(`L’orientation vers « ${name} » est retirée : ses destinataires n’y ont plus accès.`);
      },
      onError: () => setRevoking(null),
    });
  };

  return (
    <section aria-labelledby="orientations-titre" className="fr-mb-6w">
      <h2 id="orientations-titre" className="fr-h4">Orientations</h2>
      {referrals.isPending && <Loading label="Chargement des orientations…" />}
      {referrals.isError && <ErrorAlert error={referrals.error} title="Les orientations n’ont pas pu être chargées" />}
      {referrals.data && items.length === 0 && <p>Cette demande n’a été orientée vers aucun interlocuteur.</p>}
      {items.length > 0 && (
        <ul className="fr-raw-list">
          {items.map((referral) => (
            <StaffReferral key={referral.id} requestId={request.id} referral={referral} onRevoke={() => { action.reset(); setRevoking(referral); }} />
          ))}
        </ul>
      )}
      {action.isError && <ErrorAlert error={action.error} title="L’orientation n’a pas pu être retirée" />}

      {mayOrient && !orienting && (
        <Button iconId="fr-icon-send-plane-line" priority="secondary" onClick={() => { setOrienting(true); focusSoon(() => document.getElementById('orienter-titre')); }}>
          Orienter la demande
        </Button>
      )}
      {mayOrient && orienting && (
        <ReferralOrientForm
          request={request}
          onCancel={() => setOrienting(false)}
          onDone={(message) => { setOrienting(false); onNotice(message); }}
        />
      )}

      <ConfirmDialog
        open={revoking !== null}
        title="Retirer l’orientation"
        confirmLabel="Retirer l’orientation"
        busy={action.isPending}
        onConfirm={revoke}
        onCancel={() => setRevoking(null)}
      >
        <p>
          {revoking?.contactPoint.name} n’aura plus accès à cette orientation, ni à ce qui lui a été transmis, dès maintenant.
          L’étape reste dans l’historique de la demande.
        </p>
      </ConfirmDialog>
    </section>
  );
}

function StaffReferral({ requestId, referral, onRevoke }: { requestId: string; referral: RequestReferral; onRevoke: () => void }) {
  const action = useRequestReferralAction(requestId);
  const [writing, setWriting] = useState(false);
  const messageId = `orientation-${referral.id}-message`;
  const openWriting = () => {
    setWriting(true);
    focusSoon(() => document.getElementById(`${messageId}-texte`));
  };
  const external = referral.kind === 'external_referral';
  const sharing = referral.descriptionShared
    ? 'transmise'
    : referral.shareDescriptionAsked
      ? 'demandée, en attente de l’accord de l’agent'
      : 'non transmise';
  const reach = [referral.contactPoint.email, referral.contactPoint.phone].filter((value): value is string => value !== null && value !== '');

  return (
    <li className="fr-mb-3w fr-p-2w" style={{ border: '1px solid var(--border-default-grey)', overflowWrap: 'anywhere' }}>
      <h3 className="fr-h6 fr-mb-1v">{referral.contactPoint.name}</h3>
      <p className="fr-text--sm fr-mb-1w">
        {CONTACT_POINT_KIND_LABELS[referral.contactPoint.kind]}
        {reach.length > 0 && ` · ${reach.join(' · ')}`}
      </p>
      <p className="fr-mb-1w">
        <ReferralStatusBadge status={referral.status} audience="staff" external={external} />
        <OverdueBadge overdue={referral.overdue} />
      </p>
      <ul className="fr-text--sm fr-mb-2w">
        <li>
          Orientée {referral.from === null ? '' : `par ${referral.from.displayName} `}le {formatDateTime(referral.createdAt)}
        </li>
        {!external && (
          <li>Réponse attendue : {referral.expectedBy === null ? 'pas de date fixée' : `au plus tard le ${formatDay(referral.expectedBy)}`}</li>
        )}
        {!external && <li>Description de la demande : {sharing}</li>}
        {external && <li>Rien ne lui est envoyé par ProxiRH : l’agent le contacte lui-même.</li>}
      </ul>
      {referral.note !== null && (
        <>
          <p className="fr-text--sm fr-text--bold fr-mb-0">Note transmise</p>
          <p className="fr-mb-2w" style={{ whiteSpace: 'pre-line' }}>{referral.note}</p>
        </>
      )}
      {referral.status === 'declined' && (
        <p className="fr-mb-2w" style={{ whiteSpace: 'pre-line' }}>
          <span className="fr-text--bold">Motif du refus : </span>
          {referral.declineReason ?? '—'}
        </p>
      )}
      {referral.outcome !== null && (
        <div className="fr-mb-2w">
          <p className="fr-mb-0">
            <span className="fr-text--bold">Suite donnée : </span>
            {REFERRAL_OUTCOME_LABELS[referral.outcome.outcome]}, le {formatDateTime(referral.outcome.at)}
          </p>
          {referral.outcome.summary !== undefined && <p className="fr-mb-0" style={{ whiteSpace: 'pre-line' }}>{referral.outcome.summary}</p>}
        </div>
      )}
      {!external && referral.messages !== undefined && (referral.messages.length > 0 || writing) && (
        <>
          <p className="fr-text--sm fr-text--bold fr-mb-1w">Échanges avec « {referral.contactPoint.name} »</p>
          <ReferralMessages messages={referral.messages} viewer="staff" targetName={referral.contactPoint.name} />
        </>
      )}
      {referral.abilities.write && writing && (
        <ReferralMessageForm
          id={messageId}
          label={`Message pour « ${referral.contactPoint.name} »`}
          hint="Ses membres sont prévenus par courriel, sans le texte du message. L’agent ne lit pas ces échanges."
          submitLabel="Envoyer"
          successMessage="Le message est envoyé."
          busy={action.isPending}
          send={(body) => action.mutateAsync({ type: 'message', referralId: referral.id, body })}
        />
      )}
      {(referral.abilities.revoke || (referral.abilities.write && !writing)) && (
        <ul className="fr-btns-group fr-btns-group--inline-sm fr-btns-group--icon-left fr-mb-0">
          {referral.abilities.write && !writing && (
            <li>
              <Button priority="secondary" size="small" iconId="fr-icon-mail-line" onClick={openWriting}>
                Écrire à l’interlocuteur
              </Button>
            </li>
          )}
          {referral.abilities.revoke && (
            <li>
              <Button priority="tertiary" size="small" iconId="fr-icon-close-circle-line" onClick={onRevoke}>
                Retirer l’orientation
              </Button>
            </li>
          )}
        </ul>
      )}
    </li>
  );
}
