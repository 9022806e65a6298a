/**
 * Match benchmark: the engine (literal prefilter, then candidate regexes)
 * against the naive loop (every regex over the whole text), on synthetic
 * records shaped like the real corpus and a synthetic log.
 *
 * Run: npx tsx bench/match/run.ts [--records N] [--log-kib N] [--runs N]
 * Prints a Markdown table and the machine, and exits 1 when a target is missed.
 */

import { cpus, totalmem } from 'node:os';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';

import { MatchEngine, matchNaive, matchText, type TextMatches } from '../../src/lib/matcher/engine';
import { buildTesterData } from '../../src/lib/matcher/tester-data';
import { LineIndex, normalizeLineEndings } from '../../src/lib/matcher/text';
import { REAL_CORPUS_DIR } from '../corpus/generate';
import { createRandom, randomInt } from '../corpus/random';
import { generateRecords } from '../corpus/records';
import { loadTemplates } from '../corpus/templates';
import { buildLog } from './log';

/** Targets: speed-up over the naive loop, engine time for the default sizes, and download size. */
const TARGET_SPEEDUP = 20;
const TARGET_ENGINE_MS = 200;
const TARGET_GZIP_BYTES = 1024 * 1024;

/** Naive runs take seconds each, so fewer of them are timed. */
const NAIVE_RUNS = 3;
const SEED = 20240601;

const { values } = parseArgs({
  options: {
    records: { type: 'string', default: '10000' },
    'log-kib': { type: 'string', default: '1024' },
    runs: { type: 'string', default: '9' },
  },
});
const recordCount = Number(values.records);
const logBytes = Number(values['log-kib']) * 1024;
const engineRuns = Number(values.runs);

function median(samples: readonly number[]): number {
  const sorted = [...samples].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

/** Runs `task` `runs` times and returns the median wall time in milliseconds, and the last result. */
function timeMedian<T>(runs: number, task: () => T): { ms: number; result: T } {
  const samples: number[] = [];
  let result: T | undefined;
  for (let run = 0; run < runs; run++) {
    const started = performance.now();
    result = task();
    samples.push(performance.now() - started);
  }
  return { ms: median(samples), result: result as T };
}

function timeOnce<T>(task: () => T): { ms: number; result: T } {
  return timeMedian(1, task);
}

function matchCount(result: TextMatches): number {
  return result.matches.reduce((sum, match) => sum + match.spans.length, 0);
}

function format(ms: number): string {
  return `${ms.toFixed(1)} ms`;
}

function verdict(ok: boolean): string {
  return ok ? 'pass' : '**FAIL**';
}

const { templates, rejected } = await loadTemplates(REAL_CORPUS_DIR);
const records = generateRecords(templates, { count: recordCount, seed: SEED });

// Error lines in the log: real signatures (which no synthetic regex matches,
// but whose words reach the prefilter) and synthetic signatures (which match).
const random = createRandom(SEED);
const realTexts = templates.flatMap((template) => [template.record.signature, ...(template.record.examples ?? [])]);
const syntheticTexts = Array.from({ length: 200 }, () => records[randomInt(random, records.length)]?.signature ?? '');
const log = buildLog({ size: logBytes, seed: SEED, errorTexts: [...realTexts, ...syntheticTexts], errorShare: 0.01 });
const lineCount = new LineIndex(normalizeLineEndings(log)).lineCount;

const build = timeOnce(() => buildTesterData(records));
const data = build.result;
const automaton = timeOnce(() => new MatchEngine(data));
const engine = automaton.result;

const json = JSON.stringify(data);
const jsonBytes = Buffer.byteLength(json);
const gzipBytes = gzipSync(json).length;

const prefilter = timeMedian(engineRuns, () => engine.candidates(normalizeLineEndings(log)));
matchText(engine, log); // Warm-up: compiles the candidate regexes once.
const engineTime = timeMedian(engineRuns, () => matchText(engine, log));
const naiveTime = timeMedian(NAIVE_RUNS, () => matchNaive(data.records, log));

const identical = JSON.stringify(engineTime.result.matches) === JSON.stringify(naiveTime.result.matches);
const speedup = naiveTime.ms / engineTime.ms;
const withoutLiterals = data.records.filter((record) => record.literals.length === 0).length;

const cpuList = cpus();
const lines = [
  `## Match benchmark`,
  '',
  `${data.records.length.toLocaleString('en')} synthetic records from ${templates.length} real templates` +
    ` (${rejected.length} rejected), ${(log.length / 1024).toFixed(0)} KiB log of ${lineCount.toLocaleString('en')} lines, seed ${SEED}.`,
  '',
  '| Measure | Value | Target | Result |',
  '| --- | --- | --- | --- |',
  `| Engine, whole text (median of ${engineRuns}) | ${format(engineTime.ms)} | < ${TARGET_ENGINE_MS} ms | ${verdict(engineTime.ms < TARGET_ENGINE_MS)} |`,
  `| Naive loop, every regex (median of ${NAIVE_RUNS}) | ${format(naiveTime.ms)} | | |`,
  `| Speed-up | ${speedup.toFixed(1)}× | ≥ ${TARGET_SPEEDUP}× | ${verdict(speedup >= TARGET_SPEEDUP)} |`,
  `| Same matches as naive loop | ${identical ? 'yes' : 'no'} | yes | ${verdict(identical)} |`,
  `| Tester data, JSON | ${(jsonBytes / 1024).toFixed(0)} KiB | | |`,
  `| Tester data, gzip (level 6) | ${(gzipBytes / 1024).toFixed(0)} KiB | < ${TARGET_GZIP_BYTES / 1024} KiB | ${verdict(gzipBytes < TARGET_GZIP_BYTES)} |`,
  `| Prefilter pass alone (median of ${engineRuns}) | ${format(prefilter.ms)} | | |`,
  `| Candidates after prefilter | ${prefilter.result.length} of ${data.records.length} (${withoutLiterals} without literals) | | |`,
  `| Records matched / matches | ${engineTime.result.matches.length} / ${matchCount(engineTime.result)} | | |`,
  `| Build tester data (convert + literals) | ${format(build.ms)} | | |`,
  `| Build automaton | ${format(automaton.ms)} | | |`,
  '',
  `Machine: ${cpuList.length} × ${cpuList[0]?.model ?? 'unknown CPU'}, ${(totalmem() / 1024 ** 3).toFixed(1)} GiB RAM, Node ${process.version}.`,
];
process.stdout.write(`${lines.join('\n')}\n`);

const passed =
  identical && speedup >= TARGET_SPEEDUP && engineTime.ms < TARGET_ENGINE_MS && gzipBytes < TARGET_GZIP_BYTES;
process.exitCode = passed ? 0 : 1;
