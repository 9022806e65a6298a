import type { APIRoute } from 'astro';

import { buildErrorRecordJsonSchema } from '../../lib/records/json-schema';

export const prerender = true;

/** Serves the record JSON Schema, generated at build time from the zod schema. */
export const GET: APIRoute = () =>
  new Response(`${JSON.stringify(buildErrorRecordJsonSchema(), null, 2)}\n`, {
    headers: { 'Content-Type': 'application/schema+json; charset=utf-8' },
  });
