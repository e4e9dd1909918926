import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, type Plugin } from 'vite';

const repoRoot = fileURLToPath(new URL('.', import.meta.url));
const webRoot = join(repoRoot, 'src/web');

/**
 * The DSFR stylesheets, fonts and icons are served from `src/web/public/dsfr` (never a CDN,
 * so that the build works offline). react-dsfr's own command copies them there; running it
 * from the config means `vite build` and `vite` need no extra npm script. The command is a
 * no-op when the copied version is current.
 */
function copyDsfrStaticAssets(): Plugin {
  return {
    name: 'proxirh:copy-dsfr-static-assets',
    config() {
      const bin = join(repoRoot, 'node_modules/@codegouvfr/react-dsfr/bin/react-dsfr.js');
      if (!existsSync(bin)) throw new Error(`react-dsfr introuvable : ${bin}`);
      execFileSync(process.execPath, [bin, 'copy-static-assets', '--projectDir', webRoot], {
        cwd: repoRoot,
        stdio: 'inherit',
      });
    },
  };
}

export default defineConfig({
  root: webRoot,
  // Default publicDir (root/public), where react-dsfr copies its assets.
  plugins: [copyDsfrStaticAssets(), react()],
  build: {
    outDir: join(repoRoot, 'dist/web'),
    emptyOutDir: true,
  },
  server: {
    proxy: {
      '/api': 'http://localhost:3000',
    },
  },
});
