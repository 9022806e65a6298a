/** Sizes of a built site: the whole folder, the search index and the record pages. */

import { existsSync } from 'node:fs';
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/** Bytes of one record page as a browser loads it, each file gzipped on its own (zlib level 6). */
export interface PageWeight {
  /** Path of the page inside the output folder. */
  page: string;
  htmlGzip: number;
  cssGzip: number;
  /** JavaScript loaded at page load: external scripts and their static imports. */
  jsGzip: number;
  /** External script entries, as paths inside the output folder. */
  scripts: string[];
  /** Number of inline JavaScript blocks; their bytes are part of the HTML. */
  inlineScripts: number;
}

export interface SiteStats {
  htmlPages: number;
  totalBytes: number;
  pagefindBytes: number;
  /** Record pages in both languages, by HTML plus CSS gzipped, smallest first. */
  recordPages: PageWeight[];
}

/** Scripts the browser runs: no `type`, `module` or a JavaScript MIME type. */
const JS_TYPE = /^(?:module|text\/javascript|application\/javascript)?$/i;

/** Measures the output folder `outDir` of a build whose site lives under `base`. */
export async function measureSite(outDir: string, recordIds: readonly string[], base: string): Promise<SiteStats> {
  const files = await listFiles(outDir);
  let totalBytes = 0;
  let pagefindBytes = 0;
  let htmlPages = 0;
  for (const file of files) {
    totalBytes += file.size;
    if (file.relative.startsWith('pagefind/')) {
      pagefindBytes += file.size;
    }
    if (file.relative.endsWith('.html')) {
      htmlPages += 1;
    }
  }

  const assets = new AssetSizes(outDir, base);
  const recordPages: PageWeight[] = [];
  for (const id of recordIds) {
    for (const page of [`errors/${id}/index.html`, `zh/errors/${id}/index.html`]) {
      if (existsSync(path.join(outDir, page))) {
        recordPages.push(await weighPage(outDir, page, assets));
      }
    }
  }
  recordPages.sort((a, b) => a.htmlGzip + a.cssGzip - (b.htmlGzip + b.cssGzip));
  return { htmlPages, totalBytes, pagefindBytes, recordPages };
}

async function weighPage(outDir: string, page: string, assets: AssetSizes): Promise<PageWeight> {
  const html = await readFile(path.join(outDir, page), 'utf8');
  let cssGzip = 0;
  for (const href of attributeValues(html, /<link\b[^>]*\brel=["']?stylesheet\b[^>]*>/gi, 'href')) {
    cssGzip += await assets.gzipSize(href);
  }

  const scripts: string[] = [];
  let inlineScripts = 0;
  for (const match of html.matchAll(/<script\b([^>]*)>/gi)) {
    const attributes = match[1] ?? '';
    const type = /\btype=["']?([^"'\s>]*)/i.exec(attributes)?.[1] ?? '';
    if (!JS_TYPE.test(type)) {
      continue;
    }
    const src = /\bsrc=["']?([^"'\s>]+)/i.exec(attributes)?.[1];
    if (src === undefined) {
      inlineScripts += 1;
    } else {
      scripts.push(src);
    }
  }
  // Inline modules may import files too; their static imports count as loaded JavaScript.
  const inlineImports = [...html.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/gi)].flatMap((match) =>
    staticImports(match[1] ?? ''),
  );

  const jsGzip = await assets.moduleGraphGzipSize([...scripts, ...inlineImports]);
  return {
    page,
    htmlGzip: gzipSync(html).length,
    cssGzip,
    jsGzip,
    scripts: scripts.map((src) => assets.relativePath(src)),
    inlineScripts,
  };
}

/** Gzipped sizes of the site's CSS and JS files, each computed once. */
class AssetSizes {
  private readonly sizes = new Map<string, number>();
  private readonly imports = new Map<string, string[]>();

  constructor(
    private readonly outDir: string,
    private readonly base: string,
  ) {}

  /** Maps a URL path such as `/errdex/_astro/x.css` to a path inside the output folder. */
  relativePath(url: string): string {
    const pathname = url.split(/[?#]/)[0] ?? url;
    const withoutBase = pathname.startsWith(this.base) ? pathname.slice(this.base.length) : pathname.replace(/^\//, '');
    return path.posix.normalize(withoutBase);
  }

  async gzipSize(url: string): Promise<number> {
    return this.fileGzipSize(this.relativePath(url));
  }

  private async fileGzipSize(relative: string): Promise<number> {
    const known = this.sizes.get(relative);
    if (known !== undefined) {
      return known;
    }
    const file = path.join(this.outDir, relative);
    const size = existsSync(file) ? gzipSync(await readFile(file)).length : 0;
    this.sizes.set(relative, size);
    return size;
  }

  /** Sums the gzipped sizes of `entries` and every module they import statically, each counted once. */
  async moduleGraphGzipSize(entries: readonly string[]): Promise<number> {
    const seen = new Set<string>();
    const pending = entries.map((entry) => this.relativePath(entry));
    let total = 0;
    while (pending.length > 0) {
      const relative = pending.pop() as string;
      if (seen.has(relative)) {
        continue;
      }
      seen.add(relative);
      total += await this.fileGzipSize(relative);
      for (const imported of await this.staticImportsOf(relative)) {
        pending.push(path.posix.normalize(path.posix.join(path.posix.dirname(relative), imported)));
      }
    }
    return total;
  }

  private async staticImportsOf(relative: string): Promise<string[]> {
    const known = this.imports.get(relative);
    if (known !== undefined) {
      return known;
    }
    const file = path.join(this.outDir, relative);
    const found = existsSync(file)
      ? staticImports(await readFile(file, 'utf8')).filter((specifier) => specifier.startsWith('.'))
      : [];
    this.imports.set(relative, found);
    return found;
  }
}

/**
 * Returns the specifiers of static `import` and `export ... from` statements
 * in (minified) JavaScript. Dynamic `import()` is left out, because it loads
 * only when the code runs it, such as when a search starts.
 */
function staticImports(code: string): string[] {
  const specifiers: string[] = [];
  for (const match of code.matchAll(/\b(?:import|export)\s*(?:[\w$*{}\s,]+?\s*from\s*)?["']([^"']+)["']/g)) {
    if (match[1] !== undefined) {
      specifiers.push(match[1]);
    }
  }
  return specifiers;
}

function attributeValues(html: string, tagPattern: RegExp, attribute: string): string[] {
  const values: string[] = [];
  const attributePattern = new RegExp(`\\b${attribute}=["']?([^"'\\s>]+)`, 'i');
  for (const match of html.matchAll(tagPattern)) {
    const value = attributePattern.exec(match[0])?.[1];
    if (value !== undefined) {
      values.push(value);
    }
  }
  return values;
}

async function listFiles(root: string, prefix = ''): Promise<{ relative: string; size: number }[]> {
  const files: { relative: string; size: number }[] = [];
  for (const entry of await readdir(path.join(root, prefix), { withFileTypes: true })) {
    const relative = prefix === '' ? entry.name : `${prefix}/${entry.name}`;
    if (entry.isDirectory()) {
      files.push(...(await listFiles(root, relative)));
    } else if (entry.isFile()) {
      files.push({ relative, size: (await stat(path.join(root, relative))).size });
    }
  }
  return files;
}
