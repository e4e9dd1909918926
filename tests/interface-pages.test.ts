import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../src/server/config.ts';
import { composeService } from '../src/server/compose.ts';
import type { Database } from '../src/server/db/database.ts';
import { INTERFACE_PAGES, isInterfacePath } from '../src/shared/interface-routes.ts';
import { createTestDatabase } from './support/test-database.ts';

/**
 * The server and the interface's pages: a built interface (a small one made here, laid out as
 * `vite build` lays it out, with its .br and .gz files) served by the real app.
 */
const INDEX_HTML = '<!doctype html><html lang="fr"><head><title>ProxiRH</title></head><body><div id="root"></div></body></html>';
const SCRIPT = `console.log(${JSON.stringify('ProxiRH '.repeat(200))});`;

let webRoot: string;
let database: Database;
let service: Awaited<ReturnType<typeof composeService>>;

beforeAll(async () => {
  webRoot = fs.mkdtempSync(path.join(os.tmpdir(), 'proxirh-web-'));
  fs.mkdirSync(path.join(webRoot, 'assets'));
  fs.mkdirSync(path.join(webRoot, 'dsfr'));
  for (const [name, text] of [['index.html', INDEX_HTML], ['assets/index-Ab12Cd34.js', SCRIPT], ['dsfr/dsfr.min.css', 'a{color:inherit}'.repeat(100)]] as const) {
    const file = path.join(webRoot, name);
    fs.writeFileSync(file, text);
    fs.writeFileSync(`${file}.br`, zlib.brotliCompressSync(text));
    fs.writeFileSync(`${file}.gz`, zlib.gzipSync(text));
  }
  database = await createTestDatabase();
  const config = loadConfig({ NODE_ENV: 'test', DEMO_MODE: 'true' });
  service = await composeService({ config, database, work: false, webRoot });
  await service.app.ready();
});

afterAll(async () => {
  await service?.close();
  await database?.close();
  fs.rmSync(webRoot, { recursive: true, force: true });
});

const get = (url: string, headers: Record<string, string> = {}) =>
  service.app.inject({ method: 'GET', url, headers: { accept: 'text/html,*/*;q=0.8', ...headers } });

describe('the interface’s pages and the others', () => {
  it('answers 404 for an address that is no page, with the interface (which says « Page non trouvée »)', async () => {
    for (const url of ['/une-page-inexistante', '/connexion/de-trop', '/demandes', '/mes-demandes/1/2']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(404);
      expect(String(response.headers['content-type'])).toContain('text/html');
      expect(response.body).toBe(INDEX_HTML);
    }
  });

  it('answers 200 with the interface for every page, whatever its parameters', async () => {
    for (const url of ['/', '/connexion', '/connexion?retour=%2Fma-file', '/Connexion/', '/demandes/6f1c2b0e-3a4d-4e5f-8a9b-0c1d2e3f4a5b', '/enquete/un-jeton', '/pilotage',
      '/informations?q=mobilite', '/informations/conge-formation-professionnelle', '/poser-une-question', '/mallette/amiens', '/contenus/articles/6f1c2b0e-3a4d-4e5f-8a9b-0c1d2e3f4a5b']) {
      const response = await get(url);
      expect(response.statusCode, url).toBe(200);
      expect(response.body).toBe(INDEX_HTML);
      expect(response.headers['cache-control']).toBe('no-cache');
    }
  });

  it('keeps the API’s own French 404, and a short text for a missing file', async () => {
    const api = await get('/api/une-ressource-inexistante');
    expect(api.statusCode).toBe(404);
    expect(String(api.headers['content-type'])).toContain('application/problem+json');
    const file = await service.app.inject({ method: 'GET', url: '/assets/absent-0000.js', headers: { accept: '*/*' } });
    expect(file.statusCode).toBe(404);
    expect(file.body).toBe('Page non trouvée.');
  });

  it('knows every page of the shared list, and nothing more', () => {
    for (const pattern of Object.values(INTERFACE_PAGES)) expect(isInterfacePath(pattern.replace(/:\w+/g, 'x')), pattern).toBe(true);
    for (const url of ['/api', '/connexions', '/mon-espace/nouvelle-demande/x', '//connexion', 'connexion']) expect(isInterfacePath(url), url).toBe(false);
  });
});

describe('files sent compressed and cached', () => {
  it('sends the brotli or gzip file the browser accepts, and says so', async () => {
    const brotli = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip, deflate, br' });
    expect(brotli.headers['content-encoding']).toBe('br');
    expect(String(brotli.headers.vary)).toContain('accept-encoding');
    expect(zlib.brotliDecompressSync(brotli.rawPayload).toString()).toBe(SCRIPT);
    const gzip = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'gzip' });
    expect(gzip.headers['content-encoding']).toBe('gzip');
    expect(zlib.gunzipSync(gzip.rawPayload).toString()).toBe(SCRIPT);
    const plain = await get('/assets/index-Ab12Cd34.js', { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.body).toBe(SCRIPT);
    const page = await get('/connexion', { 'accept-encoding': 'br' });
    expect(page.headers['content-encoding']).toBe('br');
    expect(zlib.brotliDecompressSync(page.rawPayload).toString()).toBe(INDEX_HTML);
  });

  it('caches hashed or versioned files for a year, and has the page itself checked every time', async () => {
    expect((await get('/assets/index-Ab12Cd34.js')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/dsfr/dsfr.min.css?hash=0a1b2c3d')).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    expect((await get('/dsfr/dsfr.min.css')).headers['cache-control']).toBe('public, max-age=86400');
    expect((await get('/index.html')).headers['cache-control']).toBe('no-cache');
    expect((await get('/une-page-inexistante')).headers['cache-control']).toBe('no-cache');
  });
});
