import type { FastifyInstance } from 'fastify';
import type { AppDependencies, ClosingRule, JobDependencies } from '../dependencies.ts';
import type { AnyJobDefinition } from '../jobs/queue.ts';

/**
 * What every module gives the service (see `README.md` beside this file): its routes, and the
 * jobs it runs. `app.ts`, the job definitions and the route × role matrix loop over the list
 * in `index.ts`; nothing names a module elsewhere.
 */
export interface ServiceModule {
  /** The folder's name, also the OpenAPI tag prefix of its routes. */
  name: string;
  routes?: (app: FastifyInstance, deps: AppDependencies) => Promise<void>;
  jobs?: (deps: JobDependencies) => AnyJobDefinition[];
  /** Rules this module adds to closing a request (the requests module cannot import it: it imports the requests module). */
  closingRules?: ClosingRule[];
}
