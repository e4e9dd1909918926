import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { parisDate } from '../../clock.ts';
import { officeHourSlots, recurrenceRule } from '../appointments/index.ts';
import { recordEvent } from '../requests/index.ts';
import type { AppointmentReason, PlaceKind, Recurrence } from '../../../shared/contracts/appointments.ts';
import { DEMO_ACADEMIE } from './amiens.ts';

const DAY = 86_400_000;

interface DemoOfficeHour {
  adviser: string; departement: string; kind: PlaceKind; label: string; address?: string; uai?: string; url?: string;
  recurrence: Recurrence; startTime: string; duration: number; slot: number; reasons: AppointmentReason[];
}

/** The demo advisers' office hours: Claire Vasseur in the Somme in a collège, by visio and by phone; one each elsewhere. */
const OFFICE_HOURS: DemoOfficeHour[] = [
  { adviser: 'claire.vasseur@ac-amiens.fr', departement: '80', kind: 'establishment', label: 'Collège Béranger, Péronne', address: 'Péronne (80200)', uai: '0801021U',
    recurrence: { frequency: 'weekly', weekdays: [2] }, startTime: '14:00', duration: 180, slot: 30,
    reasons: ['career_project', 'work_difficulties', 'application_support', 'training_project', 'end_of_career', 'mobility_file'] },
  { adviser: 'claire.vasseur@ac-amiens.fr', departement: '80', kind: 'visio', label: 'Visioconférence', url: 'https://webconf.numerique.gouv.fr/rhp-somme-claire-vasseur',
    recurrence: { frequency: 'biweekly', weekdays: [4] }, startTime: '09:00', duration: 180, slot: 45,
    reasons: ['career_project', 'training_project', 'end_of_career', 'mobility_file'] },
  { adviser: 'claire.vasseur@ac-amiens.fr', departement: '80', kind: 'phone', label: 'Rendez-vous téléphonique',
    recurrence: { frequency: 'weekly', weekdays: [5] }, startTime: '10:00', duration: 120, slot: 20,
    reasons: ['career_project', 'work_difficulties', 'health_wellbeing', 'application_support', 'mobility_file'] },
  { adviser: 'eric.lambert@ac-amiens.fr', departement: '80', kind: 'establishment', label: 'Collège Millevoye, Abbeville', address: 'Abbeville (80100)', uai: '0801004D',
    recurrence: { frequency: 'biweekly', weekdays: [1] }, startTime: '09:00', duration: 180, slot: 30, reasons: ['career_project', 'mobility_file', 'end_of_career'] },
  { adviser: 'julien.caron@ac-amiens.fr', departement: '60', kind: 'dsden', label: 'DSDEN de l’Oise, Beauvais', address: 'Beauvais (60000)',
    recurrence: { frequency: 'weekly', weekdays: [3] }, startTime: '14:00', duration: 180, slot: 30, reasons: ['career_project', 'work_difficulties', 'mobility_file'] },
  { adviser: 'aurelie.lemaire@ac-amiens.fr', departement: '02', kind: 'visio', label: 'Visioconférence', url: 'https://webconf.numerique.gouv.fr/rhp-aisne',
    recurrence: { frequency: 'monthly', weekday: 2, week: 1 }, startTime: '16:00', duration: 120, slot: 30, reasons: ['career_project', 'end_of_career', 'mobility_file'] },
];

/**
 * Writes the demo office hours and a few appointments: two to come for Camille Dupuis and Sophie
 * Vandenberghe with Claire Vasseur (Camille's from one of her requests, in its timeline), one by
 * phone, and one already held. All start three days or more after the first start: no reminder
 * is due, so the first start sends no mail (decision 0010). Called inside the demo seed's transaction.
 */
