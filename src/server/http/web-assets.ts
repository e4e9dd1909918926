import fs from 'node:fs';
import path from 'node:path';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import fastifyStatic from '@fastify/static';
import { isInterfacePath } from '../../shared/interface-routes.ts';

/** Files whose name carries a hash of their content (Vite's assets/): they never change under one name. */
const FOREVER = 'public, max-age=31536000, immutable';
/** Files named with their version or hash in the query (`?v=1.14.2`, `?hash=…`, from index.html). */
const versionedQuery = /[?&](v|hash)=/;

/**
 * The built interface: its files, compressed at build (`.br`, `.gz` beside each file, see
 * vite.config.ts) and sent as the browser accepts (Content-Encoding, Vary: accept-encoding);
 * hashed or versioned files cached for a year, the rest revalidated or kept a day.
 * Returns the answer for a GET of any other address, or undefined when no interface is built.
 */
export async function registerWebAssets(app: FastifyInstance, webRoot: string | undefined) {
  const indexHtml = webRoot ? path.join(webRoot, 'index.html') : undefined;
  if (!webRoot || !indexHtml || !fs.existsSync(indexHtml)) return undefined;
  await app.register(fastifyStatic, {
    root: webRoot,
    wildcard: false,
    index: false,
    preCompressed: true,
    cacheControl: false,
    setHeaders: (reply, filePath) => { reply.header('cache-control', cacheControlFor(reply.request.url, filePath)); },
  });

  /**
   * A page of the interface: index.html, where the router takes over. Any other address: the
   * same index.html with a 404 (the interface then shows « Page non trouvée »), or a short
   * French text for a client that does not ask for HTML (a missing script or image).
   */
  return (request: FastifyRequest, reply: FastifyReply) => {
    const pathname = request.url.split('?')[0]!;
    const known = isInterfacePath(pathname);
    if (!known) reply.code(404);
    if (known || (request.headers.accept ?? '').includes('text/html')) {
      return reply.sendFile('index.html');
    }
    return reply.type('text/plain; charset=utf-8').send('Page non trouvée.');
  };
}

function cacheControlFor(url: string, filePath: string): string {
  // index.html (for every page): always checked, so that a new release is seen at once.
  if (/\.html(\.br|\.gz)?$/.test(filePath)) return 'no-cache';
  if (url.startsWith('/assets/') || versionedQuery.test(url)) return FOREVER;
  // The DSFR's fonts and icons, named without a version: a day, then checked.
  return 'public, max-age=86400';
}
