import { readdir, readFile, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import * as pagefind from 'pagefind';

import { PAGEFIND_INDEX_CONFIG } from '../lib/search/index-config';

/**
 * Pagefind's prebuilt search interfaces, which `writeFiles` always writes
 * (about 430 KiB with Pagefind 1.6.0). The site has its own interface on the
 * JS API, so they are deleted. A name missing in another version is skipped.
 */
const UNUSED_UI_FILES = [
  'pagefind-ui.js',
  'pagefind-ui.css',
  'pagefind-component-ui.js',
  'pagefind-component-ui.css',
  'pagefind-modular-ui.js',
  'pagefind-modular-ui.css',
  'pagefind-highlight.js',
];

/**
 * Builds the Pagefind search index after `astro build`, from the HTML in the
 * output folder, and writes it to `<outDir>/pagefind/`. Pagefind splits the
 * index by each page's `<html lang>`, so English and Chinese pages get
 * separate indexes and each page searches its own language. Only elements
 * marked `data-pagefind-body` (the record pages' main content) are indexed.
 *
 * Result URLs in the index are paths inside the output folder, without the
 * base path. The browser side adds the base (see lib/search/load-pagefind.ts).
 * Any indexing error fails the build.
 */
export default function pagefindIntegration(): AstroIntegration {
  return {
    name: 'errdex:pagefind',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        await buildIndex(fileURLToPath(dir), logger);
      },
    },
  };
}

/** Indexes the HTML under `outDir` and writes `<outDir>/pagefind/`. Throws on any Pagefind error. */
export async function buildIndex(outDir: string, logger: Pick<AstroIntegrationLogger, 'info' | 'warn'>): Promise<void> {
  const started = performance.now();
  const outputPath = join(outDir, 'pagefind');

  try {
    const { index, errors: createErrors } = await pagefind.createIndex(PAGEFIND_INDEX_CONFIG);
    if (index === undefined || createErrors.length > 0) {
      throw new Error(`Pagefind failed to create an index: ${createErrors.join('; ')}`);
    }

    const added = await index.addDirectory({ path: outDir });
    if (added.errors.length > 0) {
      throw new Error(`Pagefind failed to index ${outDir}: ${added.errors.join('; ')}`);
    }

    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) {
      throw new Error(`Pagefind failed to write ${outputPath}: ${written.errors.join('; ')}`);
    }
  } finally {
    await pagefind.close();
  }

  await Promise.all(UNUSED_UI_FILES.map((name) => rm(join(outputPath, name), { force: true })));

  const seconds = (performance.now() - started) / 1000;
  const languages = await readLanguagePageCounts(outputPath);
  const bytes = await folderSize(outputPath);
  const perLanguage = Object.entries(languages)
    .map(([language, count]) => `${language} ${count}`)
    .join(', ');

  logger.info(
    `Indexed ${perLanguage || 'no pages'} in ${seconds.toFixed(2)} s, and pagefind/ is ${(bytes / 1024).toFixed(0)} KiB`,
  );
  if (Object.keys(languages).length === 0) {
    logger.warn('The search index is empty because no built page has data-pagefind-body. Check that the record pages were built.');
  }
}

/** Page count per index language, from the `pagefind-entry.json` that Pagefind writes. */
async function readLanguagePageCounts(outputPath: string): Promise<Record<string, number>> {
  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as {
    languages: Record<string, { page_count: number }>;
  };

  return Object.fromEntries(Object.entries(entry.languages).map(([language, info]) => [language, info.page_count]));
}

async function folderSize(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}
