import { parseExcerpt, type ExcerptSegment } from './excerpt';
import type { PagefindResultData } from './pagefind-api';

/** A search result as shown: the record's signature, an excerpt and its domain. */
export interface ResultView {
  url: string;
  title: string;
  excerpt: ExcerptSegment[];
  /** The record's domain, or null for a page that carries no domain filter. */
  domain: string | null;
}

/**
 * Builds the view of one Pagefind result. A record page sets the `title` meta
 * to its signature. A page without it shows its URL, so the gap is visible.
 */
export function toResultView(data: PagefindResultData): ResultView {
  const title = data.meta['title']?.trim();

  return {
    url: data.url,
    title: title !== undefined && title !== '' ? title : data.url,
    excerpt: parseExcerpt(data.excerpt),
    domain: data.filters['domain']?.[0] ?? null,
  };
}
