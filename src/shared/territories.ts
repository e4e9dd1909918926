/**
 * Reference territories of French public education: the 30 académies and their 101
 * départements (INSEE codes). The académie mapping is not published in a package, so it
 * lives here, once, for the server (migration, seeds) and the interface.
 */
export interface AcademieRef {
  code: string;
  name: string;
  /** Three letters that open a request reference, e.g. AMI-2026-000042. */
  referencePrefix: string;
  departements: Array<{ code: string; name: string }>;
}

export const ACADEMIES: AcademieRef[] = [
  { code: 'AIX-MARSEILLE', name: 'Aix-Marseille', referencePrefix: 'AIX', departements: [
    { code: '04', name: 'Alpes-de-Haute-Provence' }, { code: '05', name: 'Hautes-Alpes' },
    { code: '13', name: 'Bouches-du-Rhône' }, { code: '84', name: 'Vaucluse' }] },
  { code: 'AMIENS', name: 'Amiens', referencePrefix: 'AMI', departements: [
    { code: '02', name: 'Aisne' }, { code: '60', name: 'Oise' }, { code: '80', name: 'Somme' }] },
  { code: 'BESANCON', name: 'Besançon', referencePrefix: 'BES', departements: [
    { code: '25', name: 'Doubs' }, { code: '39', name: 'Jura' }, { code: '70', name: 'Haute-Saône' },
    { code: '90', name: 'Territoire de Belfort' }] },
  { code: 'BORDEAUX', name: 'Bordeaux', referencePrefix: 'BOR', departements: [
    { code: '24', name: 'Dordogne' }, { code: '33', name: 'Gironde' }, { code: '40', name: 'Landes' },
    { code: '47', name: 'Lot-et-Garonne' }, { code: '64', name: 'Pyrénées-Atlantiques' }] },
  { code: 'CLERMONT-FERRAND', name: 'Clermont-Ferrand', referencePrefix: 'CLE', departements: [
    { code: '03', name: 'Allier' }, { code: '15', name: 'Cantal' }, { code: '43', name: 'Haute-Loire' },
    { code: '63', name: 'Puy-de-Dôme' }] },
  { code: 'CORSE', name: 'Corse', referencePrefix: 'COR', departements: [
    { code: '2A', name: 'Corse-du-Sud' }, { code: '2B', name: 'Haute-Corse' }] },
  { code: 'CRETEIL', name: 'Créteil', referencePrefix: 'CRE', departements: [
    { code: '77', name: 'Seine-et-Marne' }, { code: '93', name: 'Seine-Saint-Denis' }, { code: '94', name: 'Val-de-Marne' }] },
  { code: 'DIJON', name: 'Dijon', referencePrefix: 'DIJ', departements: [
    { code: '21', name: "Côte-d'Or" }, { code: '58', name: 'Nièvre' }, { code: '71', name: 'Saône-et-Loire' },
    { code: '89', name: 'Yonne' }] },
  { code: 'GRENOBLE', name: 'Grenoble', referencePrefix: 'GRE', departements: [
    { code: '07', name: 'Ardèche' }, { code: '26', name: 'Drôme' }, { code: '38', name: 'Isère' },
    { code: '73', name: 'Savoie' }, { code: '74', name: 'Haute-Savoie' }] },
  { code: 'GUADELOUPE', name: 'Guadeloupe', referencePrefix: 'GUA', departements: [{ code: '971', name: 'Guadeloupe' }] },
  { code: 'GUYANE', name: 'Guyane', referencePrefix: 'GUY', departements: [{ code: '973', name: 'Guyane' }] },
  { code: 'LA-REUNION', name: 'La Réunion', referencePrefix: 'REU', departements: [{ code: '974', name: 'La Réunion' }] },
  { code: 'LILLE', name: 'Lille', referencePrefix: 'LIL', departements: [
    { code: '59', name: 'Nord' }, { code: '62', name: 'Pas-de-Calais' }] },
  { code: 'LIMOGES', name: 'Limoges', referencePrefix: 'LIM', departements: [
    { code: '19', name: 'Corrèze' }, { code: '23', name: 'Creuse' }, { code: '87', name: 'Haute-Vienne' }] },
  { code: 'LYON', name: 'Lyon', referencePrefix: 'LYO', departements: [
    { code: '01', name: 'Ain' }, { code: '42', name: 'Loire' }, { code: '69', name: 'Rhône' }] },
  { code: 'MARTINIQUE', name: 'Martinique', referencePrefix: 'MAR', departements: [{ code: '972', name: 'Martinique' }] },
  { code: 'MAYOTTE', name: 'Mayotte', referencePrefix: 'MAY', departements: [{ code: '976', name: 'Mayotte' }] },
  { code: 'MONTPELLIER', name: 'Montpellier', referencePrefix: 'MON', departements: [
    { code: '11', name: 'Aude' }, { code: '30', name: 'Gard' }, { code: '34', name: 'Hérault' },
    { code: '48', name: 'Lozère' }, { code: '66', name: 'Pyrénées-Orientales' }] },
  { code: 'NANCY-METZ', name: 'Nancy-Metz', referencePrefix: 'NMZ', departements: [
    { code: '54', name: 'Meurthe-et-Moselle' }, { code: '55', name: 'Meuse' }, { code: '57', name: 'Moselle' },
    { code: '88', name: 'Vosges' }] },
  { code: 'NANTES', name: 'Nantes', referencePrefix: 'NAN', departements: [
    { code: '44', name: 'Loire-Atlantique' }, { code: '49', name: 'Maine-et-Loire' }, { code: '53', name: 'Mayenne' },
    { code: '72', name: 'Sarthe' }, { code: '85', name: 'Vendée' }] },
  { code: 'NICE', name: 'Nice', referencePrefix: 'NIC', departements: [
    { code: '06', name: 'Alpes-Maritimes' }, { code: '83', name: 'Var' }] },
  { code: 'NORMANDIE', name: 'Normandie', referencePrefix: 'NOR', departements: [
    { code: '14', name: 'Calvados' }, { code: '27', name: 'Eure' }, { code: '50', name: 'Manche' },
    { code: '61', name: 'Orne' }, { code: '76', name: 'Seine-Maritime' }] },
  { code: 'ORLEANS-TOURS', name: 'Orléans-Tours', referencePrefix: 'ORL', departements: [
    { code: '18', name: 'Cher' }, { code: '28', name: 'Eure-et-Loir' }, { code: '36', name: 'Indre' },
    { code: '37', name: 'Indre-et-Loire' }, { code: '41', name: 'Loir-et-Cher' }, { code: '45', name: 'Loiret' }] },
  { code: 'PARIS', name: 'Paris', referencePrefix: 'PAR', departements: [{ code: '75', name: 'Paris' }] },
  { code: 'POITIERS', name: 'Poitiers', referencePrefix: 'POI', departements: [
    { code: '16', name: 'Charente' }, { code: '17', name: 'Charente-Maritime' }, { code: '79', name: 'Deux-Sèvres' },
    { code: '86', name: 'Vienne' }] },
  { code: 'REIMS', name: 'Reims', referencePrefix: 'REI', departements: [
    { code: '08', name: 'Ardennes' }, { code: '10', name: 'Aube' }, { code: '51', name: 'Marne' },
    { code: '52', name: 'Haute-Marne' }] },
  { code: 'RENNES', name: 'Rennes', referencePrefix: 'REN', departements: [
    { code: '22', name: "Côtes-d'Armor" }, { code: '29', name: 'Finistère' }, { code: '35', name: 'Ille-et-Vilaine' },
    { code: '56', name: 'Morbihan' }] },
  { code: 'STRASBOURG', name: 'Strasbourg', referencePrefix: 'STR', departements: [
    { code: '67', name: 'Bas-Rhin' }, { code: '68', name: 'Haut-Rhin' }] },
  { code: 'TOULOUSE', name: 'Toulouse', referencePrefix: 'TOU', departements: [
    { code: '09', name: 'Ariège' }, { code: '12', name: 'Aveyron' }, { code: '31', name: 'Haute-Garonne' },
    { code: '32', name: 'Gers' }, { code: '46', name: 'Lot' }, { code: '65', name: 'Hautes-Pyrénées' },
    { code: '81', name: 'Tarn' }, { code: '82', name: 'Tarn-et-Garonne' }] },
  { code: 'VERSAILLES', name: 'Versailles', referencePrefix: 'VER', departements: [
    { code: '78', name: 'Yvelines' }, { code: '91', name: 'Essonne' }, { code: '92', name: 'Hauts-de-Seine' },
    { code: '95', name: "Val-d'Oise" }] },
];

