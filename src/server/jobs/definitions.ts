import type { JobDependencies } from '../dependencies.ts';
import type { AnyJobDefinition } from './queue.ts';
import { MODULES } from '../modules/index.ts';

/** Every job of ProxiRH: each module declares its own. */
export function jobDefinitions(deps: JobDependencies): AnyJobDefinition[] {
  return MODULES.flatMap((module) => module.jobs?.(deps) ?? []);
}
