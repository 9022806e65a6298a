import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, sep } from 'node:path';

import { parse, type HTMLElement } from 'node-html-parser';

/**
 * Checks that every internal URL in a built site resolves to a file in the
 * output folder: `href`, `src`, `srcset`, `poster`, form `action`, the meta
 * refresh target, `og:url`/`og:image`, and the data attributes that carry
 * URLs for client code. A URL ending in `/` needs `index.html` in that
 * folder, and a `#fragment` needs an element with that id in the target page.
 *
 * Absolute URLs count as internal when their origin is the site's origin
 * (canonical and hreflang links use SITE_URL). Other origins and schemes
 * such as `mailto:` are not checked.
 */

export interface LinkCheckOptions {
  /** The build output folder (`dist/`). */
  distDir: string;
  /** The origin the site was built for (`SITE_URL`). */
  site: string;
  /** The base path the site was built for (`BASE_PATH`), such as `/` or `/errdex/`. */
  base: string;
}

export interface LinkProblem {
  /** Page that contains the URL, relative to the output folder. */
  page: string;
  /** Where the URL sits, such as `<a href>`. */
  source: string;
  url: string;
  message: string;
}

export interface LinkCheckResult {
  /** Pages checked, relative to the output folder. */
  pages: string[];
  /** Number of internal URLs checked. */
  checked: number;
  problems: LinkProblem[];
}

/** A URL found in a page, with the element and attribute it came from. */
interface FoundUrl {
  source: string;
  url: string;
}

/**
 * Pages that hosts serve for unknown addresses. They are shown at any path,
 * so a relative URL in them resolves differently on every request.
 */
const ERROR_PAGES = /(^|\/)404(\/index)?\.html$/;

/** Data attributes that carry a URL or path for client code (`data-index-url`, `data-base`, `data-bundle`, ...). */
const URL_DATA_ATTRIBUTE = /^data-(?:[a-z0-9-]+-)?(?:url|href|src|base|bundle)$/;

/** A `{name}` placeholder that client code fills in, as in `data-record-href="/errors/{id}/"`. */
const URL_TEMPLATE_PLACEHOLDER = /\{[A-Za-z_][A-Za-z0-9_]*\}/;

/** Fragments every browser accepts without a matching element. */
const BUILT_IN_FRAGMENTS = new Set(['', 'top']);

export function formatProblem(problem: LinkProblem): string {
  return `${problem.page}: ${problem.source}="${problem.url}": ${problem.message}`;
}

export function checkLinks(options: LinkCheckOptions): LinkCheckResult {
  const base = options.base.endsWith('/') ? options.base : `${options.base}/`;
  const siteOrigin = new URL(options.site).origin;
  const files = new Set(listFiles(options.distDir));
  const pages = [...files].filter((file) => file.endsWith('.html')).sort();
  const idsByPage = new Map<string, Set<string>>();
  const problems: LinkProblem[] = [];
  let checked = 0;

  const readIds = (page: string): Set<string> => {
    let ids = idsByPage.get(page);
    if (ids === undefined) {
      ids = collectIds(parse(readFileSync(join(options.distDir, page), 'utf8')));
      idsByPage.set(page, ids);
    }
    return ids;
  };

  for (const page of pages) {
    const root = parse(readFileSync(join(options.distDir, page), 'utf8'));
    idsByPage.set(page, collectIds(root));
    const pageUrl = new URL(`${base}${pagePath(page)}`, siteOrigin);
    const servedAnywhere = ERROR_PAGES.test(page);

    for (const found of collectUrls(root)) {
      const report = (message: string) => problems.push({ page, ...found, message });
      const value = found.url.trim();

      if (value === '') {
        report('empty URL');
        continue;
      }
      if (/^javascript:/i.test(value)) {
        report('javascript: URL; use a button with a script instead');
        continue;
      }
      if (isExternal(value, siteOrigin)) continue;

      if (servedAnywhere && isPathRelative(value)) {
        report('relative URL on a 404 page; the host serves this page at any address, so start the URL with the base path');
        continue;
      }

      checked += 1;
      const target = new URL(value, pageUrl);
      const pathname = safeDecode(target.pathname);
      if (pathname === null) {
        report('the path is not valid percent-encoding');
        continue;
      }
      if (!pathname.startsWith(base) && `${pathname}/` !== base) {
        report(`the path is outside the base path ${base}`);
        continue;
      }
      // A template such as `/errors/{id}/` names no single file, so only its base path is checked.
      if (URL_TEMPLATE_PLACEHOLDER.test(pathname)) continue;

      const file = resolveFile(pathname.slice(base.length), files);
      if (file === null) {
        report(`no file in the build output for ${pathname}`);
        continue;
      }

      const fragment = safeDecode(target.hash.slice(1));
      if (fragment === null) {
        report('the fragment is not valid percent-encoding');
      } else if (!BUILT_IN_FRAGMENTS.has(fragment) && file.endsWith('.html') && !readIds(file).has(fragment)) {
        report(`${file} has no element with id "${fragment}"`);
      }
    }
  }

  return { pages, checked, problems };
}

