import { PlaceholderSpace } from '../../../components/PlaceholderSpace.tsx';

export function ContentsPage() {
  return (
    <PlaceholderSpace ability="editContent">
      <p>
        Cet espace servira à rédiger et publier ce que les agents de votre territoire ont besoin de savoir : fiches
        pratiques, questions fréquentes et guides de la base de connaissances, calendrier des dates clés et lettre
        d’information RH. Il sera ouvert dans une prochaine version de ProxiRH.
      </p>
    </PlaceholderSpace>
  );
}
