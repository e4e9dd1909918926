import type { Kysely } from 'kysely';
import type { DB, Executor } from '../../db/schema.ts';
import type { PublicContactPoint } from '../../../shared/contracts/orientation.ts';
import { ACADEMIES } from '../../../shared/territories.ts';
import { listPublicContactPoints } from '../orientation/index.ts';

/** The directory of an académie, read once per call (the public « Qui contacter ? » list). */
export async function academieDirectory(db: Executor, academie: string | null): Promise<PublicContactPoint[]> {
  if (!academie || !ACADEMIES.some((a) => a.code === academie)) return [];
  return listPublicContactPoints(db as Kysely<DB>, { academie });
}

/** The actors an article names, then those of the kinds it names, in the directory's order, each once. */
export function actorsOf(directory: readonly PublicContactPoint[], named: readonly string[], kinds: readonly string[]): PublicContactPoint[] {
  const byId = new Map(directory.map((cp) => [cp.id, cp]));
  const chosen = named.flatMap((id) => (byId.has(id) ? [byId.get(id)!] : []));
  const seen = new Set(chosen.map((cp) => cp.id));
  for (const cp of directory) {
    if (kinds.includes(cp.kind) && !seen.has(cp.id)) {
      chosen.push(cp);
      seen.add(cp.id);
    }
  }
  return chosen;
}
