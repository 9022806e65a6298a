import type { ErrorRecord } from '../../schema';
import { loadRecords } from '../records/view/collection';
import { collectRedirects, type AliasRedirect } from './redirects';

/** Props of an alias redirect page. */
export interface RedirectPageProps {
  redirect: AliasRedirect;
  record: ErrorRecord;
}

/** `getStaticPaths` of the alias routes: one page per former id, in each language. */
export async function redirectStaticPaths() {
  const records = await loadRecords();
  const recordsById = new Map(records.map((record) => [record.id, record]));

  return collectRedirects(records).map((redirect) => {
    const record = recordsById.get(redirect.to);
    if (record === undefined) {
      throw new Error(`Alias ${redirect.from} points to ${redirect.to}, which is not a loaded record.`);
    }
    const props: RedirectPageProps = { redirect, record };
    return { params: { alias: redirect.from }, props };
  });
}
