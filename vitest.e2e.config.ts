import { defineConfig } from 'vitest/config';

// End-to-end journeys in Debian's Chromium (playwright-core), against the real server
// serving the built interface, on a copy of the demo database.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    globalSetup: ['tests/support/global-setup.ts'],
    pool: 'forks',
    maxWorkers: 1,
    testTimeout: 90_000,
    hookTimeout: 120_000,
    env: { NODE_ENV: 'test' },
  },
});
