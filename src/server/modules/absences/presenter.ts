import type { Absence } from '../../../shared/contracts/absences.ts';
import type { AbsenceRow } from './repository.ts';

export const presentAbsence = (r: AbsenceRow): Absence => ({ id: r.id, startsOn: r.starts_on, endsOn: r.ends_on });
