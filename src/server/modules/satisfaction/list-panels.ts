import type { PanelList } from '../../../shared/contracts/satisfaction.ts';
import type { Executor } from '../../db/schema.ts';
import { presentPanelSummary } from './presenter.ts';
import { findPanels } from './repository.ts';

/** The latest panels, newest first: a few are drawn a year, so the list is not paged. */
const PANELS_SHOWN = 200;

export async function listPanels(db: Executor): Promise<PanelList> {
  return { items: (await findPanels(db, PANELS_SHOWN)).map(presentPanelSummary) };
}
