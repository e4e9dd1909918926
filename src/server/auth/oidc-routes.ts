import { redirection } from '../../shared/contracts/common.ts';
import type { FastifyInstance } from 'fastify';
import { typed } from '../http/typed.ts';
import type { AppDependencies } from '../dependencies.ts';
import { AppError, notFound } from '../errors/app-error.ts';
import { OidcLoginQuery } from '../../shared/contracts/auth.ts';
import { loadRoles } from './session-store.ts';
import { signIn } from './sign-in.ts';
import { setSessionCookie } from './session-cookie.ts';
import { finishOidcSignIn, OidcSignInError, OidcUnavailableError, startOidcSignIn } from './oidc.ts';

/** Binds the browser that started a flow to its state, so that nobody else's browser can finish it. */
const FLOW_COOKIE = 'proxirh_oidc';
const FLOW_COOKIE_PATH = '/api/auth/oidc';
/** Where the interface says, in French, that the sign-in did not succeed. */
const FAILURE_PAGE = '/connexion?erreur=oidc';

export async function oidcRoutes(instance: FastifyInstance, { config, database }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;
  const rateLimit = { max: config.signInRateLimitPerMinute, timeWindow: '1 minute' };

  app.get('/api/auth/oidc/login', {
    config: { access: 'public', rateLimit },
    schema: {
      tags: ['connexion'], summary: 'Commence la connexion OpenID Connect (redirige vers le fournisseur d’identité)',
      querystring: OidcLoginQuery,
      response: { 302: redirection('Vers le fournisseur d’identité') },
    },
  }, async (request, reply) => {
    if (!config.oidc) throw notFound();
    let flow;
    try {
      flow = await startOidcSignIn(db, config, config.oidc, request.query.returnTo ?? '/');
    } catch (error) {
      if (!(error instanceof OidcUnavailableError)) throw error;
      request.log.warn({ reason: error.reason }, 'oidc discovery failed');
      throw new AppError('unavailable', 'Le fournisseur d’identité ne répond pas.');
    }
    reply.setCookie(FLOW_COOKIE, flow.state, {
      path: FLOW_COOKIE_PATH,
      httpOnly: true,
      sameSite: 'lax',
      secure: config.publicUrl.startsWith('https:'),
      maxAge: flow.maxAgeSeconds,
    });
    return reply.header('cache-control', 'no-store').redirect(flow.authorizationUrl, 302);
  });

  app.get('/api/auth/oidc/callback', {
    config: { access: 'public', rateLimit },
    schema: { tags: ['connexion'], summary: 'Retour du fournisseur d’identité : ouvre la session', response: { 302: redirection('Vers la page demandée, session ouverte') } },
  }, async (request, reply) => {
    if (!config.oidc) throw notFound();
    reply.clearCookie(FLOW_COOKIE, { path: FLOW_COOKIE_PATH }).header('cache-control', 'no-store');
    const queryAt = request.url.indexOf('?');
    let signedIn;
    try {
      signedIn = await finishOidcSignIn(db, config, config.oidc, {
        search: queryAt === -1 ? '' : request.url.slice(queryAt),
        browserState: request.cookies[FLOW_COOKIE],
      });
    } catch (error) {
      // Never a stack trace to the browser, never personal data in the log: a fixed reason only.
      const reason = error instanceof OidcSignInError ? error.reason : `unexpected ${error instanceof Error ? error.name : 'error'}`;
      request.log.warn({ reason }, 'oidc sign-in failed');
      return reply.redirect(FAILURE_PAGE, 302);
    }

    const { person, returnTo } = signedIn;
    const { token } = await signIn(db, {
      person: {
        id: person.id,
        displayName: person.display_name,
        email: person.email,
        roles: await loadRoles(db, person.id),
        departementCode: person.departement_code,
        academieCode: person.academie_code,
      },
      method: 'oidc', previousTokenHash: request.user?.sessionTokenHash, idleMinutes: config.sessionIdleMinutes,
      from: { ip: request.ip, requestId: String(request.id) },
    });
    setSessionCookie(reply, config, token);
    return reply.redirect(returnTo, 302);
  });
}
