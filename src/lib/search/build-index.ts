import { readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

import * as pagefind from 'pagefind';

import { LANGUAGES, type Lang } from '../i18n/languages';
import { recordPagesGlob } from '../site/paths';
import { PAGEFIND_INDEX_CONFIG } from './index-config';

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

/** The part of `pagefind-entry.json` this module reads and merges. */
interface PagefindEntry {
  /** Per language: `hash` names the `pagefind.<hash>.pf_meta` file. */
  languages: Record<string, { page_count: number; hash?: string }>;
  [key: string]: unknown;
}

export interface IndexSummary {
  /** Indexed pages per Pagefind language, such as `{ en: 105, 'zh-cn': 105 }`. */
  pages: Record<string, number>;
  seconds: number;
  /** Size of the `pagefind/` folder. */
  bytes: number;
}

/**
 * Builds the Pagefind index of a built site into `<siteDir>/pagefind/`, from
 * the record pages' `data-pagefind-body`. Each language gets its own index,
 * and the browser loads the one matching the page's `<html lang>`.
 *
 * Each language is indexed by a Pagefind process of its own, one after the
 * other, because Pagefind keeps every indexed word in memory until it writes.
 * At 10,000 records one process for both languages peaked at 5.6 GiB, and
 * English alone at 2.1 GiB. Pagefind writes the language's files side by side
 * but rewrites `pagefind-entry.json` on every run, so the entries are merged
 * here at the end.
 *
 * Throws when Pagefind fails or a language has no record pages, which means
 * the site was not built first or was built without records.
 */
export async function buildSearchIndex(siteDir: string): Promise<IndexSummary> {
  const started = performance.now();
  const outputPath = join(siteDir, 'pagefind');

  // The index is written to a staging folder of this process and replaces the
  // old one only when every language succeeded, so a failed run keeps the
  // working index. Replacing the folder whole also drops fragments of deleted
  // pages.
  await removeAbandonedStaging(siteDir);
  const stagingPath = stagingFolder(siteDir);

  let merged: PagefindEntry;
  try {
    const entries: PagefindEntry[] = [];
    for (const lang of LANGUAGES) {
      entries.push(await indexLanguage(siteDir, lang, stagingPath));
    }

    merged = mergeEntries(entries);
    await writeFile(join(stagingPath, 'pagefind-entry.json'), JSON.stringify(merged));
    await Promise.all(UNUSED_UI_FILES.map((name) => rm(join(stagingPath, name), { force: true })));
  } catch (error) {
    await rm(stagingPath, { recursive: true, force: true });
    throw error;
  }

  try {
    await rm(outputPath, { recursive: true, force: true });
    await rename(stagingPath, outputPath);
  } catch (error) {
    await rm(stagingPath, { recursive: true, force: true });
    throw new Error(
      `Could not replace ${outputPath} with the new index: ${(error as Error).message}. ` +
        'Check that the folder is writable and that no other build:search runs on it.',
    );
  }
  await checkIndexFiles(outputPath, merged);

  return {
    pages: Object.fromEntries(Object.entries(merged.languages).map(([language, info]) => [language, info.page_count])),
    seconds: (performance.now() - started) / 1000,
    bytes: await folderSize(outputPath),
  };
}

const STAGING_PREFIX = '.pagefind-staging-';

/** Returns the staging folder of this process, named by its pid so that two runs never share one. */
export function stagingFolder(siteDir: string): string {
  return join(siteDir, `${STAGING_PREFIX}${process.pid}`);
}

/** Deletes staging folders left by runs that were killed, identified by a pid that no longer runs. */
async function removeAbandonedStaging(siteDir: string): Promise<void> {
  for (const name of await readdir(siteDir)) {
    if (!name.startsWith(STAGING_PREFIX)) continue;

    const pid = Number(name.slice(STAGING_PREFIX.length));
    if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && isRunning(pid)) continue;
    await rm(join(siteDir, name), { recursive: true, force: true });
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: the process exists but belongs to another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Checks that the entry's languages have their metadata file. A run that
 * replaced the folder at the same moment as another could leave an entry
 * without its files, and the browser would then fail to load the index.
 */
async function checkIndexFiles(outputPath: string, entry: PagefindEntry): Promise<void> {
  for (const [language, info] of Object.entries(entry.languages)) {
    const meta = join(outputPath, `pagefind.${info.hash ?? ''}.pf_meta`);
    try {
      await stat(meta);
    } catch {
      throw new Error(
        `The index in ${outputPath} is incomplete: ${meta} for ${language} is missing. ` +
          'Another build:search may have run on the same folder; run npm run build:search again.',
      );
    }
  }
}

/** Indexes one language's record pages with a fresh Pagefind process and returns the entry it wrote. */
async function indexLanguage(siteDir: string, lang: Lang, outputPath: string): Promise<PagefindEntry> {
  const glob = recordPagesGlob(lang);

  try {
    const { index, errors: createErrors } = await pagefind.createIndex(PAGEFIND_INDEX_CONFIG);
    if (index === undefined || createErrors.length > 0) {
      throw new Error(`Pagefind failed to create an index: ${createErrors.join('; ')}`);
    }

    const added = await index.addDirectory({ path: siteDir, glob });
    if (added.errors.length > 0) {
      throw new Error(`Pagefind failed to index ${join(siteDir, glob)}: ${added.errors.join('; ')}`);
    }
    if (added.page_count === 0) {
      throw new Error(
        `No record pages match ${join(siteDir, glob)}. Build the site with "npm run build:site" before indexing it, and check that the content folder has records.`,
      );
    }

    const written = await index.writeFiles({ outputPath });
    if (written.errors.length > 0) {
      throw new Error(`Pagefind failed to write ${outputPath}: ${written.errors.join('; ')}`);
    }
  } finally {
    // Ends the Pagefind process, which returns its memory before the next language.
    await pagefind.close();
  }

  const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as PagefindEntry;
  const languages = Object.keys(entry.languages);
  if (languages.length !== 1) {
    throw new Error(
      `Pagefind found the languages ${languages.join(', ')} under ${join(siteDir, glob)}, expected one. Check the <html lang> of those pages.`,
    );
  }
  return entry;
}

/** Merges entries that list one language each into one entry that lists them all. */
export function mergeEntries(entries: readonly PagefindEntry[]): PagefindEntry {
  const last = entries.at(-1);
  if (last === undefined) {
    throw new Error('No Pagefind entry to merge.');
  }

  const languages: PagefindEntry['languages'] = {};
  for (const entry of entries) {
    for (const [language, info] of Object.entries(entry.languages)) {
      if (language in languages) {
        throw new Error(`Two Pagefind runs both wrote the language ${language}, but each language must be indexed once.`);
      }
      languages[language] = info;
    }
  }
  return { ...last, languages };
}

async function folderSize(folder: string): Promise<number> {
  let total = 0;
  for (const entry of await readdir(folder, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) total += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return total;
}
