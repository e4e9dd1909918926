import { Notice } from '@codegouvfr/react-dsfr/Notice';
import type { ReactNode } from 'react';
import { Link, useParams } from 'react-router-dom';
import { TOPIC_LABELS } from '../../../../shared/glossary.ts';
import { CONTACT_POINT_KIND_LABELS, REFERRAL_OUTCOME_LABELS } from '../../../../shared/glossary.ts';
import type { ReferralDetail } from '../../../../shared/contracts/orientation.ts';
import { isApiError } from '../../../api/client.ts';
import { ErrorAlert, Loading } from '../../../components/QueryStates.tsx';
import { usePageTitle } from '../../../components/usePageTitle.ts';
import { formatDateTime, formatDay } from '../../../format.ts';
import { useActionNotice } from '../../requests/components/ActionNotice.tsx';
import { useReceivedReferral, useReceivedReferralAction } from '../api/referrals.ts';
import { OutcomeForm } from '../components/OutcomeForm.tsx';
import { ReferralMessageForm } from '../components/ReferralMessageForm.tsx';
import { ReferralMessages } from '../components/ReferralMessages.tsx';
import { OverdueBadge, ReferralStatusBadge } from '../components/ReferralStatusBadge.tsx';
import { TargetDecisions } from '../components/TargetDecisions.tsx';

const backLink = (
  <p>
    <Link to="/orientations" className="fr-link fr-icon-arrow-left-line fr-link--icon-left">
      Retour aux orientations reçues
    </Link>
  </p>
);

/** `/orientations/:id`: one referral as its target reads it, and what the target answers. */
export function ReferralPage() {
  const { id = '' } = useParams();
  const referral = useReceivedReferral(id);
  usePageTitle(referral.data ? `Orientation de la demande ${referral.data.request.reference}` : 'Orientation reçue');

  if (referral.isPending) {
    return (
      <>
        {backLink}
        <h1>Orientation reçue</h1>
        <Loading label="Chargement de l’orientation…" />
      </>
    );
  }
  if (referral.isError) {
    const notFound = isApiError(referral.error, 404);
    return (
      <>
        {backLink}
        <h1>{notFound ? 'Orientation introuvable' : 'Orientation reçue'}</h1>
        {notFound ? (
          <p>Cette orientation n’existe pas, a été retirée par le conseiller ou ne vous est pas adressée.</p>
        ) : (
          <ErrorAlert error={referral.error} title="L’orientation n’a pas pu être chargée" />
        )}
      </>
    );
  }
  return (
    <>
      {backLink}
      <h1>Orientation de la demande <span style={{ whiteSpace: 'nowrap' }}>{referral.data.request.reference}</span></h1>
      <ReferralView key={referral.data.id} referral={referral.data} />
    </>
  );
}

function ReferralView({ referral }: { referral: ReferralDetail }) {
  const { abilities } = referral;
  const notice = useActionNotice();
  const action = useReceivedReferralAction(referral.id);
  const facts: Array<[string, ReactNode]> = [
    ['Statut', <><ReferralStatusBadge key="statut" status={referral.status} audience="target" /><OverdueBadge overdue={referral.status !== 'answered' && referral.status !== 'declined' && isPast(referral.expectedBy)} /></>],
    ['Adressée à', `${referral.contactPoint.name} (${CONTACT_POINT_KIND_LABELS[referral.contactPoint.kind]})`],
    ['Thème de la demande', TOPIC_LABELS[referral.request.topic]],
    ['Orientée par', referral.from === null ? '—' : <>{referral.from.displayName}<br /><a href={`mailto:${referral.from.email}`}>{referral.from.email}</a></>],
    ['Agent', <>{referral.agent.displayName}<br /><a href={`mailto:${referral.agent.email}`}>{referral.agent.email}</a></>],
    ['Reçue le', formatDateTime(referral.createdAt)],
    ['Réponse attendue', referral.expectedBy === null ? 'Pas de date fixée' : `au plus tard le ${formatDay(referral.expectedBy)}`],
  ];

  return (
    <>
      {notice.element}
      <dl className="fr-grid-row fr-grid-row--gutters fr-mb-4w">
        {facts.map(([term, value]) => (
          <div key={term} className="fr-col-12 fr-col-sm-6 fr-col-md-4" style={{ overflowWrap: 'anywhere' }}>
            <dt className="fr-text--sm fr-text--bold fr-mb-0">{term}</dt>
            <dd className="fr-ml-0">{value}</dd>
          </div>
        ))}
      </dl>

      <h2>Ce que le conseiller vous transmet</h2>
      <h3 className="fr-h6">Note du conseiller</h3>
      <p className="fr-mb-3w" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
        {referral.note === null || referral.note.trim() === '' ? 'Aucune note.' : referral.note}
      </p>
      <h3 className="fr-h6">Description de la demande</h3>
      {referral.descriptionShared && referral.request.description !== undefined ? (
        <>
          <p className="fr-hint-text fr-mb-1w">Transmise avec l’accord de l’agent.</p>
          <p className="fr-mb-4w" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>
            {referral.request.description}
          </p>
        </>
      ) : (
        <Notice
          className="fr-mb-4w"
          title="Non transmise"
          description="L’agent n’a pas accepté de partager la description de sa demande : la note du conseiller dit ce qui est attendu de vous."
        />
      )}

      {referral.status === 'declined' && (
        <>
          <h2>Orientation déclinée</h2>
          <p style={{ whiteSpace: 'pre-line' }}>
            <span className="fr-text--bold">Motif : </span>
            {referral.declineReason ?? '—'}
          </p>
        </>
      )}
      {referral.outcome !== null && (
        <>
          <h2>Suite donnée</h2>
          <p className="fr-mb-1w">
            <span className="fr-text--bold">{REFERRAL_OUTCOME_LABELS[referral.outcome.outcome]}</span>, le {formatDateTime(referral.outcome.at)}
          </p>
          {referral.outcome.summary !== undefined && (
            <p className="fr-mb-4w" style={{ whiteSpace: 'pre-line', overflowWrap: 'anywhere' }}>{referral.outcome.summary}</p>
          )}
        </>
      )}

      <TargetDecisions referralId={referral.id} mayAccept={abilities.accept} mayDecline={abilities.decline} onDone={notice.announce} />
      {abilities.recordOutcome && <OutcomeForm referralId={referral.id} onDone={notice.announce} />}

      <section aria-labelledby="echanges-titre" className="fr-mb-6w">
        <h2 id="echanges-titre" className="fr-h4">Échanges avec le conseiller</h2>
        <p className="fr-text--sm">Ces messages restent entre vous et les personnes qui traitent la demande : l’agent ne les lit pas.</p>
        <ReferralMessages messages={referral.messages} viewer="target" targetName={referral.contactPoint.name} />
        {abilities.write && (
          <ReferralMessageForm
            id="message-conseiller"
            label="Message au conseiller"
            hint="Le conseiller est prévenu par courriel, sans le texte du message."
            submitLabel="Envoyer au conseiller"
            successMessage="Le message est envoyé au conseiller."
            busy={action.isPending}
            send={(body) => action.mutateAsync({ type: 'message', body })}
          />
        )}
      </section>
    </>
  );
}

/** The expected day has passed (Europe/Paris calendar day, as the server decides for the list). */
function isPast(day: string | null): boolean {
  if (day === null) return false;
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Paris' }).format(new Date());
  return day < today;
}
