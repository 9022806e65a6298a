/**
 * `npm run build:search`: builds the Pagefind index of a built site. `npm run
 * build` runs it right after `npm run build:site` (`astro build`), as a
 * process of its own, so the memory of rendering and of indexing never add up.
 * Exit status: 0 when the index is written, 1 when indexing fails, 2 for a
 * usage error.
 */

import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { buildSearchIndex } from '../lib/search/build-index';

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
  if (!existsSync(siteDir)) {
    process.stderr.write(`build:search: ${siteDir} does not exist. Build the site first with npm run build:site, or pass the built folder with --site DIR.\n`);
    return 2;
  }
  if (!statSync(siteDir).isDirectory()) {
    process.stderr.write(`build:search: ${siteDir} is not a folder. Pass the built site folder with --site DIR.\n`);
    return 2;
  }

  try {
    const summary = await buildSearchIndex(siteDir);
    const pages = Object.entries(summary.pages)
      .map(([language, count]) => `${language} ${count}`)
      .join(', ');
    process.stdout.write(
      `build:search: indexed ${pages} pages in ${summary.seconds.toFixed(2)} s; ${siteDir}/pagefind is ${(summary.bytes / 1024).toFixed(0)} KiB\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`build:search: ${(error as Error).message}\n`);
    return 1;
  }
}

process.exitCode = await main(process.argv.slice(2));
