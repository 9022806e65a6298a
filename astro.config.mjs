// @ts-check
import { defineConfig } from 'astro/config';

import sitemap from '@astrojs/sitemap';

import pagefind from './src/integrations/pagefind';
import { validateRecords } from './src/integrations/validate-records';
import notFoundPages from './src/integrations/not-found-pages';
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
  build: { format: 'directory' },
  // Validation runs first so a bad record stops the build before any page is
  // rendered; Pagefind runs last, over the finished pages.
  integrations: [validateRecords(), sitemap(sitemapOptions({ base })), notFoundPages(), pagefind()],
});
