/**
 * `/tester/data.json`: what the message tester needs of every record (the
 * converted regex, its prefilter literals, ranking keys and the signatures).
 * Only the tester page fetches it, so other pages stay small.
 */

import { getCollection } from 'astro:content';

import { buildTesterData } from '../../lib/matcher/tester-data';

export async function GET(): Promise<Response> {
  const entries = await getCollection('errors');
  const data = buildTesterData(entries.map((entry) => entry.data));
  return new Response(JSON.stringify(data), { headers: { 'Content-Type': 'application/json' } });
}
