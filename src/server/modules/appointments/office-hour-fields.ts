import type { Executor } from '../../db/schema.ts';
import type { FieldError } from '../../errors/app-error.ts';
import { invalid } from '../../errors/app-error.ts';
import { isKnownTerritory } from '../../../shared/territories.ts';
import type { CreateOfficeHourBody } from '../../../shared/contracts/appointments.ts';
import { recurrenceProblem, recurrenceRule } from './recurrence.ts';

type Fields = Omit<CreateOfficeHourBody, 'adviserId'>;

/**
 * The columns of an office hour from the fields of a form, checked together (a slot longer than
 * the office hour, a visio without its link, an unknown school): a French 400 naming each field.
 * Returns the département of the establishment, when the place is one.
 */
export async function officeHourColumns(db: Executor, f: Fields) {
  const errors: FieldError[] = [];
  const problem = recurrenceProblem(f.recurrence);
  if (problem) errors.push({ field: 'recurrence', message: problem });
  if (f.slotMinutes > f.durationMinutes) errors.push({ field: 'slotMinutes', message: 'Un créneau ne peut pas durer plus longtemps que la permanence.' });
  if (f.endsOn && f.endsOn < f.startsOn) errors.push({ field: 'endsOn', message: 'La fin de la permanence doit suivre son début.' });
  const [hours, minutes] = f.startTime.split(':').map(Number) as [number, number];
  if (hours * 60 + minutes + f.durationMinutes > 24 * 60) errors.push({ field: 'durationMinutes', message: 'La permanence doit se terminer le jour même.' });
  if (f.place.kind === 'visio' && !f.place.url) errors.push({ field: 'place.url', message: 'Indiquez le lien de la visioconférence.' });
  if (f.place.kind !== 'visio' && f.place.url) errors.push({ field: 'place.url', message: 'Un lien de visioconférence ne sert qu’à une permanence en visioconférence.' });
  if (f.place.kind === 'establishment' && !f.place.uai) errors.push({ field: 'place.uai', message: 'Indiquez l’établissement par son numéro UAI.' });
  if (f.reservedTo && !isKnownTerritory(f.reservedTo)) errors.push({ field: 'reservedTo', message: 'Ce territoire est inconnu.' });
  if ((f.minDelayHours ?? 24) >= (f.maxDelayDays ?? 60) * 24) errors.push({ field: 'minDelayHours', message: 'Le délai minimal de réservation doit être plus court que le délai maximal.' });
  let establishmentDepartement: string | null = null;
  if (f.place.kind === 'establishment' && f.place.uai) {
    const school = await db.selectFrom('establishments').select('departement_code').where('uai', '=', f.place.uai).executeTakeFirst();
    if (!school) errors.push({ field: 'place.uai', message: 'Aucun établissement ne porte ce numéro UAI.' });
    establishmentDepartement = school?.departement_code ?? null;
  }
  if (errors.length) throw invalid(errors);
  return {
    establishmentDepartement,
    columns: {
      place_kind: f.place.kind,
      place_label: f.place.label.trim(),
      place_address: f.place.address?.trim() || null,
      establishment_uai: f.place.kind === 'establishment' ? f.place.uai ?? null : null,
      visio_url: f.place.kind === 'visio' ? f.place.url ?? null : null,
      recurrence: recurrenceRule(f.recurrence),
      starts_on: f.startsOn,
      ends_on: f.endsOn ?? null,
      start_time: f.startTime,
      duration_minutes: f.durationMinutes,
      slot_minutes: f.slotMinutes,
      reasons: JSON.stringify(f.reasons),
      min_delay_hours: f.minDelayHours ?? 24,
      max_delay_days: f.maxDelayDays ?? 60,
      reserved_to: f.reservedTo ? JSON.stringify(f.reservedTo) : null,
      except_dates: JSON.stringify([...(f.exceptDates ?? [])].sort()),
    },
  };
}
