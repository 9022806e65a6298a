/**
 * `npm run build:search`: builds the Pagefind index of a built site. `npm run
 * build` runs it right after `npm run build:site` (`astro build`), as a
 * process of its own, so the memory of rendering and of indexing never add up.
 * Exit status: 0 when the index is written, 1 when indexing fails, 2 for a
 * usage error.
 */

import { existsSync, rmSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';

import { buildSearchIndex, stagingFolder } from '../lib/search/build-index';

const USAGE = `Usage: npm run build:search -- [--site DIR]

Builds the search index of a built site into DIR/pagefind/, one index per
language, from the record pages. Run it after npm run build:site (astro
build); npm run build runs both.

Options:
  --site DIR  Built site folder (default: dist)
  -h, --help  Show this help

Exit status: 0 when the index is written, 1 when indexing fails, 2 for a
usage error.`;

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args: argv,
      options: {
        site: { type: 'string', default: 'dist' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    process.stderr.write(`build:search: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const siteDir = options.site;
  if (siteDir === '') {
    process.stderr.write('build:search: --site needs a folder path.\n');
    return 2;
  }
  if (!existsSync(siteDir)) {
    process.stderr.write(`build:search: ${siteDir} does not exist. Build the site first with npm run build:site, or pass the built folder with --site DIR.\n`);
    return 2;
  }
  if (!statSync(siteDir).isDirectory()) {
    process.stderr.write(`build:search: ${siteDir} is not a folder. Pass the built site folder with --site DIR.\n`);
    return 2;
  }

  cleanUpWhenStopped(siteDir);
  try {
    const summary = await buildSearchIndex(siteDir);
    const pages = Object.entries(summary.pages)
      .map(([language, count]) => `${language} ${count}`)
      .join(', ');
    process.stdout.write(
      `build:search: indexed ${pages} pages in ${summary.seconds.toFixed(2)} s; ${join(siteDir, 'pagefind')} is ${(summary.bytes / 1024).toFixed(0)} KiB\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`build:search: ${(error as Error).message}\n`);
    return 1;
  }
}

let finished = false;

/**
 * Deletes this run's staging folder when the run ends early, so that a
 * deploy of the whole site folder never publishes it. When Pagefind's
 * process dies (killed, or out of memory), its promises never settle, and
 * Node would end with exit code 13 and no message. The exit handler prints
 * what happened instead and exits 1.
 */
function cleanUpWhenStopped(siteDir: string): void {
  const removeStaging = () => rmSync(stagingFolder(siteDir), { recursive: true, force: true });

  process.on('exit', () => {
    if (finished) return;
    removeStaging();
    process.stderr.write(
      'build:search: Pagefind stopped before the index was written (it was killed or ran out of memory). The previous index is unchanged.\n',
    );
    process.exitCode = 1;
  });
  for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
    process.on(signal, () => {
      finished = true;
      removeStaging();
      process.stderr.write(`build:search: stopped by ${signal}. The previous index is unchanged.\n`);
      process.exit(code);
    });
  }
}

process.exitCode = await main(process.argv.slice(2));
finished = true;
