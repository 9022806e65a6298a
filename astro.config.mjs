// @ts-check
import { defineConfig } from 'astro/config';

import sitemap from '@astrojs/sitemap';

import { validateRecords } from './src/integrations/validate-records';
import notFoundPages from './src/integrations/not-found-pages';
import searchIndexNotice from './src/integrations/search-index-notice';
import { sitemapOptions } from './src/lib/links/sitemap';

/**
 * Where the site is published. `SITE_URL` is the origin used for canonical
 * links, hreflang alternates, the sitemap and feeds. `BASE_PATH` is the path
 * the site lives under, such as `/errdex/` on a GitHub Pages project site.
 */
const site = process.env.SITE_URL || 'http://localhost:4321';
const base = process.env.BASE_PATH || '/';

export default defineConfig({
  site,
  base,
  trailingSlash: 'ignore',
  // Four pages render at once, so one page's rendering overlaps another's
  // file writes. On 2 cores with 3,000 generated records, page generation
  // took 13.5 s instead of 17.9 s. At 10,000 the gain was within run-to-run
  // noise (BENCHMARKS.md).
  build: { format: 'directory', concurrency: 4 },
  // Validation runs first so a bad record stops the build before any page is
  // rendered. The search index is not built here but by `npm run build:search`
  // after Astro exits (see src/cli/search-index.ts).
  integrations: [validateRecords(), sitemap(sitemapOptions({ base })), notFoundPages(), searchIndexNotice()],
  // The benchmarks keep generated corpora and built sites of 20,000+ files in
  // bench/.work/; watching them exhausts the system's file watcher limit.
  vite: { server: { watch: { ignored: ['**/bench/.work/**'] } } },
});
