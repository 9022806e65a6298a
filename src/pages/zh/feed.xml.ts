import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';

import { feedOptions } from '../../lib/links/feed';
import { requireSite } from '../../lib/links/urls';
import { loadRecords } from '../../lib/records/view/collection';

/** RSS feed of the most recently added and updated records, linking to the Chinese pages. */
export const GET: APIRoute = async ({ site }) =>
  rss(feedOptions(await loadRecords(), 'zh', { site: requireSite(site), base: import.meta.env.BASE_URL }));
