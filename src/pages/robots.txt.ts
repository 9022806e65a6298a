import type { APIRoute } from 'astro';

import { absoluteUrl, requireSite, SITEMAP_INDEX_PATH } from '../lib/links/urls';

/**
 * robots.txt that names the sitemap by absolute URL. Crawlers read robots.txt
 * only at the root of a host. Under a base path (`BASE_PATH=/errdex/`) this
 * file is therefore informative only, but the sitemap URL inside is correct.
 */
export const GET: APIRoute = ({ site }) => {
  const sitemapUrl = absoluteUrl({ site: requireSite(site), base: import.meta.env.BASE_URL }, SITEMAP_INDEX_PATH);
  const body = ['User-agent: *', 'Allow: /', '', `Sitemap: ${sitemapUrl}`, ''].join('\n');

  return new Response(body, { headers: { 'Content-Type': 'text/plain; charset=utf-8' } });
};
