import type { DemoArticle } from './types.ts';

/** Demo articles: Action sociale. */
export const SOCIAL_ARTICLES: DemoArticle[] = [
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
