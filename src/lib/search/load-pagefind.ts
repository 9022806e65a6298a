import type { PagefindModule } from './pagefind-api';

/** Excerpt length in words: two lines of a result card. */
const EXCERPT_LENGTH = 24;

let loading: Promise<PagefindModule> | undefined;

/**
 * Imports the site's `pagefind.js` once per page and configures it. `bundleUrl`
 * is a runtime URL, so Vite leaves the import alone. `baseUrl` is the site's
 * base path: the index is built from `dist/`, whose page paths lack the base,
 * so results get it prefixed here. A failed load is forgotten, so the next call
 * tries again.
 */
export function loadPagefind(bundleUrl: string, baseUrl: string): Promise<PagefindModule> {
  if (loading !== undefined) return loading;

  const attempt = (async () => {
    let pagefind: PagefindModule;
    try {
      pagefind = (await import(/* @vite-ignore */ bundleUrl)) as PagefindModule;
    } catch (error) {
      // The console shows this to the site's developer. Visitors see the status line instead.
      throw new Error(
        `Could not load the search index from ${bundleUrl}. npm run build writes it (its build:search step); ` +
          'astro dev and a bare astro build leave the site without one.',
        { cause: error },
      );
    }
    await pagefind.options({ baseUrl, excerptLength: EXCERPT_LENGTH });
    await pagefind.init();
    return pagefind;
  })();

  loading = attempt;
  attempt.catch(() => {
    if (loading === attempt) loading = undefined;
  });
  return attempt;
}
