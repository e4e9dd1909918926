import { addDays, formatISO, parseISO, startOfISOWeek } from 'date-fns';
import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { parisDate } from '../../clock.ts';

/** Each département's advisers, who take the line in turn. */
const ROTA: Record<string, string[]> = {
  '80': ['claire.vasseur@ac-amiens.fr', 'eric.lambert@ac-amiens.fr'],
  '60': ['julien.caron@ac-amiens.fr'],
  '02': ['aurelie.lemaire@ac-amiens.fr'],
};

const LINES = [
  { territory_level: 'academie' as const, territory_code: 'AMIENS', phone_number: '03 22 82 38 00', morning_opens: '09:00', morning_closes: '12:00', afternoon_opens: '13:30', afternoon_closes: '17:00' },
  { territory_level: 'departement' as const, territory_code: '80', phone_number: '03 22 71 25 40', morning_opens: '09:00', morning_closes: '12:00', afternoon_opens: '14:00', afternoon_closes: '16:30' },
  { territory_level: 'departement' as const, territory_code: '60', phone_number: '03 44 06 45 10', morning_opens: '09:00', morning_closes: '12:00', afternoon_opens: null, afternoon_closes: null },
];

/**
 * The demo phone lines (the académie's, the Somme's and the Oise's: number and hours) and their
 * rota for this week and the next three, the département's advisers taking the half-days in turn (a morning, then an afternoon).
 */
export async function seedDemoPhoneLine(db: Kysely<DB>, now: Date): Promise<void> {
  await db.insertInto('phone_line_settings').values(LINES).execute();
  const people = new Map((await db.selectFrom('persons').select(['id', 'email'])
    .where('email', 'in', Object.values(ROTA).flat()).execute()).map((p) => [p.email, p.id]));
  const monday = startOfISOWeek(parseISO(parisDate(now)));
  const rows = [];
  for (const [departement, emails] of Object.entries(ROTA)) {
    const ids = emails.map((e) => people.get(e)).filter((id): id is string => id !== undefined);
    if (ids.length === 0) continue;
    for (let n = 0; n < 26; n += 1) {
      if (n % 7 >= 5) continue;
      const day = formatISO(addDays(monday, n), { representation: 'date' });
      for (const [h, half] of (['morning', 'afternoon'] as const).entries()) {
        // The Oise line is open in the morning only.
        if (departement === '60' && half === 'afternoon') continue;
        if (departement === '02') continue;
        rows.push({ territory_level: 'departement' as const, territory_code: departement, day, half_day: half, adviser_id: ids[(n + h) % ids.length]!, created_by: null });
      }
    }
  }
  // The académie's line: the Aisne adviser on Monday and Thursday mornings.
  const aisne = people.get(ROTA['02']![0]!);
  if (aisne) {
    for (let n = 0; n < 26; n += 1) {
      if (n % 7 !== 0 && n % 7 !== 3) continue;
      rows.push({ territory_level: 'academie' as const, territory_code: 'AMIENS', day: formatISO(addDays(monday, n), { representation: 'date' }),
        half_day: 'morning' as const, adviser_id: aisne, created_by: null });
    }
  }
  if (rows.length) await db.insertInto('phone_line_shifts').values(rows).execute();
}
