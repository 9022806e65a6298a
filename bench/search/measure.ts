/**
 * `npm run bench:search -- --site DIR`: measures the bytes the browser fetches
 * for a first and a later query in the header search box of a built site, in
 * English and in Chinese, and checks the first query against a budget.
 */

import { existsSync } from 'node:fs';
import { readdir, readFile, stat, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { chromium, type Browser } from '@playwright/test';

import { measureSearchVisit } from './capture';
import { checkBudget, codeTable, fileKind, formatKb, phaseTable, type LanguageRun } from './report';
import { GZIP_LEVEL, startStaticServer, type Compression } from './static-server';

/** Budget for the first query, search code included, in bytes (1 KB = 1,000 bytes). */
const DEFAULT_BUDGET_KB = 300;

/**
 * Default queries. Each is a fragment of a real record's signature, and the
 * synthetic corpus copies every real record many times, so they match on the
 * real site and on a generated one.
 */
const DEFAULT_QUERIES = {
  en: { first: 'Connection pool exhausted', later: 'ECONNREFUSED' },
  zh: { first: '连接池已耗尽', later: '死锁' },
} as const;

/** Debian's Chromium where it exists; Playwright's own browser otherwise. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

const BROWSER_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync'];

const USAGE = `Usage: npm run bench:search -- --site DIR [options]

Serves the built site in DIR on 127.0.0.1, opens a record page in Chromium,
types a first and a later query into the header search box, and reports the
bytes fetched from the first keystroke on, in English and in Chinese. Each
language runs twice: on a plain server, and on a server that gzips text files.
The budget is checked against the gzip server's transfer size.

Options:
  --site DIR            Built site folder (the output of astro build)
  --record ID           Record whose page is opened, such as api/read-timeout
                        (default: the first record page in the site)
  --en-first TEXT       First English query (default: ${DEFAULT_QUERIES.en.first})
  --en-later TEXT       Later English query (default: ${DEFAULT_QUERIES.en.later})
  --zh-first TEXT       First Chinese query (default: ${DEFAULT_QUERIES.zh.first})
  --zh-later TEXT       Later Chinese query (default: ${DEFAULT_QUERIES.zh.later})
  --typing-delay-ms N   Pause between typed characters, in milliseconds; 0 enters
                        each query in one input event, like a paste (default: 0)
  --budget-kb N         Budget for the first query, in KB of 1,000 bytes (default: ${DEFAULT_BUDGET_KB})
  --json FILE           Also write every captured response to FILE
  -h, --help            Show this help

Exit status: 0 when every first query is within the budget, 1 when one is
over it or a query finds nothing, 2 on invalid options.`;

interface Options {
  siteDir: string;
  recordId: string | undefined;
  queries: Record<'en' | 'zh', { first: string; later: string }>;
  budgetBytes: number;
  typingDelayMs: number;
  jsonFile: string | undefined;
}

function parseOptions(argv: string[]): Options | 'help' {
  const { values } = parseArgs({
    args: argv,
    options: {
      site: { type: 'string' },
      record: { type: 'string' },
      'en-first': { type: 'string', default: DEFAULT_QUERIES.en.first },
      'en-later': { type: 'string', default: DEFAULT_QUERIES.en.later },
      'zh-first': { type: 'string', default: DEFAULT_QUERIES.zh.first },
      'zh-later': { type: 'string', default: DEFAULT_QUERIES.zh.later },
      'budget-kb': { type: 'string', default: String(DEFAULT_BUDGET_KB) },
      'typing-delay-ms': { type: 'string', default: '0' },
      json: { type: 'string' },
      help: { type: 'boolean', short: 'h', default: false },
    },
    strict: true,
    allowPositionals: false,
  });
  if (values.help === true) return 'help';
  if (values.site === undefined) throw new Error('--site is required');

  const budgetKb = Number(values['budget-kb']);
  if (!Number.isFinite(budgetKb) || budgetKb <= 0) {
    throw new Error(`Invalid --budget-kb ${JSON.stringify(values['budget-kb'])}: expected a positive number`);
  }
  const typingDelayMs = Number(values['typing-delay-ms']);
  if (!Number.isInteger(typingDelayMs) || typingDelayMs < 0) {
    throw new Error(`Invalid --typing-delay-ms ${JSON.stringify(values['typing-delay-ms'])}: expected a whole number of milliseconds, 0 or more`);
  }
  for (const name of ['en-first', 'en-later', 'zh-first', 'zh-later'] as const) {
    if (values[name].trim() === '') throw new Error(`--${name} must not be empty`);
  }
  if (values['en-first'].trim() === values['en-later'].trim() || values['zh-first'].trim() === values['zh-later'].trim()) {
    throw new Error('The first and the later query of a language must differ');
  }

  return {
    siteDir: path.resolve(values.site),
    recordId: values.record,
    queries: {
      en: { first: values['en-first'], later: values['en-later'] },
      zh: { first: values['zh-first'], later: values['zh-later'] },
    },
    budgetBytes: budgetKb * 1000,
    typingDelayMs,
    jsonFile: values.json,
  };
}

/** Returns the id of the first record page, in sorted order, that exists in both languages. */
async function findRecordId(siteDir: string): Promise<string> {
  const errorsDir = path.join(siteDir, 'errors');
  const domains = (await readdir(errorsDir, { withFileTypes: true })).filter((entry) => entry.isDirectory()).map((entry) => entry.name);

  for (const domain of domains.sort()) {
    const slugs = (await readdir(path.join(errorsDir, domain), { withFileTypes: true }))
      .filter((entry) => entry.isDirectory())
      .map((entry) => entry.name)
      .sort();
    for (const slug of slugs) {
      const id = `${domain}/${slug}`;
      if (existsSync(path.join(errorsDir, id, 'index.html')) && existsSync(path.join(siteDir, 'zh', 'errors', id, 'index.html'))) {
        return id;
      }
    }
  }
  throw new Error(`No record page found under ${errorsDir}/<domain>/<slug>/index.html with a zh/ twin. Is --site a built site?`);
}

/** Page count per language from Pagefind's entry file, such as `en 105, zh-cn 105`. */
async function readIndexSummary(siteDir: string): Promise<string> {
  const entryFile = path.join(siteDir, 'pagefind', 'pagefind-entry.json');
  if (!existsSync(entryFile)) {
    throw new Error(`Missing ${entryFile}: the site has no Pagefind index. Build it with npm run build, or index a built folder with npm run build:search -- --site DIR.`);
  }
  const entry = JSON.parse(await readFile(entryFile, 'utf8')) as { version: string; languages: Record<string, { page_count: number }> };
  const counts = Object.entries(entry.languages).map(([language, info]) => `${language} ${info.page_count}`);
  return `Pagefind ${entry.version}, pages per index: ${counts.join(', ')}`;
}

async function measureOnServer(browser: Browser, options: Options, recordId: string, compression: Compression): Promise<LanguageRun[]> {
  const server = await startStaticServer(options.siteDir, compression);
  try {
    const runs: LanguageRun[] = [];
    for (const lang of ['en', 'zh'] as const) {
      const pagePath = lang === 'en' ? `errors/${recordId}/` : `zh/errors/${recordId}/`;
      const measurement = await measureSearchVisit(browser, {
        origin: server.url,
        pagePath,
        firstQuery: options.queries[lang].first,
        laterQuery: options.queries[lang].later,
        typingDelayMs: options.typingDelayMs,
      });
      runs.push({ lang, compression, measurement });
    }

    // Every response the server sent must be in the browser's log, including those of the Pagefind worker.
    const captured = runs.reduce((sum, run) => sum + run.measurement.responses.length, 0);
    if (captured !== server.responseCount()) {
      throw new Error(`The browser logged ${captured} responses but the ${compression} server sent ${server.responseCount()}, so the byte counts would be incomplete`);
    }
    return runs;
  } finally {
    await server.close();
  }
}

/** Lists what went wrong in the runs: queries without results, failed requests, console errors. */
function findProblems(runs: readonly LanguageRun[]): string[] {
  const problems: string[] = [];
  for (const run of runs) {
    const where = `${run.compression} server, ${run.measurement.pagePath}`;
    for (const outcome of [run.measurement.first, run.measurement.later]) {
      if (outcome.matches === undefined) {
        problems.push(`${where}: query ${JSON.stringify(outcome.query)} found no records ("${outcome.message ?? ''}"). Pass a query that exists in the corpus.`);
      }
    }
    for (const failed of run.measurement.failedRequests) problems.push(`${where}: request failed: ${failed}`);
    for (const error of run.measurement.consoleErrors) problems.push(`${where}: console error: ${error}`);
    for (const response of run.measurement.responses) {
      if (response.status >= 400) problems.push(`${where}: HTTP ${response.status} for ${response.path}`);
    }
  }
  return problems;
}

/** Lists responses whose body size Chromium reports differently from their content-length. */
function findSizeMismatches(runs: readonly LanguageRun[]): string[] {
  const mismatches = new Set<string>();
  for (const run of runs) {
    for (const response of run.measurement.responses) {
      if (response.reportedBodyBytes === response.bodyBytes) continue;
      mismatches.add(
        `${run.compression} server: \`${response.path.split('?')[0] ?? ''}\`: content-length ${response.bodyBytes}, Chromium reports ${response.reportedBodyBytes}`,
      );
    }
  }
  return [...mismatches];
}

async function codeFileSizes(siteDir: string, runs: readonly LanguageRun[]): Promise<Map<string, number>> {
  const sizes = new Map<string, number>();
  for (const run of runs) {
    for (const response of run.measurement.responses) {
      const kind = fileKind(response.path);
      if (kind !== 'siteCode' && kind !== 'pagefindCode') continue;
      const file = path.join(siteDir, decodeURIComponent(response.path.split('?')[0] ?? ''));
      sizes.set(response.path, (await stat(file)).size);
    }
  }
  return sizes;
}

function describeMachine(browserVersion: string): string {
  const cpus = os.cpus();
  const memoryGib = (os.totalmem() / 1024 ** 3).toFixed(1);
  return `${cpus.length} × ${cpus[0]?.model ?? 'unknown CPU'}, ${memoryGib} GiB RAM, ${os.type()} ${os.release()}, Node ${process.version}, Chromium ${browserVersion}`;
}

async function main(argv: string[]): Promise<number> {
  let options: Options | 'help';
  try {
    options = parseOptions(argv);
  } catch (error) {
    process.stderr.write(`bench:search: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options === 'help') {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const indexSummary = await readIndexSummary(options.siteDir);
  const recordId = options.recordId ?? (await findRecordId(options.siteDir));
  const browser = await chromium.launch({
    ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
    args: BROWSER_ARGS,
  });

  let plainRuns: LanguageRun[];
  let gzipRuns: LanguageRun[];
  let machine: string;
  try {
    machine = describeMachine(browser.version());
    plainRuns = await measureOnServer(browser, options, recordId, 'none');
    gzipRuns = await measureOnServer(browser, options, recordId, 'gzip');
  } finally {
    await browser.close();
  }

  const checks = checkBudget(gzipRuns, options.budgetBytes);
  const problems = findProblems([...plainRuns, ...gzipRuns]);
  const mismatches = findSizeMismatches([...plainRuns, ...gzipRuns]);
  const diskSizes = await codeFileSizes(options.siteDir, [...plainRuns, ...gzipRuns]);
  const budget = formatKb(options.budgetBytes);

  const report = [
    `# Search transfer: ${path.relative(process.cwd(), options.siteDir) || '.'}`,
    '',
    `- Index: ${indexSummary}`,
    `- Record page: \`errors/${recordId}/\` and \`zh/errors/${recordId}/\``,
    `- Machine: ${machine}`,
    `- Date: ${new Date().toISOString()}`,
    `- Query entry: ${options.typingDelayMs === 0 ? 'one input event per query, like a paste, so one search runs per query' : `typed with ${options.typingDelayMs} ms between characters`}`,
    '',
    'Bytes are response bodies as sent (the content-length of each response, before content',
    'decoding) plus response header bytes (Playwright `request.sizes()`), for every request of the',
    'page and its workers started from focusing the search box on ("first") or from clearing it',
    'for the second query ("later"). Each language and server gets a new browser context, so the',
    'HTTP cache starts empty. 1 KB = 1,000 bytes.',
    '',
    `## gzip server (text files gzipped at level ${GZIP_LEVEL}; the budget is checked here)`,
    '',
    phaseTable(gzipRuns),
    '',
    '## Plain server (every file as stored on disk)',
    '',
    phaseTable(plainRuns),
    '',
    '## Search code loaded by the first query',
    '',
    codeTable(plainRuns, gzipRuns, diskSizes),
    '',
    `## Budget: first query, search code included, at most ${budget} on the gzip server`,
    '',
    ...checks.map((check) => `- ${check.lang}: ${formatKb(check.firstQueryBytes)} (${check.firstQueryBytes} bytes): ${check.pass ? 'PASS' : 'FAIL'}`),
    ...(mismatches.length > 0
      ? ['', '## Body sizes that Chromium reports differently (content-length is used)', '', ...mismatches.map((line) => `- ${line}`)]
      : []),
    ...(problems.length > 0 ? ['', '## Problems', '', ...problems.map((problem) => `- ${problem}`)] : []),
  ];
  process.stdout.write(`${report.join('\n')}\n`);

  if (options.jsonFile !== undefined) {
    const data = { site: options.siteDir, recordId, indexSummary, machine, budgetBytes: options.budgetBytes, checks, runs: [...plainRuns, ...gzipRuns] };
    await writeFile(options.jsonFile, `${JSON.stringify(data, null, 2)}\n`);
  }

  return checks.every((check) => check.pass) && problems.length === 0 ? 0 : 1;
}

try {
  process.exitCode = await main(process.argv.slice(2));
} catch (error) {
  process.stderr.write(`bench:search: ${(error as Error).message}\n`);
  process.exitCode = 1;
}
