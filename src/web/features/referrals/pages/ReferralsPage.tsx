import { PlaceholderSpace } from '../../../components/PlaceholderSpace.tsx';

export function ReferralsPage() {
  return (
    <PlaceholderSpace ability="receiveReferrals">
      <p>
        Cet espace réunira les demandes que les conseillers RH de proximité vous orientent : vous y verrez uniquement ce
        que l’agent a accepté de partager, vous pourrez accepter l’orientation, y répondre et indiquer la suite donnée,
        afin que le conseiller puisse en informer l’agent. Il sera ouvert dans une prochaine version de ProxiRH.
      </p>
    </PlaceholderSpace>
  );
}
