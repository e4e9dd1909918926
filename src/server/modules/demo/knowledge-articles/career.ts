import type { DemoArticle } from './types.ts';

/** Demo articles: Carrière. */
export const CAREER_ARTICLES: DemoArticle[] = [
  {
    slug: 'rendez-vous-de-carriere-ppcr',
    kind: 'guide',
    theme: 'career',
    title: 'Le rendez-vous de carrière (PPCR) : comment s’y préparer',
    summary:
      'Depuis le protocole PPCR, trois rendez-vous de carrière jalonnent la carrière des enseignants, personnels d’éducation et psychologues : déroulement et préparation.',
    body: `## Qu’est-ce que le rendez-vous de carrière ?

Le protocole « parcours professionnels, carrières et rémunérations » (**PPCR**) a instauré des rendez-vous de carrière à des moments précis :
- au **6e échelon**, qui peut conduire à une accélération d’avancement d’un an ;
- au **8e échelon**, avec la même possibilité d’accélération ;
- au **9e échelon**, qui compte pour l’accès à la hors classe.

Vous êtes informé de votre rendez-vous à la fin de l’année scolaire précédente.

## Comment se déroule-t-il ?

- Une **inspection** en situation professionnelle (en classe pour les enseignants) ;
- Un **entretien** avec l’inspecteur, puis, dans le second degré, un entretien avec le chef d’établissement.

Les échanges portent sur vos compétences, vos pratiques, votre parcours et vos perspectives.

## Se préparer

- Relisez la grille des compétences professionnelles : elle sert de base à l’évaluation.
- Le document de référence de l’entretien, facultatif, vous aide à présenter votre parcours, vos projets et vos besoins de formation.
- Préparez quelques exemples concrets de réussites et de difficultés.

## Après le rendez-vous

Vous recevez un compte rendu sur lequel vous pouvez formuler des observations, puis l’**appréciation finale** du recteur ou du DASEN. Si vous la contestez, un recours est possible dans des délais courts : voyez la FAQ dédiée.`,
    audiences: ['first_degree', 'second_degree'],
    scope: 'national',
    situations: ['developing_skills'],
    related: ['faq-contester-appreciation-rendez-vous-carriere', 'avancement-echelon', 'promotion-hors-classe'],
    contactPointKinds: ['inspecteur', 'chef d’établissement', 'conseiller RH de proximité'],
  },
  {
    slug: 'faq-contester-appreciation-rendez-vous-carriere',
    kind: 'faq',
    theme: 'career',
    title: 'Puis-je contester l’appréciation de mon rendez-vous de carrière ?',
    summary:
      'L’appréciation finale du rendez-vous de carrière peut faire l’objet d’un recours : les étapes et les délais à respecter.',
    body: `## Oui, en deux temps

1. **Demande de révision** auprès de l’autorité qui a fixé l’appréciation (recteur ou DASEN), dans un délai court après la notification. Le délai exact figure sur la notification : ne le laissez pas passer.
2. Si la réponse ne vous satisfait pas, ou en l’absence de réponse, vous pouvez **saisir la commission administrative paritaire** compétente, là encore dans un délai fixé.

## Que faut-il écrire ?

Un courrier clair et factuel : ce que vous contestez, pourquoi, en vous appuyant sur le compte rendu et, si possible, sur des éléments concrets (projets menés, résultats, formations suivies). Évitez les considérations générales.

## Et les observations sur le compte rendu ?

Elles sont distinctes du recours : vous pouvez formuler des observations sur le compte rendu des évaluateurs avant l’appréciation finale. Elles sont jointes à votre dossier.

## Quelles conséquences ?

L’appréciation finale du 9e échelon compte pour l’accès à la hors classe ; celles des 6e et 8e échelons pour les accélérations d’avancement. Un recours abouti peut donc avoir un effet concret.

## Se faire aider

Le conseiller RH de proximité peut vous expliquer la procédure et relire votre courrier. Vous pouvez aussi vous faire conseiller par un représentant des personnels.`,
    audiences: ['first_degree', 'second_degree'],
    scope: 'national',
    situations: ['developing_skills', 'in_difficulty'],
    related: ['rendez-vous-de-carriere-ppcr', 'promotion-hors-classe'],
    contactPointKinds: ['conseiller RH de proximité', 'bureau de gestion'],
  },
  {
    slug: 'avancement-echelon',
    kind: 'sheet',
    theme: 'career',
    title: 'L’avancement d’échelon : comment progresse votre rémunération',
    summary:
      'Votre traitement augmente à chaque changement d’échelon, selon un rythme fixé pour votre corps, parfois accéléré après un rendez-vous de carrière.',
    body: `## Grade, échelon, indice

Chaque corps comprend des **grades** (par exemple classe normale, hors classe, classe exceptionnelle), eux-mêmes découpés en **échelons**. À chaque échelon correspond un indice qui détermine votre traitement.

## Le rythme d’avancement

Dans la plupart des corps, l’avancement d’échelon se fait selon une durée fixe, identique pour tous. Pour les enseignants, les personnels d’éducation et les psychologues, deux passages peuvent être **accélérés d’un an** pour une partie des agents : du 6e au 7e échelon et du 8e au 9e échelon, au vu de l’appréciation du rendez-vous de carrière.

## Où voir ma situation ?

- Sur votre bulletin de paie (indice, échelon) ;
- Dans votre dossier en ligne (I-Prof pour les enseignants, ou l’application de votre corps) ;
- Dans l’arrêté de reclassement ou de promotion que vous recevez à chaque changement.

## Si quelque chose ne va pas

Vous pensez qu’un échelon n’a pas été pris en compte, par exemple après un reclassement, un détachement ou des services antérieurs ? Rassemblez vos arrêtés et écrivez à votre service de gestion. Le conseiller RH de proximité peut vous aider à formuler la demande et suivre la réponse.`,
    audiences: [],
    scope: 'national',
    situations: ['developing_skills', 'starting'],
    related: ['rendez-vous-de-carriere-ppcr', 'promotion-hors-classe', 'indemnites-primes'],
    contactPointKinds: ['bureau de gestion', 'conseiller RH de proximité'],
  },
  {
    slug: 'promotion-hors-classe',
    kind: 'sheet',
    theme: 'career',
    title: 'La promotion à la hors classe',
    summary:
      'L’accès à la hors classe est une promotion de grade examinée chaque année : qui est promouvable, comment se fait le classement.',
    body: `## Qui est concerné ?

Les professeurs des écoles, professeurs certifiés, professeurs de lycée professionnel, professeurs d’EPS, conseillers principaux d’éducation et psychologues de l’Éducation nationale qui ont atteint une certaine ancienneté dans le 9e échelon de la classe normale, selon les conditions de l’année.

## Faut-il faire une demande ?

Non : tous les agents promouvables sont examinés automatiquement. Vous êtes informé que vous êtes promouvable et pouvez consulter votre dossier.

## Comment se fait le classement ?

Le barème tient compte principalement :
- de l’**appréciation** portée lors du rendez-vous de carrière du 9e échelon (ou, à défaut, d’une appréciation établie pour la campagne) ;
- de votre **ancienneté** dans la plage d’appel.

Une appréciation reste valable pour les campagnes suivantes tant qu’elle n’est pas révisée.

## Calendrier

La campagne se déroule au printemps ; la promotion prend effet au 1er septembre. Les résultats sont communiqués avant l’été.

## Une question ?

Vérifiez d’abord votre dossier en ligne (ancienneté, échelon). En cas d’erreur, ou pour comprendre votre situation, écrivez au conseiller RH de proximité : il vous orientera vers la cellule promotions.`,
    audiences: ['first_degree', 'second_degree'],
    scope: 'national',
    situations: ['developing_skills'],
    related: ['promotion-classe-exceptionnelle', 'rendez-vous-de-carriere-ppcr', 'avancement-echelon'],
    contactPointKinds: ['cellule promotions', 'conseiller RH de proximité'],
  },
  {
    slug: 'promotion-classe-exceptionnelle',
    kind: 'sheet',
    theme: 'career',
    title: 'La classe exceptionnelle : conditions et candidature',
    summary:
      'Le troisième grade des corps enseignants et d’éducation est accessible par deux viviers, dont l’un suppose une candidature.',
    body: `## Deux viviers

- **Premier vivier** : les agents ayant exercé un certain nombre d’années dans des conditions ou fonctions particulières (éducation prioritaire, direction d’école, formateur, enseignement supérieur…). Il faut **faire acte de candidature** et justifier ces fonctions.
- **Second vivier** : les agents ayant atteint le dernier échelon de la hors classe, qui témoignent d’un parcours et d’une valeur professionnelle exceptionnels. L’examen est automatique.

## Comment candidater ?

Pendant la campagne annuelle, vous complétez votre candidature en ligne, en détaillant les fonctions éligibles et leurs durées. Joignez les pièces justificatives si elles ne figurent pas dans votre dossier.

## Comment se fait la sélection ?

L’autorité de gestion recueille l’avis des inspecteurs et des chefs d’établissement, puis établit un classement à partir d’une appréciation et de l’ancienneté. Le nombre de promotions est limité.

## Nos conseils

- Vérifiez la liste des fonctions éligibles de l’année : elle peut évoluer.
- Comptez précisément vos années dans chaque fonction.
- Gardez une copie de votre candidature.

Votre conseiller RH de proximité peut vous aider à vérifier votre éligibilité ; la cellule promotions répond sur les cas particuliers.`,
    audiences: ['first_degree', 'second_degree'],
    scope: 'national',
    situations: ['developing_skills'],
    related: ['promotion-hors-classe', 'avancement-echelon'],
    contactPointKinds: ['cellule promotions', 'conseiller RH de proximité'],
  },
  {
    slug: 'changer-de-corps-liste-aptitude',
    kind: 'sheet',
    theme: 'career',
    title: 'Changer de corps : liste d’aptitude, concours, détachement',
    summary:
      'Trois voies permettent de changer de corps au cours de votre carrière : le concours, la liste d’aptitude et le détachement suivi d’une intégration.',
    body: `## Le concours interne

C’est la voie la plus connue : vous passez un concours réservé aux agents publics ayant une certaine ancienneté. Il permet par exemple à un professeur des écoles de devenir personnel de direction, ou à un adjoint administratif de devenir secrétaire administratif.

## La liste d’aptitude

Une part des recrutements dans certains corps se fait au **choix**, sur liste d’aptitude : vous déposez un dossier (CV, lettre de motivation, avis du supérieur), examiné au regard de votre parcours et de votre valeur professionnelle. Les conditions (âge, ancienneté, corps d’origine) sont fixées par le statut du corps visé.

## Le détachement puis l’intégration

Vous pouvez être détaché dans un corps de niveau comparable, puis demander votre intégration. Cette voie permet par exemple à des enseignants de rejoindre des corps administratifs ou d’inspection, ou inversement.

## Comment choisir ?

- Clarifiez le métier que vous visez, pas seulement le corps.
- Comparez les conditions et les calendriers de chaque voie.
- Demandez un entretien au conseiller mobilité carrière, qui connaît les passerelles entre corps.

La campagne de liste d’aptitude a lieu une fois par an : surveillez la publication de la note académique.`,
    audiences: [],
    scope: 'national',
    situations: ['developing_skills', 'changing_job'],
    related: ['preparer-concours-interne', 'detachement', 'conseiller-mobilite-carriere'],
    contactPointKinds: ['conseiller mobilité carrière', 'bureau de gestion'],
  },
  {
    slug: 'entretien-professionnel-biatss',
    kind: 'guide',
    theme: 'career',
    title: 'L’entretien professionnel annuel des personnels BIATSS',
    summary:
      'Chaque année, l’entretien professionnel avec votre supérieur direct fait le bilan de l’année et prépare la suivante : comment en tirer parti.',
    body: `## À quoi sert-il ?

L’entretien professionnel est un moment d’échange avec votre **supérieur hiérarchique direct**. Il porte sur :
- les résultats de l’année au regard des objectifs fixés ;
- votre manière de servir et vos compétences ;
- vos objectifs pour l’année à venir ;
- vos besoins de **formation** ;
- vos perspectives d’évolution : **mobilité**, promotion, changement de fonctions.

Le compte rendu compte pour les promotions et pour la modulation de certaines primes.

## Se préparer

1. Relisez le compte rendu de l’année précédente et votre fiche de poste.
2. Notez vos réalisations, les difficultés rencontrées et les moyens qui vous ont manqué.
3. Réfléchissez à vos souhaits : formation, évolution, mobilité, aménagement.

## Pendant l’entretien

Vous êtes convoqué au moins huit jours avant, en principe. L’échange doit être équilibré : exprimez vos points de vue, y compris vos désaccords, de manière factuelle.

## Après l’entretien

Vous recevez le compte rendu, sur lequel vous pouvez porter vos observations, puis le signez pour attester en avoir pris connaissance. En cas de désaccord, une **demande de révision** est possible auprès de l’autorité hiérarchique, puis devant la commission compétente, dans des délais courts.

Le conseiller RH de proximité peut vous aider à préparer l’entretien ou à rédiger un recours.`,
    audiences: ['biatss'],
    scope: 'national',
    situations: ['developing_skills'],
    related: ['conduire-entretien-professionnel', 'mobilite-biatss', 'plan-academique-formation-eafc'],
    contactPointKinds: ['supérieur hiérarchique', 'conseiller RH de proximité'],
  },
  {
    slug: 'reconversion-seconde-carriere',
    kind: 'guide',
    theme: 'career',
    title: 'Reconversion et seconde carrière : par où commencer ?',
    summary:
      'Envie de changer de métier, dans ou hors de l’Éducation nationale ? Les étapes d’un projet de reconversion et les dispositifs qui le soutiennent.',
    body: `## Vous n’êtes pas seul

Chaque année, de nombreux personnels de l’Éducation nationale changent de métier : vers d’autres fonctions du ministère (formation, inspection, administration, orientation), vers une autre fonction publique, ou vers le secteur privé. Une **reconversion** réussie se prépare, souvent sur plusieurs années.

## Étape 1 : faire le point

- Qu’est-ce qui motive votre envie de changement ?
- Quelles compétences avez-vous développées et souhaitez-vous utiliser ?
- Quelles sont vos contraintes (rémunération, géographie, famille) ?

Un entretien avec le **conseiller mobilité carrière** ou un **bilan de compétences** vous aident à répondre.

## Étape 2 : explorer

Rencontrez des personnes qui exercent le métier visé, faites une immersion, suivez une formation courte. Vérifiez les voies d’accès : concours, **détachement**, **liste d’aptitude**, création d’activité.

## Étape 3 : se former et sécuriser

- **Congé de formation professionnelle**, **CPF**, **VAE** ;
- Temps partiel ou **disponibilité** pour tester une activité ;
- Cumul d’activités, sous conditions et après autorisation.

## Étape 4 : passer le cap

Candidatures, entretiens, démarches administratives : le conseiller RH de proximité et le conseiller mobilité carrière vous accompagnent jusqu’au changement effectif, et au-delà si besoin.

Si votre envie de changement vient d’un épuisement ou d’une difficulté au travail, parlez-en aussi : d’autres aides existent, et il est important de ne pas rester seul.`,
    audiences: [],
    scope: 'national',
    situations: ['changing_job', 'developing_skills'],
    related: ['conseiller-mobilite-carriere', 'bilan-competences', 'conge-formation-professionnelle', 'detachement'],
    contactPointKinds: ['conseiller mobilité carrière', 'conseiller RH de proximité'],
  },
];
