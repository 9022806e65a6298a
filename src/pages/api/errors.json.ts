import type { APIRoute } from 'astro';

import { buildIndex, jsonResponse } from '../../lib/links/published';
import { requireSite } from '../../lib/links/urls';
import { loadRecords } from '../../lib/records/view/collection';

/** `api/errors.json`: a summary of every published record with its URLs, sorted by id. */
export const GET: APIRoute = async ({ site }) =>
  jsonResponse(buildIndex(await loadRecords(), { site: requireSite(site), base: import.meta.env.BASE_URL }));
