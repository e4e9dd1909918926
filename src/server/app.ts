import crypto from 'node:crypto';
import Fastify, { LogController, type FastifyInstance } from 'fastify';
import cookie from '@fastify/cookie';
import rateLimit from '@fastify/rate-limit';
import multipart from '@fastify/multipart';
import swagger from '@fastify/swagger';
import swaggerUi from '@fastify/swagger-ui';
import helmet from '@fastify/helmet';
import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { AppDependencies } from './dependencies.ts';
import { registerErrorHandling, sendProblem } from './errors/error-handler.ts';
import { registerAccess } from './http/access.ts';
import { registerWebAssets } from './http/web-assets.ts';
import { refuseForbiddenCharacters, refuseNonFiniteNumbers } from './http/hostile-input.ts';
import { MODULES } from './modules/index.ts';
import { MAX_ATTACHMENT_BYTES } from './modules/requests/index.ts';

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
    // Errors of the router itself (bad percent-encoding, a path segment over 100 characters) are
    // answered like ours: French problem+json, never Fastify's English.
    frameworkErrors: (error, _request, reply) => sendProblem(reply, 'validation_failed',
      error.code === 'FST_ERR_MAX_PARAM_LENGTH' ? 'Cette adresse est trop longue.' : 'Cette adresse est mal formée (encodage invalide).'),
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
  await app.register(helmet, securityHeaders(config.publicUrl));
  app.addHook('onSend', async (_request, reply) => {
    reply.header('permissions-policy', 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=()');
  });
  app.addHook('preValidation', refuseForbiddenCharacters);
  app.addHook('preHandler', refuseNonFiniteNumbers);
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
  // The documentation page brings its own inline script and styles: its own policy, by hashes.
  await app.register(swaggerUi, { routePrefix: '/api/docs', staticCSP: true });
  await app.register(registerAccess, { config, database: deps.database });

  const closingRules = MODULES.flatMap((module) => module.closingRules ?? []);
  for (const module of MODULES) if (module.routes) await app.register(module.routes, { ...deps, closingRules });

  const sendInterface = await registerWebAssets(app, deps.webRoot);
  app.setNotFoundHandler((request, reply) => {
    if (request.url.startsWith('/api/') || request.url === '/api') {
      return sendProblem(reply, 'not_found', 'Cette adresse ne correspond à aucune ressource de l’API.');
    }
    // The interface's pages answer 200, any other address 404 (http/web-assets.ts).
    if ((request.method === 'GET' || request.method === 'HEAD') && sendInterface) return sendInterface(request, reply);
    return reply.code(404).type('text/plain; charset=utf-8').send('Page non trouvée.');
  });

  return app;
}

/**
 * Browser security headers (helmet): a Content Security Policy without 'unsafe-inline' (the
 * DSFR and React need none: React sets styles through the DOM, not attributes), no framing,
 * no MIME sniffing, the origin only as referrer across sites, HSTS when served over https.
 */
function securityHeaders(publicUrl: string) {
  const https = publicUrl.startsWith('https://');
  return {
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        // react-dsfr writes one <style> of its own, « :root { color-scheme: light|dark; } »:
        // those two exact texts are allowed by their hashes, nothing else inline.
        styleSrc: ["'self'", "'sha256-HzhUjVBe6Oi2wcxUM7bmy2Rp9VdLMHYDdYr9MalNmOY='", "'sha256-xVQ4mcypV0CvOtZpQgVcKpcoNvdUkR9BrwZBrtBbU+w='"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        manifestSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        ...(https ? { upgradeInsecureRequests: [] } : {}),
      },
    },
    strictTransportSecurity: https ? { maxAge: 31_536_000, includeSubDomains: true } : false,
    referrerPolicy: { policy: 'strict-origin-when-cross-origin' as const },
    crossOriginEmbedderPolicy: false,
    xFrameOptions: { action: 'deny' as const },
  };
}

