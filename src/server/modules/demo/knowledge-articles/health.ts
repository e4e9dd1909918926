import type { DemoArticle } from './types.ts';

/** Demo articles: Santé et qualité de vie au travail. */
export const HEALTH_ARTICLES: DemoArticle[] = [
  {
    slug: 'conge-maladie-ordinaire',
    kind: 'sheet',
    theme: 'health_worklife',
    title: 'L’arrêt maladie : le congé de maladie ordinaire',
    summary:
      'Que faire quand vous êtes malade : transmettre l’arrêt de travail, vos droits à rémunération, les contrôles possibles.',
    body: `## Les démarches

1. Consultez un médecin, qui établit un **arrêt de travail**.
2. Transmettez les volets destinés à l’employeur à votre service de gestion **dans les 48 heures**, en prévenant votre supérieur de votre absence.
3. Conservez le volet médical : il est destiné à votre caisse d’assurance maladie et ne doit pas être envoyé à l’employeur.

Un retard de transmission peut entraîner une réduction de rémunération.

## Votre rémunération

Un jour de carence s’applique en principe au premier jour de l’arrêt, sauf exceptions (rechute liée à une même affection dans un court délai, affection de longue durée, grossesse…). Le traitement est ensuite maintenu pendant les premiers mois de congé, puis réduit de moitié, sur une période de douze mois glissants. Les taux ont évolué récemment : votre gestionnaire peut vous indiquer votre situation précise.

## Les contrôles

L’administration peut faire procéder à une contre-visite par un médecin agréé. Respectez les heures de sortie autorisées indiquées sur l’arrêt.

## Et si la maladie dure ?

Si votre état de santé nécessite un arrêt long, le **congé de longue maladie** ou le **congé de longue durée** peut être plus protecteur. Une reprise progressive en **temps partiel thérapeutique** est aussi possible.

## Être accompagné

Le médecin du travail et le conseiller RH de proximité peuvent vous aider à préparer votre reprise. Pour une difficulté financière liée à un arrêt, l’assistant de service social peut vous recevoir.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty'],
    related: ['conge-longue-maladie-longue-duree', 'temps-partiel-therapeutique', 'medecine-de-prevention'],
    contactPointKinds: ['bureau de gestion', 'médecin du travail', 'assistant de service social'],
  },
  {
    slug: 'conge-longue-maladie-longue-duree',
    kind: 'sheet',
    theme: 'health_worklife',
    title: 'Congé de longue maladie (CLM) et congé de longue durée (CLD)',
    summary:
      'Lorsqu’une maladie grave impose un arrêt prolongé, le CLM ou le CLD maintient votre rémunération plus longtemps que le congé ordinaire.',
    body: `## Le congé de longue maladie (CLM)

Il est accordé lorsque la maladie met dans l’impossibilité d’exercer, rend nécessaires un traitement et des soins prolongés, et présente un caractère invalidant et de gravité confirmée. Sa durée maximale est de **trois ans** : un an à plein traitement, puis deux ans à demi-traitement.

## Le congé de longue durée (CLD)

Il concerne certaines affections (notamment cancer, maladie mentale, déficit immunitaire grave). Sa durée maximale est de **cinq ans** pour une même affection : trois ans à plein traitement, puis deux ans à demi-traitement.

## Comment le demander ?

1. Adressez une demande à votre service de gestion, accompagnée d’un certificat de votre médecin (sans mention du diagnostic pour l’administration).
2. Envoyez les pièces médicales sous pli confidentiel au médecin désigné.
3. Le **conseil médical** rend un avis, puis l’administration décide.

Le congé peut être accordé avec effet à la date de la première constatation de la maladie.

## Pendant et après le congé

- Vous conservez votre poste pendant un CLM ; pour un CLD, les règles d’affectation peuvent différer.
- La reprise peut se faire en **temps partiel thérapeutique**, sur avis médical.
- Un **aménagement de poste** ou un **poste adapté** peuvent faciliter le retour.

Le médecin du travail, l’assistant de service social et le conseiller RH de proximité vous accompagnent, en toute confidentialité.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty'],
    related: ['conge-maladie-ordinaire', 'temps-partiel-therapeutique', 'poste-adapte-pacd-pald', 'amenagement-de-poste'],
    contactPointKinds: ['bureau de gestion', 'médecin du travail', 'conseil médical', 'assistant de service social'],
  },
  {
    slug: 'temps-partiel-therapeutique',
    kind: 'sheet',
    theme: 'health_worklife',
    title: 'Le temps partiel thérapeutique (mi-temps thérapeutique)',
    summary:
      'Reprendre progressivement le travail après une maladie, ou travailler à temps réduit pour se soigner, en conservant l’intégralité de son traitement.',
    body: `## Le principe

Le **temps partiel thérapeutique**, souvent appelé **mi-temps thérapeutique**, vous permet de travailler à temps réduit pour raison de santé : pour favoriser l’amélioration de votre état, ou pour suivre une rééducation ou une réadaptation professionnelle. Il n’est plus nécessaire d’avoir été en arrêt de maladie auparavant.

## Ce qu’il apporte

- Une quotité de travail réduite (de 50 % à 90 %), fixée selon l’avis médical ;
- Le maintien de l’**intégralité de votre traitement** et de certaines primes ;
- Des périodes d’un à trois mois, renouvelables, dans une limite d’un an par affection (puis de nouveau après un délai).

## Comment le demander ?

1. Demandez à votre médecin un certificat précisant la quotité et la durée proposées.
2. Adressez votre demande à votre service de gestion.
3. Un médecin agréé peut être consulté ; l’administration se prononce.

Pour les enseignants, l’organisation du service (emploi du temps, répartition des heures) se discute avec le chef d’établissement ou l’inspecteur ; le médecin du travail peut faire des recommandations.

## Bon à savoir

Le temps partiel thérapeutique n’est pas un temps partiel sur autorisation : il n’a pas d’incidence sur vos droits à avancement, et les périodes comptent comme du temps plein pour la retraite.

Le médecin du travail vous aide à préparer la reprise et peut proposer un **aménagement de poste**.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty'],
    related: ['conge-longue-maladie-longue-duree', 'amenagement-de-poste', 'medecine-de-prevention'],
    contactPointKinds: ['médecin du travail', 'bureau de gestion'],
  },
  {
    slug: 'medecine-de-prevention',
    kind: 'scheme',
    theme: 'health_worklife',
    title: 'La médecine de prévention : consulter le médecin du travail',
    summary:
      'Le médecin du travail (ou de prévention) veille à votre santé au travail : visites, conseils, aménagements de poste. Vous pouvez le consulter à votre demande.',
    body: `## Son rôle

Le **médecin du travail** de l’Éducation nationale, aussi appelé médecin de prévention, a un rôle exclusivement préventif : il ne prescrit pas de traitement et ne remplace pas votre médecin traitant. Il veille à ce que votre travail ne nuise pas à votre santé et à ce que votre santé reste compatible avec votre poste.

## Quand le consulter ?

- À **votre demande**, à tout moment, sans avoir à vous justifier auprès de votre hiérarchie ;
- Lors d’une **visite de reprise** après un arrêt long ou répété ;
- En cas de difficulté de santé qui pèse sur votre travail (voix, dos, fatigue, troubles du sommeil, souffrance au travail) ;
- Avant une demande d’**aménagement de poste**, de **poste adapté** ou de priorité médicale pour une mutation ;
- Si vous êtes en situation de handicap ou enceinte.

## Ce qu’il peut faire

Proposer des aménagements (horaires, matériel, organisation), vous orienter vers des spécialistes, rendre un avis pour un temps partiel thérapeutique, alerter l’administration sur un risque collectif.

## Confidentialité

Le médecin est tenu au **secret médical** : votre hiérarchie ne reçoit que ses préconisations, jamais votre diagnostic.

## Comment prendre rendez-vous ?

Par le secrétariat de la médecine de prévention de votre département, ou par une demande au conseiller RH de proximité qui vous met en relation.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty'],
    related: ['amenagement-de-poste', 'temps-partiel-therapeutique', 'reconnaissance-travailleur-handicape', 'risques-psychosociaux'],
    scheme: {
      forWhom: 'Tous les personnels, titulaires ou contractuels.',
      gives: 'Des visites médicales de prévention, des conseils et des préconisations d’aménagement, dans le respect du secret médical.',
      howToAsk: 'Auprès du secrétariat de la médecine de prévention du département, ou par une demande au conseiller RH de proximité.',
    },
    contactPointKinds: ['médecin du travail', 'infirmier de santé au travail'],
  },
  {
    slug: 'amenagement-de-poste',
    kind: 'scheme',
    theme: 'health_worklife',
    title: 'Obtenir un aménagement de poste',
    summary:
      'Adapter vos conditions de travail à votre état de santé ou à votre handicap : matériel, horaires, salle, allègement de service.',
    body: `## De quoi s’agit-il ?

Un **aménagement de poste** adapte votre environnement ou votre organisation de travail pour vous permettre de continuer à exercer malgré un problème de santé ou un handicap. Il peut être temporaire ou durable.

## Quelques exemples

- Matériel adapté : siège ergonomique, micro et amplificateur de voix, logiciel, écran ;
- Organisation : emploi du temps regroupé, salle de classe au rez-de-chaussée, limitation des déplacements ;
- **Allègement de service** pour les enseignants, sur une partie de l’année ou l’année entière, selon les moyens de l’académie ;
- Aide humaine ou aide aux déplacements pour les personnes en situation de handicap.

## Comment le demander ?

1. Prenez rendez-vous avec le **médecin du travail**, qui évalue vos besoins et formule des préconisations.
2. Pour un allègement de service, déposez votre demande selon le calendrier de la circulaire académique (souvent au printemps pour la rentrée suivante).
3. L’administration met en œuvre les préconisations, avec votre chef de service.

Si vous êtes bénéficiaire de l’obligation d’emploi (notamment avec une **RQTH**), certains équipements peuvent être financés par le fonds pour l’insertion des personnes handicapées dans la fonction publique.

## Être accompagné

Le correspondant handicap de l’académie et le conseiller RH de proximité suivent votre demande jusqu’à sa mise en place.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty'],
    related: ['medecine-de-prevention', 'reconnaissance-travailleur-handicape', 'poste-adapte-pacd-pald'],
    scheme: {
      forWhom: 'Les personnels dont l’état de santé ou le handicap rend nécessaire une adaptation des conditions de travail.',
      gives: 'Des adaptations matérielles ou organisationnelles, et pour les enseignants un éventuel allègement de service.',
      howToAsk: 'Par une visite auprès du médecin du travail, puis une demande selon la circulaire académique.',
    },
    contactPointKinds: ['médecin du travail', 'correspondant handicap', 'conseiller RH de proximité'],
  },
  {
    slug: 'reconnaissance-travailleur-handicape',
    kind: 'scheme',
    theme: 'health_worklife',
    title: 'La reconnaissance de la qualité de travailleur handicapé (RQTH)',
    summary:
      'La RQTH ouvre des droits concrets au travail : aménagements, priorités de mutation, accompagnement par le correspondant handicap.',
    body: `## Pourquoi la demander ?

Beaucoup de personnes ont une maladie chronique ou un handicap sans le savoir « reconnu ». La **RQTH** est une démarche personnelle et confidentielle : votre employeur n’en est informé que si vous le choisissez. Elle permet de bénéficier de droits au titre de l’obligation d’emploi.

## Ce qu’elle apporte

- Des **aménagements de poste** et des équipements financés ;
- Une **priorité ou une bonification** pour les opérations de mutation ;
- Un accès facilité à certains recrutements et à certaines formations ;
- Un accompagnement par le **correspondant handicap** de l’académie.

## Comment l’obtenir ?

1. Retirez le formulaire auprès de la maison départementale des personnes handicapées (MDPH) de votre lieu de résidence.
2. Faites remplir le certificat médical par votre médecin.
3. Déposez le dossier ; la décision est prise par la commission compétente de la MDPH, dans un délai souvent de plusieurs mois.

La reconnaissance est accordée pour une durée déterminée ou, dans certaines situations, sans limitation de durée.

## Et ensuite ?

Si vous souhaitez en bénéficier au travail, transmettez la décision au correspondant handicap ou au médecin du travail. Ils vous aident à définir les aménagements utiles.

Le conseiller RH de proximité peut vous expliquer la démarche et vous orienter, sans rien transmettre sans votre accord.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty'],
    related: ['amenagement-de-poste', 'mutation-priorite-handicap', 'medecine-de-prevention'],
    scheme: {
      forWhom: 'Toute personne dont les capacités à exercer un emploi sont réduites par une altération physique, sensorielle, mentale ou psychique.',
      gives: 'L’accès aux droits de l’obligation d’emploi : aménagements, priorités de mutation, accompagnement spécifique.',
      howToAsk: 'Auprès de la MDPH de votre lieu de résidence, puis en transmettant la décision au correspondant handicap si vous le souhaitez.',
    },
    contactPointKinds: ['correspondant handicap', 'médecin du travail', 'MDPH'],
  },
  {
    slug: 'poste-adapte-pacd-pald',
    kind: 'scheme',
    theme: 'health_worklife',
    title: 'Poste adapté de courte ou de longue durée (PACD, PALD)',
    summary:
      'Les enseignants dont l’état de santé ne permet plus temporairement d’exercer devant élèves peuvent être affectés sur un poste adapté, pour se soigner et préparer la suite.',
    body: `## Pour qui ?

Les personnels enseignants, d’éducation et psychologues qui, en raison d’une altération de leur état de santé, ne peuvent plus exercer pleinement leurs fonctions, même avec un aménagement de poste.

## Ce que cela apporte

- **Poste adapté de courte durée (PACD)** : une affectation d’un an, renouvelable dans la limite de quelques années. Il permet de rétablir sa santé et de préparer un retour en classe ou une **reconversion**.
- **Poste adapté de longue durée (PALD)** : pour une situation plus durable, une affectation de plusieurs années, renouvelable.

Vous exercez des missions adaptées à vos capacités (documentation, administration, formation, accompagnement), au sein d’un établissement, d’un service ou à distance, tout en gardant votre corps et votre rémunération.

## Comment le demander ?

1. Consultez le **médecin du travail**, qui évalue votre situation.
2. Déposez une demande selon le calendrier de la circulaire académique (en général au cours de l’hiver pour la rentrée suivante).
3. Votre dossier est examiné par une commission académique, qui tient compte de l’avis médical et de votre projet.

## Pendant le poste adapté

Un accompagnement est proposé : bilan, formation, construction d’un projet avec le conseiller mobilité carrière. L’objectif est de vous aider à retrouver une situation professionnelle durable.`,
    audiences: ['first_degree', 'second_degree'],
    scope: 'national',
    situations: ['in_difficulty', 'changing_job'],
    related: ['amenagement-de-poste', 'medecine-de-prevention', 'reconversion-seconde-carriere', 'conge-longue-maladie-longue-duree'],
    scheme: {
      forWhom: 'Les enseignants, personnels d’éducation et psychologues dont l’état de santé empêche temporairement ou durablement l’exercice devant élèves.',
      gives: 'Une affectation sur des missions adaptées, d’un an (PACD) ou de plusieurs années (PALD), avec un accompagnement de projet.',
      howToAsk: 'Après une visite chez le médecin du travail, par un dossier déposé selon le calendrier de la circulaire académique.',
    },
    contactPointKinds: ['médecin du travail', 'conseiller mobilité carrière', 'conseiller RH de proximité'],
  },
  {
    slug: 'risques-psychosociaux',
    kind: 'guide',
    theme: 'health_worklife',
    title: 'Risques psychosociaux : repérer les signaux et agir',
    summary:
      'Stress, épuisement, tensions : comment reconnaître les signes chez soi ou chez un collègue, et qui peut aider, individuellement et collectivement.',
    body: `## De quoi parle-t-on ?

Les **risques psychosociaux** regroupent le stress au travail, l’épuisement professionnel, les violences internes (conflits, harcèlement) et externes (agressions, incivilités). Ils ont des causes liées à l’organisation du travail, pas seulement aux personnes.

## Les signaux qui doivent alerter

- Fatigue persistante, troubles du sommeil, irritabilité ;
- Difficulté à se concentrer, sentiment de ne plus y arriver ;
- Isolement, perte d’intérêt pour son travail ;
- Absences répétées, conflits qui s’installent dans une équipe.

## Si vous êtes concerné

Ne restez pas seul. Vous pouvez, au choix et en toute confidentialité :
- consulter le **médecin du travail** ou le **psychologue du travail** ;
- parler à l’**assistant de service social** des personnels ;
- appeler la **ligne d’écoute** de l’académie ;
- écrire au **conseiller RH de proximité**, qui vous orientera.

En cas de détresse ou d’idées suicidaires, appelez le **3114**, numéro national de prévention du suicide, gratuit, 24 heures sur 24. En cas de danger immédiat, composez le 15 ou le 112.

## Si vous encadrez une équipe

Soyez attentif aux changements de comportement, ouvrez le dialogue, et sollicitez l’appui managérial. Le document unique d’évaluation des risques professionnels doit intégrer ces risques et un plan d’action.

## Agir collectivement

La formation spécialisée en santé, sécurité et conditions de travail et les conseillers de prévention peuvent être saisis des situations collectives.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty', 'managing_a_team'],
    related: ['medecine-de-prevention', 'cellule-ecoute-personnels', 'violences-harcelement-signaler', 'appui-managerial-personnels-direction'],
    contactPointKinds: ['médecin du travail', 'psychologue du travail', 'assistant de service social', 'conseiller de prévention', 'ligne d’écoute'],
  },
  {
    slug: 'temps-partiel',
    kind: 'sheet',
    theme: 'health_worklife',
    title: 'Travailler à temps partiel',
    summary:
      'Temps partiel de droit ou sur autorisation : qui peut en bénéficier, quelles quotités, quand déposer sa demande et quelles conséquences sur la rémunération et la retraite.',
    body: `## Deux formes de temps partiel

**De droit** (il ne peut pas être refusé si les conditions sont remplies) :
- à l’occasion de chaque naissance, jusqu’aux trois ans de l’enfant, ou de l’arrivée d’un enfant adopté ;
- pour donner des soins à un conjoint, un enfant ou un ascendant gravement malade, handicapé ou victime d’un accident ;
- pour les personnes en situation de handicap, après avis du médecin du travail.

**Sur autorisation** : accordé sous réserve des nécessités de service, pour toute autre raison (projet personnel, création d’entreprise, études…).

## Les quotités

De 50 % à 90 % selon les cas. Pour les enseignants, la quotité s’exprime en heures ou en demi-journées et s’organise sur l’année scolaire ; le temps partiel de droit est limité à certaines quotités.

## Quand le demander ?

Pour les enseignants, la demande se fait en général avant une date fixée au printemps par la circulaire académique, pour toute l’année scolaire suivante. Pour les autres personnels, les délais sont fixés par le chef de service. Un temps partiel de droit peut être demandé en cours d’année après une naissance.

## Les conséquences

- Rémunération proportionnelle à la quotité (un peu plus favorable à 80 % et 90 %).
- Avancement : les périodes comptent comme du temps plein.
- Retraite : la durée compte, mais la pension est calculée au prorata, sauf surcotisation ou cas particuliers (enfant de moins de trois ans).

Le conseiller RH de proximité vous aide à évaluer les conséquences et à préparer votre demande.`,
    audiences: [],
    scope: 'national',
    situations: ['family_and_life'],
    related: ['disponibilite', 'conges-familiaux', 'compte-epargne-temps'],
    contactPointKinds: ['bureau de gestion', 'conseiller RH de proximité'],
  },
  {
    slug: 'compte-epargne-temps',
    kind: 'sheet',
    theme: 'health_worklife',
    title: 'Le compte épargne-temps (CET)',
    summary:
      'Le CET permet aux personnels qui y ont droit d’épargner des jours de congé non pris, pour les utiliser plus tard, se les faire indemniser ou les verser à la retraite additionnelle.',
    body: `## Qui peut ouvrir un CET ?

Les personnels titulaires et contractuels employés de manière continue depuis au moins un an, dont le temps de travail est organisé en jours de congés annuels et de réduction du temps de travail : personnels administratifs, techniques, sociaux et de santé, et personnels d’encadrement. Les personnels enseignants, d’éducation et d’orientation exerçant en établissement ou en école n’y ont pas accès, leurs congés étant liés au calendrier scolaire.

## Comment l’alimenter ?

En reportant des jours de congés annuels et de RTT non pris, dans des limites annuelles et globales. Il faut avoir pris au moins un nombre minimal de jours de congés annuels dans l’année. La demande d’alimentation se fait une fois par an, à la date fixée par votre service.

## Comment utiliser les jours ?

- En **congés**, selon les nécessités de service ;
- Au-delà d’un certain nombre de jours épargnés, en **indemnisation** forfaitaire ou en versement à la **retraite additionnelle** de la fonction publique (RAFP), pour les titulaires.

Le choix se fait chaque année pour les jours au-delà du seuil.

## Avant un départ

Mutation, détachement, retraite : vérifiez ce que devient votre CET. Il est en principe transféré lors d’une mobilité dans la fonction publique ; avant une retraite, planifiez l’utilisation des jours.

Votre gestionnaire ou le conseiller RH de proximité peut répondre à vos questions.`,
    audiences: ['biatss', 'leadership'],
    scope: 'national',
    situations: ['family_and_life', 'preparing_retirement'],
    related: ['temps-partiel', 'teletravail-campagne'],
    contactPointKinds: ['bureau de gestion', 'conseiller RH de proximité'],
  },
  {
    slug: 'accident-service-trajet',
    kind: 'faq',
    theme: 'health_worklife',
    title: 'Accident de service ou de trajet : que faire ?',
    summary:
      'Vous vous êtes blessé pendant votre travail ou sur le trajet : les démarches pour faire reconnaître l’accident et être pris en charge.',
    body: `## Qu’est-ce qu’un accident de service ?

Un accident survenu dans le temps et le lieu du service, dans l’exercice des fonctions ou d’une activité qui en est le prolongement (sortie scolaire, formation, réunion). L’**accident de trajet** survient sur le parcours habituel entre votre domicile et votre lieu de travail, ou pour le repas.

## Que faire tout de suite ?

1. Faites-vous soigner et demandez au médecin un **certificat médical** décrivant les lésions.
2. Prévenez votre supérieur et faites noter l’accident dans le **registre santé et sécurité au travail** s’il a eu lieu sur le lieu de travail.
3. Déclarez l’accident à votre service de gestion, en règle générale dans les quinze jours, avec les témoignages éventuels ; des délais plus longs s’appliquent lorsque les lésions apparaissent plus tard.

## Quels droits ?

Si l’imputabilité au service est reconnue, vous bénéficiez d’un **congé pour invalidité temporaire imputable au service** (CITIS) : plein traitement jusqu’à la reprise, et prise en charge des frais médicaux liés à l’accident.

## Et en cas d’agression ?

Une agression pendant le service est un accident de service. Vous pouvez aussi demander la **protection fonctionnelle**.

## Être accompagné

Le conseiller RH de proximité vous aide à constituer le dossier ; le médecin du travail prépare avec vous la reprise.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty'],
    related: ['protection-fonctionnelle', 'registre-sante-securite-travail', 'medecine-de-prevention'],
    contactPointKinds: ['bureau de gestion', 'médecin du travail', 'conseiller RH de proximité'],
  },
  {
    slug: 'conges-familiaux',
    kind: 'faq',
    theme: 'health_worklife',
    title: 'Maternité, paternité, adoption, congé parental : vos questions',
    summary:
      'Les congés liés à l’arrivée d’un enfant et les autorisations d’absence pour raisons familiales, en quelques questions.',
    body: `## Quand déclarer ma grossesse ?

Dès que possible, et au plus tard selon le délai fixé par les textes, à votre service de gestion, avec un certificat médical. Vous bénéficiez alors d’aménagements (autorisations d’absence pour les examens, facilités d’horaires selon les possibilités du service).

## Combien de temps dure le congé de maternité ?

Sa durée dépend du nombre d’enfants déjà à charge et du nombre de naissances attendues. Vous percevez votre traitement en totalité. Une partie du congé prénatal peut être reportée après la naissance, sur avis médical.

## Et le congé de paternité et d’accueil de l’enfant ?

Il est ouvert au père ou au conjoint de la mère, pour une durée fixée par les textes, dont une partie obligatoire à la naissance. Il se demande au moins un mois avant la date de début, sauf naissance prématurée.

## Puis-je prendre un congé parental ?

Oui, jusqu’aux trois ans de l’enfant, par périodes renouvelables. Il n’est pas rémunéré par l’employeur, mais peut ouvrir droit à une prestation versée par la caisse d’allocations familiales. Les droits à avancement sont en partie conservés.

## Et si mon enfant est malade ?

Des **autorisations d’absence** pour garde d’enfant malade sont accordées, dans une limite annuelle, sur justificatif.

## Autres solutions

Le **temps partiel** de droit jusqu’aux trois ans de l’enfant, la **disponibilité** pour élever un enfant, et les aides de l’action sociale pour la garde. Le conseiller RH de proximité vous aide à choisir.`,
    audiences: [],
    scope: 'national',
    situations: ['family_and_life'],
    related: ['temps-partiel', 'disponibilite', 'cesu-garde-enfant'],
    contactPointKinds: ['bureau de gestion', 'conseiller RH de proximité'],
  },
  {
    slug: 'rh-reprise-apres-conge-long',
    kind: 'guide',
    theme: 'health_worklife',
    title: 'Fiche RH : préparer la reprise d’un agent après un congé long',
    summary:
      'Pour les conseillers RH de proximité : anticiper avec l’agent, le médecin du travail et le service de gestion le retour au travail après un congé de maladie long.',
    body: `## Pourquoi anticiper ?

Un retour après un **congé de longue maladie**, un **congé de longue durée** ou un arrêt prolongé se prépare plusieurs semaines à l’avance. Une reprise mal préparée expose à une rechute et à un nouvel arrêt.

## Les étapes

1. **Prenez contact avec l’agent** avant la fin du congé, s’il le souhaite : comment envisage-t-il son retour, quelles sont ses craintes ?
2. **Orientez vers le médecin du travail** pour une visite de pré-reprise, puis la visite de reprise. Lui seul se prononce sur l’aptitude et les aménagements.
3. **Vérifiez avec le service de gestion** la situation administrative : fin du congé, avis du conseil médical, éventuel **temps partiel thérapeutique**, affectation.
4. **Préparez l’accueil** avec le supérieur hiérarchique, sans lui transmettre d’information médicale : emploi du temps, matériel, interlocuteur de référence.

## Les solutions possibles

- Temps partiel thérapeutique ;
- **Aménagement de poste** ou allègement de service ;
- **Poste adapté** (PACD, PALD) pour les enseignants ;
- Changement d’affectation, avec l’aide de la cellule mobilité ;
- Accompagnement à la reconversion par le conseiller mobilité carrière.

## Suivre la reprise

Reprenez contact avec l’agent après deux semaines, puis après deux mois. Si la situation reste difficile ou combine plusieurs dimensions, proposez-la au groupe « situations RH ».

## Ce qu’il ne faut pas faire

Ne demandez jamais le diagnostic, ne le notez pas dans ProxiRH et ne le transmettez à personne.`,
    audiences: [],
    hrStaffOnly: true,
    scope: 'national',
    situations: ['in_difficulty'],
    related: ['temps-partiel-therapeutique', 'conge-longue-maladie-longue-duree', 'poste-adapte-pacd-pald', 'rh-groupe-situations-rh'],
    contactPointKinds: ['médecin du travail', 'bureau de gestion', 'conseiller mobilité carrière'],
  },
];
