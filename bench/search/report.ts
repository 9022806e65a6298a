/** Grouping captured responses by kind of file and printing them as Markdown tables. */

import type { CapturedResponse, Phase, SearchMeasurement } from './capture';
import type { Compression } from './static-server';

/**
 * Kind of file a response carries.
 * - `siteCode`: the site's own search code under `_astro/`, loaded on focus.
 * - `pagefindCode`: `pagefind.js`, `pagefind-worker.js` and the `wasm.*.pagefind` module.
 * - `meta`: `pagefind-entry.json` and the language's `.pf_meta` (the word-to-chunk map).
 * - `index`, `fragment`, `filter`: Pagefind's `.pf_index`, `.pf_fragment` and `.pf_filter` chunks.
 */
export type FileKind = 'siteCode' | 'pagefindCode' | 'meta' | 'index' | 'fragment' | 'filter' | 'other';

export const FILE_KINDS: readonly FileKind[] = ['siteCode', 'pagefindCode', 'meta', 'index', 'fragment', 'filter', 'other'];

const KIND_LABELS: Readonly<Record<FileKind, string>> = {
  siteCode: 'Site search JS',
  pagefindCode: 'Pagefind JS + wasm',
  meta: 'pf_meta + entry',
  index: 'pf_index',
  fragment: 'pf_fragment',
  filter: 'pf_filter',
  other: 'Other',
};

export function fileKind(path: string): FileKind {
  const pathname = path.split('?')[0] ?? path;
  const name = pathname.slice(pathname.lastIndexOf('/') + 1);

  if (pathname.includes('/pagefind/')) {
    if (name === 'pagefind.js' || name === 'pagefind-worker.js' || /^wasm\..+\.pagefind$/.test(name)) return 'pagefindCode';
    if (name === 'pagefind-entry.json' || name.endsWith('.pf_meta')) return 'meta';
    if (name.endsWith('.pf_index')) return 'index';
    if (name.endsWith('.pf_fragment')) return 'fragment';
    if (name.endsWith('.pf_filter')) return 'filter';
  }
  if (pathname.includes('/_astro/')) return 'siteCode';
  return 'other';
}

/** Bytes of one phase of a visit, by kind of file. */
export interface PhaseTotals {
  requests: number;
  /** Encoded body bytes per kind of file. */
  bodyBytes: Record<FileKind, number>;
  headerBytes: number;
  /** Encoded body bytes plus header bytes of every response: what the browser received. */
  totalBytes: number;
}

export function phaseTotals(responses: readonly CapturedResponse[], phase: Phase): PhaseTotals {
  const bodyBytes = Object.fromEntries(FILE_KINDS.map((kind) => [kind, 0])) as Record<FileKind, number>;
  let headerBytes = 0;
  let requests = 0;

  for (const response of responses) {
    if (response.phase !== phase) continue;
    requests += 1;
    bodyBytes[fileKind(response.path)] += response.bodyBytes;
    headerBytes += response.headerBytes;
  }

  const body = FILE_KINDS.reduce((sum, kind) => sum + bodyBytes[kind], 0);
  return { requests, bodyBytes, headerBytes, totalBytes: body + headerBytes };
}

/** One language's visit on one server. */
export interface LanguageRun {
  lang: 'en' | 'zh';
  compression: Compression;
  measurement: SearchMeasurement;
}

/** Formats bytes as KB, where 1 KB is 1,000 bytes. */
export function formatKb(bytes: number): string {
  return `${(bytes / 1000).toFixed(1)} KB`;
}

function escapeCell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** Formats the runs on one server as a Markdown table with one row per language and query. */
export function phaseTable(runs: readonly LanguageRun[]): string {
  const header = ['Language', 'Phase', 'Query', 'Matches', 'Requests', ...FILE_KINDS.map((kind) => KIND_LABELS[kind]), 'Headers', 'Total'];
  const lines = [`| ${header.join(' | ')} |`, `|${header.map((_, index) => (index < 3 ? ' --- ' : ' ---: ')).join('|')}|`];

  for (const run of runs) {
    for (const phase of ['first', 'later'] as const) {
      const outcome = phase === 'first' ? run.measurement.first : run.measurement.later;
      const totals = phaseTotals(run.measurement.responses, phase);
      const cells = [
        run.lang,
        phase,
        `\`${escapeCell(outcome.query)}\``,
        outcome.matches === undefined ? escapeCell(outcome.message ?? 'none') : String(outcome.matches),
        String(totals.requests),
        ...FILE_KINDS.map((kind) => formatKb(totals.bodyBytes[kind])),
        formatKb(totals.headerBytes),
        `**${formatKb(totals.totalBytes)}**`,
      ];
      lines.push(`| ${cells.join(' | ')} |`);
    }
  }

  return lines.join('\n');
}

/**
 * Formats every code file that a first query loaded as a Markdown table, with
 * its size on disk and its body size on each server.
 */
export function codeTable(plain: readonly LanguageRun[], gzip: readonly LanguageRun[], diskBytes: ReadonlyMap<string, number>): string {
  const transfer = (runs: readonly LanguageRun[]) => {
    const sizes = new Map<string, number>();
    for (const run of runs) {
      for (const response of run.measurement.responses) {
        const kind = fileKind(response.path);
        if (response.phase === 'page' || (kind !== 'siteCode' && kind !== 'pagefindCode')) continue;
        sizes.set(response.path, response.bodyBytes);
      }
    }
    return sizes;
  };
  const plainSizes = transfer(plain);
  const gzipSizes = transfer(gzip);
  const paths = [...new Set([...plainSizes.keys(), ...gzipSizes.keys()])].sort();

  const lines = ['| File | On disk | Body, plain server | Body, gzip server |', '| --- | ---: | ---: | ---: |'];
  for (const path of paths) {
    const cell = (value: number | undefined) => (value === undefined ? 'not loaded' : formatKb(value));
    lines.push(`| \`${path}\` | ${cell(diskBytes.get(path))} | ${cell(plainSizes.get(path))} | ${cell(gzipSizes.get(path))} |`);
  }
  return lines.join('\n');
}

/** Result of checking one language's first query against the budget. */
export interface BudgetCheck {
  lang: 'en' | 'zh';
  firstQueryBytes: number;
  pass: boolean;
}

export function checkBudget(gzipRuns: readonly LanguageRun[], budgetBytes: number): BudgetCheck[] {
  return gzipRuns.map((run) => {
    const firstQueryBytes = phaseTotals(run.measurement.responses, 'first').totalBytes;
    return { lang: run.lang, firstQueryBytes, pass: firstQueryBytes <= budgetBytes };
  });
}
