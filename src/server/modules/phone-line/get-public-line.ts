import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { notFound, invalid } from '../../errors/app-error.ts';
import { isWorkingDay } from '../../calendar/working-days.ts';
import { parisDate } from '../../clock.ts';
import { academieOf, isKnownTerritory } from '../../../shared/territories.ts';
import type { LineTerritory, PublicLine, PublicLineQuery } from '../../../shared/contracts/phone-line.ts';
import { findSettings, presentSettings } from './settings.ts';

/**
 * The line of a département (else of its académie), or of an académie, as the public « Qui
 * contacter ? » page shows it: the number and today's hours. Closed on weekends and public
 * holidays. Nobody's name: who is on duty is the service's business.
 */
export async function getPublicLine(db: Kysely<DB>, query: PublicLineQuery, now = new Date()): Promise<PublicLine> {
  const candidates: LineTerritory[] = query.departement
    ? [{ level: 'departement', code: query.departement }, { level: 'academie', code: academieOf(query.departement) ?? '' }]
    : query.academie ? [{ level: 'academie', code: query.academie }] : [];
  if (candidates.length === 0) throw invalid([{ field: 'academie', message: 'Précisez l’académie ou le département.' }]);
  if (!isKnownTerritory(candidates[0]!)) throw notFound('Ce territoire est inconnu.');
  const today = parisDate(now);
  for (const territory of candidates) {
    const settings = presentSettings(await findSettings(db, territory));
    if (!settings) continue;
    const open = isWorkingDay(now, { departementCode: query.departement ?? null });
    return { territory, phoneNumber: settings.phoneNumber, today, morning: open ? settings.morning : null, afternoon: open ? settings.afternoon : null };
  }
  return { territory: candidates[0]!, phoneNumber: null, today, morning: null, afternoon: null };
}
