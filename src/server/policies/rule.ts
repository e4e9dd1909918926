import type { CurrentUser } from '../auth/current-user.ts';

/** A rule decided on the person alone: what a route may declare. */
export type RouteRule = (user: CurrentUser) => boolean;
export type RouteRules = Record<string, RouteRule>;

/** A rule decided on a record (or a territory), checked where the record is loaded. */
export type RecordRule<R> = (user: CurrentUser, resource: R) => boolean;
export type RecordRules<R> = Record<string, RecordRule<R>>;
