import type { DemoArticle } from './types.ts';

/** Demo articles: Formation. */
export const TRAINING_ARTICLES: DemoArticle[] = [
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
