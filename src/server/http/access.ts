import crypto from 'node:crypto';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import fp from 'fastify-plugin';
import type { Config } from '../config.ts';
import type { Database } from '../db/database.ts';
import type { CurrentUser } from '../auth/current-user.ts';
import { findSessionUser } from '../auth/session-store.ts';
import { sessionToken } from '../auth/session-cookie.ts';
import { RecentSessions } from '../auth/recent-sessions.ts';
import { listenForSessionChanges } from '../auth/session-changes.ts';
import { allows, type RouteAbility } from '../policies/index.ts';
import { AppError, forbidden, notSignedIn } from '../errors/app-error.ts';

/**
 * How a route is reached. Every /api route declares one, or the server refuses to start:
 * - 'public': anyone, signed in or not;
 * - 'signedIn': anyone signed in (else 401), whatever their roles;
 * - { ability }: signed in (else 401) and allowed by the policy layer (else 403).
 * Record-level rules (somebody else's request is 404) are then decided by the service.
 */
export type RouteAccess = 'public' | 'signedIn' | { ability: RouteAbility };

declare module 'fastify' {
  interface FastifyContextConfig {
    access?: RouteAccess;
  }
  interface FastifyRequest {
    user: CurrentUser | null;
  }
  interface FastifyInstance {
    /** Every /api route with its access declaration: the authorization suite walks them all. */
    apiRoutes: Array<{ method: string; url: string; access: RouteAccess }>;
    /** This instance's memory of the sessions it read a moment ago (auth/recent-sessions.ts). */
    recentSessions: RecentSessions;
  }
}

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

function sameToken(a: string, b: string) {
  const left = Buffer.from(a);
  const right = Buffer.from(b);
  return left.length === right.length && crypto.timingSafeEqual(left, right);
}

async function accessPlugin(app: FastifyInstance, opts: { config: Config; database: Database }) {
  app.decorateRequest('user', null);
  const apiRoutes: FastifyInstance['apiRoutes'] = [];
  app.decorate('apiRoutes', apiRoutes);
  const recent = new RecentSessions(opts.config.sessionCacheSeconds * 1000);
  app.decorate('recentSessions', recent);
  if (opts.config.sessionCacheSeconds > 0) {
    const listening = await listenForSessionChanges(opts.database, recent, app.log);
    app.addHook('onClose', async () => listening.stop());
  }

  app.addHook('onRoute', (route) => {
    if (!route.url.startsWith('/api/') || route.url.startsWith('/api/docs')) return;
    if (!route.config?.access) {
      throw new Error(`Route ${String(route.method)} ${route.url} sans déclaration d'accès (config.access).`);
    }
    for (const method of [route.method].flat()) {
      if (method !== 'HEAD') apiRoutes.push({ method, url: route.url, access: route.config.access });
    }
  });

  app.addHook('onRequest', async (request: FastifyRequest) => {
    if (!request.url.startsWith('/api/')) return;
    const token = sessionToken(request, opts.config);
    if (token) request.user = await findSessionUser(opts.database.db, token, opts.config.sessionIdleMinutes, recent);
  });

  app.addHook('preHandler', async (request: FastifyRequest) => {
    const access = request.routeOptions.config.access;
    if (!access) return;
    const user = request.user;
    if (user && UNSAFE_METHODS.has(request.method)) {
      const header = request.headers['x-csrf-token'];
      if (typeof header !== 'string' || !sameToken(header, user.csrfToken)) {
        throw new AppError('csrf_failed', 'Le jeton de sécurité (X-CSRF-Token) est absent ou invalide : rechargez la page.');
      }
    }
    if (access === 'public') return;
    if (!user) throw notSignedIn();
    if (access !== 'signedIn' && !allows(user, access.ability)) throw forbidden();
  });
}

export const registerAccess = fp(accessPlugin, { name: 'access' });

/** The signed-in user of a route whose access declaration already demanded one. */
export function signedInUser(request: FastifyRequest): CurrentUser {
  if (!request.user) throw notSignedIn();
  return request.user;
}
