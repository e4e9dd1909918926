import fs from 'node:fs';
import path from 'node:path';
import crypto from 'node:crypto';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import fastifyStatic from '@fastify/static';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { JobQueue } from './jobs/queue.ts';
import type { MailSender } from './modules/requests/notifications.ts';
import { registerErrorHandling, sendProblem } from './errors/error-handler.ts';
import { registerAccess } from './http/access.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { authRoutes } from './auth/routes.ts';
import { oidcRoutes } from './auth/oidc-routes.ts';
import { territoryRoutes } from './modules/territories/routes.ts';
import { requestRoutes } from './modules/requests/routes.ts';
import { adminRoutes } from './modules/admin/routes.ts';
import { attachmentRoutes } from './modules/requests/attachment-routes.ts';
import { peopleRoutes } from './modules/people/routes.ts';
import { absenceRoutes } from './modules/absences/routes.ts';
import { personalDataRoutes } from './modules/personal-data/routes.ts';
import { outboxRoutes } from './mail/outbox-routes.ts';
import { satisfactionRoutes } from './modules/satisfaction/routes.ts';
import { reportRoutes } from './modules/reports/routes.ts';
import { MAX_ATTACHMENT_BYTES } from './modules/requests/attachments.ts';

export interface AppDependencies {
  config: Config;
  database: Database;
  jobs?: JobQueue | undefined;
  /** How mails leave (the durable queue in production, the outbox otherwise). */
  mail: MailSender;
  /** Where the built interface lives; absent in API-only tests. */
  webRoot?: string | undefined;
}

export type App = FastifyInstance;

export async function buildApp(deps: AppDependencies) {
  const { config } = deps;
  const app = Fastify({
    logger: { level: config.logLevel },
    // One line per request is written below, from the route pattern: no query strings,
    // no cookies, no headers, so no personal data.
    logController: new LogController({ disableRequestLogging: true }),
    genReqId: (req) => (typeof req.headers['x-request-id'] === 'string' && /^[\w-]{1,64}$/.test(req.headers['x-request-id'])
      ? req.headers['x-request-id'] : crypto.randomUUID()),
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    ajv: { customOptions: { removeAdditional: false, coerceTypes: 'array', useDefaults: true, allErrors: true } },
  }).withTypeProvider<TypeBoxTypeProvider>();

  registerErrorHandling(app);
  app.addHook('onResponse', async (request, reply) => {
    request.log.info({
      method: request.method,
      route: request.routeOptions.url ?? 'unmatched',
      status: reply.statusCode,
      ms: Math.round(reply.elapsedTime),
    }, 'request');
  });
  await app.register(cookie);
  await app.register(multipart, { limits: { fileSize: MAX_ATTACHMENT_BYTES, files: 1, fields: 5, parts: 6 } });
  await app.register(rateLimit, {
    global: false,
    errorResponseBuilder: () => {
      const error = new Error('Trop de tentatives.') as Error & { statusCode: number };
      error.statusCode = 429;
      return error;
    },
  });
  await app.register(swagger, {
    openapi: {
      info: { title: 'API ProxiRH', description: 'API du service RH de proximité de l’Éducation nationale.', version: '0.1.0' },
      components: { securitySchemes: { session: { type: 'apiKey', in: 'cookie', name: 'proxirh_session' } } },
    },
  });
  await app.register(swaggerUi, { routePrefix: '/api/docs' });
  await app.register(registerAccess, { config, database: deps.database });

  await app.register(healthRoutes, deps);
  await app.register(authRoutes, deps);
  await app.register(oidcRoutes, deps);
  await app.register(territoryRoutes, deps);
  await app.register(requestRoutes, deps);
  await app.register(adminRoutes, deps);
  await app.register(attachmentRoutes, deps);
  await app.register(peopleRoutes, deps);
  await app.register(absenceRoutes, deps);
  await app.register(personalDataRoutes, deps);
  await app.register(outboxRoutes, deps);
  await app.register(satisfactionRoutes, deps);
  await app.register(reportRoutes, deps);

  const indexHtml = deps.webRoot ? path.join(deps.webRoot, 'index.html') : undefined;
  if (deps.webRoot && indexHtml && fs.existsSync(indexHtml)) {
    await app.register(fastifyStatic, { root: deps.webRoot, wildcard: false, index: false, maxAge: '1h' });
  }
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      return sendProblem(reply, 'not_found', 'Cette adresse ne correspond à aucune ressource de l’API.');
    }
    if (request.method === 'GET' && indexHtml && fs.existsSync(indexHtml)) {
      // The interface routes on the client; it shows its own French 404 for unknown pages.
      return reply.type('text/html; charset=utf-8').header('cache-control', 'no-cache').send(fs.createReadStream(indexHtml));
    }
    return reply.code(404).type('text/plain; charset=utf-8').send('Page non trouvée.');
  });

  return app;
}
