import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, withQuery } from '../../../api/client.ts';
import type { Appointment, Appointments, AppointmentsQuery, CancelAppointmentBody } from '../../../../shared/contracts/appointments.ts';

export const PAGE_SIZE = 20;

/** Every appointments query: one key, one invalidation after a cancellation. */
const appointmentsKey = ['appointments'] as const;

export type AppointmentsWhen = NonNullable<AppointmentsQuery['when']>;

/** One page of the caller's appointments: to come (soonest first) or past (latest first). */
export function useMyAppointments(when: AppointmentsWhen, cursor: string | undefined) {
  return useQuery({
    queryKey: [...appointmentsKey, 'list', when, cursor ?? null],
    queryFn: ({ signal }) => apiFetch<Appointments>(withQuery('/api/appointments', { when, cursor, limit: PAGE_SIZE }), { signal }),
    placeholderData: keepPreviousData,
  });
}

/** Cancels one appointment (the agent up to the académie's delay, the adviser with a message); both lists refresh. */
export function useCancelAppointment() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, ...body }: { id: string } & CancelAppointmentBody) =>
      apiFetch<Appointment>(`/api/appointments/${encodeURIComponent(id)}/cancel`, { method: 'POST', body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: appointmentsKey });
      // A request's timeline shows the cancellation.
      void queryClient.invalidateQueries({ queryKey: ['requests'] });
    },
  });
}
