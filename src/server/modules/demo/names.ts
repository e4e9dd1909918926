export const FEMALE_GIVEN_NAMES = [
  'Camille', 'Nathalie', 'Sophie', 'Isabelle', 'Claire', 'Julie', 'Émilie', 'Sandrine', 'Valérie', 'Céline',
  'Aurélie', 'Marion', 'Hélène', 'Laure', 'Anne', 'Élodie', 'Karine', 'Christelle', 'Delphine', 'Agnès',
] as const;
export const MALE_GIVEN_NAMES = [
  'Thomas', 'Nicolas', 'Julien', 'Philippe', 'Laurent', 'Olivier', 'Mathieu', 'Sébastien', 'Pierre', 'Éric',
] as const;
export const FAMILY_NAMES = [
  'Martin', 'Bernard', 'Dubois', 'Lefebvre', 'Leroy', 'Moreau', 'Lefèvre', 'Roux', 'Fournier', 'Girard',
  'Bonnet', 'Dupont', 'Lambert', 'Fontaine', 'Rousseau', 'Vincent', 'Muller', 'Faure', 'André', 'Mercier',
  'Blanc', 'Guérin', 'Boyer', 'Garnier', 'Chevalier', 'François', 'Legrand', 'Gauthier', 'Garcia', 'Perrin',
  'Robin', 'Clément', 'Morin', 'Nicolas', 'Henry', 'Roussel', 'Mathieu', 'Gautier', 'Masson', 'Marchand',
] as const;

export const SUBJECTS: Record<string, readonly string[]> = {
  career_project: ['Projet de reconversion vers le second degré', 'Envie d’évoluer vers un poste de direction', 'Détachement dans une autre fonction publique', 'Bilan de compétences et évolution de carrière'],
  work_difficulties: ['Tensions au sein de l’équipe pédagogique', 'Difficultés avec une classe', 'Charge de travail devenue trop lourde', 'Conflit avec ma hiérarchie'],
  health_wellbeing: ['Reprise après un congé de maladie', 'Aménagement de poste pour raison de santé', 'Temps partiel thérapeutique', 'Épuisement professionnel'],
  application_support: ['Dossier de mutation inter-académique', 'Candidature à un poste à profil', 'Demande de disponibilité', 'Dossier de promotion à la hors-classe'],
  training_project: ['Préparation de l’agrégation interne', 'Formation à l’inclusion scolaire', 'Congé de formation professionnelle', 'Certification en langue étrangère'],
  managerial_support: ['Accompagnement d’un agent en difficulté dans mon équipe', 'Gestion d’un conflit dans mon établissement'],
  protection: ['Propos diffamatoires sur les réseaux sociaux', 'Menaces d’un parent d’élève'],
};

/** What the agent writes, in a few words (the demo's requests are not about anybody real). */
export const DESCRIPTIONS = [
  'Bonjour, je souhaiterais être accompagné(e) sur ce sujet. Je reste disponible pour un échange. Cordialement.',
  'Bonjour, je me pose plusieurs questions à ce sujet et j’aimerais en parler avec un conseiller. Merci par avance.',
  'Bonjour, pourriez-vous m’indiquer les démarches et les délais ? Je peux être joint(e) en fin de journée. Cordialement.',
];
/** The first answers of the advisers. */
export const FIRST_ANSWERS = [
  'Bonjour, merci pour votre message. Je vous propose un entretien téléphonique cette semaine : quels créneaux vous conviennent ?',
  'Bonjour, j’ai bien pris connaissance de votre demande. Vous trouverez les éléments utiles dans la fiche jointe ; je reste disponible pour en parler.',
  'Bonjour, votre demande est bien suivie. Pouvez-vous me transmettre votre dernier arrêté de situation afin que je prépare notre échange ?',
  'Bonjour, je vous remercie de votre confiance. Je vous propose un rendez-vous lors de la permanence de la DSDEN, mardi prochain.',
];
/** What agents answer. */
export const AGENT_REPLIES = [
  'Merci pour votre retour. Je vous transmets le document demandé.',
  'Bonjour, le créneau de jeudi en fin de matinée me convient.',
  'Merci, j’ai une question complémentaire sur le calendrier de la procédure.',
  'Bonjour, je vous renvoie le formulaire complété.',
];
/** The advisers' next messages. */
export const FOLLOW_UPS = [
  'Merci, c’est bien reçu. Je reviens vers vous après examen de votre dossier.',
  'Parfait, je vous confirme notre entretien. À bientôt.',
  'Le calendrier est publié sur le site de l’académie ; je vous en résume les étapes lors de notre échange.',
];
export const CLOSING_SUMMARIES = [
  'Information apportée et orientation proposée.',
  'Entretien réalisé, démarches expliquées à l’agent.',
  'Orientation vers l’interlocuteur compétent, l’agent en est informé.',
  'Dossier accompagné jusqu’au dépôt de la candidature.',
];
