import type { Appointment, AppointmentMode, AppointmentReason, BookedAppointment, OfficeHour, Place, PlaceKind, Slot } from '../../../shared/contracts/appointments.ts';
import type { AppointmentFacts } from '../../policies/index.ts';
import { can } from '../../policies/index.ts';
import type { CurrentUser } from '../../auth/current-user.ts';
import { parseRecurrence } from './recurrence.ts';
import { encodeSlotId, type SlotTime } from './slots.ts';
import type { AppointmentRow, OfficeHourRow } from './repository.ts';

export const modeOf = (kind: string): AppointmentMode => (kind === 'visio' ? 'visio' : kind === 'phone' ? 'phone' : 'in_person');

/** The place of an office hour as anyone looking for a slot sees it: never the visio link. */
const publicPlace = (o: OfficeHourRow): Place => ({
  kind: o.place_kind, label: o.place_label, address: o.place_address, uai: o.establishment_uai,
});

export function presentOfficeHour(o: OfficeHourRow): OfficeHour {
  return {
    id: o.id,
    adviser: { id: o.adviser_id, displayName: o.adviser_name },
    departement: o.departement_code,
    mode: modeOf(o.place_kind),
    place: { ...publicPlace(o), ...(o.visio_url ? { url: o.visio_url } : {}) },
    recurrence: parseRecurrence(o.recurrence),
    rrule: o.recurrence,
    startsOn: o.starts_on,
    endsOn: o.ends_on,
    startTime: o.start_time,
    durationMinutes: o.duration_minutes,
    slotMinutes: o.slot_minutes,
    reasons: o.reasons as AppointmentReason[],
    minDelayHours: o.min_delay_hours,
    maxDelayDays: o.max_delay_days,
    reservedTo: o.reserved_to,
    exceptDates: o.except_dates,
    closedAt: o.closed_at ? o.closed_at.toISOString() : null,
  };
}

export function presentSlot(o: OfficeHourRow, slot: SlotTime): Slot {
  return {
    id: encodeSlotId(o.id, slot.startsAt),
    startsAt: slot.startsAt.toISOString(),
    endsAt: slot.endsAt.toISOString(),
    mode: modeOf(o.place_kind),
    place: publicPlace(o),
    adviser: { id: o.adviser_id, displayName: o.adviser_name },
    reasons: o.reasons as AppointmentReason[],
  };
}

type PlaceColumns = { place_kind: string; place_label: string; place_address: string | null; visio_url: string | null };
/** The place of a booked appointment, for its agent and its adviser: the visio link included. */
const bookedPlace = (a: PlaceColumns & { uai?: string | null }): Place => ({
  kind: a.place_kind as PlaceKind, label: a.place_label, address: a.place_address, uai: a.uai ?? null, ...(a.visio_url ? { url: a.visio_url } : {}),
});

export function presentBooked(a: PlaceColumns & { id: string; starts_at: Date; ends_at: Date; mode: AppointmentMode; status: BookedAppointment['status']; uai?: string | null }): BookedAppointment {
  return { id: a.id, startsAt: a.starts_at.toISOString(), endsAt: a.ends_at.toISOString(), mode: a.mode, place: bookedPlace(a), status: a.status };
}

export function appointmentFacts(a: Pick<AppointmentRow, 'agent_id' | 'adviser_id' | 'status' | 'starts_at'>, agentCancelHours: number, now: Date): AppointmentFacts {
  return { agentId: a.agent_id, adviserId: a.adviser_id, status: a.status, startsAt: a.starts_at, agentCancelHours, now };
}

export function presentAppointment(a: AppointmentRow, viewer: CurrentUser, facts: AppointmentFacts): Appointment {
  const asAdviser = a.adviser_id === viewer.id;
  return {
    ...presentBooked(a),
    reason: a.reason as AppointmentReason,
    adviser: { id: a.adviser_id, displayName: a.adviser_name },
    ...(asAdviser ? { agent: { id: a.agent_id, displayName: a.agent_name } } : {}),
    requestId: a.request_id,
    cancelledAt: a.cancelled_at ? a.cancelled_at.toISOString() : null,
    cancelledBy: a.cancelled_at ? (a.cancelled_by === a.agent_id ? 'agent' : 'adviser') : null,
    cancelMessage: a.cancel_message,
    departement: a.departement_code,
    movedAt: a.moved_at ? a.moved_at.toISOString() : null,
    moveMessage: a.move_message,
    abilities: {
      cancel: can(viewer, 'appointment.cancel', facts),
      move: can(viewer, 'appointment.move', facts),
      setStatus: can(viewer, 'appointment.setStatus', facts),
    },
  };
}
