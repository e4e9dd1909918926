import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, withQuery } from '../../../api/client.ts';
import type {
  LineTerritory, LogCallBody, LoggedCall, MyShifts, PhoneLineSettings, PublicLine, Rota, SaveSettingsBody, SetShiftBody,
} from '../../../../shared/contracts/phone-line.ts';

const lineKey = ['phone-line'] as const;

export function useRota(territory: LineTerritory | null, week: string | undefined) {
  return useQuery({
    queryKey: [...lineKey, 'rota', territory, week ?? null],
    queryFn: ({ signal }) => apiFetch<Rota>(withQuery('/api/phone-line/rota', { level: territory!.level, code: territory!.code, week }), { signal }),
    enabled: territory !== null,
  });
}

export function useSetShift() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SetShiftBody) => apiFetch<Rota>('/api/phone-line/rota', { method: 'PUT', body }),
    onSuccess: () => { void queryClient.invalidateQueries({ queryKey: lineKey }); },
  });
}

export function useSaveLineSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: SaveSettingsBody) => apiFetch<PhoneLineSettings>('/api/phone-line/settings', { method: 'PUT', body }),
    onSuccess: () => { void queryClient.invalidateQueries({ queryKey: lineKey }); },
  });
}

export function useMyShifts() {
  return useQuery({ queryKey: [...lineKey, 'mine'], queryFn: ({ signal }) => apiFetch<MyShifts>('/api/phone-line/my-shifts', { signal }) });
}

export function useLogCall() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: LogCallBody) => apiFetch<LoggedCall>('/api/phone-line/calls', { method: 'POST', body }),
    onSuccess: () => { void queryClient.invalidateQueries({ queryKey: ['requests'] }); },
  });
}

/** The public line of a territory (no sign-in): its number and today's hours. */
export function usePublicLine(query: { academie?: string; departement?: string }) {
  return useQuery({
    queryKey: [...lineKey, 'public', query],
    queryFn: ({ signal }) => apiFetch<PublicLine>(withQuery('/api/phone-line', query), { signal }),
  });
}
