import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { apiFetch, withQuery } from '../../../api/client.ts';
import type {
  Agenda, Appointment, AppointmentOutcome, CalendarFeed, CreateEarlierSlotWishBody, EarlierSlotWish, EarlierSlotWishes, MoveAppointmentBody, Slots,
} from '../../../../shared/contracts/appointments.ts';

/** The appointments' queries share their first key: a change refreshes the agenda and « Mes rendez-vous » alike. */
const appointmentsKey = ['appointments'] as const;

/** The adviser's appointments on the days [from, to] (Paris). */
export function useAgenda(from: string, to: string) {
  return useQuery({
    queryKey: [...appointmentsKey, 'agenda', from, to],
    queryFn: ({ signal }) => apiFetch<Agenda>(withQuery('/api/agenda', { from, to }), { signal }),
  });
}

function useAppointmentChange<V>(mutationFn: (variables: V) => Promise<Appointment>) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn,
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: appointmentsKey });
      void queryClient.invalidateQueries({ queryKey: ['requests'] });
    },
  });
}

/** Held, no-show, excused. */
export function useSetAppointmentStatus() {
  return useAppointmentChange(({ id, status }: { id: string; status: AppointmentOutcome }) =>
    apiFetch<Appointment>(`/api/appointments/${encodeURIComponent(id)}/status`, { method: 'POST', body: { status } }));
}

export function useMoveAppointment() {
  return useAppointmentChange(({ id, ...body }: { id: string } & MoveAppointmentBody) =>
    apiFetch<Appointment>(`/api/appointments/${encodeURIComponent(id)}/move`, { method: 'POST', body }));
}

/** The free slots where an appointment may be moved: its département, its reason, the next weeks. */
export function useMoveSlots(appointment: Appointment | null) {
  return useQuery({
    queryKey: ['slots', 'move', appointment?.id ?? null],
    enabled: appointment !== null && appointment.departement !== undefined,
    queryFn: ({ signal }) => apiFetch<Slots>(withQuery('/api/slots', {
      departement: appointment!.departement, reason: appointment!.reason, limit: 200,
    }), { signal }),
  });
}

// ─── The calendar feed ───

const feedKey = ['calendar-feed'] as const;

export function useCalendarFeed() {
  return useQuery({ queryKey: feedKey, queryFn: ({ signal }) => apiFetch<CalendarFeed>('/api/calendar-feed', { signal }) });
}

/** Creates or regenerates the feed: the answer holds its address, shown once. */
export function useCreateCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<CalendarFeed>('/api/calendar-feed', { method: 'POST' }),
    onSuccess: (feed) => queryClient.setQueryData(feedKey, { ...feed, url: undefined }),
  });
}

export function useRevokeCalendarFeed() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () => apiFetch<CalendarFeed>('/api/calendar-feed', { method: 'DELETE' }),
    onSuccess: (feed) => queryClient.setQueryData(feedKey, feed),
  });
}

// ─── Earlier-slot wishes ───

const wishesKey = ['earlier-slot-wishes'] as const;

export function useEarlierSlotWishes() {
  return useQuery({ queryKey: wishesKey, queryFn: ({ signal }) => apiFetch<EarlierSlotWishes>('/api/earlier-slot-wishes', { signal }) });
}

export function useCreateEarlierSlotWish() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: CreateEarlierSlotWishBody) => apiFetch<EarlierSlotWish>('/api/earlier-slot-wishes', { method: 'POST', body }),
    onSuccess: () => { void queryClient.invalidateQueries({ queryKey: wishesKey }); },
  });
}

export function useWithdrawEarlierSlotWish() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => apiFetch<null>(`/api/earlier-slot-wishes/${encodeURIComponent(id)}`, { method: 'DELETE' }),
    onSuccess: () => { void queryClient.invalidateQueries({ queryKey: wishesKey }); },
  });
}

/** Books an offered slot (the first to book it has it). */
export function useBookOffer() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: { slotId: string; reason: string }) => apiFetch<Appointment>('/api/appointments', { method: 'POST', body }),
    onSuccess: () => {
      void queryClient.invalidateQueries({ queryKey: wishesKey });
      void queryClient.invalidateQueries({ queryKey: appointmentsKey });
    },
  });
}
