import { useQuery } from '@tanstack/react-query';
import type { ContactAcademies, PublicContactPoints, PublicContactPointsQuery } from '../../../../shared/contracts/orientation.ts';
import { apiFetch, withQuery } from '../../../api/client.ts';

/** The académies of the national page, with how many actors each publishes. */
export function useContactAcademies() {
  return useQuery({
    queryKey: ['contacts', 'academies'],
    queryFn: ({ signal }) => apiFetch<ContactAcademies>('/api/contact-points/academies', { signal }),
    staleTime: 5 * 60_000,
  });
}

/** The actors covering an académie or a département, advisers first; narrowed by topic and category when given. */
export function usePublicContactPoints(query: PublicContactPointsQuery, enabled = true) {
  return useQuery({
    queryKey: ['contacts', 'contact-points', query],
    queryFn: ({ signal }) => apiFetch<PublicContactPoints>(withQuery('/api/contact-points', { ...query }), { signal }),
    staleTime: 5 * 60_000,
    enabled,
  });
}

/** The synoptic document of an académie, as a PDF (a download, not a call). */
export const synopticPdfUrl = (academieCode: string) => withQuery('/api/contact-points/synoptic.pdf', { academie: academieCode });
