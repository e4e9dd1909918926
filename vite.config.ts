import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';
import { compression } from 'vite-plugin-compression2';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const webRoot = join(repoRoot, 'src/web');

/**
 * The DSFR stylesheets, fonts and icons are served from `src/web/public/dsfr` (never a CDN,
 * so that the build works offline). react-dsfr's own commands put them there:
 * `copy-static-assets` copies the version in node_modules (a no-op when already current), then
 * `update-icons` keeps only the icons our code uses and copies their SVG files, and
 * `only-include-used-components` rebuilds dsfr.min.css from the DSFR's own per-component
 * stylesheets, with the core and only the components our code uses (by react-dsfr import or
 * by `fr-…` class name; whole components, no rule rewritten, so the look is the DSFR's). Both
 * refresh the `?hash=` of their stylesheet in index.html when its content changes, which is
 * what lets the server cache them for a year (src/server/http/web-assets.ts).
 * Running them from the config means `vite build` and `vite` need no extra npm script.
 */
function dsfrStaticAssets(): Plugin {
  return {
    name: 'proxirh:dsfr-static-assets',
    config() {
      const bin = join(repoRoot, 'node_modules/@codegouvfr/react-dsfr/bin/react-dsfr.js');
      if (!existsSync(bin)) throw new Error(`react-dsfr introuvable : ${bin}`);
      // copy-static-assets refuses to run without the public directory.
      mkdirSync(join(webRoot, 'public'), { recursive: true });
      for (const command of [['copy-static-assets'], ['update-icons', '--silent'], ['only-include-used-components', '--silent']]) {
        execFileSync(process.execPath, [bin, ...command, '--projectDir', webRoot], { cwd: repoRoot, stdio: 'inherit' });
      }
    },
  };
}

export default defineConfig({
  root: webRoot,
  // Default publicDir (root/public), where react-dsfr copies its assets.
  plugins: [
    dsfrStaticAssets(),
    react(),
    // Every text file of the build (public/dsfr included) also written as .br and .gz, at the
    // highest levels: the server sends them as they are (@fastify/static preCompressed), no
    // compression work per request. Fonts (woff2) and images are compressed already.
    compression({
      algorithms: ['brotliCompress', 'gzip'],
      include: /\.(js|css|html|svg|json|webmanifest|ico)$/,
      threshold: 1024,
      logLevel: 'silent',
    }),
  ],
  build: {
    outDir: join(repoRoot, 'dist/web'),
    emptyOutDir: true,
    rolldownOptions: {
      output: {
        // Libraries change less often than our code: separate files, cached across releases.
        codeSplitting: {
          groups: [
            // The chart library, only for the reports page (loaded on demand).
            { name: 'charts', test: /node_modules[\\/](echarts|zrender)[\\/]/, priority: 2 },
            { name: 'react', test: /node_modules[\\/](react|react-dom|scheduler|react-router|react-router-dom)[\\/]/ },
            // What every page's frame uses (the DSFR's components, React Query). Other libraries
            // (file-type…) stay with the pages that import them, so the first page does not carry them.
            { name: 'vendor', test: /node_modules[\\/](@codegouvfr[\\/]react-dsfr[\\/](?!dsfr[\\/])|@tanstack[\\/]|tsafe[\\/])/ },
          ],
        },
      },
    },
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
