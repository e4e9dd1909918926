import type { Session } from '../../../shared/contracts/auth.ts';
import { ACADEMIES, academieOf } from '../../../shared/territories.ts';

/*
 * The addresses of the knowledge base's pages. The académie in an address is its code in lower
 * case (« amiens », « nancy-metz »), as in « Qui contacter ? ».
 */
export const helpCenterPath = (query: { q?: string; theme?: string; kind?: string } = {}) => {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) if (value) params.set(key, value);
  const search = params.toString();
  return search === '' ? '/informations' : `/informations?${search}`;
};
export const articlePath = (slug: string) => `/informations/${encodeURIComponent(slug)}`;
export const assistantPath = () => '/poser-une-question';
export const malletteIndexPath = () => '/mallette';
export const mallettePath = (academieCode: string) => `/mallette/${academieCode.toLowerCase()}`;

/** The académie an address names (any letter case), or undefined. */
export function academieCodeFromSlug(slug: string | undefined | null): string | undefined {
  if (!slug) return undefined;
  return ACADEMIES.find((a) => a.code === slug.toUpperCase())?.code;
}

/**
 * The académie whose articles a signed-in person reads first: that of their first grant bound to
 * an académie or a département (a national grant names none).
 */
export function academieOfSession(session: Pick<Session, 'roles'> | null | undefined): string | undefined {
  for (const { territory } of session?.roles ?? []) {
    if (territory.level === 'academie') return territory.code;
    if (territory.level === 'departement') {
      const code = academieOf(territory.code);
      if (code !== undefined) return code;
    }
  }
  return undefined;
}

/** An article's address as the server gives it (a path, or a full address of this site), as a path of the interface. */
export function pagePathOf(url: string): string {
  if (url.startsWith('/')) return url;
  try {
    const parsed = new URL(url);
    return `${parsed.pathname}${parsed.search}${parsed.hash}`;
  } catch {
    return url;
  }
}
