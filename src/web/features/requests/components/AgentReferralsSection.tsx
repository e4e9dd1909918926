import { Button } from '@codegouvfr/react-dsfr/Button';
import { useState, type ReactNode } from 'react';
import { CONTACT_POINT_KIND_LABELS, REFERRAL_OUTCOME_LABELS } from '../../../../shared/glossary.ts';
import type { RequestReferral } from '../../../../shared/contracts/orientation.ts';
import { ConfirmDialog } from '../../../components/ConfirmDialog.tsx';
import { ErrorAlert } from '../../../components/QueryStates.tsx';
import { formatDate, formatDay } from '../../../format.ts';
import { useRequestReferralAction, useRequestReferrals } from '../../referrals/api/referrals.ts';
import { ReferralStatusBadge } from '../../referrals/components/ReferralStatusBadge.tsx';

/**
 * « Vous avez été orienté(e) vers… » on the agent's page: to whom, why (the adviser's note), how to
 * reach them, where it stands; and, when the adviser asked for it, the agent's consent to share the
 * description of the request with that contact point.
 */
export function AgentReferralsSection({ requestId, onNotice }: { requestId: string; onNotice: (message: string) => void }) {
  const referrals = useRequestReferrals(requestId);
  const action = useRequestReferralAction(requestId);
  const [consenting, setConsenting] = useState<RequestReferral | null>(null);
  // A withdrawn orientation is no longer the agent's concern.
  const items = (referrals.data?.items ?? []).filter((referral) => referral.status !== 'revoked');
  if (referrals.isError) return <ErrorAlert error={referrals.error} title="Vos orientations n’ont pas pu être chargées" />;
  if (items.length === 0) return null;

  const consent = () => {
    if (consenting === null) return;
    const name = consenting.contactPoint.name;
    action.mutate({ type: 'consent', referralId: consenting.id }, {
      onSuccess: () => {
        setConsenting(null);
        onNotice(`Merci : la description de votre demande est maintenant transmise à « ${name} ».`);
      },
      onError: () => setConsenting(null),
    });
  };

  return (
    <section aria-labelledby="mes-orientations-titre" className="fr-mb-6w">
      <h2 id="mes-orientations-titre">{items.length > 1 ? 'Vos orientations' : 'Votre orientation'}</h2>
      <ul className="fr-raw-list">
        {items.map((referral) => (
          <AgentReferral key={referral.id} referral={referral} busy={action.isPending} onConsent={() => { action.reset(); setConsenting(referral); }} />
        ))}
      </ul>
      {action.isError && <ErrorAlert error={action.error} title="Votre accord n’a pas pu être enregistré" />}
      <ConfirmDialog
        open={consenting !== null}
        title="Transmettre la description de votre demande"
        confirmLabel="J’accepte de la transmettre"
        busy={action.isPending}
        onConfirm={consent}
        onCancel={() => setConsenting(null)}
      >
        <p>
          « {consenting?.contactPoint.name} » lira la description que vous avez écrite en déposant votre demande, en plus de la
          note de votre conseiller. Ni vos messages avec votre conseiller ni vos pièces jointes ne lui sont transmis.
        </p>
        <p className="fr-mb-0">Cet accord vaut pour cette orientation seulement, et ne peut pas être retiré ensuite.</p>
      </ConfirmDialog>
    </section>
  );
}

const AGENT_OUTCOME: Record<string, string> = {
  declined: 'Cet interlocuteur ne peut pas donner suite : votre conseiller en est informé et reviendra vers vous.',
};

function AgentReferral({ referral, busy, onConsent }: { referral: RequestReferral; busy: boolean; onConsent: () => void }) {
  const { contactPoint } = referral;
  const external = referral.kind === 'external_referral';
  const reach: Array<[string, ReactNode]> = [];
  if (contactPoint.email) reach.push(['Courriel', <a key="courriel" href={`mailto:${contactPoint.email}`}>{contactPoint.email}</a>]);
  if (contactPoint.phone) reach.push(['Téléphone', <a key="tel" href={`tel:${contactPoint.phone.replace(/[^0-9+]/g, '')}`}>{contactPoint.phone}</a>]);
  if (contactPoint.hours) reach.push(['Horaires', contactPoint.hours]);
  if (contactPoint.address) reach.push(['Adresse', contactPoint.address]);

  return (
    <li className="fr-mb-3w fr-p-3w" style={{ border: '1px solid var(--border-default-grey)', overflowWrap: 'anywhere' }}>
      <h3 className="fr-h5 fr-mb-1v">Vous avez été orienté(e) vers {contactPoint.name}</h3>
      <p className="fr-text--sm fr-mb-1w">
        {external ? 'Partenaire extérieur à l’Éducation nationale, que vous contactez vous-même' : CONTACT_POINT_KIND_LABELS[contactPoint.kind]}
        {' · '}le {formatDate(referral.createdAt)}
      </p>
      <p className="fr-mb-2w">
        <ReferralStatusBadge status={referral.status} audience="agent" external={external} />
      </p>
      {referral.note !== null && referral.note.trim() !== '' && (
        <>
          <p className="fr-text--bold fr-mb-0">Pourquoi, selon votre conseiller</p>
          <p className="fr-mb-2w" style={{ whiteSpace: 'pre-line' }}>{referral.note}</p>
        </>
      )}
      {reach.length > 0 ? (
        <>
          <p className="fr-text--bold fr-mb-0">Pour le joindre</p>
          <dl className="fr-mb-2w">
            {reach.map(([term, value]) => (
              <div key={term}>
                <dt style={{ display: 'inline' }}>{term} : </dt>
                <dd style={{ display: 'inline' }} className="fr-ml-0">{value}</dd>
              </div>
            ))}
          </dl>
        </>
      ) : (
        <p className="fr-mb-2w">Votre conseiller vous indique comment joindre cet interlocuteur.</p>
      )}
      {!external && referral.expectedBy !== null && (referral.status === 'sent' || referral.status === 'accepted') && (
        <p className="fr-text--sm fr-mb-2w">Une réponse est attendue au plus tard le {formatDay(referral.expectedBy)}.</p>
      )}
      {referral.status === 'declined' && <p className="fr-mb-2w">{AGENT_OUTCOME.declined}</p>}
      {referral.outcome !== null && (
        <p className="fr-mb-2w">
          <span className="fr-text--bold">Suite donnée : </span>
          {REFERRAL_OUTCOME_LABELS[referral.outcome.outcome]}
        </p>
      )}
      {!external && (
        <p className="fr-text--sm fr-mb-2w">
          {referral.descriptionShared
            ? 'La description de votre demande lui est transmise, avec votre accord.'
            : referral.shareDescriptionAsked
              ? 'Votre conseiller propose de lui transmettre la description de votre demande. Sans votre accord, seule la note ci-dessus lui est transmise.'
              : 'Seule la note de votre conseiller lui est transmise, pas la description de votre demande.'}
        </p>
      )}
      {referral.abilities.consent && (
        <Button iconId="fr-icon-check-line" disabled={busy} onClick={onConsent}>
          Transmettre la description de ma demande
        </Button>
      )}
    </li>
  );
}
