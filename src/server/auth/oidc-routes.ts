import type { FastifyInstance } from 'fastify';
import type { AppDependencies } from '../app.ts';
import { notFound } from '../errors/app-error.ts';

// Placeholder while the OpenID Connect flow is written: both routes answer 404.
export async function oidcRoutes(app: FastifyInstance, _deps: AppDependencies) {
  app.get('/api/auth/oidc/login', { config: { access: 'public' } }, async () => { throw notFound(); });
  app.get('/api/auth/oidc/callback', { config: { access: 'public' } }, async () => { throw notFound(); });
}
