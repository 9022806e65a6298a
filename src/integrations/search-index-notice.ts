import type { AstroIntegration } from 'astro';

/**
 * Logs where the search index comes from. `astro build` does not build it,
 * because `npm run build` runs `npm run build:search` after Astro exits, so
 * the two never use memory at the same time. Without this notice, a bare
 * `astro build` or the dev server gives a site whose search fails with only a
 * 404 for `pagefind.js` to go on.
 */
export default function searchIndexNotice(): AstroIntegration {
  return {
    name: 'errdex:search-index',
    hooks: {
      'astro:server:start': ({ logger }) => {
        logger.warn('Search does not work in the dev server, which has no search index. Run npm start to try search on a full build.');
      },
      'astro:build:done': ({ logger }) => {
        logger.info('astro build does not build the search index. npm run build runs npm run build:search after it; after a bare astro build, run npm run build:search.');
      },
    },
  };
}
