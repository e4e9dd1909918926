import type { DemoArticle } from './types.ts';

/** Demo articles: CAREER_MORE_ARTICLES. */
export const CAREER_MORE_ARTICLES: DemoArticle[] = [
  {
    slug: 'conseiller-rh-proximite',
    kind: 'scheme',
    theme: 'career',
    title: 'Le conseiller RH de proximité : pour qui, pour quoi ?',
    summary:
      'Un interlocuteur unique et proche de vous pour toutes vos questions de ressources humaines : il vous informe, vous accompagne et vous oriente vers le bon service.',
    body: `## Un service pour tous les personnels

Enseignants, personnels d’éducation, personnels administratifs, techniques, sociaux et de santé, personnels d’encadrement, titulaires ou contractuels : le service RH de proximité est ouvert à tous. Il existe dans chaque académie, avec des conseillers présents dans les départements.

## Ce que le conseiller fait pour vous

- Il vous **informe** sur vos droits et les règles de gestion (mutation, temps partiel, congés, retraite…).
- Il vous **accompagne** dans un projet professionnel ou une difficulté, lors d’un ou plusieurs entretiens.
- Il vous aide à **constituer un dossier** (candidature, mobilité, demande de congé).
- Il vous **oriente** vers le bon interlocuteur (médecin du travail, assistant de service social, conseiller mobilité carrière, service de gestion) et suit la réponse.

## Ce qu’il ne fait pas

Il ne remplace pas votre service de gestion, qui prend les décisions administratives, ni votre supérieur hiérarchique. Il n’est pas un représentant des personnels.

## Confidentialité

Vos échanges restent confidentiels. Rien n’est transmis à votre hiérarchie sans votre accord, sauf danger grave pour vous ou pour autrui.

## Comment le joindre ?

Déposez une demande dans ProxiRH : vous recevez un accusé de réception avec un délai de réponse. Vous pouvez aussi réserver un rendez-vous pendant les permanences, sur place ou à distance.`,
    audiences: [],
    scope: 'national',
    situations: ['starting', 'changing_job', 'in_difficulty', 'developing_skills'],
    related: ['conseiller-mobilite-carriere', 'assistant-service-social-personnels', 'medecine-de-prevention'],
    scheme: {
      forWhom: 'Tous les personnels de l’académie, titulaires ou contractuels, quel que soit leur métier.',
      gives: 'Information, accompagnement individuel, aide aux dossiers et orientation suivie vers le bon interlocuteur.',
      howToAsk: 'Par une demande déposée dans ProxiRH ou par un rendez-vous pendant les permanences des conseillers.',
    },
    contactPointKinds: ['conseiller RH de proximité'],
  },
  {
    slug: 'nouvelle-bonification-indiciaire',
    kind: 'sheet',
    theme: 'career',
    title: 'La nouvelle bonification indiciaire (NBI)',
    summary:
      'La NBI ajoute des points d’indice à votre traitement lorsque vous occupez certains emplois comportant une responsabilité ou une technicité particulière.',
    body: `## Le principe

La **nouvelle bonification indiciaire** (NBI) est attachée à un **emploi**, pas à une personne. Si vous occupez un emploi qui y ouvre droit, vous percevez un nombre de points d’indice majoré supplémentaires, qui s’ajoutent à votre traitement indiciaire.

## Quels emplois ?

Par exemple, selon les textes en vigueur :
- certaines fonctions de direction d’école ou d’établissement ;
- des emplois exercés dans des quartiers prioritaires ou en éducation prioritaire ;
- des fonctions d’accueil du public, d’encadrement ou de technicité particulière pour les personnels administratifs ;
- certaines fonctions de formateur ou de coordination.

La liste précise et le nombre de points sont fixés par des textes réglementaires et, pour certains emplois, par l’académie.

## Ce qu’il faut savoir

- La NBI est versée tant que vous occupez l’emploi ; elle cesse quand vous le quittez.
- Elle est prise en compte pour la retraite, sous certaines conditions.
- En temps partiel, elle est versée au prorata de votre quotité.

## Elle n’apparaît pas sur ma fiche de paie ?

Vérifiez d’abord que votre emploi y ouvre droit, puis écrivez à votre service de gestion avec votre arrêté d’affectation. Le conseiller RH de proximité peut vous aider à identifier le bon interlocuteur et suivre la réponse.`,
    audiences: [],
    scope: 'national',
    situations: ['starting', 'developing_skills'],
    related: ['indemnites-primes', 'avancement-echelon'],
    contactPointKinds: ['bureau de gestion', 'service de la paie', 'conseiller RH de proximité'],
  },
  {
    slug: 'indemnites-primes',
    kind: 'faq',
    theme: 'career',
    title: 'Primes et indemnités : les questions fréquentes',
    summary:
      'Comprendre les principales lignes de votre bulletin de paie : traitement, indemnités liées aux fonctions, heures supplémentaires, supplément familial.',
    body: `## Que contient mon bulletin de paie ?

- Le **traitement indiciaire**, calculé à partir de votre indice ;
- l’**indemnité de résidence**, qui dépend de la commune d’affectation ;
- le **supplément familial de traitement** si vous avez des enfants à charge ;
- les **primes et indemnités** liées à votre corps et à vos fonctions ;
- les cotisations et prélèvements.

## Quelles indemnités pour les enseignants ?

Selon votre situation : l’indemnité de suivi et d’orientation des élèves ou l’indemnité de suivi et d’accompagnement des élèves, les indemnités liées à l’éducation prioritaire, les heures supplémentaires, les indemnités de fonctions particulières (direction d’école, professeur principal, tuteur), la prime d’équipement informatique. Les montants et conditions sont fixés par les textes de l’année.

## Et pour les personnels administratifs ?

Le régime indemnitaire repose principalement sur une indemnité liée aux fonctions, aux sujétions et à l’expertise, et sur un complément annuel tenant compte de l’engagement professionnel.

## Une prime manque ou est erronée

1. Comparez avec vos bulletins précédents.
2. Vérifiez que votre situation a bien été déclarée (nouvelles fonctions, enfants, changement d’adresse professionnelle).
3. Écrivez à votre service de gestion ou de paie, pièces à l’appui.

Le conseiller RH de proximité vous aide à comprendre votre bulletin et à formuler votre demande. Votre bulletin est consultable sur l’espace numérique sécurisé de l’agent public (ENSAP).`,
    audiences: [],
    scope: 'national',
    situations: ['starting', 'family_and_life'],
    related: ['nouvelle-bonification-indiciaire', 'avancement-echelon'],
    contactPointKinds: ['service de la paie', 'bureau de gestion', 'conseiller RH de proximité'],
  },
  {
    slug: 'rupture-conventionnelle',
    kind: 'sheet',
    theme: 'career',
    title: 'La rupture conventionnelle dans la fonction publique',
    summary:
      'La rupture conventionnelle permet de quitter la fonction publique d’un commun accord avec l’administration, en percevant une indemnité spécifique.',
    body: `## De quoi s’agit-il ?

La **rupture conventionnelle** met fin à votre lien avec l’administration d’un **commun accord** : ni vous ni l’administration ne peut l’imposer. Ouverte aux fonctionnaires depuis 2020, elle concerne aussi les contractuels en contrat à durée indéterminée. Les conditions de l’année, et le maintien du dispositif lui-même, sont rappelés par la circulaire académique : vérifiez-les avec votre conseiller.

## Les étapes

1. **Demande écrite** à votre autorité de gestion (vous pouvez aussi être sollicité par l’administration).
2. **Entretien préalable**, au cours duquel vous pouvez être assisté par un conseiller désigné par une organisation syndicale.
3. Si l’accord est trouvé, **signature d’une convention** fixant la date de fin et le montant de l’indemnité.
4. Un délai de rétractation permet à chacun de revenir sur sa décision.

## Ce qu’il faut savoir

- L’indemnité spécifique de rupture conventionnelle est encadrée par un minimum et un maximum fixés par les textes, selon l’ancienneté.
- Vous pouvez, sous conditions, percevoir l’allocation chômage.
- Si vous êtes de nouveau recruté dans la fonction publique dans les années qui suivent, vous devez rembourser l’indemnité.
- Certaines situations l’excluent (stagiaires, agents ayant atteint l’âge de la retraite avec une pension à taux plein, détachement).

## Avant de demander

Prenez le temps d’en parler : une disponibilité, un détachement ou un accompagnement à la reconversion sont parfois plus adaptés. Le conseiller RH de proximité vous aide à comparer les options.`,
    audiences: [],
    scope: 'national',
    situations: ['changing_job'],
    related: ['demission', 'disponibilite', 'reconversion-seconde-carriere'],
    contactPointKinds: ['conseiller RH de proximité', 'bureau de gestion', 'conseiller mobilité carrière'],
  },
  {
    slug: 'demission',
    kind: 'sheet',
    theme: 'career',
    title: 'Démissionner de la fonction publique',
    summary:
      'La démission est une décision définitive qui vous fait perdre la qualité de fonctionnaire : démarches, délais et conséquences.',
    body: `## Une décision définitive

La **démission** met fin à votre qualité de fonctionnaire. Une fois acceptée, elle est irrévocable : vous ne pourrez revenir dans la fonction publique que par un nouveau recrutement (concours ou contrat).

## Comment démissionner ?

1. Adressez une **demande écrite**, sans ambiguïté, à votre autorité de gestion, par la voie hiérarchique. Indiquez la date souhaitée.
2. L’administration dispose d’un délai pour l’accepter ou la refuser ; elle peut fixer une autre date d’effet, notamment pour des raisons de service.
3. La démission ne prend effet qu’à la date fixée par l’arrêté d’acceptation : d’ici là, vous devez continuer à assurer votre service.

Pour les enseignants, la date d’effet est en général fixée à la rentrée scolaire ou en fin d’année scolaire, pour ne pas laisser les élèves sans professeur.

## Les conséquences

- Vous n’avez en principe **pas droit à l’allocation chômage**, sauf démission considérée comme légitime par les textes.
- Vos droits à retraite acquis sont conservés et seront liquidés plus tard.
- Si vous avez bénéficié d’une formation avec engagement de servir, un remboursement peut être demandé.

## Et si vous hésitez ?

Disponibilité, détachement, rupture conventionnelle, temps partiel : d’autres solutions existent. Parlez-en au conseiller RH de proximité avant d’écrire.`,
    audiences: [],
    scope: 'national',
    situations: ['changing_job'],
    related: ['rupture-conventionnelle', 'disponibilite', 'detachement'],
    contactPointKinds: ['conseiller RH de proximité', 'bureau de gestion'],
  },
  {
    slug: 'amiens-guide-carriere',
    kind: 'guide',
    theme: 'career',
    title: 'Académie d’Amiens : le guide carrière',
    summary:
      'Le guide carrière de l’académie d’Amiens présente les étapes d’une carrière, les promotions possibles et les parcours d’évolution, métier par métier.',
    body: `## Pourquoi un guide carrière ?

La feuille de route RH de l’académie d’Amiens prévoit un **guide carrière** qui rassemble, pour chaque corps, les étapes de la carrière et les évolutions possibles. Il sert de base aux entretiens avec les conseillers et à la réflexion de chacun sur son parcours.

## Ce que vous y trouvez

- **Les grades et échelons** de votre corps et le rythme d’avancement ;
- **Les rendez-vous de carrière** et les promotions (hors classe, classe exceptionnelle, liste d’aptitude) ;
- **Les fonctions particulières** : formateur, conseiller pédagogique, directeur d’école, référent, tuteur ;
- **Les passerelles** vers d’autres métiers : personnel de direction, inspection, métiers administratifs, orientation ;
- **Des parcours illustrés**, racontés par des personnels de l’académie.

## Le repérage des talents

L’académie repère les personnels investis et à fort potentiel, notamment pour les fonctions d’encadrement (mission académique de l’encadrement). Si vous souhaitez évoluer vers ces fonctions, dites-le lors de vos entretiens et rencontrez un conseiller.

## Les interlocuteurs à Amiens

- Le service RH de proximité, présent dans l’Aisne, l’Oise et la Somme ;
- Les conseillers mobilité carrière du rectorat ;
- Les dix correspondants RH de bassin, relais dans les établissements.

Pour un échange sur votre parcours, déposez une demande dans ProxiRH en précisant « projet professionnel ».`,
    audiences: [],
    scope: 'academie',
    situations: ['developing_skills', 'changing_job', 'starting'],
    related: ['avancement-echelon', 'promotion-hors-classe', 'vivier-encadrement-mae', 'conseiller-mobilite-carriere'],
    contactPointKinds: ['conseiller RH de proximité', 'conseiller mobilité carrière', 'correspondant RH de bassin'],
  },
  {
    slug: 'rh-campagne-promotions',
    kind: 'sheet',
    theme: 'career',
    title: 'Fiche RH : répondre aux questions pendant la campagne de promotions',
    summary:
      'Pour les conseillers RH de proximité : les questions les plus fréquentes pendant les campagnes d’avancement et les bons réflexes pour y répondre.',
    body: `## Les questions qui reviennent

- « Suis-je promouvable cette année ? » : vérifiez l’échelon et l’ancienneté au 31 août de l’année.
- « Pourquoi n’ai-je pas été promu ? » : expliquez le classement (appréciation, ancienneté) et le nombre limité de promotions, sans commenter les choix individuels.
- « Puis-je améliorer mon appréciation ? » : rappelez les voies de recours et leurs délais.
- « Dois-je candidater ? » : seulement pour le premier vivier de la classe exceptionnelle et les listes d’aptitude.

## Les bons réflexes

1. Ouvrez la note de service de l’année avant de répondre : les critères évoluent.
2. Ne donnez jamais de pronostic sur une promotion individuelle.
3. Pour une erreur de dossier (ancienneté, fonctions éligibles), orientez vers la **cellule promotions** avec les pièces, et suivez la réponse dans ProxiRH.
4. Si la question cache un découragement ou une souffrance, proposez un entretien : la promotion est parfois un prétexte.

## Les délais

Les recours sur les appréciations et les candidatures ont des délais courts : notez la date dans la demande et programmez un rappel. Envoyez un message d’attente si la cellule tarde à répondre.

## Ressources

Le tableau de bord des promotions de l’académie et la FAQ agents sur la hors classe et la classe exceptionnelle peuvent être transmis aux agents.`,
    audiences: [],
    hrStaffOnly: true,
    scope: 'national',
    situations: ['developing_skills'],
    related: ['promotion-hors-classe', 'promotion-classe-exceptionnelle', 'faq-contester-appreciation-rendez-vous-carriere'],
    contactPointKinds: ['cellule promotions'],
  },
];
