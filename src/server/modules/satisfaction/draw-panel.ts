import crypto from 'node:crypto';
import type { Kysely } from 'kysely';
import { PANEL_PER_DEPARTEMENT_DEFAULT } from '../../../shared/contracts/limits.ts';
import type { DrawInput, PanelDetail } from '../../../shared/contracts/satisfaction.ts';
import type { DB } from '../../db/schema.ts';
import { recordAudit, type ActionContext } from '../../audit/audit-log.ts';
import { invalid } from '../../errors/app-error.ts';
import { readPanel } from './read-panel.ts';
import { insertPanel, insertPanelMembers } from './repository.ts';

/*
 * The national survey panel. A national coordinator draws, for a period, a stratified random
 * sample of the people who asked the service: per département of their request, balanced over
 * the four categories. The draw is a pure function of (period, size, seed), computed in SQL,
 * so anyone holding the seed shown on the page can draw it again and get the same people.
 * What leaves this module are counts, never names.
 */

/** A seed when none is given: 12 hexadecimal characters, short enough to copy from the page. */
function newPanelSeed(): string {
  return crypto.randomBytes(6).toString('hex');
}

export async function drawPanel(db: Kysely<DB>, ctx: ActionContext, input: DrawInput): Promise<PanelDetail> {
  if (input.to < input.from) throw invalid([{ field: 'to', message: 'La fin de la période doit suivre son début.' }]);
  const seed = input.seed ?? newPanelSeed();
  const perDepartement = input.perDepartement ?? PANEL_PER_DEPARTEMENT_DEFAULT;
  const panelId = await db.transaction().execute(async (trx) => {
    const id = await insertPanel(trx, { seed, from: input.from, to: input.to, perDepartement, createdBy: ctx.user.id });
    await insertPanelMembers(trx, id, { from: input.from, to: input.to, perDepartement, seed });
    await recordAudit(trx, ctx, { action: 'panel.draw', targetType: 'survey_panel', targetId: id, actorRole: 'coordinator',
      details: { seed, from: input.from, to: input.to, perDepartement } });
    return id;
  });
  return readPanel(db, panelId);
}
