import { copyFile, access } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';

import type { AstroIntegration } from 'astro';

/**
 * Copies the Chinese 404 page to `zh/404.html` after the build. Astro writes
 * only the root `404` route as `404.html` and every other page as
 * `<path>/index.html`, but hosts that serve the nearest `404.html` up the path
 * (Cloudflare Pages, for example) look for `zh/404.html`.
 */
export default function notFoundPages(): AstroIntegration {
  return {
    name: 'errdex:not-found-pages',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const source = fileURLToPath(new URL('zh/404/index.html', dir));
        const target = fileURLToPath(new URL('zh/404.html', dir));

        try {
          await access(source);
        } catch {
          throw new Error(`The Chinese 404 page is missing at ${source}; check src/pages/zh/404.astro.`);
        }
        await copyFile(source, target);
        logger.info(`copied zh/404/index.html to zh/404.html`);
      },
    },
  };
}
