import { ACADEMIES, type AcademieRef } from '../../../shared/territories.ts';

/*
 * The académie in the pages' addresses is its code in lower case (« amiens », « nancy-metz »,
 * « la-reunion »): /qui-contacter/amiens/departement/80.
 */
export const academieSlug = (code: string) => code.toLowerCase();

/** The académie an address names, or undefined (the page then says it is unknown). */
export function academieFromSlug(slug: string | undefined): AcademieRef | undefined {
  if (slug === undefined) return undefined;
  return ACADEMIES.find((a) => a.code === slug.toUpperCase());
}

export const whoToContactPath = () => '/qui-contacter';
export const academiePath = (code: string) => `/qui-contacter/${academieSlug(code)}`;
export const departementPath = (academieCode: string, departementCode: string) => `${academiePath(academieCode)}/departement/${departementCode}`;
export const synopticPath = (code: string) => `${academiePath(code)}/synoptique`;
export const orgChartPath = (code: string) => `${academiePath(code)}/organigramme`;
