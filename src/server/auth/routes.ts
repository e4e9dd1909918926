import type { FastifyInstance } from 'fastify';
import { Type } from 'typebox';
import { typed } from '../http/typed.ts';
import type { AppDependencies } from '../dependencies.ts';
import { notFound, notSignedIn } from '../errors/app-error.ts';
import { recordAudit } from '../audit/audit-log.ts';
import { createSession, deleteSession } from './session-store.ts';
import { setSessionCookie, clearSessionCookie } from './session-cookie.ts';
import { DemoAccountSchema, SessionSchema } from './schemas.ts';
import { findDemoAccountUser, listDemoAccounts } from './demo-accounts.ts';
import { presentSession } from './presenter.ts';

export async function authRoutes(instance: FastifyInstance, { config, database }: AppDependencies) {
  const app = typed(instance);
  const { db } = database;

  app.get('/api/auth/config', {
    config: { access: 'public' },
    schema: {
      tags: ['connexion'], summary: 'Modes de connexion disponibles',
      response: { 200: Type.Object({ demoMode: Type.Boolean(), oidcEnabled: Type.Boolean() }) },
    },
  }, async () => ({ demoMode: config.demoMode, oidcEnabled: config.oidc !== undefined }));

  app.get('/api/auth/session', {
    config: { access: 'public' },
    schema: { tags: ['connexion'], summary: 'La session en cours', response: { 200: SessionSchema } },
  }, async (request) => {
    if (!request.user) throw notSignedIn();
    return presentSession(request.user);
  });

  app.post('/api/auth/logout', {
    config: { access: 'public' },
    schema: { tags: ['connexion'], summary: 'Met fin à la session', response: { 204: Type.Null() } },
  }, async (request, reply) => {
    if (request.user) {
      await deleteSession(db, request.user.sessionTokenHash);
      await recordAudit(db, { user: request.user, ip: request.ip, requestId: String(request.id) },
        { action: 'auth.logout', targetType: 'person', targetId: request.user.id });
    }
    clearSessionCookie(reply);
    return reply.code(204).send(null);
  });

  app.get('/api/auth/demo-accounts', {
    config: { access: 'public' },
    schema: { tags: ['connexion'], summary: 'Comptes de démonstration (mode démo uniquement)', response: { 200: Type.Array(DemoAccountSchema) } },
  }, async () => {
    if (!config.demoMode) throw notFound();
    return listDemoAccounts(db);
  });

  app.post('/api/auth/demo-login', {
    config: { access: 'public', rateLimit: { max: config.signInRateLimitPerMinute, timeWindow: '1 minute' } },
    schema: {
      tags: ['connexion'], summary: 'Connexion à un compte de démonstration (mode démo uniquement)',
      body: Type.Object({ accountId: Type.String({ minLength: 1, maxLength: 64 }) }),
      response: { 200: SessionSchema },
    },
  }, async (request, reply) => {
    if (!config.demoMode) throw notFound();
    const user = await findDemoAccountUser(db, request.body.accountId);
    if (!user) throw notFound('Ce compte de démonstration n’existe pas.');
    if (request.user) await deleteSession(db, request.user.sessionTokenHash);
    const { token, csrfToken } = await createSession(db, user.id, 'demo', config.sessionIdleMinutes);
    await recordAudit(db, { user: { ...user, csrfToken, sessionTokenHash: '' }, ip: request.ip, requestId: String(request.id) },
      { action: 'auth.login', targetType: 'person', targetId: user.id, details: { method: 'demo' } });
    setSessionCookie(reply, config, token);
    return presentSession({ ...user, csrfToken });
  });
}
