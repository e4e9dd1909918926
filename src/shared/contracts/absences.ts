/** The contract of an adviser's absences (« Mes absences »). */
import { Type, type Static } from 'typebox';
import { Day } from './common.ts';

export { IdParams } from './common.ts';

export const Absence = Type.Object({ id: Type.String(), startsOn: Type.String(), endsOn: Type.String() });
export type Absence = Static<typeof Absence>;
export const Absences = Type.Array(Absence);
export type Absences = Static<typeof Absences>;

/** First and last day of absence, both included. */
export const DeclareAbsenceBody = Type.Object({ startsOn: Day, endsOn: Day }, { additionalProperties: false });
export type DeclareAbsenceBody = Static<typeof DeclareAbsenceBody>;
