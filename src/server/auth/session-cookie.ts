import type { FastifyReply, FastifyRequest } from 'fastify';
import type { Config } from '../config.ts';

const NAME = 'proxirh_session';
const overHttps = (config: Pick<Config, 'publicUrl'>) => config.publicUrl.startsWith('https:');

/**
 * `__Host-proxirh_session` over https: a browser then keeps the cookie only if it is Secure, on
 * Path=/ and without Domain, set by this very host — no sibling sub-domain and no plain-http page
 * can plant or overwrite it. `proxirh_session` over http (development, tests), where the prefix
 * cannot be honoured. The one place that names the cookie: whoever reads or writes it asks here.
 */
export function sessionCookieName(config: Pick<Config, 'publicUrl'>): string {
  return overHttps(config) ? `__Host-${NAME}` : NAME;
}

/** The session token the browser sent, if any. */
export function sessionToken(request: FastifyRequest, config: Pick<Config, 'publicUrl'>): string | undefined {
  return request.cookies[sessionCookieName(config)];
}

/** HttpOnly, SameSite=Lax (an OIDC redirect back must carry it), Secure behind HTTPS. */
export function setSessionCookie(reply: FastifyReply, config: Config, token: string) {
  reply.setCookie(sessionCookieName(config), token, {
    path: '/',
    httpOnly: true,
    sameSite: 'lax',
    secure: overHttps(config),
    maxAge: 12 * 3600,
  });
}

/** Cleared with the attributes it was set with: a browser ignores a `__Host-` cookie that lacks them. */
export function clearSessionCookie(reply: FastifyReply, config: Config) {
  reply.clearCookie(sessionCookieName(config), { path: '/', httpOnly: true, sameSite: 'lax', secure: overHttps(config) });
}
