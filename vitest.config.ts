/// <reference types="vitest/config" />
import { getViteConfig } from 'astro/config';

/** Unit tests run through Astro's Vite config, so `astro:*` imports resolve. */
export default getViteConfig({
  test: {
    include: ['src/**/*.test.ts', 'test/**/*.test.ts'],
    testTimeout: 30_000,
  },
});
