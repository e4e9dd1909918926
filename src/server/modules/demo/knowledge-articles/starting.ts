import type { DemoArticle } from './types.ts';

/** Demo articles: Entrée dans le métier (thème carrière). */
export const STARTING_ARTICLES: DemoArticle[] = [
  {
    slug: 'stagiaire-annee-de-stage',
    kind: 'guide',
    theme: 'career',
    title: 'Professeur ou CPE stagiaire : l’année de stage et la titularisation',
    summary:
      'L’année de stage qui suit le concours : formation, tutorat, évaluation et titularisation, et ce qui se passe en cas de difficulté.',
    body: `## Une année d’entrée dans le métier

Après la réussite au concours, vous êtes nommé **fonctionnaire stagiaire** pour une année. Vous exercez en responsabilité dans une école ou un établissement, avec une quotité de service qui dépend de votre parcours, et vous suivez une **formation** à l’institut national supérieur du professorat et de l’éducation ou à l’EAFC.

## Qui vous accompagne ?

- Un **tuteur** de terrain, enseignant expérimenté de votre discipline ou de votre école ;
- Un **tuteur universitaire** ou formateur, selon votre parcours ;
- Votre **inspecteur** et, dans le second degré, votre **chef d’établissement** ;
- La **cellule stagiaires** de l’académie pour les questions administratives (affectation, paie, congés).

## L’évaluation et la titularisation

En fin d’année, un jury académique se prononce sur votre **titularisation**, au vu des avis de l’inspecteur, du chef d’établissement ou de l’inspecteur de circonscription, et de l’établissement de formation. Trois issues sont possibles : titularisation, renouvellement du stage, ou licenciement (rare, et précédé d’une procédure).

## En cas de difficulté

N’attendez pas : parlez-en à votre tuteur, à votre inspecteur ou au conseiller RH de proximité. Une aide peut être mise en place (visites, formation complémentaire, allègement). Les problèmes de santé ou les congés peuvent conduire à prolonger le stage : cela n’est pas une sanction.

## Et ensuite ?

Vous participez au mouvement pour obtenir votre première affectation de titulaire. Consultez les fiches sur la **mutation** et sur l’**aide à l’installation des personnels**.`,
    audiences: ['first_degree', 'second_degree'],
    scope: 'national',
    situations: ['starting'],
    related: ['neo-titulaire-premieres-annees', 'mobilite-inter-academique', 'aide-installation-personnels'],
    contactPointKinds: ['tuteur', 'inspecteur', 'cellule stagiaires', 'conseiller RH de proximité'],
  },
  {
    slug: 'neo-titulaire-premieres-annees',
    kind: 'guide',
    theme: 'career',
    title: 'Néo-titulaire : réussir vos premières années',
    summary:
      'Première affectation, formation continuée, premiers rendez-vous administratifs : ce qu’il faut savoir au début de votre carrière de titulaire.',
    body: `## Votre première affectation

Vous êtes titulaire ! Votre première affectation peut être loin de votre lieu de stage, parfois sur une zone de remplacement. Avant la rentrée :
- prenez contact avec votre école ou établissement ;
- vérifiez votre **arrêté d’affectation** et votre situation de paie ;
- renseignez-vous sur l’**aide à l’installation des personnels** si vous déménagez.

## Une formation qui continue

Pendant vos premières années, un **parcours de formation** spécifique vous est proposé : modules sur la gestion de classe, l’évaluation, l’inclusion, les relations avec les familles. Les inscriptions passent par l’EAFC.

## Les premiers repères administratifs

- Votre dossier en ligne (I-Prof) : vérifiez qu’il est à jour (diplômes, services antérieurs) ;
- Votre **reclassement** : les services accomplis avant le concours peuvent être pris en compte ;
- Votre espace ENSAP : bulletins de paie, compte retraite ;
- Le **premier rendez-vous de carrière**, au 6e échelon.

## Se faire accompagner

Les débuts sont exigeants. Si vous rencontrez des difficultés (gestion de classe, fatigue, isolement, conflit), parlez-en tôt : à un collègue, à votre inspecteur, au conseiller RH de proximité. Des dispositifs existent : tutorat prolongé, analyse de pratiques, **cellule d’écoute**.

## Penser à la suite

Mutation, formation, projet : le conseiller RH de proximité peut vous aider à construire votre parcours dès les premières années.`,
    audiences: ['first_degree', 'second_degree'],
    scope: 'national',
    situations: ['starting'],
    related: ['stagiaire-annee-de-stage', 'aide-installation-personnels', 'rendez-vous-de-carriere-ppcr', 'plan-academique-formation-eafc'],
    contactPointKinds: ['conseiller RH de proximité', 'inspecteur', 'EAFC'],
  },
  {
    slug: 'contractuel-premiers-pas',
    kind: 'sheet',
    theme: 'career',
    title: 'Enseignant contractuel : vos premiers pas',
    summary:
      'Vous venez d’être recruté comme enseignant contractuel : votre contrat, votre rémunération, votre accompagnement et vos perspectives.',
    body: `## Votre contrat

Vous êtes recruté par un **contrat** qui précise sa durée, votre quotité de service et votre lieu d’exercice. Lisez-le attentivement et conservez-le. Un contrat peut être renouvelé ; après six ans de services dans certaines conditions, il peut devenir à durée indéterminée.

## Votre rémunération

Elle dépend de votre niveau de diplôme et de votre expérience, selon une grille académique, et évolue avec l’ancienneté après réévaluation. Le premier versement peut intervenir avec un décalage : si votre paie tarde, signalez-le rapidement, une avance peut être accordée.

## Votre accompagnement

- Une **formation d’adaptation à l’emploi** est proposée dès la prise de fonction ;
- Un **tuteur** ou un collègue référent peut vous être désigné ;
- L’inspecteur de votre discipline peut vous rendre visite pour vous conseiller.

## Vos droits

Vous bénéficiez des congés (maladie, maternité, paternité), de l’**action sociale**, de la **protection fonctionnelle** et de la médecine de prévention, selon des conditions propres aux contractuels.

## Vos perspectives

Si vous souhaitez devenir titulaire, les **concours** (externes, internes, troisième voie) vous sont ouverts selon votre parcours. Des préparations sont proposées.

Pour toute question, le conseiller RH de proximité est votre interlocuteur, au même titre que pour les titulaires.`,
    audiences: ['first_degree', 'second_degree'],
    scope: 'national',
    situations: ['starting'],
    related: ['preparer-concours-interne', 'action-sociale-prestations', 'conseiller-rh-proximite'],
    contactPointKinds: ['service des personnels contractuels', 'conseiller RH de proximité', 'inspecteur'],
  },
  {
    slug: 'amiens-accueil-nouveaux-personnels',
    kind: 'guide',
    theme: 'career',
    title: 'Académie d’Amiens : bienvenue aux nouveaux personnels',
    summary:
      'Vous arrivez dans l’académie d’Amiens : les démarches des premiers jours, les interlocuteurs dans l’Aisne, l’Oise et la Somme, et les temps d’accueil.',
    body: `## Bienvenue dans l’académie d’Amiens

L’académie d’Amiens réunit plus de 34 000 personnels dans trois départements : l’**Aisne** (DSDEN à Laon), l’**Oise** (DSDEN à Beauvais) et la **Somme** (DSDEN et rectorat à Amiens).

## Vos premières démarches

1. Activez votre **adresse de messagerie académique** : toutes les informations officielles y arrivent.
2. Rendez-vous dans votre école, établissement ou service dès que possible, pour votre procès-verbal d’installation.
3. Transmettez les pièces demandées par votre service de gestion (RIB, justificatifs de situation familiale) pour que votre paie soit versée à temps.
4. Vérifiez vos droits à l’**aide à l’installation des personnels** si vous êtes nouvellement recruté.

## Les temps d’accueil

- Une **journée d’accueil** des nouveaux arrivants est organisée dans chaque département fin août ;
- Des réunions d’information sur la carrière et l’action sociale ont lieu au premier trimestre ;
- Les néo-titulaires bénéficient d’un parcours de formation avec l’EAFC.

## Vos interlocuteurs

- Le **service RH de proximité**, présent dans chaque département, avec des permanences dans les établissements ;
- Les **dix correspondants RH de bassin**, relais de proximité ;
- Les assistants de service social et les médecins de prévention des personnels.

## Vos engagements de service

Toute demande déposée dans ProxiRH reçoit un **accusé de réception** et une réponse dans le délai annoncé, conformément aux engagements de qualité de l’académie.`,
    audiences: [],
    scope: 'academie',
    situations: ['starting'],
    related: ['aide-installation-personnels', 'neo-titulaire-premieres-annees', 'conseiller-rh-proximite', 'amiens-eafc-inscription'],
    contactPointKinds: ['conseiller RH de proximité', 'correspondant RH de bassin', 'assistant de service social'],
  },
];
