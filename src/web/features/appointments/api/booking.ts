import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, withQuery } from '../../../api/client.ts';
import type { BookAppointmentBody, BookedAppointment, Slots, SlotsQuery } from '../../../../shared/contracts/appointments.ts';

/** Every free-slots query: refreshed after a booking, a cancellation, or a slot taken by someone else. */
export const slotsKey = ['appointments', 'slots'] as const;

/** The free slots for a reason, a mode and a département, nearest first (no reason chosen yet: none asked). */
export function useFreeSlots(query: SlotsQuery & { reason: SlotsQuery['reason'] }) {
  return useQuery({
    queryKey: [...slotsKey, query],
    queryFn: ({ signal }) => apiFetch<Slots>(withQuery('/api/slots', { ...query }), { signal }),
    enabled: query.reason !== undefined,
    placeholderData: keepPreviousData,
  });
}

/** Books one slot; the caller's appointments, the free slots and the request's timeline refresh. */
export function useBookAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: BookAppointmentBody) => apiFetch<BookedAppointment>('/api/appointments', { method: 'POST', body }),
    onSettled: () => {
      // Settled, not only succeeded: a slot taken by someone else must leave the list too.
      void queryClient.invalidateQueries({ queryKey: ['appointments'] });
    },
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: ['requests'] });
    },
  });
}
