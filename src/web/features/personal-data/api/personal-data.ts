import { useMutation } from '@tanstack/react-query';
import { apiDownload } from '../../../api/client.ts';

/** « Mes données » (RGPD) as a JSON file (`PersonalDataExport` of the contract). */
export function useDownloadMyData() {
  return useMutation({
    mutationFn: () => apiDownload('/api/me/data', `mes-donnees-proxirh-${new Date().toISOString().slice(0, 10)}.json`),
  });
}
