import type { Ref } from 'react';
import { Link } from 'react-router-dom';
import { TOPIC_LABELS } from '../../../../shared/glossary.ts';
import type { ReceivedReferral } from '../../../../shared/contracts/orientation.ts';
import { formatDate } from '../../../format.ts';
import { DataTable, type Column } from '../../../components/DataTable.tsx';
import { useWideScreen } from '../../requests/components/useWideScreen.ts';
import { OverdueBadge, ReferralStatusBadge } from './ReferralStatusBadge.tsx';

interface Props {
  id: string;
  caption: string;
  captionRef?: Ref<HTMLTableCaptionElement>;
  referrals: ReceivedReferral[];
}

const linkTo = (referral: ReceivedReferral) => `/orientations/${encodeURIComponent(referral.id)}`;
const linkLabel = (referral: ReceivedReferral) => `Demande ${referral.request.reference}`;
const expected = (referral: ReceivedReferral) => (referral.expectedBy === null ? 'Pas de date fixée' : formatDate(`${referral.expectedBy}T12:00:00Z`));

/** « Orientations reçues »: a table on a wide screen, one card per referral on a phone. */
export function ReceivedReferralList(props: Props) {
  return useWideScreen() ? <ReferralRows {...props} /> : <ReferralCards {...props} />;
}

function ReferralCards({ id, caption, captionRef, referrals }: Props) {
  return (
    <section aria-labelledby={`${id}-legende`} id={id} className="fr-mb-2w">
      <h2 id={`${id}-legende`} ref={captionRef} tabIndex={-1} className="fr-h6">
        {caption}
      </h2>
      <ul className="fr-raw-list">
        {referrals.map((referral) => (
          <li key={referral.id} className="fr-mb-2w fr-p-2w" style={{ border: '1px solid var(--border-default-grey)', overflowWrap: 'anywhere' }}>
            <p className="fr-text--bold fr-mb-1v">
              <Link to={linkTo(referral)}>{linkLabel(referral)}</Link>
            </p>
            <p className="fr-mb-1w">
              <ReferralStatusBadge status={referral.status} audience="target" />
              <OverdueBadge overdue={referral.overdue} />
            </p>
            <dl className="fr-text--sm fr-mb-0">
              {[
                ['Thème : ', TOPIC_LABELS[referral.request.topic]],
                ['Pour : ', referral.contactPoint.name],
                ['Orientée par ', referral.from?.displayName ?? '—'],
                ['Reçue le ', formatDate(referral.createdAt)],
                ['Réponse attendue : ', expected(referral)],
              ].map(([term, value]) => (
                <div key={term}>
                  <dt style={{ display: 'inline' }}>{term}</dt>
                  <dd style={{ display: 'inline' }} className="fr-ml-0">{value}</dd>
                </div>
              ))}
            </dl>
          </li>
        ))}
      </ul>
    </section>
  );
}

function ReferralRows({ id, caption, captionRef, referrals }: Props) {
  const columns: Column<ReceivedReferral>[] = [
    { header: 'Demande', rowHeader: true, cell: (referral) => <Link to={linkTo(referral)} style={{ whiteSpace: 'nowrap' }}>{linkLabel(referral)}</Link> },
    { header: 'Thème', cell: (referral) => TOPIC_LABELS[referral.request.topic] },
    { header: 'Pour', cell: (referral) => referral.contactPoint.name },
    { header: 'Orientée par', cell: (referral) => referral.from?.displayName ?? '—' },
    { header: 'Reçue le', cell: (referral) => formatDate(referral.createdAt) },
    { header: 'Réponse attendue', cell: (referral) => <>{expected(referral)}<OverdueBadge overdue={referral.overdue} /></> },
    { header: 'Statut', cell: (referral) => <ReferralStatusBadge status={referral.status} audience="target" /> },
  ];
  return <DataTable id={id} caption={caption} captionRef={captionRef} columns={columns} rows={referrals} rowKey={(referral) => referral.id} />;
}
