import type { DemoArticle } from './types.ts';

/** Demo articles: Compléments. */
export const MORE_ARTICLES: DemoArticle[] = [
  {
    slug: 'cumul-activites',
    kind: 'sheet',
    theme: 'career',
    title: 'Exercer une activité en plus de votre emploi : le cumul d’activités',
    summary:
      'Cours particuliers, activité artistique, création d’entreprise, expertise : ce que vous pouvez faire librement, ce qui demande une autorisation, et comment la demander.',
    body: `## Le principe

Les agents publics consacrent leur activité professionnelle aux tâches qui leur sont confiées. Certaines activités restent toutefois possibles à côté de votre emploi, librement ou après autorisation.

## Les activités libres

- La **production d’œuvres** de l’esprit : écrire un livre, composer, créer, dans le respect de la discrétion professionnelle ;
- Les activités **bénévoles** pour des associations sans but lucratif ;
- Pour les enseignants, certaines **professions libérales** découlant de la nature de leurs fonctions, selon les textes.

## Les activités soumises à autorisation

Une **activité accessoire**, compatible avec vos fonctions et sans en affecter l’exercice, peut être autorisée : cours ou formation, expertise, activité agricole, aide à domicile à un proche, travaux ponctuels, activité sportive ou culturelle encadrée. Vous déposez une demande écrite auprès de votre autorité hiérarchique, qui précise l’activité, l’employeur, la durée, la rémunération.

## Créer ou reprendre une entreprise

Vous pouvez, sous conditions, être autorisé à exercer à **temps partiel** pour créer ou reprendre une entreprise, pour une durée limitée. L’administration vérifie la compatibilité du projet avec vos fonctions, et peut saisir le référent déontologue.

## En cas de doute

Demandez **avant** de commencer : une activité exercée sans autorisation peut conduire à reverser les sommes perçues et à une sanction. Le **référent déontologue** de l’académie peut être consulté ; le conseiller RH de proximité vous indique comment le joindre.`,
    audiences: [],
    scope: 'national',
    situations: ['changing_job', 'developing_skills'],
    related: ['reconversion-seconde-carriere', 'temps-partiel', 'disponibilite'],
    contactPointKinds: ['référent déontologue', 'supérieur hiérarchique', 'conseiller RH de proximité'],
  },
  {
    slug: 'proche-aidant',
    kind: 'faq',
    theme: 'health_worklife',
    title: 'J’aide un proche malade, âgé ou handicapé : quelles solutions ?',
    summary:
      'Congé de proche aidant, congé de solidarité familiale, temps partiel, dons de jours, télétravail : les dispositifs pour concilier travail et aide à un proche.',
    body: `## Quels congés existent ?

- Le **congé de proche aidant**, pour accompagner un proche en situation de handicap ou de perte d’autonomie, pour une durée limitée sur la carrière, fractionnable. Il peut ouvrir droit à une allocation journalière versée par la caisse d’allocations familiales.
- Le **congé de solidarité familiale**, pour accompagner un proche en fin de vie.
- Le **congé de présence parentale**, pour un enfant gravement malade, handicapé ou accidenté.

Pendant ces congés, vous conservez votre poste et une partie de vos droits à avancement et à retraite.

## Puis-je réduire mon temps de travail ?

Oui : le **temps partiel de droit** pour donner des soins à un conjoint, un enfant ou un ascendant gravement malade ou handicapé. La **disponibilité** de droit pour donner des soins est aussi possible.

## Et le télétravail ?

Les proches aidants peuvent demander à déroger à la limite habituelle de jours de télétravail, pour une durée limitée.

## Des collègues peuvent-ils m’aider ?

Le **don de jours de repos** permet à des collègues de vous céder, anonymement, des jours de congé non pris, lorsque vous aidez un proche ou un enfant gravement malade. La demande se fait auprès de votre service de gestion, avec un certificat médical.

## À qui m’adresser ?

L’**assistant de service social des personnels** connaît aussi les aides extérieures (aides à domicile, structures de répit). Le conseiller RH de proximité vous aide à choisir la solution la plus adaptée et à préparer les demandes.`,
    audiences: [],
    scope: 'national',
    situations: ['family_and_life', 'in_difficulty'],
    related: ['temps-partiel', 'disponibilite', 'assistant-service-social-personnels', 'teletravail-faq'],
    contactPointKinds: ['assistant de service social', 'bureau de gestion', 'conseiller RH de proximité'],
  },
  {
    slug: 'egalite-professionnelle-referent',
    kind: 'scheme',
    theme: 'protection',
    title: 'Égalité professionnelle et lutte contre les discriminations : le référent égalité',
    summary:
      'Le référent égalité femmes-hommes de l’académie informe, conseille et oriente les personnels sur l’égalité professionnelle, les discriminations et les agissements sexistes.',
    body: `## Ce que recouvre l’égalité professionnelle

L’égalité entre les femmes et les hommes au travail concerne la **rémunération**, les **promotions**, l’accès aux **responsabilités**, l’articulation entre vie professionnelle et vie personnelle, et la prévention des **violences sexistes et sexuelles**. Chaque académie met en œuvre un plan d’action.

## Le rôle du référent égalité

- **Informer** les personnels sur leurs droits et les dispositifs existants ;
- **Conseiller** les agents et les encadrants confrontés à une situation d’inégalité ou à des propos sexistes ;
- **Orienter** vers le dispositif de signalement, le service juridique, la médecine de prévention ou l’assistant de service social ;
- **Sensibiliser** les équipes, en lien avec l’EAFC.

## Quand le contacter ?

- Vous pensez être moins bien traité en raison de votre sexe, de votre grossesse, de votre situation familiale ou d’un autre critère de discrimination ;
- Vous êtes témoin ou victime de remarques ou d’agissements sexistes ;
- Vous encadrez une équipe et souhaitez agir.

Si vous êtes victime de violences ou de harcèlement, le **dispositif de signalement** et le conseiller RH de proximité vous accompagnent également : le référent ne remplace pas ces démarches.

## Confidentialité

Les échanges sont confidentiels ; aucune démarche n’est engagée sans votre accord.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty', 'managing_a_team'],
    related: ['violences-harcelement-signaler', 'protection-fonctionnelle', 'vivier-encadrement-mae'],
    scheme: {
      forWhom: 'Tous les personnels, victimes ou témoins d’inégalités, de discriminations ou d’agissements sexistes, et les encadrants.',
      gives: 'Information, conseil confidentiel et orientation vers les dispositifs de signalement et de protection.',
      howToAsk: 'En écrivant au référent égalité de l’académie, ou par une demande au conseiller RH de proximité.',
    },
    contactPointKinds: ['référent égalité femmes-hommes', 'conseiller RH de proximité'],
  },
];
