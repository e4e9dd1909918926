/**
 * The knowledge base shipped with the demo académie (Amiens): fiches, FAQ, guides and
 * dispositifs written for ProxiRH in the words of HR advisers, plus the synonyms, the
 * « questions types » and the situations of the « mallette de l'accompagnement ».
 *
 * Plain data: the knowledge module seeds it, the search tests run on it. Rules that change
 * with each year's circular are never stated as figures: the articles say so and point to the
 * adviser. Invariants: slugs are unique kebab-case ascii; every `related` and curated slug exists;
 * `scheme` is present exactly when kind = 'scheme'; bodies are 120–350 words.
 */

export type DemoArticleKind = 'sheet' | 'faq' | 'guide' | 'scheme';
export type DemoTheme =
  | 'mobility'
  | 'career'
  | 'training'
  | 'health_worklife'
  | 'social_action'
  | 'protection'
  | 'end_of_career'
  | 'telework'
  | 'managerial_support';
export type DemoSituation =
  | 'starting'
  | 'changing_job'
  | 'in_difficulty'
  | 'preparing_retirement'
  | 'developing_skills'
  | 'managing_a_team'
  | 'family_and_life';
export type DemoAudience = 'first_degree' | 'second_degree' | 'biatss' | 'leadership';

export interface DemoArticle {
  /** kebab-case ascii, unique */
  slug: string;
  kind: DemoArticleKind;
  theme: DemoTheme;
  title: string;
  /** one or two sentences */
  summary: string;
  /** Markdown, 120–350 words, `##` headings and lists */
  body: string;
  /** empty = everyone */
  audiences: DemoAudience[];
  /** a sheet meant for HR staff only */
  hrStaffOnly?: boolean;
  /** 'academie' = specific to the demo académie (Amiens: Aisne 02, Oise 60, Somme 80) */
  scope: 'national' | 'academie';
  situations: DemoSituation[];
  related: string[];
  /** required when kind = 'scheme' */
  scheme?: { forWhom: string; gives: string; howToAsk: string };
  /** free words naming the actors who handle the subject */
  contactPointKinds?: string[];
}

export const DEMO_SITUATIONS: ReadonlyArray<{ key: DemoSituation; title: string; intro: string }> = [
  {
    key: 'starting',
    title: 'Je débute',
    intro:
      'Vous êtes stagiaire, néo-titulaire, contractuel ou nouvel arrivant dans l’académie : voici ce qu’il faut savoir pour bien commencer et les personnes à qui vous adresser.',
  },
  {
    key: 'changing_job',
    title: 'Je veux changer de poste',
    intro:
      'Mutation, mobilité dans ou hors de l’académie, détachement, reconversion : les dispositifs qui vous permettent d’évoluer et les conseillers qui vous aident à construire votre projet.',
  },
  {
    key: 'in_difficulty',
    title: 'Je suis en difficulté',
    intro:
      'Santé, difficultés professionnelles, conflit, violence ou harcèlement, difficultés financières : vous n’êtes pas seul. Voici les dispositifs et les interlocuteurs qui peuvent vous aider, en toute confidentialité.',
  },
  {
    key: 'preparing_retirement',
    title: 'Je prépare ma retraite',
    intro:
      'Estimer vos droits, choisir votre date de départ, constituer votre dossier, envisager une retraite progressive ou un cumul emploi-retraite : les étapes et les interlocuteurs.',
  },
  {
    key: 'developing_skills',
    title: 'Je veux me former et évoluer',
    intro:
      'Formation continue, congé de formation professionnelle, compte personnel de formation, bilan de compétences, VAE, concours internes, promotions : les moyens de développer vos compétences et votre carrière.',
  },
  {
    key: 'managing_a_team',
    title: 'J’encadre une équipe',
    intro:
      'Chefs d’établissement, inspecteurs, directeurs d’école, chefs de service : les appuis pour prendre vos fonctions, conduire les entretiens, prévenir les tensions et accompagner vos équipes.',
  },
  {
    key: 'family_and_life',
    title: 'Ma vie personnelle et familiale',
    intro:
      'Naissance, enfant, proche aidé, logement, temps partiel, télétravail : les dispositifs qui aident à concilier vie professionnelle et vie personnelle.',
  },
];

export const DEMO_SYNONYMS: ReadonlyArray<{ term: string; synonyms: string[] }> = [
  { term: 'mutation', synonyms: ['mobilité', 'mouvement', 'changement de poste', 'changer d’académie'] },
  { term: 'mobilité', synonyms: ['mutation', 'mouvement', 'changement de poste'] },
  { term: 'CFP', synonyms: ['congé de formation professionnelle', 'congé formation'] },
  { term: 'CPF', synonyms: ['compte personnel de formation', 'droits à la formation'] },
  { term: 'PPCR', synonyms: ['rendez-vous de carrière', 'parcours professionnels carrières et rémunérations'] },
  { term: 'RDV carrière', synonyms: ['rendez-vous de carrière', 'PPCR', 'inspection'] },
  { term: 'CET', synonyms: ['compte épargne-temps', 'compte épargne temps'] },
  { term: 'temps partiel', synonyms: ['quotité', 'mi-temps', 'temps réduit'] },
  { term: 'mi-temps thérapeutique', synonyms: ['temps partiel thérapeutique', 'TPT', 'reprise progressive'] },
  { term: 'CLM', synonyms: ['congé de longue maladie'] },
  { term: 'CLD', synonyms: ['congé de longue durée'] },
  { term: 'arrêt maladie', synonyms: ['congé de maladie', 'arrêt de travail', 'congé maladie ordinaire'] },
  { term: 'PACD', synonyms: ['poste adapté de courte durée', 'poste adapté'] },
  { term: 'PALD', synonyms: ['poste adapté de longue durée', 'poste adapté'] },
  { term: 'RQTH', synonyms: ['reconnaissance de la qualité de travailleur handicapé', 'handicap', 'travailleur handicapé'] },
  { term: 'VAE', synonyms: ['validation des acquis de l’expérience'] },
  { term: 'médecin du travail', synonyms: ['médecin de prévention', 'médecine de prévention', 'médecine du travail'] },
  { term: 'harcèlement', synonyms: ['violence', 'souffrance au travail', 'signalement'] },
  { term: 'retraite', synonyms: ['pension', 'départ à la retraite', 'fin de carrière'] },
  { term: 'télétravail', synonyms: ['travail à distance', 'travail à domicile'] },
  { term: 'reconversion', synonyms: ['seconde carrière', 'changer de métier', 'évolution professionnelle'] },
  { term: 'NBI', synonyms: ['nouvelle bonification indiciaire', 'points d’indice'] },
  { term: 'EAFC', synonyms: ['école académique de la formation continue', 'plan académique de formation', 'PAF'] },
  { term: 'CMC', synonyms: ['conseiller mobilité carrière', 'conseillère mobilité carrière'] },
  { term: 'disponibilité', synonyms: ['mise en disponibilité', 'pause de carrière', 'congé sans solde'] },
];

// ---------------------------------------------------------------------------------------------
// Mobilité

