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
