import type { DemoArticle } from './types.ts';

/** Demo articles: Mobilité. */
export const MOBILITY_ARTICLES: DemoArticle[] = [
  {
    slug: 'mobilite-inter-academique',
    kind: 'guide',
    theme: 'mobility',
    title: 'Mobilité inter-académique : préparer sa demande de mutation',
    summary:
      'Les étapes du mouvement inter-académique des personnels du second degré, du choix des vœux à la publication des résultats, et les points à vérifier avant de valider.',
    body: `## À qui s’adresse ce guide

Vous êtes titulaire (ou stagiaire devant obtenir une première affectation) dans un corps d’enseignement, d’éducation ou de psychologue du second degré et vous souhaitez changer d’académie. La **mutation** se fait alors en deux temps : le mouvement inter-académique (l’académie), puis le mouvement intra-académique (le poste).

## Les grandes étapes

1. **Publication de la note de service** nationale à l’automne : elle fixe le calendrier et les barèmes de l’année.
2. **Saisie des vœux** sur l’application dédiée pendant la période d’ouverture du serveur, en général en fin d’automne.
3. **Envoi des pièces justificatives** (situation familiale, handicap, ancienneté dans certaines affectations).
4. **Vérification du barème** : vous recevez votre barème et pouvez en demander la correction pendant une courte période.
5. **Résultats** à la fin de l’hiver, puis participation au mouvement intra-académique de l’académie obtenue.

## Nos conseils

- Lisez la note de service de l’année : les bonifications et les dates changent d’une année à l’autre.
- Classez vos vœux dans l’ordre de vos préférences réelles : le barème décide, pas l’ordre de saisie.
- Gardez une copie de tous les justificatifs envoyés.
- En cas de situation particulière (santé, handicap, situation sociale grave), prenez contact tôt : un dossier prioritaire se prépare avant la fermeture du serveur.

## Être accompagné

Le conseiller RH de proximité vous aide à comprendre les règles et à vérifier votre dossier. Le conseiller mobilité carrière peut vous aider à réfléchir à un projet plus large. Pour la **mobilité** des professeurs des écoles, voyez la fiche sur les permutations.`,
    audiences: ['second_degree'],
    scope: 'national',
    situations: ['changing_job'],
    related: ['mobilite-intra-academique', 'mutation-rapprochement-conjoints', 'mutation-priorite-handicap', 'conseiller-mobilite-carriere'],
    contactPointKinds: ['conseiller RH de proximité', 'cellule mobilité', 'conseiller mobilité carrière'],
  },
  {
    slug: 'mobilite-intra-academique',
    kind: 'guide',
    theme: 'mobility',
    title: 'Mobilité intra-académique : obtenir un poste dans l’académie',
    summary:
      'Comment fonctionne le mouvement intra-académique : vœux précis ou larges, extension, affectation à titre définitif ou sur zone de remplacement.',
    body: `## Le principe

Le mouvement intra-académique attribue les postes de l’académie aux personnels du second degré qui y entrent (après une **mutation** inter-académique) et à ceux qui, déjà affectés, souhaitent changer d’établissement. La **mobilité** intra-académique est donc ouverte à tous les titulaires de l’académie.

## Les types de vœux

- **Vœu précis** : un établissement donné.
- **Vœu large** : une commune, un groupement de communes, un département ou toute l’académie.
- **Zone de remplacement** : vous êtes affecté pour effectuer des remplacements dans un secteur.

Les entrants dans l’académie doivent obtenir un poste : si aucun de leurs vœux n’est satisfait, une procédure d’**extension** les affecte selon leur barème, en partant de leur premier vœu.

## Le calendrier

Les vœux se saisissent au printemps, après les résultats de l’inter. La circulaire académique de l’année fixe les dates, les bonifications et les pièces à fournir. Les résultats sont publiés avant l’été.

## Vérifier son barème

Vous recevez votre barème avant le mouvement. Relisez-le : ancienneté de poste, échelon, situation familiale, bonifications particulières. Une erreur se corrige pendant la période prévue par la circulaire, pas après.

## Être accompagné

Votre conseiller RH de proximité vous explique les règles et relit votre stratégie de vœux ; la cellule mobilité du rectorat répond sur les situations individuelles.`,
    audiences: ['second_degree'],
    scope: 'national',
    situations: ['changing_job'],
    related: ['mobilite-inter-academique', 'amiens-calendrier-mouvement', 'postes-a-profil'],
    contactPointKinds: ['conseiller RH de proximité', 'cellule mobilité'],
  },
  {
    slug: 'mutation-premier-degre',
    kind: 'faq',
    theme: 'mobility',
    title: 'Mutation des professeurs des écoles : permutations et mouvement départemental',
    summary:
      'Changer de département par les permutations informatisées ou changer d’école dans son département : les réponses aux questions les plus fréquentes.',
    body: `## Comment changer de département ?

Les professeurs des écoles changent de département par les **permutations informatisées**, organisées chaque hiver au niveau national. Vous classez des départements ; le résultat dépend de votre barème et des postes libérés. Si vous n’obtenez rien, une demande d’**ineat-exeat** (sortie d’un département et entrée dans un autre) reste possible au printemps, accordée selon les besoins des deux départements.

## Comment changer d’école dans mon département ?

Par le **mouvement départemental**, organisé par la DSDEN au printemps. Vous formulez des vœux sur des écoles, des postes ou des zones géographiques. Les postes de direction et certains postes spécialisés ont leurs propres conditions.

## Qu’est-ce qui compte dans le barème ?

L’ancienneté générale de service, l’ancienneté dans le poste ou le département, la situation familiale (rapprochement de conjoints, enfants), le handicap et certaines affectations. Les points exacts sont fixés par la note de service de l’année.

## Puis-je refuser le poste obtenu ?

En règle générale, non : une mutation obtenue s’impose. Réfléchissez donc à chaque vœu.

## Qui peut m’aider ?

Le conseiller RH de proximité de votre département vous aide à lire les notes de service et à vérifier votre dossier. La division du personnel de la DSDEN répond sur votre barème.`,
    audiences: ['first_degree'],
    scope: 'national',
    situations: ['changing_job'],
    related: ['mutation-rapprochement-conjoints', 'mutation-priorite-handicap', 'amiens-calendrier-mouvement'],
    contactPointKinds: ['conseiller RH de proximité', 'division du personnel de la DSDEN'],
  },
  {
    slug: 'mutation-rapprochement-conjoints',
    kind: 'faq',
    theme: 'mobility',
    title: 'Mutation et situation familiale : rapprochement de conjoints, autorité parentale conjointe',
    summary:
      'Les bonifications familiales dans les opérations de mutation : qui peut en bénéficier, quels justificatifs fournir et quand.',
    body: `## Qu’est-ce que le rapprochement de conjoints ?

C’est une bonification de barème accordée quand vous demandez une **mutation** pour rejoindre la résidence professionnelle (ou privée, selon les cas) de votre conjoint. Elle s’applique aux couples mariés, pacsés et, sous conditions, aux concubins ayant un enfant reconnu par les deux parents.

## Et si je suis séparé avec des enfants ?

La situation d’**autorité parentale conjointe** (garde alternée, droit de visite) peut ouvrir une bonification pour faciliter l’exercice de ce droit. La note de service précise les pièces à fournir (décision de justice, attestation).

## Quels justificatifs ?

- Livret de famille ou attestation de PACS ;
- Attestation de l’employeur du conjoint ;
- Pour les enfants, acte de naissance ou décision de justice.

Les justificatifs doivent être récents : vérifiez les dates exigées par la note de service de l’année.

## Les années de séparation comptent-elles ?

Oui, dans la plupart des mouvements, chaque année de séparation effective ajoute des points. Les périodes de disponibilité ou de congé peuvent être prises en compte différemment.

## Qui contacter ?

Votre conseiller RH de proximité vous aide à rassembler les pièces avant la date limite. En cas de doute sur votre situation, posez la question tôt : un justificatif manquant fait perdre la bonification.`,
    audiences: ['first_degree', 'second_degree'],
    scope: 'national',
    situations: ['changing_job', 'family_and_life'],
    related: ['mobilite-inter-academique', 'mutation-premier-degre'],
    contactPointKinds: ['conseiller RH de proximité', 'cellule mobilité'],
  },
  {
    slug: 'mutation-priorite-handicap',
    kind: 'sheet',
    theme: 'mobility',
    title: 'Demander une priorité de mutation au titre du handicap',
    summary:
      'Si votre handicap ou celui d’un proche rend nécessaire un changement d’affectation, une bonification peut être accordée après avis du médecin.',
    body: `## Pour qui ?

Les agents bénéficiaires de l’obligation d’emploi (notamment titulaires d’une **RQTH**), ainsi que les agents dont le conjoint ou un enfant est en situation de handicap ou gravement malade.

## Ce que cela apporte

Une bonification de barème dans les opérations de **mutation** et de **mobilité**, lorsque la demande vise à améliorer les conditions de vie de la personne handicapée (proximité d’un lieu de soins, d’une structure d’accueil, réduction des trajets). La bonification n’est pas automatique : elle est accordée après étude du dossier.

## Comment faire ?

1. Saisissez vos vœux pendant la période d’ouverture du serveur.
2. Constituez un dossier médical sous pli confidentiel à l’attention du **médecin conseiller technique** ou du médecin de prévention : pièces médicales, justificatif de la reconnaissance du handicap, explication de ce qu’apporterait la mutation.
3. Respectez la date limite de dépôt indiquée par la note de service.

## Bon à savoir

- Votre dossier médical n’est lu que par le médecin ; le service de gestion ne reçoit que son avis.
- Si vous n’avez pas encore de RQTH, engagez la démarche au plus tôt auprès de la MDPH : le délai de traitement est souvent de plusieurs mois.
- Le correspondant handicap de l’académie peut vous conseiller.`,
    audiences: [],
    scope: 'national',
    situations: ['changing_job', 'in_difficulty'],
    related: ['mobilite-inter-academique', 'mutation-premier-degre'],
    contactPointKinds: ['médecin du travail', 'correspondant handicap', 'conseiller RH de proximité'],
  },
  {
    slug: 'detachement',
    kind: 'sheet',
    theme: 'mobility',
    title: 'Le détachement : exercer dans une autre administration',
    summary:
      'Le détachement permet d’exercer dans un autre corps, une autre fonction publique ou à l’étranger tout en gardant vos droits dans votre corps d’origine.',
    body: `## De quoi s’agit-il ?

Le détachement est une position qui vous permet de travailler hors de votre corps d’origine : dans un autre ministère, une collectivité territoriale, un établissement public, un établissement français à l’étranger, ou dans un autre corps de l’Éducation nationale. C’est un outil important de **mobilité** et de reconversion.

## Ce qu’il faut savoir

- Vous continuez à **avancer dans votre corps d’origine** pendant le détachement (principe de double carrière).
- Le détachement est accordé pour une durée déterminée, renouvelable.
- Au terme du détachement, vous pouvez être réintégré dans votre corps d’origine, voire demander votre **intégration** dans le corps d’accueil.
- Pour les enseignants, le départ est en principe aligné sur la rentrée scolaire.

## Comment le demander ?

1. Trouvez un poste d’accueil (offres de la Place de l’emploi public, campagnes nationales de détachement).
2. Obtenez l’accord de l’administration d’accueil.
3. Déposez votre demande auprès de votre service de gestion, par la voie hiérarchique, dans les délais fixés par la circulaire de l’année.

L’accord de votre administration d’origine est nécessaire : il peut être différé pour des raisons de service.

## Être accompagné

Le conseiller mobilité carrière vous aide à définir votre projet, à rédiger votre candidature et à préparer vos entretiens.`,
    audiences: [],
    scope: 'national',
    situations: ['changing_job'],
    related: ['disponibilite', 'conseiller-mobilite-carriere', 'reconversion-seconde-carriere'],
    contactPointKinds: ['conseiller mobilité carrière', 'bureau de gestion'],
  },
  {
    slug: 'disponibilite',
    kind: 'sheet',
    theme: 'mobility',
    title: 'La disponibilité : mettre sa carrière entre parenthèses',
    summary:
      'La disponibilité suspend votre activité et votre rémunération, pour un projet personnel ou une raison familiale. Certaines sont de droit, d’autres accordées sous réserve des nécessités de service.',
    body: `## Le principe

En **disponibilité**, vous cessez temporairement d’exercer. Vous n’êtes plus rémunéré et, en règle générale, vous n’acquérez plus de droits à avancement ni à retraite, sauf cas prévus par les textes (par exemple pour élever un enfant, dans une certaine limite, ou si vous exercez une activité professionnelle pendant la disponibilité).

## Deux grandes familles

**De droit** (l’administration ne peut pas la refuser si les conditions sont remplies) :
- pour élever un enfant de moins de 12 ans ;
- pour donner des soins à un conjoint, un enfant ou un ascendant ;
- pour suivre votre conjoint muté ou contraint de changer de lieu de travail.

**Sur autorisation** (sous réserve des nécessités de service) :
- pour convenances personnelles ;
- pour créer ou reprendre une entreprise ;
- pour études ou recherches.

## Comment la demander ?

Par écrit, auprès de votre service de gestion, dans les délais prévus par la circulaire annuelle (souvent au printemps pour une disponibilité à la rentrée). Pensez aussi à anticiper la **réintégration** : elle se demande avant la fin de la période et peut entraîner une nouvelle affectation.

## Avant de décider

Faites le point sur les conséquences (rémunération, protection sociale, retraite, poste). Votre conseiller RH de proximité peut vous aider à comparer disponibilité, temps partiel et **détachement**.`,
    audiences: [],
    scope: 'national',
    situations: ['changing_job', 'family_and_life'],
    related: ['detachement', 'temps-partiel', 'reconversion-seconde-carriere'],
    contactPointKinds: ['conseiller RH de proximité', 'bureau de gestion'],
  },
  {
    slug: 'postes-a-profil',
    kind: 'sheet',
    theme: 'mobility',
    title: 'Postes à profil et postes spécifiques : candidater',
    summary:
      'Certains postes sont attribués sur dossier et entretien plutôt qu’au barème : comment les repérer et préparer une candidature convaincante.',
    body: `## Qu’est-ce qu’un poste à profil ?

Un poste à profil demande des compétences particulières : section européenne, classe préparatoire, poste en établissement pénitentiaire, conseiller pédagogique, poste de formateur, certaines fonctions en éducation prioritaire… Il est attribué **sur dossier et après entretien**, et non au seul barème du mouvement.

## Où les trouver ?

- Dans les mouvements spécifiques nationaux (publiés avec la note de service de **mobilité**) ;
- Dans la liste des postes à profil de l’académie, publiée avec la circulaire du mouvement intra-académique ;
- Sur la Place de l’emploi public pour certains postes administratifs.

## Préparer sa candidature

1. Lisez la fiche de poste : missions, compétences attendues, contraintes.
2. Rédigez une lettre de motivation qui relie votre expérience aux missions (exemples concrets).
3. Mettez à jour votre CV et votre dossier dans l’application de gestion.
4. Préparez l’entretien : pourquoi ce poste, ce que vous apportez, ce que vous voulez apprendre.

## Bon à savoir

Candidater sur un poste à profil ne vous empêche pas, en général, de participer au mouvement au barème ; mais un poste à profil obtenu peut être prioritaire sur vos autres vœux. Vérifiez la règle de l’année.

Le conseiller mobilité carrière peut relire votre lettre et vous entraîner à l’entretien.`,
    audiences: ['first_degree', 'second_degree'],
    scope: 'national',
    situations: ['changing_job', 'developing_skills'],
    related: ['mobilite-intra-academique', 'conseiller-mobilite-carriere'],
    contactPointKinds: ['conseiller mobilité carrière', 'cellule mobilité'],
  },
  {
    slug: 'mobilite-biatss',
    kind: 'sheet',
    theme: 'mobility',
    title: 'Mobilité des personnels administratifs, techniques, sociaux et de santé',
    summary:
      'Pour les personnels BIATSS, la mobilité passe surtout par des candidatures sur des postes publiés : comment s’y prendre.',
    body: `## Comment se fait la mobilité des BIATSS ?

Pour la plupart des corps administratifs, techniques, sociaux et de santé, la **mobilité** se fait **au fil de l’eau** : les postes vacants sont publiés sur la Place de l’emploi public, et vous candidatez directement. Certains corps gardent des campagnes annuelles de **mutation** à dates fixes : la note de l’année vous l’indique.

## Les étapes

1. Consultez régulièrement les offres (Place de l’emploi public, site de l’académie).
2. Candidatez avec un CV et une lettre de motivation adaptés à chaque poste.
3. Passez l’entretien avec le service recruteur.
4. Si votre candidature est retenue, la mutation est prononcée par l’autorité de gestion, en tenant compte d’un éventuel préavis.

## Les priorités légales

Certaines situations (rapprochement de conjoints, handicap, suppression de poste, exercice dans un quartier prioritaire) sont prioritaires à compétences égales. Signalez-les dans votre candidature, justificatifs à l’appui.

## Se faire aider

- Le conseiller mobilité carrière vous aide à clarifier votre projet et à préparer les entretiens.
- Votre supérieur hiérarchique doit être informé de votre démarche : un échange en amont facilite souvent la date de départ.
- L’entretien professionnel annuel est le bon moment pour parler de vos souhaits de mobilité.`,
    audiences: ['biatss'],
    scope: 'national',
    situations: ['changing_job'],
    related: ['conseiller-mobilite-carriere', 'entretien-professionnel-biatss', 'detachement'],
    contactPointKinds: ['conseiller mobilité carrière', 'bureau de gestion'],
  },
  {
    slug: 'conseiller-mobilite-carriere',
    kind: 'scheme',
    theme: 'mobility',
    title: 'Être accompagné par un conseiller mobilité carrière',
    summary:
      'Le conseiller mobilité carrière vous aide à construire un projet professionnel : mobilité, reconversion, évolution, préparation de candidature.',
    body: `## Pourquoi le rencontrer ?

Vous vous interrogez sur la suite de votre parcours ? Vous voulez changer de fonctions, découvrir d’autres métiers de l’Éducation nationale ou de la fonction publique, ou préparer une **mobilité** ? Le conseiller mobilité carrière (CMC) est un professionnel de l’accompagnement des projets.

## Ce que l’accompagnement comprend

- Un ou plusieurs entretiens individuels, confidentiels ;
- Un point sur vos compétences, vos envies et vos contraintes ;
- Une information sur les métiers, les concours, le **détachement**, les dispositifs de formation ;
- Une aide concrète : CV, lettre de motivation, préparation d’entretien ;
- Le cas échéant, une orientation vers un bilan de compétences.

## Comment le rencontrer ?

Faites une demande à votre conseiller RH de proximité, qui vous oriente vers le CMC de votre secteur, ou prenez directement rendez-vous lorsque l’académie le propose en ligne. Les entretiens ont lieu au rectorat, en DSDEN ou à distance.

## Bon à savoir

L’accompagnement est ouvert à tous les personnels, titulaires et contractuels, sans condition d’ancienneté. Il ne remplace pas les démarches auprès du service de gestion, mais il vous aide à les préparer.`,
    audiences: [],
    scope: 'national',
    situations: ['changing_job', 'developing_skills'],
    related: ['reconversion-seconde-carriere', 'bilan-competences', 'detachement', 'mobilite-biatss'],
    scheme: {
      forWhom: 'Tous les personnels, titulaires ou contractuels, qui ont un projet d’évolution ou de mobilité.',
      gives: 'Des entretiens individuels confidentiels, une aide au projet, au CV, à la candidature et à la préparation d’entretien.',
      howToAsk: 'Par une demande au conseiller RH de proximité ou par prise de rendez-vous en ligne lorsque l’académie la propose.',
    },
    contactPointKinds: ['conseiller mobilité carrière', 'conseiller RH de proximité'],
  },
  {
    slug: 'amiens-calendrier-mouvement',
    kind: 'sheet',
    theme: 'mobility',
    title: 'Académie d’Amiens : les dates clés de la mobilité',
    summary:
      'Les grandes périodes des opérations de mutation et de mobilité dans l’académie d’Amiens, et où trouver les dates exactes de l’année.',
    body: `## Les grandes périodes

| Période | Opération |
|---|---|
| Novembre – décembre | Mouvement inter-académique (second degré) : saisie des vœux |
| Décembre – janvier | Permutations informatisées (premier degré) |
| Mars – avril | Mouvement intra-académique (second degré) : saisie des vœux |
| Avril – mai | Mouvements départementaux de l’Aisne, de l’Oise et de la Somme |
| Mai – juin | Résultats et phases d’ajustement |

Les dates précises changent chaque année : elles figurent dans les circulaires publiées sur le site de l’académie et dans le calendrier des dates clés de ProxiRH, auquel vous pouvez vous abonner.

## Les réunions d’information

Chaque année, le service RH de proximité organise des réunions d’information sur la **mutation** à Laon, Beauvais et Amiens, ainsi qu’une session en visioconférence. Vous pouvez aussi réserver un rendez-vous individuel pendant les permanences des conseillers.

## Les interlocuteurs

- Second degré : la cellule mobilité du rectorat (DPE) ;
- Premier degré : la division du personnel de votre DSDEN ;
- Pour un projet de **mobilité** plus large : le conseiller mobilité carrière.

Une question sur votre situation ? Écrivez au service RH de proximité depuis ProxiRH : vous recevez un accusé de réception et une réponse dans le délai annoncé.`,
    audiences: ['first_degree', 'second_degree'],
    scope: 'academie',
    situations: ['changing_job'],
    related: ['mobilite-intra-academique', 'mutation-premier-degre', 'mobilite-inter-academique'],
    contactPointKinds: ['cellule mobilité', 'division du personnel de la DSDEN', 'conseiller RH de proximité'],
  },
  {
    slug: 'enseigner-etranger-outre-mer',
    kind: 'sheet',
    theme: 'mobility',
    title: 'Partir enseigner à l’étranger ou en outre-mer',
    summary:
      'Établissements français à l’étranger, collectivités d’outre-mer, programmes d’échange : les voies pour une mobilité hors de métropole.',
    body: `## Les principales voies

- **Réseau de l’enseignement français à l’étranger** : postes en établissements homologués, recrutés sur dossier, souvent en **détachement**.
- **Collectivités d’outre-mer** (Polynésie française, Nouvelle-Calédonie, Wallis-et-Futuna, Saint-Pierre-et-Miquelon) : campagnes annuelles de recrutement, pour une durée limitée.
- **Départements et régions d’outre-mer** : ils relèvent des mouvements nationaux de **mutation** habituels.
- **Programmes d’échange et de mobilité courte** : échanges de postes, séjours professionnels, programmes européens.

## Le calendrier

La plupart des campagnes ouvrent en automne pour un départ à la rentrée suivante. Chaque dispositif a sa note de service et ses conditions d’ancienneté.

## Préparer son projet

1. Vérifiez les conditions (ancienneté, corps, discipline).
2. Préparez un dossier soigné : CV, lettre, avis de vos supérieurs.
3. Anticipez les questions familiales : scolarité des enfants, emploi du conjoint, protection sociale.
4. Renseignez-vous sur le retour : réintégration, affectation, conséquences sur votre barème.

## Se faire accompagner

Le conseiller mobilité carrière vous aide à construire votre dossier. Le conseiller RH de proximité répond sur les démarches administratives et les délais.`,
    audiences: ['first_degree', 'second_degree'],
    scope: 'national',
    situations: ['changing_job'],
    related: ['detachement', 'conseiller-mobilite-carriere'],
    contactPointKinds: ['conseiller mobilité carrière', 'conseiller RH de proximité'],
  },
  {
    slug: 'rh-accompagner-demande-mutation',
    kind: 'guide',
    theme: 'mobility',
    title: 'Fiche RH : accompagner un agent dans sa demande de mutation',
    summary:
      'Pour les conseillers RH de proximité : les points à vérifier avec l’agent et les bons relais pendant les campagnes de mobilité.',
    body: `## Avant l’entretien

- Identifiez le corps et la situation administrative de l’agent (titulaire, stagiaire, en disponibilité, en détachement).
- Ayez sous la main la note de service de l’année et la circulaire académique.
- Vérifiez la date de fermeture du serveur : elle conditionne ce que l’agent peut encore faire.

## Pendant l’entretien

1. Faites préciser le **projet** : pourquoi cette **mutation**, quelles contraintes (famille, santé, logement).
2. Repérez les situations ouvrant des bonifications ou une priorité (rapprochement de conjoints, handicap, situation sociale) et les pièces à réunir.
3. Expliquez les règles sans promettre de résultat : le barème et les postes disponibles décident.
4. Aidez à construire une stratégie de vœux réaliste, en parlant de l’extension pour les entrants.

## Orienter

- Dossier médical ou handicap : médecin conseiller technique, correspondant handicap.
- Situation sociale grave : assistant de service social des personnels.
- Projet de changement de métier : conseiller mobilité carrière.
- Question de barème : cellule mobilité, avec suivi de la réponse dans ProxiRH.

## Après

Notez la demande dans ProxiRH, programmez un rappel avant la date limite des justificatifs, et envoyez un message d’attente si la réponse d’un service tarde.`,
    audiences: [],
    hrStaffOnly: true,
    scope: 'national',
    situations: ['changing_job'],
    related: ['mobilite-inter-academique', 'mutation-priorite-handicap', 'mutation-rapprochement-conjoints'],
    contactPointKinds: ['cellule mobilité', 'médecin conseiller technique', 'assistant de service social', 'conseiller mobilité carrière'],
  },
];