/** Lists every file under `directory`, as paths relative to it with `/` separators. */
function listFiles(directory: string): string[] {
  return readdirSync(directory, { recursive: true, encoding: 'utf8' })
    .filter((file) => statSync(join(directory, file)).isFile())
    .map((file) => file.split(sep).join('/'));
}

/** Converts a page file to its URL path: `errors/x/index.html` → `errors/x/`, `404.html` → `404.html`. */
function pagePath(file: string): string {
  return file === 'index.html' || file.endsWith('/index.html') ? file.slice(0, -'index.html'.length) : file;
}

/**
 * Maps a path below the base to a file in the output. `x/` needs `x/index.html`.
 * `x` needs the file `x`, or `x/index.html` because hosts redirect `x` to `x/`.
 */
function resolveFile(path: string, files: ReadonlySet<string>): string | null {
  if (path === '' || path.endsWith('/')) {
    const index = `${path}index.html`;
    return files.has(index) ? index : null;
  }
  if (files.has(path)) return path;
  const index = `${path}/index.html`;
  return files.has(index) ? index : null;
}

function collectUrls(root: HTMLElement): FoundUrl[] {
  const found: FoundUrl[] = [];

  for (const element of root.querySelectorAll('*')) {
    const tag = element.tagName.toLowerCase();

    for (const [name, value] of Object.entries(element.attributes)) {
      const attribute = name.toLowerCase();
      if (attribute === 'href' || attribute === 'src' || attribute === 'poster') {
        found.push({ source: `<${tag} ${attribute}>`, url: value });
      } else if (attribute === 'srcset') {
        for (const candidate of parseSrcset(value)) found.push({ source: `<${tag} srcset>`, url: candidate });
      } else if (attribute === 'action' && tag === 'form') {
        found.push({ source: '<form action>', url: value });
      } else if (URL_DATA_ATTRIBUTE.test(attribute)) {
        found.push({ source: `<${tag} ${attribute}>`, url: value });
      }
    }

    if (tag === 'meta') {
      const refresh = refreshTarget(element);
      if (refresh !== null) found.push({ source: '<meta http-equiv="refresh">', url: refresh });

      const property = element.getAttribute('property') ?? '';
      const content = element.getAttribute('content');
      if ((property === 'og:url' || property === 'og:image') && content !== undefined) {
        found.push({ source: `<meta property="${property}">`, url: content });
      }
    }
  }

  return found;
}

/** Extracts the URL of a `<meta http-equiv="refresh" content="0; url=...">`. Returns null for other meta tags. */
function refreshTarget(meta: HTMLElement): string | null {
  if ((meta.getAttribute('http-equiv') ?? '').toLowerCase() !== 'refresh') return null;
  const match = /^\s*\d+(?:\.\d+)?\s*[;,]\s*url\s*=\s*['"]?([^'"]*)/i.exec(meta.getAttribute('content') ?? '');
  return match?.[1] ?? '';
}

/** Splits a `srcset` into its URLs. Each comma-separated candidate is a URL and an optional width or density. */
function parseSrcset(srcset: string): string[] {
  return srcset
    .split(/,\s+/)
    .map((candidate) => candidate.trim().split(/\s+/)[0] ?? '')
    .filter((url) => url !== '');
}

function collectIds(root: HTMLElement): Set<string> {
  const ids = new Set<string>();
  for (const element of root.querySelectorAll('[id]')) ids.add(element.getAttribute('id') ?? '');
  for (const anchor of root.querySelectorAll('a[name]')) ids.add(anchor.getAttribute('name') ?? '');
  return ids;
}

/** True for URLs this checker does not follow: other origins and non-http schemes such as `mailto:`. */
function isExternal(url: string, siteOrigin: string): boolean {
  if (url.startsWith('//')) return new URL(`http:${url}`).host !== new URL(siteOrigin).host;
  if (!/^[a-z][a-z0-9+.-]*:/i.test(url)) return false;
  if (!/^https?:/i.test(url)) return true;
  return new URL(url).origin !== siteOrigin;
}

/** True for a URL that depends on the page's own address: not absolute, not root-relative, not only a fragment. */
function isPathRelative(url: string): boolean {
  return !/^[a-z][a-z0-9+.-]*:/i.test(url) && !url.startsWith('/') && !url.startsWith('#');
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}
