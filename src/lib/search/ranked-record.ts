import type { PagefindResult, PagefindResultData } from './pagefind-api';

/** A page in a result list; `data` loads its Pagefind fragment once and caches it. */
export interface RankedRecord {
  id: string;
  data: () => Promise<PagefindResultData>;
}

export function toRankedRecord(result: PagefindResult): RankedRecord {
  let loaded: Promise<PagefindResultData> | undefined;
  return {
    id: result.id,
    data: () => {
      loaded ??= result.data();
      return loaded;
    },
  };
}