export type TerritoryLevel = 'national' | 'academie' | 'departement';
export interface Territory { level: TerritoryLevel; code: string }

export const NATIONAL_CODE = 'FR';

const academieOfDepartement = new Map(ACADEMIES.flatMap((a) => a.departements.map((d) => [d.code, a.code] as const)));

/** The académie of a département; undefined for an unknown code. */
export function academieOf(departementCode: string): string | undefined {
  return academieOfDepartement.get(departementCode);
}

export function isKnownTerritory(t: Territory): boolean {
  if (t.level === 'national') return true;
  if (t.level === 'academie') return ACADEMIES.some((a) => a.code === t.code);
  return academieOfDepartement.has(t.code);
}

/** Does a grant on `scope` reach `target`? National reaches all; an académie its départements. */
export function covers(scope: Territory, target: Territory): boolean {
  if (scope.level === 'national') return true;
  if (scope.level === 'academie') {
    if (target.level === 'academie') return target.code === scope.code;
    if (target.level === 'departement') return academieOf(target.code) === scope.code;
    return false;
  }
  return target.level === 'departement' && target.code === scope.code;
}

/**
 * The départements a set of territories reaches: every one (a national territory among them),
 * or a list. The one scope type of ProxiRH: an empty list means nothing, and « everywhere » is
 * said in words, never by a null or a missing filter.
 */
