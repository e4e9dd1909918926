/** The contract of the health checks (public): the process runs, the database answers. */
import { Type, type Static } from 'typebox';

export const Health = Type.Object({ status: Type.Literal('ok') });
export type Health = Static<typeof Health>;

export const Readiness = Type.Object({ status: Type.Literal('ready') });
export type Readiness = Static<typeof Readiness>;
