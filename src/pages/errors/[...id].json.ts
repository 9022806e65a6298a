import type { APIRoute, GetStaticPaths, InferGetStaticPropsType } from 'astro';

import { jsonResponse, publishRecord } from '../../lib/links/published';
import { requireSite } from '../../lib/links/urls';
import { loadRecords } from '../../lib/records/view/collection';

/** `errors/<domain>/<slug>.json`: one record as published, with its page URLs in both languages. */
export const getStaticPaths = (async () => {
  const records = await loadRecords();
  return records.map((record) => ({ params: { id: record.id }, props: { record } }));
}) satisfies GetStaticPaths;

type Props = InferGetStaticPropsType<typeof getStaticPaths>;

export const GET: APIRoute<Props> = ({ props, site }) =>
  jsonResponse(publishRecord(props.record, { site: requireSite(site), base: import.meta.env.BASE_URL }));
