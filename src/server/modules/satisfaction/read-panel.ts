import type { PanelDetail } from '../../../shared/contracts/satisfaction.ts';
import type { Executor } from '../../db/schema.ts';
import { notFound } from '../../errors/app-error.ts';
import { presentPanelDetail } from './presenter.ts';
import { countPanelMembers, findPanel } from './repository.ts';

export const unknownPanel = () => notFound('Ce panel est introuvable.');

/** A panel: how many were drawn, asked and answered, by département and category (never a name). */
export async function readPanel(db: Executor, id: string): Promise<PanelDetail> {
  const row = await findPanel(db, id);
  if (!row) throw unknownPanel();
  return presentPanelDetail(row, await countPanelMembers(db, id));
}