const MOBILITY_ARTICLES: DemoArticle[] = [
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

// ---------------------------------------------------------------------------------------------
// Formation

const TRAINING_ARTICLES: DemoArticle[] = [
  {
    slug: 'conge-formation-professionnelle',
    kind: 'scheme',
    theme: 'training',
    title: 'Le congé de formation professionnelle (CFP)',
    summary:
      'Le congé de formation professionnelle vous permet de suivre une formation longue, de votre choix, en étant rémunéré pendant une partie du congé.',
    body: `## Pour qui ?

Les fonctionnaires ayant accompli au moins trois années de services effectifs dans la fonction publique, ainsi que les contractuels remplissant des conditions d’ancienneté comparables.

## Ce que le congé apporte

- Une formation de votre choix, à visée professionnelle ou personnelle : diplôme, préparation à un concours, reconversion.
- Une durée maximale de trois ans sur l’ensemble de la carrière, utilisable en une ou plusieurs fois.
- Pendant les **douze premiers mois**, une indemnité mensuelle égale à une part de votre traitement brut (85 % selon la règle générale, dans la limite d’un plafond).
- Le temps passé en congé compte pour l’avancement et la retraite.

En contrepartie, vous vous engagez à rester au service de l’administration pendant une durée égale au triple de celle pendant laquelle vous avez été indemnisé.

## Comment le demander ?

La campagne est annuelle : la circulaire académique fixe la date limite (souvent au cours de l’hiver) pour un congé commençant à la rentrée suivante. Le nombre de congés accordés est limité : les demandes sont classées selon des critères publiés (ancienneté, demandes antérieures, nature du projet).

## Nos conseils

- Préparez un projet précis : organisme, programme, calendrier, coût.
- Pensez à vérifier l’inscription auprès de l’organisme avant de déposer la demande.
- Un refus une année peut être suivi d’un accord l’année suivante : une demande renouvelée est souvent mieux classée.

Le conseiller mobilité carrière vous aide à construire le projet ; le conseiller RH de proximité vous aide pour le dossier.`,
    audiences: [],
    scope: 'national',
    situations: ['developing_skills', 'changing_job'],
    related: ['faq-conge-formation-professionnelle', 'compte-personnel-formation', 'reconversion-seconde-carriere', 'bilan-competences'],
    scheme: {
      forWhom: 'Les fonctionnaires ayant au moins trois ans de services effectifs et les contractuels remplissant des conditions comparables.',
      gives: 'Un congé pour suivre une formation longue, indemnisé pendant les douze premiers mois, jusqu’à trois ans sur la carrière.',
      howToAsk: 'Pendant la campagne annuelle, par le formulaire de la circulaire académique transmis par la voie hiérarchique avant la date limite.',
    },
    contactPointKinds: ['conseiller mobilité carrière', 'conseiller RH de proximité', 'service de la formation'],
  },
  {
    slug: 'faq-conge-formation-professionnelle',
    kind: 'faq',
    theme: 'training',
    title: 'Congé de formation professionnelle : vos questions',
    summary:
      'Les réponses aux questions qui reviennent le plus souvent sur le congé de formation : rémunération, classement des demandes, retour au poste.',
    body: `## Suis-je payé pendant le congé ?

Pendant les douze premiers mois, vous percevez une indemnité mensuelle calculée sur votre traitement brut, dans la limite d’un plafond. Au-delà, le congé n’est plus indemnisé. Les primes liées à l’exercice des fonctions ne sont en général pas versées.

## Puis-je fractionner mon congé ?

Oui. Le congé peut être pris en une fois ou en plusieurs périodes, par exemple en mois, en semaines ou en journées, selon le rythme de la formation.

## Pourquoi ma demande a-t-elle été refusée ?

Les congés accordés sont limités par un contingent. Les demandes sont classées selon des critères publiés dans la circulaire (ancienneté, nombre de demandes précédentes, projet). Un refus n’est pas un jugement sur votre projet : redéposez votre demande l’année suivante, elle sera souvent mieux placée.

## Vais-je retrouver mon poste ?

Pour un congé d’une année scolaire ou moins, vous conservez en principe votre poste. Pour un congé plus long, les règles dépendent de votre corps : posez la question avant de partir.

## Dois-je rembourser si je quitte l’administration ?

Si vous quittez la fonction publique avant la fin de l’engagement de service, vous pouvez devoir rembourser les indemnités perçues. Renseignez-vous avant toute décision.

## À qui poser ma question ?

Au conseiller RH de proximité, qui vous oriente si besoin vers le service de la formation ou le conseiller mobilité carrière.`,
    audiences: [],
    scope: 'national',
    situations: ['developing_skills'],
    related: ['conge-formation-professionnelle', 'compte-personnel-formation'],
    contactPointKinds: ['conseiller RH de proximité', 'service de la formation'],
  },
  {
    slug: 'compte-personnel-formation',
    kind: 'scheme',
    theme: 'training',
    title: 'Le compte personnel de formation (CPF)',
    summary:
      'Chaque agent public acquiert des heures de formation qu’il peut utiliser pour un projet d’évolution professionnelle, avec l’accord de son employeur.',
    body: `## De quoi s’agit-il ?

Le compte personnel de formation (CPF) est crédité chaque année d’un nombre d’heures, dans la limite d’un plafond. Dans la fonction publique, les droits sont comptés **en heures** (et non en euros comme dans le secteur privé). Les agents les moins qualifiés bénéficient de droits majorés.

## À quoi sert-il ?

À financer une formation qui prépare un **projet d’évolution professionnelle** :
- obtenir un diplôme ou une certification ;
- préparer un concours ou un examen professionnel ;
- se reconvertir ou changer de métier ;
- réaliser un bilan de compétences ou une VAE.

## Comment l’utiliser ?

1. Consultez vos droits sur le site Mon compte formation, avec votre identité numérique.
2. Définissez votre projet et choisissez la formation.
3. Déposez une demande écrite auprès de votre employeur, en présentant le projet, le calendrier et le coût.
4. L’administration répond dans un délai fixé par les textes ; un refus doit être motivé et peut être contesté.

Pendant la formation sur le temps de service, vous êtes maintenu en position d’activité. La prise en charge des frais se fait dans les limites d’un plafond fixé par l’académie.

## Se faire aider

Le conseiller mobilité carrière vous aide à formuler le projet, étape souvent décisive pour l’accord.`,
    audiences: [],
    scope: 'national',
    situations: ['developing_skills', 'changing_job'],
    related: ['conge-formation-professionnelle', 'bilan-competences', 'validation-acquis-experience'],
    scheme: {
      forWhom: 'Tous les agents publics, titulaires et contractuels.',
      gives: 'Des heures de formation acquises chaque année pour financer un projet d’évolution professionnelle.',
      howToAsk: 'Par une demande écrite à l’employeur présentant le projet, après consultation de ses droits sur Mon compte formation.',
    },
    contactPointKinds: ['conseiller mobilité carrière', 'service de la formation'],
  },
  {
    slug: 'bilan-competences',
    kind: 'scheme',
    theme: 'training',
    title: 'Le bilan de compétences',
    summary:
      'Un accompagnement d’une vingtaine d’heures, avec un organisme spécialisé, pour analyser vos compétences et construire un projet professionnel.',
    body: `## À quoi sert un bilan de compétences ?

À prendre du recul sur votre parcours : identifier vos compétences, vos valeurs et vos motivations, explorer des pistes d’évolution, et repartir avec un **projet professionnel** réaliste et un plan d’action.

## Comment se déroule-t-il ?

Un bilan dure en général jusqu’à 24 heures, réparties sur plusieurs semaines, avec un prestataire spécialisé. Il comprend trois phases :
1. **Préliminaire** : vos attentes et la méthode ;
2. **Investigation** : entretiens, exercices, recherches sur les métiers ;
3. **Conclusion** : un document de synthèse qui vous appartient. Votre employeur n’en reçoit pas le contenu sans votre accord.

## Comment le financer ?

- Par votre **compte personnel de formation** ;
- Par le plan de formation de l’académie, dans la limite des places ;
- Un congé pour bilan de compétences permet de le réaliser sur le temps de service, sous conditions d’ancienneté.

## Comment le demander ?

Parlez-en d’abord au conseiller mobilité carrière : il vérifie que le bilan est l’outil adapté (parfois quelques entretiens suffisent) et vous aide à choisir un prestataire. La demande de financement se fait ensuite auprès du service de la formation, selon la circulaire académique.`,
    audiences: [],
    scope: 'national',
    situations: ['developing_skills', 'changing_job'],
    related: ['compte-personnel-formation', 'conseiller-mobilite-carriere', 'reconversion-seconde-carriere'],
    scheme: {
      forWhom: 'Les agents qui s’interrogent sur leur avenir professionnel, titulaires ou contractuels, sous conditions d’ancienneté pour le congé.',
      gives: 'Un accompagnement d’environ 24 heures par un organisme spécialisé et un document de synthèse confidentiel.',
      howToAsk: 'Après un entretien avec le conseiller mobilité carrière, demande de financement au service de la formation (CPF ou plan académique).',
    },
    contactPointKinds: ['conseiller mobilité carrière', 'service de la formation'],
  },
  {
    slug: 'validation-acquis-experience',
    kind: 'scheme',
    theme: 'training',
    title: 'La validation des acquis de l’expérience (VAE)',
    summary:
      'Faire reconnaître votre expérience par un diplôme ou une certification, sans reprendre un cursus complet.',
    body: `## Le principe

La VAE permet d’obtenir tout ou partie d’un diplôme, d’un titre ou d’une certification inscrite au répertoire national, grâce à l’expérience acquise dans votre métier, vos activités bénévoles ou syndicales. Elle est utile pour une évolution de carrière, une reconversion ou la préparation d’un concours exigeant un diplôme.

## Les étapes

1. **Choisir la certification** en lien avec votre expérience.
2. **Déposer la demande de recevabilité** auprès de l’organisme certificateur.
3. **Rédiger le dossier** décrivant précisément vos activités et compétences : c’est l’étape la plus longue.
4. **Passer devant un jury**, qui valide tout ou partie de la certification.

## Les aides possibles

- Un **accompagnement** par un organisme pour rédiger le dossier et préparer le jury ;
- Un **congé pour VAE**, sur le temps de service, pour préparer et passer les épreuves ;
- Le financement par le **compte personnel de formation** ou le plan de formation.

## Avant de vous lancer

Comptez plusieurs mois entre la recevabilité et le jury. Le conseiller mobilité carrière vous aide à vérifier que la VAE correspond à votre projet et à choisir la bonne certification.`,
    audiences: [],
    scope: 'national',
    situations: ['developing_skills', 'changing_job'],
    related: ['compte-personnel-formation', 'bilan-competences', 'reconversion-seconde-carriere'],
    scheme: {
      forWhom: 'Tout agent justifiant d’une expérience en rapport avec la certification visée.',
      gives: 'Tout ou partie d’un diplôme ou d’une certification, et sous conditions un congé et un financement pour s’y préparer.',
      howToAsk: 'Demande de recevabilité auprès de l’organisme certificateur ; demande de congé et de financement auprès du service de la formation.',
    },
    contactPointKinds: ['conseiller mobilité carrière', 'service de la formation'],
  },
  {
    slug: 'plan-academique-formation-eafc',
    kind: 'guide',
    theme: 'training',
    title: 'Le plan académique de formation et l’EAFC',
    summary:
      'L’école académique de la formation continue (EAFC) organise les formations des personnels : comment trouver une formation et s’y inscrire.',
    body: `## Qu’est-ce que l’EAFC ?

L’**école académique de la formation continue** (EAFC) conçoit et organise la formation continue de tous les personnels de l’académie : enseignants, personnels d’éducation, personnels administratifs, techniques, sociaux et de santé, personnels d’encadrement.

## Les types de formation

- **Candidature individuelle** : vous choisissez une formation dans l’offre publiée et vous vous inscrivez pendant la campagne.
- **Public désigné** : vous êtes convoqué à une formation liée à vos fonctions (nouvelle mission, réforme).
- **Formations d’initiative locale** : construites à la demande d’une équipe, dans un établissement ou un bassin.
- **Parcours à distance** : modules en ligne, parfois accompagnés de classes virtuelles.

## S’inscrire

La campagne d’inscription aux candidatures individuelles ouvre en général à la rentrée, pour quelques semaines. Vous vous inscrivez en ligne, puis votre supérieur hiérarchique donne son avis. Une convocation vous parvient avant la formation.

## Frais et temps de formation

Les formations ont lieu le plus souvent sur le temps de service. Les frais de déplacement sont remboursés selon les règles en vigueur, à condition d’avoir été convoqué.

## Et si je ne trouve pas ce qu’il me faut ?

Parlez-en à votre supérieur lors de votre entretien professionnel ou de votre rendez-vous de carrière, ou écrivez au conseiller RH de proximité : il vous orientera vers les autres dispositifs (**CPF**, **congé de formation professionnelle**, préparation aux concours).`,
    audiences: [],
    scope: 'national',
    situations: ['developing_skills', 'starting'],
    related: ['amiens-eafc-inscription', 'compte-personnel-formation', 'conge-formation-professionnelle', 'preparer-concours-interne'],
    contactPointKinds: ['EAFC', 'conseiller RH de proximité'],
  },
  {
    slug: 'amiens-eafc-inscription',
    kind: 'sheet',
    theme: 'training',
    title: 'Académie d’Amiens : s’inscrire aux formations de l’EAFC',
    summary:
      'Les périodes d’inscription, les lieux de formation dans l’Aisne, l’Oise et la Somme, et les contacts de l’EAFC d’Amiens.',
    body: `## Quand s’inscrire ?

- **Septembre – octobre** : campagne des candidatures individuelles pour l’année scolaire.
- **Tout au long de l’année** : formations à public désigné, formations d’initiative locale, modules à distance.
- **Printemps** : recensement des besoins des équipes pour l’année suivante.

## Où se déroulent les formations ?

Les formations sont organisées au plus près des personnels : dans des établissements des trois départements (Aisne, Oise, Somme), au rectorat à Amiens, ou à distance. Le lieu figure sur la convocation.

## Comment s’inscrire ?

1. Consultez l’offre de formation publiée sur le site de l’académie.
2. Inscrivez-vous en ligne pendant la campagne, avec vos identifiants académiques.
3. Votre chef d’établissement ou de service donne un avis.
4. Vous recevez une convocation par courriel académique.

## Bon à savoir

- Les personnels BIATSS ont une offre dédiée (préparation aux concours, outils numériques, management).
- Les néo-titulaires disposent d’un parcours de formation spécifique au cours des premières années.
- Une formation qui vous intéresse est complète ? Inscrivez-vous sur la liste d’attente : des places se libèrent souvent.

Pour toute question sur votre parcours de formation, écrivez au service RH de proximité depuis ProxiRH.`,
    audiences: [],
    scope: 'academie',
    situations: ['developing_skills'],
    related: ['plan-academique-formation-eafc', 'neo-titulaire-premieres-annees'],
    contactPointKinds: ['EAFC', 'conseiller RH de proximité'],
  },
  {
    slug: 'preparer-concours-interne',
    kind: 'sheet',
    theme: 'training',
    title: 'Préparer un concours interne ou un examen professionnel',
    summary:
      'Les concours internes et examens professionnels permettent de changer de corps ou de grade : calendrier, préparation et aides.',
    body: `## Pourquoi passer un concours interne ?

Pour accéder à un autre corps (par exemple agrégation interne, concours de personnel de direction, d’inspecteur, d’attaché) ou pour progresser dans votre corps par un examen professionnel. C’est une voie de promotion et parfois de reconversion.

## Le calendrier

Les inscriptions ont lieu en général à l’automne pour les épreuves de l’année suivante. Les dates sont publiées sur le site des concours du ministère. Ne laissez pas passer la date de clôture : aucune inscription tardive n’est acceptée.

## Se préparer

- **Préparations académiques** proposées par l’EAFC : cours, entraînements aux oraux, dossier de reconnaissance des acquis de l’expérience professionnelle (RAEP).
- **Préparations à distance** par des organismes publics.
- **Autorisations d’absence** pour passer les épreuves et, sous conditions, quelques jours de préparation.
- Le **compte personnel de formation** peut financer une préparation.

## Le dossier RAEP

Beaucoup de concours internes comportent un dossier de reconnaissance des acquis de l’expérience professionnelle. Il se prépare tôt : décrivez des situations concrètes, ce que vous avez fait, ce que vous en avez appris.

## Être accompagné

Le conseiller mobilité carrière vous aide à choisir le concours adapté à votre projet et à préparer l’oral. Les personnels d’encadrement qui vous connaissent peuvent vous aider à relire votre dossier.`,
    audiences: [],
    scope: 'national',
    situations: ['developing_skills', 'changing_job'],
    related: ['plan-academique-formation-eafc', 'compte-personnel-formation', 'changer-de-corps-liste-aptitude'],
    contactPointKinds: ['EAFC', 'conseiller mobilité carrière'],
  },
];

// ---------------------------------------------------------------------------------------------
// Carrière

const CAREER_ARTICLES: DemoArticle[] = [
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

const CAREER_MORE_ARTICLES: DemoArticle[] = [
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

// ---------------------------------------------------------------------------------------------
// Santé et qualité de vie au travail

const HEALTH_ARTICLES: DemoArticle[] = [
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

// ---------------------------------------------------------------------------------------------
// Action sociale

const SOCIAL_ARTICLES: DemoArticle[] = [
  {
    slug: 'action-sociale-prestations',
    kind: 'guide',
    theme: 'social_action',
    title: 'L’action sociale : aides et prestations pour les personnels',
    summary:
      'Garde d’enfants, vacances, logement, installation, difficultés passagères : un panorama des aides de l’action sociale interministérielle et ministérielle.',
    body: `## Qu’est-ce que l’action sociale ?

L’**action sociale** aide les personnels et leurs familles dans les domaines de la famille, du logement, des loisirs, de la restauration et face aux difficultés. Elle s’ajoute à votre rémunération et à la protection sociale. Beaucoup d’aides dépendent de vos revenus.

## Trois niveaux d’aides

- **Interministériel** : communes à tous les agents de l’État, par exemple le CESU garde d’enfant, les chèques-vacances, l’aide à l’installation des personnels, des réservations de logements et de places en crèche.
- **Ministériel** : propres à l’Éducation nationale, certaines prestations pour les enfants (séjours, enfants en situation de handicap).
- **Académique** : les actions sociales d’initiative académique, décidées chaque année par l’académie (aides aux vacances, à la garde, aux études des enfants, prêts et secours).

## Qui peut en bénéficier ?

Les personnels titulaires, stagiaires et, selon les aides, les contractuels et les retraités. Les conditions (revenus, âge des enfants, délai de demande) sont propres à chaque prestation.

## Comment demander ?

Chaque aide a son formulaire, à déposer auprès du service social ou de la division des prestations sociales du rectorat, avec les justificatifs (avis d’imposition, livret de famille). Certaines aides interministérielles se demandent en ligne.

## Qui peut vous aider ?

L’**assistant de service social des personnels** vous informe, vous aide à constituer vos dossiers et vous reçoit en cas de difficulté. Le conseiller RH de proximité peut vous orienter.`,
    audiences: [],
    scope: 'national',
    situations: ['family_and_life', 'in_difficulty', 'starting'],
    related: ['assistant-service-social-personnels', 'cesu-garde-enfant', 'aide-installation-personnels', 'amiens-secours-prets'],
    contactPointKinds: ['assistant de service social', 'division des prestations sociales'],
  },
  {
    slug: 'assistant-service-social-personnels',
    kind: 'scheme',
    theme: 'social_action',
    title: 'Rencontrer l’assistant de service social des personnels',
    summary:
      'L’assistant de service social vous écoute, vous conseille et vous accompagne face à une difficulté personnelle, familiale, financière ou professionnelle, dans la confidentialité.',
    body: `## Pour quelles situations ?

- Difficultés financières, endettement, budget déséquilibré ;
- Problème de logement ;
- Séparation, deuil, proche malade ou en situation de handicap ;
- Maladie ou arrêt long, reprise du travail ;
- Difficultés au travail qui retentissent sur votre vie personnelle ;
- Violences conjugales ou intrafamiliales.

## Ce qu’il peut faire

L’**assistant de service social des personnels** vous reçoit en entretien, évalue votre situation avec vous et vous aide à trouver des solutions : information sur vos droits, montage de dossiers d’aides (secours, prêts), lien avec les services sociaux de secteur, la médecine de prévention, les organismes extérieurs. Il peut présenter votre situation, de manière anonymisée, en commission d’action sociale.

## Confidentialité

Il est soumis au **secret professionnel** : rien n’est transmis à votre hiérarchie sans votre accord.

## Comment le joindre ?

Chaque département a un ou plusieurs assistants de service social pour les personnels. Vous pouvez le contacter directement par téléphone ou par courriel, ou passer par le conseiller RH de proximité qui vous met en relation. Les entretiens ont lieu dans les locaux de la DSDEN, dans un établissement proche de chez vous ou par téléphone.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty', 'family_and_life'],
    related: ['action-sociale-prestations', 'amiens-secours-prets', 'logement-personnels'],
    scheme: {
      forWhom: 'Tous les personnels, actifs ou retraités, confrontés à une difficulté personnelle, familiale, financière ou professionnelle.',
      gives: 'Écoute, conseil, aide aux démarches et aux dossiers d’aides, accompagnement dans la durée, sous le secret professionnel.',
      howToAsk: 'Directement auprès du service social des personnels de votre département, ou par une demande au conseiller RH de proximité.',
    },
    contactPointKinds: ['assistant de service social', 'conseiller RH de proximité'],
  },
  {
    slug: 'aide-installation-personnels',
    kind: 'scheme',
    theme: 'social_action',
    title: 'L’aide à l’installation des personnels (AIP)',
    summary:
      'Une aide financière pour les frais d’entrée dans un logement (premier loyer, dépôt de garantie, déménagement) lors d’une première affectation.',
    body: `## Pour qui ?

Les agents de l’État nouvellement recrutés (lauréats de concours, stagiaires, certains contractuels) qui prennent une **première affectation** et louent un logement, sous conditions de ressources. Le montant est plus élevé dans certaines zones (quartiers prioritaires, zones de tension du logement).

## Ce que l’aide couvre

Une partie des dépenses engagées pour s’installer :
- le premier mois de loyer, charges comprises ;
- les frais d’agence et de rédaction du bail ;
- le dépôt de garantie ;
- les frais de déménagement.

Le plafond est fixé par les textes en vigueur ; l’aide n’a pas à être remboursée.

## Comment la demander ?

La demande se fait **en ligne**, sur le site de l’action sociale interministérielle, après la signature du bail et dans les délais fixés par les textes à compter de l’affectation : ne tardez pas. Préparez :
- votre arrêté d’affectation ou de nomination ;
- votre bail ;
- les justificatifs de dépenses ;
- votre dernier avis d’imposition.

## Bon à savoir

Cette aide peut se cumuler avec d’autres dispositifs d’aide au logement, mais pas toujours : vérifiez avant de déposer. L’assistant de service social des personnels peut vous aider à constituer votre dossier.`,
    audiences: [],
    scope: 'national',
    situations: ['starting', 'family_and_life'],
    related: ['action-sociale-prestations', 'logement-personnels', 'neo-titulaire-premieres-annees'],
    scheme: {
      forWhom: 'Les agents de l’État nouvellement recrutés qui prennent une première affectation et louent un logement, sous conditions de ressources.',
      gives: 'Une aide non remboursable couvrant une partie des frais d’entrée dans le logement.',
      howToAsk: 'En ligne, sur le site de l’action sociale interministérielle, dans le délai suivant l’affectation, avec le bail et les justificatifs.',
    },
    contactPointKinds: ['assistant de service social', 'division des prestations sociales'],
  },
  {
    slug: 'cesu-garde-enfant',
    kind: 'scheme',
    theme: 'social_action',
    title: 'Le CESU garde d’enfant',
    summary:
      'Une aide pour financer la garde de vos jeunes enfants (crèche, assistante maternelle, garde à domicile, garderie), versée sous forme de chèques emploi service universels.',
    body: `## Pour qui ?

Les agents de l’État (titulaires, stagiaires, contractuels sous conditions) qui font garder un ou plusieurs enfants de **moins de six ans**, en fonction de leurs revenus et de leur situation familiale. Les familles monoparentales bénéficient de conditions adaptées.

## Ce que l’aide apporte

Des **chèques emploi service universels** (CESU) préfinancés, utilisables pour payer :
- une crèche ou une halte-garderie ;
- une assistante maternelle agréée ;
- une garde à domicile ;
- un accueil périscolaire ou de loisirs, pour les enfants scolarisés.

Le montant annuel dépend de vos revenus ; il est fixé chaque année par les textes.

## Comment la demander ?

En ligne, sur le site dédié du CESU fonction publique, avec :
- votre dernier avis d’imposition ;
- le livret de famille ou l’acte de naissance de l’enfant ;
- une attestation d’emploi récente.

La demande est à renouveler chaque année. Les chèques sont envoyés sous forme papier ou électronique.

## Bon à savoir

Le CESU garde d’enfant se cumule avec le complément de libre choix du mode de garde versé par la caisse d’allocations familiales. L’académie peut proposer en plus une aide à la garde pour les enfants plus âgés, dans le cadre de l’action sociale d’initiative académique.`,
    audiences: [],
    scope: 'national',
    situations: ['family_and_life'],
    related: ['action-sociale-prestations', 'conges-familiaux'],
    scheme: {
      forWhom: 'Les agents de l’État qui font garder un enfant de moins de six ans, selon leurs revenus.',
      gives: 'Des chèques emploi service universels préfinancés pour payer la garde.',
      howToAsk: 'En ligne sur le site du CESU fonction publique, chaque année, avec l’avis d’imposition et le livret de famille.',
    },
    contactPointKinds: ['division des prestations sociales', 'assistant de service social'],
  },
  {
    slug: 'amiens-secours-prets',
    kind: 'scheme',
    theme: 'social_action',
    title: 'Académie d’Amiens : secours et prêts en cas de difficulté financière',
    summary:
      'Face à une difficulté financière soudaine, l’académie d’Amiens peut accorder un secours ou un prêt sans intérêt, après étude de votre situation par l’assistant de service social.',
    body: `## Pour quelles situations ?

Une dépense imprévue ou une baisse brutale de ressources : passage à demi-traitement, séparation, décès d’un proche, réparation indispensable, frais de santé importants, retard de paiement. Le secours ou le prêt ne remplace pas les droits existants, il aide à passer un cap.

## Ce que l’académie peut accorder

- **Un secours** : une aide financière ponctuelle, non remboursable ;
- **Un prêt sans intérêt** : remboursable par petites mensualités, adaptées à votre budget.

Les demandes sont examinées de manière **anonyme** par la commission académique d’action sociale, qui se réunit plusieurs fois par an. En cas d’urgence, une procédure accélérée existe.

## Comment demander ?

1. Prenez contact avec l’**assistant de service social des personnels** de votre département : Aisne (Laon), Oise (Beauvais) ou Somme (Amiens).
2. Lors de l’entretien, il évalue votre situation avec vous et constitue le dossier.
3. Vous êtes informé de la décision par courrier.

Munissez-vous de vos trois derniers bulletins de paie, de votre avis d’imposition et des justificatifs de la dépense ou de la difficulté.

## Confidentialité

Votre hiérarchie n’est pas informée de votre demande. Si vous ne savez pas qui contacter, déposez une demande dans ProxiRH : le conseiller RH de proximité vous mettra en relation, sans détail sur votre situation.`,
    audiences: [],
    scope: 'academie',
    situations: ['in_difficulty'],
    related: ['assistant-service-social-personnels', 'action-sociale-prestations'],
    scheme: {
      forWhom: 'Les personnels de l’académie d’Amiens, actifs ou retraités, confrontés à une difficulté financière.',
      gives: 'Un secours non remboursable ou un prêt sans intérêt, après examen anonyme de la situation.',
      howToAsk: 'Par un entretien avec l’assistant de service social des personnels de votre département, qui constitue le dossier.',
    },
    contactPointKinds: ['assistant de service social', 'conseiller RH de proximité'],
  },
  {
    slug: 'logement-personnels',
    kind: 'sheet',
    theme: 'social_action',
    title: 'Se loger : les solutions de logement pour les personnels',
    summary:
      'Logements réservés aux agents de l’État, aides à l’entrée dans un logement, logement temporaire : les pistes pour trouver un toit près de votre affectation.',
    body: `## Les logements réservés

L’État réserve des logements sociaux pour ses agents auprès de bailleurs. Les offres sont publiées sur une plateforme interministérielle de logement des agents de l’État : vous y créez un compte et candidatez aux logements proposés près de votre lieu de travail. Les conditions de ressources du logement social s’appliquent.

## Les aides

- **Aide à l’installation des personnels** pour une première affectation ;
- **Garantie de loyer** gratuite proposée par certains organismes aux agents publics, qui rassure les propriétaires ;
- **Prêts** d’action sociale pour le dépôt de garantie ou le déménagement, selon l’académie.

## Le logement temporaire

Pour une prise de poste loin de chez vous, des solutions temporaires existent : résidences pour jeunes actifs, logements en internat de certains établissements, réseaux de location meublée. Renseignez-vous auprès de votre établissement d’affectation.

## Logement de fonction

Certains emplois (personnels de direction, gestionnaires, conseillers principaux d’éducation, personnels de santé en internat) ouvrent droit à un logement de fonction, selon la nature de l’emploi et les disponibilités.

## Qui peut vous aider ?

L’**assistant de service social des personnels** connaît les dispositifs de votre département et peut appuyer une demande de logement social. Le conseiller RH de proximité vous oriente selon votre situation.`,
    audiences: [],
    scope: 'national',
    situations: ['starting', 'family_and_life', 'changing_job'],
    related: ['aide-installation-personnels', 'assistant-service-social-personnels'],
    contactPointKinds: ['assistant de service social', 'conseiller RH de proximité'],
  },
  {
    slug: 'faq-action-sociale',
    kind: 'faq',
    theme: 'social_action',
    title: 'Action sociale : les questions fréquentes',
    summary:
      'Contractuels, retraités, délais, cumul des aides : les réponses aux questions les plus posées sur l’action sociale.',
    body: `## Je suis contractuel : ai-je droit aux aides ?

Oui, pour beaucoup d’entre elles, à condition d’avoir un contrat d’une durée minimale ou une certaine ancienneté. Les conditions sont précisées pour chaque prestation.

## Je suis retraité : puis-je encore être aidé ?

Certaines aides restent ouvertes aux retraités de l’Éducation nationale, notamment les secours en cas de difficulté et certaines prestations interministérielles. L’assistant de service social peut vous renseigner.

## Mon conjoint travaille aussi dans la fonction publique : qui fait la demande ?

En général, un seul des deux parents peut percevoir une même prestation pour un même enfant. Choisissez celui pour lequel l’aide est la plus favorable et gardez une attestation de non-perception de l’autre employeur.

## Les aides sont-elles imposables ?

La plupart des prestations d’action sociale ne sont pas imposables. Vérifiez pour chaque aide la mention sur votre notification.

## Combien de temps pour obtenir une réponse ?

De quelques semaines à deux mois selon l’aide et la période. Pour une urgence, dites-le à l’assistant de service social : une procédure accélérée existe pour les secours.

## Qui contacter ?

La division des prestations sociales du rectorat pour les prestations, l’assistant de service social pour toute difficulté. Si vous ne savez pas par où commencer, écrivez au conseiller RH de proximité.`,
    audiences: [],
    scope: 'national',
    situations: ['family_and_life', 'in_difficulty'],
    related: ['action-sociale-prestations', 'assistant-service-social-personnels', 'cesu-garde-enfant'],
    contactPointKinds: ['division des prestations sociales', 'assistant de service social'],
  },
];

// ---------------------------------------------------------------------------------------------
// Protection des personnels

const PROTECTION_ARTICLES: DemoArticle[] = [
  {
    slug: 'protection-fonctionnelle',
    kind: 'scheme',
    theme: 'protection',
    title: 'La protection fonctionnelle : être défendu par votre employeur',
    summary:
      'Si vous êtes victime de menaces, violences, injures, diffamation ou harcèlement en raison de vos fonctions, votre administration doit vous protéger et vous assister.',
    body: `## Pour qui ?

Tous les agents publics, titulaires, stagiaires et contractuels, victimes d’**attaques liées à leurs fonctions** : menaces, violences, voies de fait, injures, diffamation, outrages, harcèlement, atteintes sur les réseaux sociaux. Les membres de la famille peuvent en bénéficier dans certains cas. La protection couvre aussi l’agent poursuivi pour des faits commis dans l’exercice de ses fonctions, sauf faute personnelle.

## Ce qu’elle apporte

- Des **mesures pour faire cesser les attaques** (rappel à la loi par l’administration, signalement, changement d’organisation) ;
- Un **soutien** : écoute, orientation vers le médecin du travail, le psychologue, l’assistant de service social ;
- La **prise en charge des frais de justice** (honoraires d’avocat, selon une convention) si vous portez plainte ou êtes poursuivi ;
- La **réparation** des préjudices subis, si l’auteur ne peut pas le faire.

## Comment la demander ?

Par un **courrier adressé au recteur**, par la voie hiérarchique (une copie directe est possible en cas d’urgence), qui décrit les faits, leur lien avec vos fonctions, et joint les pièces utiles (dépôt de plainte, témoignages, captures d’écran, certificat médical). L’administration doit répondre dans un délai raisonnable ; l’absence de réponse peut être contestée.

## Ne restez pas seul

Parler de ce que vous vivez est un premier pas. Le conseiller RH de proximité peut vous aider à rédiger la demande et vous mettre en relation avec le service juridique de l’académie.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty'],
    related: ['violences-harcelement-signaler', 'atteinte-reseaux-sociaux', 'cellule-ecoute-personnels', 'accident-service-trajet'],
    scheme: {
      forWhom: 'Les agents publics victimes d’attaques liées à leurs fonctions, ou poursuivis pour des faits de service sans faute personnelle.',
      gives: 'Des mesures de prévention et de soutien, la prise en charge des frais de justice et la réparation des préjudices.',
      howToAsk: 'Par un courrier au recteur, par la voie hiérarchique, décrivant les faits et joignant les pièces utiles.',
    },
    contactPointKinds: ['service juridique', 'conseiller RH de proximité', 'chef d’établissement'],
  },
  {
    slug: 'violences-harcelement-signaler',
    kind: 'guide',
    theme: 'protection',
    title: 'Violences, harcèlement, discriminations : signaler et être accompagné',
    summary:
      'Si vous êtes victime ou témoin de violences, de harcèlement moral ou sexuel, de discriminations ou d’agissements sexistes, un dispositif de signalement vous permet d’être écouté, accompagné et protégé.',
    body: `## Vous n’êtes pas seul

Le **harcèlement** moral ou sexuel, les violences, les discriminations et les agissements sexistes ne sont jamais acceptables, qu’ils viennent d’un collègue, d’un supérieur ou d’un chef de service, d’un usager ou d’un parent d’élève. Votre administration a l’obligation de vous protéger.

Ce que vous vivez mérite d’être entendu par une personne : cette fiche vous indique qui contacter, elle ne remplace pas un échange avec un professionnel.

## En cas d’urgence

- Danger immédiat : **17** (police) ou **112** ;
- Détresse, idées suicidaires : **3114**, gratuit, 24 heures sur 24 ;
- Violences sexistes et sexuelles : **3919**.

## Le dispositif de signalement

Chaque administration dispose d’un **dispositif de signalement** des actes de violence, de discrimination, de harcèlement et d’agissements sexistes. Vous pouvez y faire un signalement, en tant que victime ou témoin. Il garantit la confidentialité et organise :
- le recueil de votre signalement ;
- votre orientation vers les services d’accompagnement et de soutien ;
- l’orientation vers les autorités compétentes pour protéger les victimes et traiter les faits.

## Qui peut vous accompagner ?

- Le **conseiller RH de proximité**, qui vous écoute et vous oriente ;
- La **ligne d’écoute** de l’académie ;
- Le **médecin du travail** et le **psychologue du travail** ;
- L’**assistant de service social** ;
- Le **référent égalité** pour les agissements sexistes.

## Garder des traces

Notez les faits, les dates, les témoins ; conservez messages et courriels. Ces éléments seront utiles pour une demande de **protection fonctionnelle** ou une plainte.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty'],
    related: ['protection-fonctionnelle', 'cellule-ecoute-personnels', 'amiens-ligne-ecoute', 'risques-psychosociaux'],
    contactPointKinds: ['conseiller RH de proximité', 'ligne d’écoute', 'médecin du travail', 'psychologue du travail', 'assistant de service social', 'référent égalité femmes-hommes'],
  },
  {
    slug: 'cellule-ecoute-personnels',
    kind: 'scheme',
    theme: 'protection',
    title: 'La cellule d’écoute des personnels : parler à quelqu’un',
    summary:
      'Une écoute par des psychologues, gratuite et confidentielle, pour tous les personnels qui traversent une période difficile, au travail ou en dehors.',
    body: `## Pour qui ?

Tous les personnels, quel que soit leur métier ou leur statut, qui ressentent le besoin de parler : fatigue, stress, conflit, événement traumatisant (agression, décès d’un élève ou d’un collègue), sentiment d’isolement, difficultés personnelles.

## Ce qu’elle apporte

- Une **écoute immédiate** par un psychologue, par téléphone ;
- Un **soutien ponctuel**, et si besoin quelques entretiens ;
- Une **orientation** vers les bons relais : médecin du travail, psychologue du travail, assistant de service social, professionnels de santé extérieurs.

L’appel est **anonyme** si vous le souhaitez, et rien n’est transmis à votre employeur.

## Après un événement grave

Lorsqu’un établissement est touché par un événement traumatisant, une cellule d’écoute peut se déplacer ou organiser des temps collectifs pour les équipes. Les chefs d’établissement peuvent la solliciter par l’intermédiaire de la DSDEN.

## Comment la joindre ?

Le numéro de la ligne d’écoute figure dans la mallette de l’accompagnement de votre académie et sur l’intranet. En cas de détresse, appelez le **3114**, numéro national de prévention du suicide.

La cellule d’écoute ne remplace pas un suivi médical ni un accompagnement RH : pour une situation qui dure, le conseiller RH de proximité peut construire avec vous une réponse dans le temps.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty'],
    related: ['amiens-ligne-ecoute', 'violences-harcelement-signaler', 'risques-psychosociaux'],
    scheme: {
      forWhom: 'Tous les personnels qui traversent une période difficile, au travail ou dans leur vie personnelle.',
      gives: 'Une écoute confidentielle par des psychologues, un soutien ponctuel et une orientation vers les bons relais.',
      howToAsk: 'Par téléphone, au numéro indiqué dans la mallette de l’accompagnement de l’académie, anonymement si vous le souhaitez.',
    },
    contactPointKinds: ['ligne d’écoute', 'psychologue du travail'],
  },
  {
    slug: 'amiens-ligne-ecoute',
    kind: 'sheet',
    theme: 'protection',
    title: 'Académie d’Amiens : la ligne d’écoute et le soutien après un événement grave',
    summary:
      'Dans l’académie d’Amiens, une ligne d’écoute des personnels et une procédure de soutien aux équipes après un événement traumatisant.',
    body: `## La ligne d’écoute

L’académie d’Amiens met à disposition de tous ses personnels une **ligne d’écoute** tenue par des psychologues, joignable en semaine et en soirée. Le numéro est affiché dans la mallette de l’accompagnement, sur l’intranet et dans chaque salle des personnels. L’appel est confidentiel et peut être anonyme.

## Quand appeler ?

- Vous vous sentez épuisé, découragé ou à bout ;
- Vous avez vécu une agression, une menace, un conflit violent ;
- Vous êtes témoin d’une situation qui vous affecte ;
- Vous avez simplement besoin de parler.

## Après un événement grave dans un établissement

Le chef d’établissement ou l’inspecteur prévient la DSDEN. L’académie organise alors :
1. un **appel de soutien** aux personnels directement concernés dans les jours qui suivent ;
2. si besoin, l’intervention d’une **cellule d’écoute** sur place ;
3. un **courrier** rappelant les dispositifs (protection fonctionnelle, accident de service, médecine de prévention) ;
4. un point de suivi quelques semaines après.

## Les relais dans les départements

- Médecins de prévention et assistants de service social des personnels à Laon, Beauvais et Amiens ;
- Psychologue du travail du rectorat ;
- Conseillers RH de proximité de l’Aisne, de l’Oise et de la Somme.

En cas de détresse, appelez le **3114**. En cas de danger immédiat, composez le **17** ou le **112**.`,
    audiences: [],
    scope: 'academie',
    situations: ['in_difficulty'],
    related: ['cellule-ecoute-personnels', 'violences-harcelement-signaler', 'protection-fonctionnelle'],
    contactPointKinds: ['ligne d’écoute', 'psychologue du travail', 'médecin du travail', 'assistant de service social', 'conseiller RH de proximité'],
  },
  {
    slug: 'atteinte-reseaux-sociaux',
    kind: 'faq',
    theme: 'protection',
    title: 'Je suis mis en cause sur les réseaux sociaux : que faire ?',
    summary:
      'Propos injurieux, diffamation, photos diffusées sans accord : les premiers gestes et les soutiens possibles quand votre image est attaquée en ligne.',
    body: `## Que faire tout de suite ?

1. **Ne répondez pas** aux messages : une réponse alimente souvent la diffusion.
2. **Conservez les preuves** : captures d’écran datées, adresses des pages, noms des comptes. Un constat par commissaire de justice peut être utile.
3. **Signalez les contenus** à la plateforme, et sur le portail officiel de signalement des contenus illicites en ligne.
4. **Prévenez votre chef d’établissement** ou votre supérieur, qui informe l’inspection et la DSDEN.

## L’administration peut-elle m’aider ?

Oui. Les attaques liées à vos fonctions ouvrent droit à la **protection fonctionnelle** : l’administration peut intervenir auprès des auteurs (par exemple des parents d’élèves), demander le retrait des contenus, et prendre en charge vos frais d’avocat si vous portez plainte.

## Dois-je porter plainte ?

C’est votre choix. Une plainte est souvent utile pour faire cesser les faits et obtenir réparation. Vous pouvez être accompagné dans cette démarche.

## Et si cela m’affecte ?

C’est normal d’être touché. Parlez-en : la **ligne d’écoute** des personnels, le médecin du travail ou le conseiller RH de proximité peuvent vous soutenir. Un arrêt de travail lié à ces faits peut relever de l’accident de service.

## Prévenir

Vérifiez les paramètres de confidentialité de vos comptes personnels et évitez d’y mentionner votre établissement.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty'],
    related: ['protection-fonctionnelle', 'violences-harcelement-signaler', 'cellule-ecoute-personnels'],
    contactPointKinds: ['chef d’établissement', 'service juridique', 'conseiller RH de proximité', 'ligne d’écoute'],
  },
  {
    slug: 'registre-sante-securite-travail',
    kind: 'sheet',
    theme: 'protection',
    title: 'Le registre santé et sécurité au travail et le droit de retrait',
    summary:
      'Signaler un risque ou une situation dangereuse dans votre lieu de travail : le registre santé et sécurité, le signalement de danger grave et imminent.',
    body: `## Le registre santé et sécurité au travail

Chaque école, établissement et service dispose d’un **registre santé et sécurité au travail**, souvent accessible en ligne. Vous pouvez y consigner :
- un risque ou un dysfonctionnement (locaux dégradés, équipement dangereux, chauffage défaillant) ;
- une situation de travail difficile (incivilités répétées, charge excessive) ;
- une suggestion d’amélioration des conditions de travail.

Le chef de service doit en prendre connaissance, y répondre et prendre les mesures nécessaires. Le registre est consulté par les conseillers de prévention et la formation spécialisée en santé, sécurité et conditions de travail.

## Le danger grave et imminent

Si vous avez un motif raisonnable de penser qu’une situation présente un **danger grave et imminent** pour votre vie ou votre santé, vous pouvez :
1. **alerter** immédiatement votre supérieur ;
2. **vous retirer** de la situation (droit de retrait), sans créer pour autrui une nouvelle situation de danger ; pour un enseignant, cela suppose que les élèves restent sous surveillance ;
3. consigner le signalement dans le **registre spécial** des dangers graves et imminents.

Aucune sanction ni retenue de salaire ne peut être prise contre un agent qui a exercé légitimement ce droit.

## Être accompagné

Le conseiller de prévention de votre département et le conseiller RH de proximité peuvent vous aider à formuler un signalement. Pour une agression, pensez aussi à la **protection fonctionnelle** et à la déclaration d’**accident de service**.`,
    audiences: [],
    scope: 'national',
    situations: ['in_difficulty', 'managing_a_team'],
    related: ['accident-service-trajet', 'protection-fonctionnelle', 'risques-psychosociaux'],
    contactPointKinds: ['conseiller de prévention', 'chef d’établissement', 'conseiller RH de proximité'],
  },
  {
    slug: 'rh-accueillir-agent-victime',
    kind: 'guide',
    theme: 'protection',
    title: 'Fiche RH : accueillir un agent victime d’une agression ou de harcèlement',
    summary:
      'Pour les conseillers RH de proximité : écouter, protéger, orienter et suivre un agent qui se dit victime, sans se substituer aux professionnels.',
    body: `## Écouter

- Recevez l’agent rapidement, dans un lieu calme, en garantissant la confidentialité.
- Laissez-le décrire la situation à son rythme ; ne qualifiez pas les faits et ne mettez pas en doute sa parole.
- Repérez les signes de détresse : en cas de risque suicidaire, ne laissez pas la personne seule, contactez le **3114** ou le **15** avec elle.

## Protéger

- Informez l’agent de ses droits : **protection fonctionnelle**, déclaration d’**accident de service**, dépôt de plainte, **dispositif de signalement**.
- Avec son accord, alertez l’autorité hiérarchique pour que des mesures conservatoires soient prises si les faits se poursuivent.
- Si l’auteur présumé est le supérieur direct de l’agent, passez par l’échelon supérieur.

## Orienter

- Médecin du travail, psychologue du travail, ligne d’écoute ;
- Assistant de service social ;
- Service juridique pour la protection fonctionnelle ;
- Référent égalité pour les agissements sexistes.

Enregistrez chaque orientation dans ProxiRH et **suivez la réponse** de chaque interlocuteur.

## Suivre

Reprenez contact avec l’agent dans les jours qui suivent, puis à intervalles réguliers. Une situation de harcèlement peut relever du groupe « situations RH » de l’académie : proposez-le à l’agent, qui reste maître de ce qui est partagé.

## Prendre soin de soi

Ces situations sont lourdes : parlez-en avec votre coordonnateur et ne restez pas seul avec un cas difficile.`,
    audiences: [],
    hrStaffOnly: true,
    scope: 'national',
    situations: ['in_difficulty'],
    related: ['violences-harcelement-signaler', 'protection-fonctionnelle', 'cellule-ecoute-personnels'],
    contactPointKinds: ['médecin du travail', 'psychologue du travail', 'service juridique', 'assistant de service social', 'coordonnateur'],
  },
];

// ---------------------------------------------------------------------------------------------
// Fin de carrière

const END_OF_CAREER_ARTICLES: DemoArticle[] = [
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

// ---------------------------------------------------------------------------------------------
// Télétravail

const TELEWORK_ARTICLES: DemoArticle[] = [
  {
    slug: 'teletravail-campagne',
    kind: 'guide',
    theme: 'telework',
    title: 'Télétravail : la campagne de demandes',
    summary:
      'Comment demander à télétravailler : qui est concerné, combien de jours, le calendrier de la campagne et le déroulement de l’instruction.',
    body: `## Qui peut télétravailler ?

Les personnels dont les **activités sont compatibles** avec le travail à distance : personnels administratifs, techniques, sociaux et de santé, personnels d’encadrement pour une partie de leurs missions. Les activités d’enseignement devant élèves et celles qui demandent une présence physique ne sont pas télétravaillables.

## Combien de jours ?

Le cadre général prévoit **jusqu’à trois jours par semaine** de télétravail, avec au moins deux jours de présence sur site. Des jours flottants peuvent être prévus. Des dérogations existent pour raison de santé, de handicap, de grossesse ou de proche aidant, sur avis du médecin du travail.

## La campagne

De nombreux services organisent une **campagne annuelle** :
1. **Demande écrite** de l’agent, précisant les jours souhaités et le lieu d’exercice ;
2. **Entretien** avec le supérieur hiérarchique sur les activités télétravaillables et l’organisation de l’équipe ;
3. **Décision** écrite, dans un délai fixé ; un refus doit être motivé et précédé d’un entretien ;
4. **Autorisation** pour une durée déterminée, avec une période d’adaptation.

Une demande reste possible en cours d’année.

## Ce que l’employeur fournit

Le matériel nécessaire (ordinateur portable, accès sécurisé) et une **indemnité forfaitaire** par jour télétravaillé, dans la limite d’un plafond annuel.

## Un refus ?

Vous pouvez demander un réexamen et saisir l’instance compétente. Le conseiller RH de proximité peut vous aider à préparer l’entretien.`,
    audiences: ['biatss', 'leadership'],
    scope: 'national',
    situations: ['family_and_life'],
    related: ['teletravail-faq', 'teletravail-encadrer-equipe', 'amiens-teletravail-calendrier'],
    contactPointKinds: ['supérieur hiérarchique', 'conseiller RH de proximité'],
  },
  {
    slug: 'teletravail-faq',
    kind: 'faq',
    theme: 'telework',
    title: 'Télétravail : les questions fréquentes',
    summary:
      'Horaires, équipement, accident à domicile, droit à la déconnexion, télétravail temporaire : les réponses aux questions que vous nous posez le plus.',
    body: `## Mes horaires sont-ils les mêmes ?

Oui. Vous devez être joignable pendant les plages horaires habituelles de votre service. Le **droit à la déconnexion** s’applique : en dehors de ces plages, vous n’avez pas à répondre aux messages.

## Puis-je télétravailler ailleurs qu’à mon domicile ?

Oui, si le lieu est déclaré dans votre demande et s’il permet de travailler dans de bonnes conditions (connexion, confidentialité) : une résidence secondaire, un espace de travail partagé.

## Et si j’ai un accident chez moi pendant une journée de télétravail ?

Un accident survenu pendant les heures de télétravail, dans le cadre de l’activité professionnelle, peut être reconnu comme **accident de service**. Déclarez-le comme vous le feriez sur site.

## Je suis enseignant : puis-je télétravailler ?

Les heures d’enseignement se font devant les élèves. Les activités de préparation et de correction s’organisent librement en dehors du service d’enseignement, sans qu’il s’agisse de télétravail au sens réglementaire.

## Puis-je télétravailler ponctuellement ?

Oui : des jours flottants peuvent être prévus, et le télétravail temporaire peut être imposé ou autorisé en cas de circonstances exceptionnelles (intempéries, crise sanitaire).

## Et mes frais ?

Une **indemnité forfaitaire** est versée par jour de télétravail, dans la limite d’un plafond annuel. Le matériel informatique est fourni par l’employeur.

## Ma demande a été refusée

Demandez les motifs, puis un réexamen. Le conseiller RH de proximité peut vous aider.`,
    audiences: [],
    scope: 'national',
    situations: ['family_and_life'],
    related: ['teletravail-campagne', 'accident-service-trajet'],
    contactPointKinds: ['supérieur hiérarchique', 'conseiller RH de proximité'],
  },
  {
    slug: 'teletravail-encadrer-equipe',
    kind: 'guide',
    theme: 'telework',
    title: 'Encadrer une équipe en télétravail',
    summary:
      'Pour les chefs de service et de bureau : instruire les demandes de télétravail, organiser l’équipe et garder le collectif vivant.',
    body: `## Instruire les demandes

- Identifiez les **activités télétravaillables** de chaque poste, plutôt que de raisonner poste par poste.
- Recevez chaque agent en **entretien** avant de décider ; un refus doit être motivé par écrit.
- Veillez à l’**équité** entre les agents de l’équipe et à la continuité du service (accueil, permanences).

## Organiser le travail

- Fixez ensemble des **jours de présence commune** pour les réunions et les temps collectifs.
- Définissez les plages de joignabilité et les outils de communication.
- Organisez le suivi par **objectifs** et par des points réguliers, plutôt que par le contrôle du temps de connexion.
- Respectez et faites respecter le **droit à la déconnexion**, y compris pour vous-même.

## Prévenir l’isolement

Le télétravail peut isoler certains agents. Restez attentif aux signaux : baisse de contact, retards, fatigue. Un échange individuel régulier permet de repérer une difficulté tôt.

## Être aidé

- Le **conseiller RH de proximité** et l’**appui managérial** de l’académie peuvent vous aider à réorganiser une équipe ou à traiter une situation délicate.
- Le médecin du travail peut conseiller sur les aménagements pour raison de santé.
- Des formations au management à distance sont proposées par l’EAFC.

## Faire le bilan

Un point annuel d’équipe sur le télétravail permet d’ajuster l’organisation avant la campagne suivante.`,
    audiences: ['leadership', 'biatss'],
    scope: 'national',
    situations: ['managing_a_team'],
    related: ['teletravail-campagne', 'appui-managerial-personnels-direction', 'risques-psychosociaux'],
    contactPointKinds: ['conseiller RH de proximité', 'appui managérial'],
  },
  {
    slug: 'amiens-teletravail-calendrier',
    kind: 'sheet',
    theme: 'telework',
    title: 'Académie d’Amiens : le calendrier de la campagne de télétravail',
    summary:
      'Les dates de la campagne annuelle de télétravail au rectorat d’Amiens et dans les DSDEN de l’Aisne, de l’Oise et de la Somme.',
    body: `## Une campagne annuelle

Au rectorat et dans les trois DSDEN (Aisne, Oise, Somme), les demandes de **télétravail** sont instruites au cours d’une **campagne annuelle**, pour des autorisations qui prennent effet à la rentrée de septembre.

| Période | Étape |
|---|---|
| Mai | Publication de la note académique et du formulaire |
| Juin | Dépôt des demandes auprès du supérieur hiérarchique |
| Juin – juillet | Entretiens et décisions |
| Septembre | Début des autorisations, période d’adaptation de trois mois |

Les dates exactes de l’année figurent dans la note académique et dans le calendrier des dates clés de ProxiRH.

## En cours d’année

Une demande peut être déposée à tout moment en cas de changement de situation : nouvelle affectation, raison de santé, proche aidant, grossesse. Elle est instruite dans le délai prévu par la note.

## Pour les établissements

Les personnels administratifs des collèges et lycées déposent leur demande auprès de leur chef d’établissement, selon la même note académique.

## Les interlocuteurs

- Votre supérieur hiérarchique pour la demande ;
- Le médecin du travail pour une dérogation liée à la santé ;
- Le conseiller RH de proximité pour toute question sur la procédure.`,
    audiences: ['biatss', 'leadership'],
    scope: 'academie',
    situations: ['family_and_life'],
    related: ['teletravail-campagne', 'teletravail-faq'],
    contactPointKinds: ['supérieur hiérarchique', 'médecin du travail', 'conseiller RH de proximité'],
  },
];

// ---------------------------------------------------------------------------------------------
// Appui managérial

const MANAGERIAL_ARTICLES: DemoArticle[] = [
  {
    slug: 'appui-managerial-personnels-direction',
    kind: 'scheme',
    theme: 'managerial_support',
    title: 'L’accompagnement managérial des personnels de direction et d’encadrement',
    summary:
      'Chefs d’établissement, adjoints, inspecteurs, directeurs d’école et chefs de service peuvent être accompagnés face à une situation de management difficile.',
    body: `## Pour quelles situations ?

- Une **tension dans une équipe** : conflit entre collègues, clivage, climat dégradé ;
- Un **agent en difficulté** : absences répétées, souffrance, insuffisance professionnelle ;
- Une **situation de crise** : agression, événement grave, mise en cause publique ;
- Une **prise de poste** ou une réorganisation ;
- Votre propre **épuisement** ou isolement dans la fonction.

## Ce que l’accompagnement apporte

- Un **entretien confidentiel** avec un conseiller RH de proximité spécialisé dans l’appui managérial ;
- Une **analyse de la situation** et des pistes d’action, avec les textes utiles ;
- La mobilisation des bons relais : médecin du travail, assistant de service social, service juridique, inspection ;
- Si besoin, un **accompagnement dans la durée**, du coaching ou une analyse de pratiques entre pairs.

## Comment le demander ?

Déposez une demande dans ProxiRH en choisissant « appui managérial », ou contactez directement le conseiller RH de proximité de votre département. Pour une crise aiguë, prévenez aussi la DSDEN.

## Confidentialité

L’accompagnement ne fait l’objet d’aucun compte rendu à votre hiérarchie sans votre accord. Demander de l’aide n’est pas un aveu de faiblesse : c’est une pratique professionnelle.`,
    audiences: ['leadership'],
    scope: 'national',
    situations: ['managing_a_team', 'in_difficulty'],
    related: ['gerer-conflit-equipe', 'prendre-fonction-chef-etablissement', 'risques-psychosociaux', 'vivier-encadrement-mae'],
    scheme: {
      forWhom: 'Les personnels de direction, d’inspection, les directeurs d’école et les chefs de service confrontés à une situation de management.',
      gives: 'Des entretiens confidentiels, une analyse de la situation, la mobilisation des relais utiles et un suivi dans la durée.',
      howToAsk: 'Par une demande « appui managérial » dans ProxiRH ou auprès du conseiller RH de proximité du département.',
    },
    contactPointKinds: ['conseiller RH de proximité', 'appui managérial', 'médecin du travail', 'service juridique'],
  },
  {
    slug: 'prendre-fonction-chef-etablissement',
    kind: 'guide',
    theme: 'managerial_support',
    title: 'Prendre ses fonctions de chef d’établissement ou d’adjoint',
    summary:
      'Les premières semaines dans un nouvel établissement : rencontrer, comprendre, prioriser, et savoir sur qui s’appuyer.',
    body: `## Avant l’arrivée

- Rencontrez votre prédécesseur si possible, et l’équipe de direction.
- Lisez le projet d’établissement, le contrat d’objectifs, les derniers conseils d’administration et le document unique d’évaluation des risques.
- Repérez les **dossiers urgents** de la rentrée : emplois du temps, moyens, personnels non remplacés.

## Les premières semaines

1. **Écoutez** avant de décider : entretiens avec l’adjoint, le gestionnaire, le conseiller principal d’éducation, les coordonnateurs, les représentants des personnels.
2. **Rencontrez les partenaires** : collectivité de rattachement, inspecteurs, mairie, associations de parents.
3. **Fixez quelques priorités** partagées, sans tout changer tout de suite.
4. Installez des **rituels** : réunions d’équipe de direction, temps d’échange avec les personnels.

## Les points de vigilance

- Les situations d’agents en difficulté héritées de l’année précédente ;
- Les registres santé et sécurité et les signalements en cours ;
- Les conflits latents dans les équipes.

## Sur qui s’appuyer ?

- Le **réseau des pairs** du bassin et un collègue référent, dans le cadre de l’accompagnement des nouveaux personnels de direction ;
- La **formation statutaire** et continue proposée par l’EAFC ;
- L’**appui managérial** du service RH de proximité pour toute situation humaine délicate ;
- La DSDEN et le rectorat pour les questions juridiques et de moyens.`,
    audiences: ['leadership'],
    scope: 'national',
    situations: ['managing_a_team', 'starting'],
    related: ['appui-managerial-personnels-direction', 'gerer-conflit-equipe', 'registre-sante-securite-travail'],
    contactPointKinds: ['appui managérial', 'conseiller RH de proximité', 'DSDEN'],
  },
  {
    slug: 'gerer-conflit-equipe',
    kind: 'guide',
    theme: 'managerial_support',
    title: 'Prévenir et gérer un conflit dans une équipe',
    summary:
      'Repérer un conflit naissant, en parler, rechercher une solution et, si besoin, faire appel à une médiation ou à l’appui managérial.',
    body: `## Repérer tôt

Un conflit s’installe souvent progressivement : remarques, retrait, rumeurs, refus de travailler ensemble, plaintes répétées. Plus il est traité tôt, plus il est simple à apaiser.

## Les étapes recommandées

1. **Écouter séparément** chaque personne concernée, en restant neutre, et distinguer les faits, les ressentis et les demandes.
2. **Identifier la nature du conflit** : organisation du travail, répartition des tâches, valeurs professionnelles, relation personnelle.
3. **Réunir les personnes**, si elles l’acceptent, pour rechercher ensemble des solutions concrètes.
4. **Formaliser** ce qui a été convenu et prévoir un point de suivi.

## Quand faire appel à un tiers ?

- Quand les échanges directs n’aboutissent pas ;
- Quand vous êtes vous-même partie au conflit ;
- Quand la situation touche la santé des personnes.

Une **médiation** peut être proposée par l’académie. Le conseiller RH de proximité et l’**appui managérial** peuvent vous aider à préparer les entretiens.

## Attention

Un conflit n’est pas du harcèlement, mais il peut en masquer. Si une personne se dit victime de **harcèlement**, de violence ou de discrimination, des obligations précises s’appliquent : protéger la personne, faire cesser les faits, orienter vers le dispositif de signalement. Ne restez pas seul pour traiter ces situations.`,
    audiences: ['leadership'],
    scope: 'national',
    situations: ['managing_a_team'],
    related: ['appui-managerial-personnels-direction', 'violences-harcelement-signaler', 'risques-psychosociaux'],
    contactPointKinds: ['appui managérial', 'conseiller RH de proximité', 'médiateur'],
  },
  {
    slug: 'vivier-encadrement-mae',
    kind: 'sheet',
    theme: 'managerial_support',
    title: 'Académie d’Amiens : le vivier de la mission académique de l’encadrement',
    summary:
      'La mission académique de l’encadrement d’Amiens repère et accompagne les personnels qui souhaitent évoluer vers des fonctions d’encadrement.',
    body: `## Qu’est-ce que le vivier ?

La **mission académique de l’encadrement** (MAE) de l’académie d’Amiens identifie les personnels qui ont le potentiel et l’envie d’exercer des fonctions d’encadrement : personnel de direction, inspecteur, chef de service, directeur d’école, conseiller technique. Les personnes repérées intègrent un **vivier** et bénéficient d’un accompagnement.

## Comment y entrer ?

- Sur **proposition** de votre supérieur ou de votre inspecteur, à l’issue d’un entretien ou d’un rendez-vous de carrière ;
- Sur **candidature spontanée**, après un entretien avec la MAE.

## Ce que vous y trouvez

- Des **entretiens de carrière** pour construire votre projet ;
- Des **formations** au management et à la conduite de projets, avec l’EAFC ;
- Des **missions** pour découvrir les fonctions : faisant fonction, stage d’observation, mission académique ;
- Une aide à la préparation des concours et des entretiens de recrutement.

## Une démarche ouverte à tous

Le vivier est ouvert à tous les corps, y compris aux personnels administratifs et aux personnels du premier degré. L’académie veille à l’égalité entre les femmes et les hommes dans le repérage.

## Comment se renseigner ?

Écrivez au service RH de proximité depuis ProxiRH en indiquant « projet d’encadrement » : votre demande sera transmise à la MAE. Vous pouvez aussi en parler lors de votre prochain entretien.`,
    audiences: [],
    scope: 'academie',
    situations: ['developing_skills', 'managing_a_team'],
    related: ['preparer-concours-interne', 'amiens-guide-carriere', 'appui-managerial-personnels-direction'],
    contactPointKinds: ['mission académique de l’encadrement', 'conseiller RH de proximité'],
  },
  {
    slug: 'conduire-entretien-professionnel',
    kind: 'guide',
    theme: 'managerial_support',
    title: 'Conduire l’entretien professionnel de vos collaborateurs',
    summary:
      'Pour les supérieurs hiérarchiques des personnels BIATSS : préparer, conduire et rédiger un entretien professionnel utile à l’agent et au service.',
    body: `## Préparer

- Convoquez l’agent au moins **huit jours avant**, en lui transmettant la fiche de poste et le compte rendu précédent.
- Relisez les objectifs fixés l’année précédente et notez des faits précis : réussites, difficultés, contexte.
- Réservez un temps suffisant (une heure au moins) et un lieu calme.

## Conduire l’entretien

1. **Laissez l’agent s’exprimer d’abord** sur son année.
2. Faites le bilan des **résultats** au regard des objectifs, en tenant compte des moyens et du contexte.
3. Échangez sur la **manière de servir** et les compétences, avec des exemples.
4. Fixez **ensemble** des objectifs réalistes pour l’année à venir.
5. Abordez les **besoins de formation** et les **perspectives** : mobilité, promotion, évolution des missions.

## Rédiger le compte rendu

Écrivez de manière factuelle, mesurée et compréhensible. Les appréciations littérales comptent pour les promotions : évitez les formules vagues. Remettez le compte rendu dans les délais pour que l’agent puisse formuler ses observations.

## Les situations délicates

Si l’entretien révèle une souffrance, un conflit ou un problème de santé, ne le traitez pas dans l’entretien d’évaluation : proposez un échange séparé et orientez vers le médecin du travail ou le conseiller RH de proximité. L’**appui managérial** peut vous aider à préparer un entretien difficile.`,
    audiences: ['leadership'],
    scope: 'national',
    situations: ['managing_a_team'],
    related: ['entretien-professionnel-biatss', 'appui-managerial-personnels-direction'],
    contactPointKinds: ['appui managérial', 'conseiller RH de proximité'],
  },
  {
    slug: 'rh-groupe-situations-rh',
    kind: 'sheet',
    theme: 'managerial_support',
    title: 'Fiche RH : le groupe « situations RH » pour les cas complexes',
    summary:
      'Pour les personnels RH de l’académie d’Amiens : quand et comment présenter une situation individuelle complexe au groupe mensuel « situations RH ».',
    body: `## À quoi sert le groupe ?

Le groupe **« situations RH »** de l’académie d’Amiens réunit chaque mois les acteurs de l’accompagnement : coordonnateur du service RH de proximité, médecin de prévention, assistant de service social, psychologue du travail, conseiller mobilité carrière, représentants des divisions de gestion. Il étudie les situations individuelles complexes qu’aucun acteur ne peut résoudre seul.

## Quelles situations présenter ?

- Un agent en difficulté durable, avec plusieurs dimensions (santé, affectation, conflit, finances) ;
- Un retour à l’emploi après un long congé, qui demande une affectation adaptée ;
- Une situation de crise dans un établissement touchant plusieurs personnes ;
- Une situation bloquée malgré plusieurs orientations.

## Comment présenter une situation ?

1. Recueillez l’**accord de l’agent** : il sait que sa situation sera étudiée et par qui.
2. Rédigez une **fiche synthétique** : parcours, difficultés, ce qui a déjà été fait, la question posée au groupe. N’y mettez aucune information médicale : le médecin la porte lui-même si nécessaire.
3. Inscrivez la situation à l’ordre du jour auprès du coordonnateur, au plus tard une semaine avant la réunion.

## Après la réunion

Le groupe désigne un **référent** pour chaque situation et fixe une date de point. Rendez compte à l’agent des décisions qui le concernent, et tracez les orientations dans ProxiRH.`,
    audiences: [],
    hrStaffOnly: true,
    scope: 'academie',
    situations: ['in_difficulty', 'managing_a_team'],
    related: ['rh-accueillir-agent-victime', 'appui-managerial-personnels-direction', 'poste-adapte-pacd-pald'],
    contactPointKinds: ['coordonnateur', 'médecin du travail', 'assistant de service social', 'psychologue du travail', 'conseiller mobilité carrière'],
  },
];

// ---------------------------------------------------------------------------------------------
// Entrée dans le métier (thème carrière)

const STARTING_ARTICLES: DemoArticle[] = [
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

// ---------------------------------------------------------------------------------------------
// Compléments

const MORE_ARTICLES: DemoArticle[] = [
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

export const DEMO_ARTICLES: readonly DemoArticle[] = [
  ...MOBILITY_ARTICLES,
  ...TRAINING_ARTICLES,
  ...CAREER_ARTICLES,
  ...CAREER_MORE_ARTICLES,
  ...STARTING_ARTICLES,
  ...HEALTH_ARTICLES,
  ...SOCIAL_ARTICLES,
  ...PROTECTION_ARTICLES,
  ...END_OF_CAREER_ARTICLES,
  ...TELEWORK_ARTICLES,
  ...MANAGERIAL_ARTICLES,
  ...MORE_ARTICLES,
];

export const DEMO_CURATED_QUESTIONS: ReadonlyArray<{ question: string; articleSlugs: string[] }> = [
  { question: 'Comment demander une mutation dans une autre académie ?', articleSlugs: ['mobilite-inter-academique', 'amiens-calendrier-mouvement'] },
  { question: 'Comment changer d’établissement dans mon académie ?', articleSlugs: ['mobilite-intra-academique'] },
  { question: 'Comment changer de département quand on est professeur des écoles ?', articleSlugs: ['mutation-premier-degre'] },
  { question: 'Quand ont lieu les mutations ?', articleSlugs: ['amiens-calendrier-mouvement', 'mobilite-inter-academique'] },
  { question: 'Je veux me rapprocher de mon conjoint', articleSlugs: ['mutation-rapprochement-conjoints'] },
  { question: 'Comment partir en congé formation ?', articleSlugs: ['conge-formation-professionnelle', 'faq-conge-formation-professionnelle'] },
  { question: 'Est-on payé pendant un congé de formation ?', articleSlugs: ['faq-conge-formation-professionnelle'] },
  { question: 'Comment utiliser mon CPF ?', articleSlugs: ['compte-personnel-formation'] },
  { question: 'Je veux changer de métier', articleSlugs: ['reconversion-seconde-carriere', 'conseiller-mobilite-carriere', 'bilan-competences'] },
  { question: 'Comment faire un bilan de compétences ?', articleSlugs: ['bilan-competences'] },
  { question: 'Comment se passe le rendez-vous de carrière ?', articleSlugs: ['rendez-vous-de-carriere-ppcr'] },
  { question: 'Je ne suis pas d’accord avec mon appréciation', articleSlugs: ['faq-contester-appreciation-rendez-vous-carriere'] },
  { question: 'Comment passer à la hors classe ?', articleSlugs: ['promotion-hors-classe'] },
  { question: 'Comment prendre une disponibilité ?', articleSlugs: ['disponibilite'] },
  { question: 'Comment être détaché dans une autre administration ?', articleSlugs: ['detachement'] },
  { question: 'Puis-je travailler à temps partiel ?', articleSlugs: ['temps-partiel'] },
  { question: 'Comment reprendre le travail après un arrêt maladie ?', articleSlugs: ['temps-partiel-therapeutique', 'medecine-de-prevention'] },
  { question: 'Comment demander un mi-temps thérapeutique ?', articleSlugs: ['temps-partiel-therapeutique'] },
  { question: 'Comment obtenir un poste adapté ?', articleSlugs: ['poste-adapte-pacd-pald', 'amenagement-de-poste'] },
  { question: 'Comment prendre rendez-vous avec le médecin du travail ?', articleSlugs: ['medecine-de-prevention'] },
  { question: 'J’ai des difficultés financières', articleSlugs: ['amiens-secours-prets', 'assistant-service-social-personnels'] },
  { question: 'Comment demander la protection fonctionnelle ?', articleSlugs: ['protection-fonctionnelle'] },
  { question: 'Quand puis-je partir à la retraite ?', articleSlugs: ['retraite-estimation', 'rendez-vous-fin-de-carriere'] },
  { question: 'Comment calculer ma retraite ?', articleSlugs: ['retraite-estimation'] },
  { question: 'Peut-on travailler en étant retraité ?', articleSlugs: ['cumul-emploi-retraite'] },
  { question: 'Comment demander le télétravail ?', articleSlugs: ['teletravail-campagne', 'amiens-teletravail-calendrier'] },
  { question: 'Comment quitter l’Éducation nationale ?', articleSlugs: ['rupture-conventionnelle', 'demission', 'reconversion-seconde-carriere'] },
  { question: 'Je suis néo-titulaire, par où commencer ?', articleSlugs: ['neo-titulaire-premieres-annees', 'amiens-accueil-nouveaux-personnels'] },
  { question: 'J’ai un conflit dans mon équipe', articleSlugs: ['gerer-conflit-equipe', 'appui-managerial-personnels-direction'] },
];
