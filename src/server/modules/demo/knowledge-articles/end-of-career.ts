import type { DemoArticle } from './types.ts';

/** Demo articles: Fin de carrière. */
export const END_OF_CAREER_ARTICLES: DemoArticle[] = [
  {
    slug: 'retraite-estimation',
    kind: 'guide',
    theme: 'end_of_career',
    title: 'Estimer sa retraite : compte individuel et simulation',
    summary:
      'Avant de choisir votre date de départ, vérifiez votre compte individuel de retraite et demandez une estimation de votre pension.',
    body: `## Vérifier son compte individuel de retraite

Votre **compte individuel de retraite** récapitule vos services, vos périodes de congé, vos enfants et vos éventuelles activités hors de la fonction publique. Il est consultable sur l’**espace numérique sécurisé de l’agent public** (ENSAP). Vérifiez-le tôt, dès 45 ou 50 ans : une période manquante (service militaire, contrat, disponibilité pour élever un enfant, services à l’étranger) se corrige plus facilement longtemps avant le départ.

## Demander une estimation

- **Simulateur en ligne** : à partir de l’ENSAP ou du site commun des régimes de retraite, vous testez plusieurs dates de départ.
- **Estimation indicative globale** : envoyée automatiquement à certains âges, elle rassemble tous vos régimes.
- **Entretien information retraite** : à partir d’un certain âge, vous pouvez demander un entretien pour faire le point sur vos droits.

## Les paramètres qui comptent

- Votre **année de naissance**, qui détermine l’âge légal et la durée d’assurance requise ; ces paramètres ont évolué avec les réformes récentes.
- Le nombre de **trimestres** acquis, tous régimes confondus.
- Votre **indice** détenu depuis au moins six mois.
- Les **bonifications** et majorations (enfants, services hors d’Europe…).

Seule l’estimation faite sur votre dossier fait foi : méfiez-vous des calculs généraux.

## Être accompagné

Le service des pensions de l’académie répond sur votre dossier. Le conseiller RH de proximité vous propose un **rendez-vous de fin de carrière** pour préparer les étapes.`,
    audiences: [],
    scope: 'national',
    situations: ['preparing_retirement'],
    related: ['retraite-dossier-depart', 'rendez-vous-fin-de-carriere', 'retraite-progressive'],
    contactPointKinds: ['service des pensions', 'conseiller RH de proximité'],
  },
  {
    slug: 'retraite-dossier-depart',
    kind: 'sheet',
    theme: 'end_of_career',
    title: 'Constituer son dossier de départ à la retraite',
    summary:
      'Les étapes pour demander votre pension : quand déposer la demande, quelle date de départ choisir, quelles pièces préparer.',
    body: `## Quand faire la demande ?

Déposez votre demande de pension **au moins six mois avant** la date de départ souhaitée, idéalement plus tôt. La demande se fait en ligne, sur le portail commun des régimes de retraite ou depuis l’ENSAP.

## Quelle date choisir ?

- Pour les **enseignants**, le départ intervient en principe à la rentrée scolaire ; un maintien en fonction jusqu’à la fin de l’année scolaire est possible si vous atteignez l’âge légal en cours d’année.
- Pour les **autres personnels**, le départ peut avoir lieu à toute date, en tenant compte des nécessités de service.
- La pension est versée à terme échu, à partir du mois suivant la date de radiation des cadres.

## Les étapes

1. Vérifiez votre compte individuel de retraite et faites corriger les erreurs.
2. Demandez une estimation pour plusieurs dates.
3. Déposez la demande de pension en ligne et, en parallèle, informez votre service de gestion de votre intention de partir.
4. Recevez l’arrêté de radiation des cadres, puis le titre de pension.

## Les pièces utiles

Pièce d’identité, relevé d’identité bancaire, livret de famille pour les bonifications pour enfants, justificatifs des services non encore pris en compte.

## Et les régimes complémentaires ?

Si vous avez travaillé dans le secteur privé, la demande en ligne est commune à tous vos régimes. Pensez aussi à la **retraite additionnelle de la fonction publique**.

Le conseiller RH de proximité vous aide à préparer le calendrier ; le service des pensions répond sur votre dossier.`,
    audiences: [],
    scope: 'national',
    situations: ['preparing_retirement'],
    related: ['retraite-estimation', 'rendez-vous-fin-de-carriere', 'cumul-emploi-retraite'],
    contactPointKinds: ['service des pensions', 'bureau de gestion', 'conseiller RH de proximité'],
  },
  {
    slug: 'cumul-emploi-retraite',
    kind: 'sheet',
    theme: 'end_of_career',
    title: 'Le cumul emploi-retraite',
    summary:
      'Reprendre une activité après le départ à la retraite est possible : les règles de cumul entre pension et revenus, et les démarches.',
    body: `## Est-ce possible ?

Oui. Vous pouvez reprendre une activité professionnelle après votre départ à la retraite, dans le secteur privé comme dans le secteur public (par exemple comme contractuel de l’Éducation nationale, vacataire, formateur, jury d’examen).

## Cumul intégral ou plafonné

- **Cumul intégral** : si vous avez liquidé toutes vos pensions, de tous vos régimes, et que vous remplissez les conditions d’âge et de durée d’assurance pour une pension à taux plein, vous pouvez cumuler sans limite pension et revenus d’activité.
- **Cumul plafonné** : dans les autres cas, les revenus tirés d’une activité dans la fonction publique sont plafonnés ; au-delà, la pension est réduite.

Les règles ont évolué récemment, notamment sur la possibilité d’acquérir de nouveaux droits à retraite par l’activité reprise : vérifiez votre situation avant de vous engager.

## Les démarches

1. Informez votre caisse de retraite de la reprise d’activité, dans le mois qui suit.
2. Déclarez chaque année vos revenus d’activité, si vous êtes en cumul plafonné.
3. Pour un emploi public, votre employeur vérifie les conditions.

## Attention à l’ordre des démarches

Si vous reprenez chez votre dernier employeur, un délai minimal entre le départ et la reprise peut être exigé. Ne démarrez pas une activité avant la date de votre radiation des cadres.

Le service des pensions vous renseigne sur votre cas ; le conseiller RH de proximité peut vous orienter vers les besoins de l’académie (remplacements, jurys, tutorat).`,
    audiences: [],
    scope: 'national',
    situations: ['preparing_retirement'],
    related: ['retraite-dossier-depart', 'retraite-progressive'],
    contactPointKinds: ['service des pensions', 'conseiller RH de proximité'],
  },
  {
    slug: 'rendez-vous-fin-de-carriere',
    kind: 'scheme',
    theme: 'end_of_career',
    title: 'Le rendez-vous de fin de carrière',
    summary:
      'Un entretien individuel avec un conseiller pour préparer sereinement les dernières années de carrière et le départ à la retraite.',
    body: `## Pourquoi un rendez-vous de fin de carrière ?

Les dernières années de carrière soulèvent des questions très concrètes : quand partir, combien toucher, comment transmettre, comment aménager son activité, que faire après. Le **rendez-vous de fin de carrière** vous permet d’en parler avec un conseiller, à votre initiative.

## Ce qu’il comprend

- Un point sur votre **situation administrative** et votre compte individuel de retraite ;
- Une explication des options : **retraite progressive**, **temps partiel**, utilisation du **compte épargne-temps**, surcotisation, maintien en activité, **cumul emploi-retraite** ;
- Une aide pour **choisir la date** de départ et construire le calendrier des démarches ;
- Si vous le souhaitez, une réflexion sur une **seconde partie de carrière** : tutorat, formation, mission de transmission.

## Quand le demander ?

Idéalement **trois à cinq ans** avant le départ envisagé, puis de nouveau l’année précédant le départ. Il est ouvert à tous les personnels, quel que soit leur corps.

## Comment le demander ?

Réservez un créneau pendant les permanences du conseiller RH de proximité, ou déposez une demande dans ProxiRH en choisissant « préparation de la fin de carrière ». Les questions de calcul précis de pension sont ensuite transmises au service des pensions, avec un suivi de la réponse.`,
    audiences: [],
    scope: 'national',
    situations: ['preparing_retirement'],
    related: ['retraite-estimation', 'retraite-dossier-depart', 'retraite-progressive', 'amiens-reunions-retraite'],
    scheme: {
      forWhom: 'Tous les personnels qui envisagent un départ à la retraite dans les années à venir.',
      gives: 'Un entretien individuel pour faire le point, comprendre les options et construire le calendrier du départ.',
      howToAsk: 'Par une réservation pendant les permanences du conseiller RH de proximité ou une demande dans ProxiRH.',
    },
    contactPointKinds: ['conseiller RH de proximité', 'service des pensions'],
  },
  {
    slug: 'retraite-progressive',
    kind: 'sheet',
    theme: 'end_of_career',
    title: 'La retraite progressive',
    summary:
      'Travailler à temps partiel en percevant une partie de sa pension, pour réduire progressivement son activité avant le départ définitif.',
    body: `## Le principe

La **retraite progressive** permet, à partir d’un certain âge (inférieur à l’âge légal de départ) et avec une durée d’assurance minimale, de travailler à **temps partiel** tout en percevant une **fraction de sa pension**. Ouverte aux fonctionnaires depuis la réforme de 2023, elle facilite une transition en douceur.

## Comment est calculée la pension partielle ?

La fraction de pension versée correspond à la part de temps non travaillée : à 60 %, vous percevez 40 % de la pension calculée à la date de la demande. Vous continuez à acquérir des droits, et la pension définitive est recalculée au départ.

## Les conditions

- Avoir atteint l’âge prévu par les textes pour votre génération ;
- Justifier d’une durée d’assurance minimale, tous régimes confondus ;
- Obtenir un **temps partiel** dont la quotité est compatible (entre 50 % et 90 % selon la règle générale).

Pour les enseignants, le temps partiel s’organise sur l’année scolaire : anticipez la demande selon le calendrier de la circulaire académique.

## Les démarches

1. Vérifiez les conditions avec une estimation de votre retraite.
2. Demandez le temps partiel auprès de votre service de gestion.
3. Demandez la retraite progressive à votre régime de retraite.

## Être accompagné

Le **rendez-vous de fin de carrière** avec le conseiller RH de proximité permet d’évaluer si la retraite progressive est intéressante pour vous.`,
    audiences: [],
    scope: 'national',
    situations: ['preparing_retirement'],
    related: ['temps-partiel', 'retraite-estimation', 'rendez-vous-fin-de-carriere'],
    contactPointKinds: ['service des pensions', 'bureau de gestion', 'conseiller RH de proximité'],
  },
  {
    slug: 'amiens-reunions-retraite',
    kind: 'sheet',
    theme: 'end_of_career',
    title: 'Académie d’Amiens : les réunions d’information retraite',
    summary:
      'Chaque année, l’académie d’Amiens organise des réunions d’information retraite dans l’Aisne, l’Oise et la Somme, et des entretiens individuels.',
    body: `## Des réunions dans chaque département

Le service des pensions et le service RH de proximité de l’académie d’Amiens organisent chaque année des **réunions d’information retraite** :
- à Laon pour l’Aisne ;
- à Beauvais pour l’Oise ;
- à Amiens pour la Somme ;
- et une session en **visioconférence**, ouverte à tous.

Les dates figurent dans le calendrier des dates clés de ProxiRH et sont annoncées dans la lettre d’information RH.

## Au programme

- Les règles de calcul de la pension et leurs évolutions récentes ;
- Les démarches en ligne et le calendrier du départ ;
- La retraite progressive, la surcotisation en temps partiel, le cumul emploi-retraite ;
- L’action sociale ouverte aux retraités ;
- Un temps de questions-réponses.

## Les entretiens individuels

Après la réunion, vous pouvez réserver un **rendez-vous de fin de carrière** avec un conseiller RH de proximité, pendant ses permanences dans votre département. Les questions de calcul précis sont transmises au service des pensions du rectorat, qui vous répond.

## S’inscrire

L’inscription se fait dans ProxiRH, depuis la liste des séances collectives. Le nombre de places est limité : inscrivez-vous tôt, surtout si votre départ est prévu dans les deux prochaines années.`,
    audiences: [],
    scope: 'academie',
    situations: ['preparing_retirement'],
    related: ['rendez-vous-fin-de-carriere', 'retraite-estimation', 'retraite-dossier-depart'],
    contactPointKinds: ['service des pensions', 'conseiller RH de proximité'],
  },
];
