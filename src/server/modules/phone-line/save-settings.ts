import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { ActionContext } from '../../audit/audit-log.ts';
import { recordAudit } from '../../audit/audit-log.ts';
import { invalid } from '../../errors/app-error.ts';
import type { PhoneLineSettings, SaveSettingsBody } from '../../../shared/contracts/phone-line.ts';
import { academieOf } from '../../../shared/territories.ts';
import { plannedLine } from './territory.ts';
import { findSettings, presentSettings } from './settings.ts';

/** The coordinator sets the line's number and hours (each half-day opens before it closes; none: closed that half-day). */
export async function saveSettings(db: Kysely<DB>, ctx: ActionContext, body: SaveSettingsBody): Promise<PhoneLineSettings> {
  const territory = plannedLine(ctx.user, body.territory);
  const { settings } = body;
  const errors = (['morning', 'afternoon'] as const).filter((h) => settings[h] && settings[h]!.opens >= settings[h]!.closes)
    .map((h) => ({ field: `settings.${h}.closes`, message: 'L’heure de fermeture doit suivre l’heure d’ouverture.' }));
  if (errors.length) throw invalid(errors);
  const values = {
    phone_number: settings.phoneNumber.trim(),
    morning_opens: settings.morning?.opens ?? null, morning_closes: settings.morning?.closes ?? null,
    afternoon_opens: settings.afternoon?.opens ?? null, afternoon_closes: settings.afternoon?.closes ?? null,
    updated_at: new Date(),
  };
  await db.transaction().execute(async (trx) => {
    await trx.insertInto('phone_line_settings').values({ territory_level: territory.level, territory_code: territory.code, ...values })
      .onConflict((oc) => oc.columns(['territory_level', 'territory_code']).doUpdateSet(values)).execute();
    await recordAudit(trx, ctx, { action: 'phone_line.settings', targetType: 'phone_line', targetId: `${territory.level}:${territory.code}`,
      academieCode: territory.level === 'academie' ? territory.code : academieOf(territory.code) ?? null });
  });
  return presentSettings(await findSettings(db, territory))!;
}
