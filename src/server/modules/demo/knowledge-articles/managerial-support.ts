import type { DemoArticle } from './types.ts';

/** Demo articles: Appui managérial. */
export const MANAGERIAL_ARTICLES: DemoArticle[] = [
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
