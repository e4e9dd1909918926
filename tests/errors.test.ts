import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../src/server/app.ts';
import { loadConfig } from '../src/server/config.ts';
import { queuedMailSender } from '../src/server/mail/jobs.ts';
import { createTestApp, type TestApp } from './support/test-app.ts';
import { buildAgent } from './support/factories.ts';

let t: TestApp;
beforeAll(async () => { t = await createTestApp(); });
afterAll(async () => t?.close());

describe('errors as API.md says', () => {
  it('answers an unknown API address with a French problem+json 404', async () => {
    const response = await t.call(null, 'GET', '/api/nope');
    expect(response.statusCode).toBe(404);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({ status: 404, title: 'Introuvable', detail: expect.stringContaining('aucune ressource') });
  });

  it('lists the invalid fields in French', async () => {
    const agent = await t.signInAsPerson((await buildAgent(t.db)).id);
    const response = await t.call(agent, 'GET', '/api/requests?limit=500&status=lost');
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.title).toBe('Données invalides');
    expect(body.errors).toEqual(expect.arrayContaining([
      { field: 'limit', message: 'La valeur doit être au plus 200.' },
      { field: 'status', message: 'Cette valeur ne fait pas partie des choix possibles.' },
    ]));
  });

  it('names a missing body field', async () => {
    const response = await t.call(null, 'POST', '/api/auth/demo-login', {});
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toEqual([{ field: 'accountId', message: 'Ce champ est obligatoire.' }]);
  });

  it('rejects a body that is not JSON', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/demo-login', headers: { 'content-type': 'application/json' }, payload: '{oops' });
    expect(response.statusCode).toBe(400);
    expect(response.json().detail).toContain('JSON');
  });

  it('answers 413 to a body over the limit', async () => {
    const response = await t.app.inject({ method: 'POST', url: '/api/auth/demo-login', headers: { 'content-type': 'application/json' }, payload: JSON.stringify({ accountId: 'x'.repeat(2 * 1024 * 1024) }) });
    expect(response.statusCode).toBe(413);
  });

  it('answers an unexpected failure with 500, a request id and no stack trace', async () => {
    const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test' }), database: t.database, mail: queuedMailSender(t.jobs) });
    app.get('/api/test-failure', { config: { access: 'public' } }, async () => { throw new Error('secret internal detail'); });
    await app.ready();
    const response = await app.inject({ method: 'GET', url: '/api/test-failure', headers: { 'x-request-id': 'req-42' } });
    await app.close();
    expect(response.statusCode).toBe(500);
    expect(response.json()).toMatchObject({ status: 500, title: 'Erreur interne', requestId: 'req-42' });
    expect(response.body).not.toContain('secret internal detail');
    expect(response.body).not.toMatch(/\bat\s/);
  });

  it('refuses to start with a route that declares no access rule', async () => {
    const app = await buildApp({ config: loadConfig({ NODE_ENV: 'test' }), database: t.database, mail: queuedMailSender(t.jobs) });
    expect(() => app.get('/api/forgotten', async () => 'x')).toThrow(/sans déclaration d'accès/);
    await app.close();
  });

  it('serves the OpenAPI document', async () => {
    const response = await t.call(null, 'GET', '/api/docs/json');
    expect(response.statusCode).toBe(200);
    expect(Object.keys(response.json().paths)).toEqual(expect.arrayContaining(['/api/requests', '/api/auth/session']));
  });
});
