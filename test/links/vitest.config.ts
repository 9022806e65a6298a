import { fileURLToPath } from 'node:url';

import { defineConfig } from 'vitest/config';

/**
 * Checks of the built site, and builds of fixture folders. They read `dist/` (or build their own copy), so
 * they run after `astro build`, apart from the unit tests. The files are
 * named `*.spec.ts` so the unit run (`test/**\/*.test.ts`) skips them.
 */
export default defineConfig({
  root: fileURLToPath(new URL('../..', import.meta.url)),
  test: {
    include: ['test/links/**/*.spec.ts', 'test/build/**/*.spec.ts'],
    testTimeout: 60_000,
    // The base-path check runs `astro build` in its beforeAll hook.
    hookTimeout: 600_000,
  },
});
