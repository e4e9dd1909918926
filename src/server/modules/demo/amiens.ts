import type { EstablishmentKind } from '../../../shared/glossary.ts';

/** The académie the demo data is written in. */
export const DEMO_ACADEMIE = 'AMIENS';

/** The demo académie's territory: a few bassins per département and their schools (UAI codes). */
export const DEMO_BASSINS = [
  { code: 'AMIENS-80-AMI', name: 'Bassin d’Amiens', departement_code: '80' },
  { code: 'AMIENS-80-ABB', name: 'Bassin d’Abbeville', departement_code: '80' },
  { code: 'AMIENS-80-PER', name: 'Bassin de Péronne', departement_code: '80' },
  { code: 'AMIENS-60-BEA', name: 'Bassin de Beauvais', departement_code: '60' },
  { code: 'AMIENS-60-COM', name: 'Bassin de Compiègne', departement_code: '60' },
  { code: 'AMIENS-60-CRE', name: 'Bassin de Creil', departement_code: '60' },
  { code: 'AMIENS-02-LAO', name: 'Bassin de Laon', departement_code: '02' },
  { code: 'AMIENS-02-SQU', name: 'Bassin de Saint-Quentin', departement_code: '02' },
  { code: 'AMIENS-02-SOI', name: 'Bassin de Soissons', departement_code: '02' },
];

const e = (uai: string, name: string, kind: EstablishmentKind, commune: string, departement_code: string, bassin_code: string | null) =>
  ({ uai, name, kind, commune, departement_code, bassin_code });

export const DEMO_ESTABLISHMENTS = [
  e('0801950A', 'Rectorat de l’académie d’Amiens', 'rectorat', 'Amiens', '80', null),
  e('0801900Z', 'DSDEN de la Somme', 'dsden', 'Amiens', '80', null),
  e('0601900Z', 'DSDEN de l’Oise', 'dsden', 'Beauvais', '60', null),
  e('0021900Z', 'DSDEN de l’Aisne', 'dsden', 'Laon', '02', null),
  e('0801001A', 'École élémentaire Jules-Verne', 'ecole', 'Amiens', '80', 'AMIENS-80-AMI'),
  e('0801011K', 'École primaire Saint-Leu', 'ecole', 'Amiens', '80', 'AMIENS-80-AMI'),
  e('0801012L', 'École élémentaire du Vimeu', 'ecole', 'Abbeville', '80', 'AMIENS-80-ABB'),
  e('0801004D', 'Collège Millevoye', 'college', 'Abbeville', '80', 'AMIENS-80-ABB'),
  e('0801021U', 'Collège Béranger', 'college', 'Péronne', '80', 'AMIENS-80-PER'),
  e('0801022V', 'Lycée Louis-Thuillier', 'lycee', 'Amiens', '80', 'AMIENS-80-AMI'),
  e('0601011N', 'École élémentaire Jean-Moulin', 'ecole', 'Beauvais', '60', 'AMIENS-60-BEA'),
  e('0601012P', 'École primaire des Capucins', 'ecole', 'Compiègne', '60', 'AMIENS-60-COM'),
  e('0601002B', 'Collège Jules-Michelet', 'college', 'Beauvais', '60', 'AMIENS-60-BEA'),
  e('0601021Y', 'Collège Édouard-Herriot', 'college', 'Creil', '60', 'AMIENS-60-CRE'),
  e('0601005E', 'Lycée Pierre-d’Ailly', 'lycee', 'Compiègne', '60', 'AMIENS-60-COM'),
  e('0021011C', 'École élémentaire Champagne', 'ecole', 'Laon', '02', 'AMIENS-02-LAO'),
  e('0021012D', 'École primaire Jean-Macé', 'ecole', 'Saint-Quentin', '02', 'AMIENS-02-SQU'),
  e('0021021M', 'Collège Gabriel-Hanotaux', 'college', 'Saint-Quentin', '02', 'AMIENS-02-SQU'),
  e('0021022N', 'Collège Saint-Just', 'college', 'Soissons', '02', 'AMIENS-02-SOI'),
  e('0021003C', 'Lycée Paul-Claudel', 'lycee', 'Laon', '02', 'AMIENS-02-LAO'),
];