export type Scope = { readonly everywhere: true } | { readonly everywhere: false; readonly departements: readonly string[] };

export const NOWHERE: Scope = { everywhere: false, departements: [] };
export const EVERYWHERE: Scope = { everywhere: true };

export function scopeOf(territories: readonly Territory[]): Scope {
  const codes = new Set<string>();
  for (const t of territories) {
    if (t.level === 'national') return EVERYWHERE;
    if (t.level === 'academie') ACADEMIES.find((a) => a.code === t.code)?.departements.forEach((d) => codes.add(d.code));
    else if (academieOfDepartement.has(t.code)) codes.add(t.code);
  }
  return { everywhere: false, departements: [...codes] };
}

export function isEmptyScope(scope: Scope): boolean {
  return !scope.everywhere && scope.departements.length === 0;
}

export function scopeIncludes(scope: Scope, departementCode: string): boolean {
  return scope.everywhere || scope.departements.includes(departementCode);
}

/** The académies a scope touches (every one for « everywhere »), in reference order. */
export function academiesIn(scope: Scope): string[] {
  return ACADEMIES.filter((a) => scope.everywhere || a.departements.some((d) => scope.departements.includes(d.code))).map((a) => a.code);
}

export function departementName(code: string): string {
  for (const academie of ACADEMIES) {
    const found = academie.departements.find((d) => d.code === code);
    if (found) return found.name;
  }
  return code;
}

export function academieName(code: string): string {
  return ACADEMIES.find((a) => a.code === code)?.name ?? code;
}

/**
 * French elision before a vowel or a mute h: « de » + « Amiens » → « d’Amiens », « que » +
 * « Éric » → « qu’Éric ». Written once for every label that puts a name after « de », « que », « le ».
 */
export function elide(word: 'de' | 'que' | 'le' | 'la', name: string): string {
  return /^[aeiouyàâäéèêëîïôöùûüœh]/i.test(name) ? `${word.slice(0, -1)}’${name}` : `${word} ${name}`;
}

/** « Académie d’Amiens », « Académie de Nancy-Metz ». */
export function academieLabel(code: string): string {
  return `Académie ${elide('de', academieName(code))}`;
}
