import { usePageTitle } from '../../../components/usePageTitle.ts';

export function AccessibilityPage() {
  usePageTitle('Déclaration d’accessibilité');
  return (
    <>
      <h1>Déclaration d’accessibilité</h1>
      <p className="fr-text--lead">
        Le ministère de l’Éducation nationale s’engage à rendre ProxiRH accessible conformément à l’article 47 de la loi
        n° 2005-102 du 11 février 2005.
      </p>
      <h2>État de conformité</h2>
      <p>
        ProxiRH est <strong>non conforme</strong> avec le référentiel général d’amélioration de l’accessibilité (RGAA) :
        le service est en cours de construction et n’a pas encore fait l’objet d’un audit. Il est conçu avec le système de
        design de l’État et vérifié automatiquement à chaque évolution.
      </p>
      <h2>Retour d’information</h2>
      <p>
        Si vous n’arrivez pas à accéder à un contenu ou à un service, signalez-le à votre conseiller RH de proximité ou à
        l’administrateur de ProxiRH de votre académie : une alternative accessible vous sera proposée.
      </p>
    </>
  );
}
