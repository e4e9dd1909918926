import type { FastifyInstance } from 'fastify';
import { typed } from '../http/typed.ts';
import { signedInUser } from '../http/access.ts';
import type { AppDependencies } from '../dependencies.ts';
import { notFound, notSignedIn } from '../errors/app-error.ts';
import { AuthConfig, DemoAccounts, DemoLoginBody, Session } from '../../shared/contracts/auth.ts';
import { NoContent } from '../../shared/contracts/common.ts';
import { setSessionCookie, clearSessionCookie } from './session-cookie.ts';
import { findDemoAccountPerson, listDemoAccounts } from './demo-accounts.ts';
import { presentSession } from './presenter.ts';
import { signIn, signOut } from './sign-in.ts';

export async function authRoutes(instance: FastifyInstance, { config, database }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;

  app.get('/api/auth/config', {
    config: { access: 'public' },
    schema: { tags: ['connexion'], summary: 'Modes de connexion disponibles', response: { 200: AuthConfig } },
  }, async () => ({ demoMode: config.demoMode, oidcEnabled: config.oidc !== undefined }));

  app.get('/api/auth/session', {
    config: { access: 'public' },
    schema: { tags: ['connexion'], summary: 'La session en cours', response: { 200: Session } },
  }, async (request) => {
    if (!request.user) throw notSignedIn();
    return presentSession(request.user);
  });

  // Signed in, with the CSRF token like every change: nobody else's page may sign a person out,
  // not even by clearing the cookie of a browser that sent none.
  app.post('/api/auth/logout', {
    config: { access: 'signedIn' },
    schema: { tags: ['connexion'], summary: 'Met fin à la session', response: { 204: NoContent } },
  }, async (request, reply) => {
    const user = signedInUser(request);
    await signOut(db, user, { ip: request.ip, requestId: String(request.id) });
    // Every instance hears of it from the database; this one forgets it before answering.
    instance.recentSessions.forgetSession(user.sessionTokenHash);
    clearSessionCookie(reply, config);
    return reply.code(204).send(null);
  });

  app.get('/api/auth/demo-accounts', {
    config: { access: 'public' },
    schema: { tags: ['connexion'], summary: 'Comptes de démonstration (mode démo uniquement)', response: { 200: DemoAccounts } },
  }, async () => {
    if (!config.demoMode) throw notFound();
    return listDemoAccounts(db);
  });

  app.post('/api/auth/demo-login', {
    config: { access: 'public', rateLimit: { max: config.signInRateLimitPerMinute, timeWindow: '1 minute' } },
    schema: {
      tags: ['connexion'], summary: 'Connexion à un compte de démonstration (mode démo uniquement)',
      body: DemoLoginBody,
      response: { 200: Session },
    },
  }, async (request, reply) => {
    if (!config.demoMode) throw notFound();
    const person = await findDemoAccountPerson(db, request.body.accountId);
    if (!person) throw notFound('Ce compte de démonstration n’existe pas.');
    const { token, user } = await signIn(db, {
      person, method: 'demo', previousTokenHash: request.user?.sessionTokenHash, idleMinutes: config.sessionIdleMinutes,
      from: { ip: request.ip, requestId: String(request.id) },
    });
    setSessionCookie(reply, config, token);
    return presentSession(user);
  });
}