export async function seedDemoAppointments(db: Kysely<DB>, now: Date): Promise<void> {
  const people = new Map((await db.selectFrom('persons').select(['id', 'email', 'display_name'])
    .where('email', 'in', [...new Set(OFFICE_HOURS.map((o) => o.adviser)), 'camille.dupuis@ac-amiens.fr', 'sophie.vandenberghe@ac-amiens.fr'])
    .execute()).map((p) => [p.email, p]));
  const startsOn = parisDate(new Date(now.getTime() - 60 * DAY));
  const hours = await db.insertInto('office_hours').values(OFFICE_HOURS.map((o) => ({
    adviser_id: people.get(o.adviser)!.id, academie_code: DEMO_ACADEMIE, departement_code: o.departement,
    place_kind: o.kind, place_label: o.label, place_address: o.address ?? null, establishment_uai: o.uai ?? null, visio_url: o.url ?? null,
    recurrence: recurrenceRule(o.recurrence), starts_on: startsOn, start_time: o.startTime, duration_minutes: o.duration, slot_minutes: o.slot,
    reasons: JSON.stringify(o.reasons), min_delay_hours: 24, max_delay_days: 60, created_by: people.get(o.adviser)!.id,
  }))).returningAll().execute();

  const camille = people.get('camille.dupuis@ac-amiens.fr')!;
  const sophie = people.get('sophie.vandenberghe@ac-amiens.fr')!;
  const [college, visio, phone] = hours;
  /** The n-th slot of an office hour from `fromDays` days on (or before, for a past one). */
  const slotOf = (o: typeof college, fromDays: number, n = 0) => {
    const from = new Date(now.getTime() + fromDays * DAY);
    return officeHourSlots({ ...o!, min_delay_hours: 0, max_delay_days: 400 }, { from, to: new Date(from.getTime() + 40 * DAY) }, from, [])[n]!;
  };
  const request = await db.selectFrom('requests').select('id').where('agent_id', '=', camille.id).where('status', '<>', 'closed')
    .where('topic', '=', 'career_project').orderBy('created_at', 'desc').limit(1).executeTakeFirst();

  const plan = [
    { officeHour: college!, agent: camille, slot: slotOf(college, 3, 1), reason: 'career_project', requestId: request?.id ?? null, status: 'booked' as const },
    { officeHour: visio!, agent: sophie, slot: slotOf(visio, 3), reason: 'end_of_career', requestId: null, status: 'booked' as const },
    { officeHour: phone!, agent: sophie, slot: slotOf(phone, 3, 2), reason: 'mobility_file', requestId: null, status: 'booked' as const },
    { officeHour: phone!, agent: camille, slot: slotOf(phone, -30, 1), reason: 'application_support', requestId: null, status: 'held' as const },
  ];
  for (const p of plan) {
    const o = p.officeHour;
    // Booked the day before the first start; the one held, a week before it took place.
    const createdAt = new Date(p.status === 'held' ? p.slot.startsAt.getTime() - 7 * DAY : now.getTime() - DAY);
    const row = await db.insertInto('appointments').values({
      office_hour_id: o.id, adviser_id: o.adviser_id, agent_id: p.agent.id, request_id: p.requestId, academie_code: DEMO_ACADEMIE,
      departement_code: o.departement_code, reason: p.reason, starts_at: p.slot.startsAt, ends_at: p.slot.endsAt,
      mode: o.place_kind === 'visio' ? 'visio' : o.place_kind === 'phone' ? 'phone' : 'in_person',
      place_kind: o.place_kind, place_label: o.place_label, place_address: o.place_address, visio_url: o.visio_url,
      status: p.status, created_at: createdAt, reminder_sent_at: p.status === 'held' ? createdAt : null,
    }).returning('id').executeTakeFirstOrThrow();
    if (p.requestId) {
      await recordEvent(db, p.requestId, 'appointment_booked', p.agent.id, { at: createdAt,
        data: { appointmentId: row.id, startsAt: p.slot.startsAt.toISOString(), mode: 'in_person', adviserName: people.get(OFFICE_HOURS[0]!.adviser)!.display_name } });
    }
  }
}
