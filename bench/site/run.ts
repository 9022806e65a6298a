/**
 * `npm run bench`: builds the site and a bare Astro baseline for synthetic
 * corpora of several sizes, times `validate` at the largest size, prints a
 * Markdown report with PASS/FAIL per target and writes it into BENCHMARKS.md.
 */

import { existsSync } from 'node:fs';
import { mkdir, readdir, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';

import { generateCorpus, PROJECT_ROOT } from '../corpus/generate';
import { BASELINE_ENV, baselineListPages, writeBaselineProject } from './baseline';
import { runMeasured, type RunMeasurement } from './measure';
import { measureSite } from './output-stats';
import { readBuildPhases } from './phases';
import { renderReport, writeReportSection, type BenchResult, type BuildResult, type ValidateResult } from './report';

/** Scratch folder for corpora, builds and logs; git-ignored. */
const WORK_DIR = path.join(PROJECT_ROOT, 'bench', '.work');
const ASTRO_BIN = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'astro');
const PAGEFIND_BIN = path.join(PROJECT_ROOT, 'node_modules', '.bin', 'pagefind');
const BENCH_CONFIG = path.join(WORK_DIR, 'astro.config.bench.mjs');
const BASELINE_DIR = path.join(WORK_DIR, 'baseline');
const BENCHMARKS_FILE = path.join(PROJECT_ROOT, 'BENCHMARKS.md');

const USAGE = `Usage: npm run bench -- [--sizes 1000,10000] [--skip-baseline] [--keep] [--no-write]

Builds the site for synthetic corpora of each size, and a bare Astro baseline
with the same number of pages, measuring wall time, CPU time, peak memory of
the process tree, output and page sizes. Then times \`npm run validate\` at the
largest size, with a cold and a warm ReDoS cache. Prints a Markdown report and
writes it into BENCHMARKS.md. Scratch files go to bench/.work/.

Options:
  --sizes LIST     Comma-separated record counts (default: 1000,10000)
  --seed S         Seed of the corpus generator (default: 1)
  --skip-baseline  Do not build the baseline; the ratio targets are not judged
  --keep           Keep the built sites and corpora in bench/.work/
  --no-write       Print the report without updating BENCHMARKS.md
  -h, --help       Show this help`;

/**
 * Astro config of the benchmark builds: the project's config with its own
 * cache folder, so that each build starts cold and never shares Astro's content
 * cache with other builds of the project running at the same time.
 */
const BENCH_CONFIG_SOURCE = `import config from '../../astro.config.mjs';

export default { ...config, cacheDir: './bench/.work/astro-cache' };
`;

interface Options {
  sizes: number[];
  seed: number;
  skipBaseline: boolean;
  keep: boolean;
  write: boolean;
}

async function main(argv: string[]): Promise<number> {
  const options = parseOptions(argv);
  if (typeof options === 'number') {
    return options;
  }
  await mkdir(WORK_DIR, { recursive: true });
  await writeFile(BENCH_CONFIG, BENCH_CONFIG_SOURCE);
  if (!options.skipBaseline) {
    await writeBaselineProject(BASELINE_DIR);
  }

  const result: BenchResult = {
    date: new Date().toISOString().slice(0, 10),
    command: invocation(argv),
    loadAverage: os.loadavg(),
    builds: [],
    validations: [],
  };

  for (const size of options.sizes) {
    const corpusDir = path.join(WORK_DIR, `corpus-${size}`);
    log(`Generating ${size} records in ${relative(corpusDir)}`);
    await generateCorpus({ count: size, outDir: corpusDir, seed: options.seed });
    const ids = await listRecordIds(corpusDir);

    const full = await buildFullSite(size, corpusDir, ids);
    result.builds.push(full);
    if (!options.skipBaseline) {
      const targetPages = full.stats?.htmlPages ?? 2 * size;
      result.builds.push(await buildBaseline(size, corpusDir, ids, targetPages));
    }
    if (!options.keep) {
      await rm(path.join(WORK_DIR, `site-${size}`), { recursive: true, force: true });
      await rm(path.join(WORK_DIR, `baseline-${size}`), { recursive: true, force: true });
    }
  }

  const largest = Math.max(...options.sizes);
  result.validations.push(...(await timeValidate(largest, path.join(WORK_DIR, `corpus-${largest}`))));
  if (!options.keep) {
    for (const size of options.sizes) {
      await rm(path.join(WORK_DIR, `corpus-${size}`), { recursive: true, force: true });
      await rm(path.join(WORK_DIR, `corpus-${size}.errdex-bench-corpus.json`), { force: true });
    }
  }

  const report = renderReport(result);
  process.stdout.write(`\n${report}`);
  await writeFile(path.join(WORK_DIR, 'results.json'), `${JSON.stringify(result, null, 2)}\n`);
  if (options.write) {
    await writeReportSection(BENCHMARKS_FILE, report);
    log(`Updated ${relative(BENCHMARKS_FILE)}`);
  }
  return result.builds.every((build) => build.run.exitCode === 0) ? 0 : 1;
}

async function buildFullSite(size: number, corpusDir: string, ids: string[]): Promise<BuildResult> {
  const outDir = path.join(WORK_DIR, `site-${size}`);
  const logFile = path.join(WORK_DIR, `site-${size}.log`);
  await rm(outDir, { recursive: true, force: true });
  await rm(path.join(WORK_DIR, 'astro-cache'), { recursive: true, force: true });

  // The two steps of `npm run build`, with the bench config and output folder.
  const buildArgs = ['run', 'build:site', '--', '--config', relative(BENCH_CONFIG), '--outDir', relative(outDir)];
  const buildCommand = `ERRDEX_CONTENT_DIR=${relative(corpusDir)} npm ${buildArgs.join(' ')}`;
  log(`Full site, ${size} records: ${buildCommand}`);
  const build = await runMeasured('npm', buildArgs, {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ERRDEX_CONTENT_DIR: corpusDir, ASTRO_TELEMETRY_DISABLED: '1' },
    logFile,
  });
  logRun(build, logFile);
  const phases = await readBuildPhases(logFile, build.startedAt, build.wallSeconds);

  const indexArgs = ['run', 'build:search', '--', '--site', relative(outDir)];
  const indexCommand = `npm ${indexArgs.join(' ')}`;
  let run = build;
  if (build.exitCode === 0) {
    log(`Full site search index: ${indexCommand}`);
    const indexLog = path.join(WORK_DIR, `site-${size}-search.log`);
    const index = await runMeasured('npm', indexArgs, { cwd: PROJECT_ROOT, env: process.env, logFile: indexLog });
    logRun(index, indexLog);
    phases.push({ name: 'search index (npm run build:search)', seconds: index.wallSeconds });
    run = combineSequential(build, index);
  }

  const stats = run.exitCode === 0 ? await measureSite(outDir, ids, '/') : undefined;
  return { kind: 'full site', records: size, commands: [buildCommand, indexCommand], run, stats, phases, logFile: relative(logFile) };
}

async function buildBaseline(size: number, corpusDir: string, ids: string[], targetPages: number): Promise<BuildResult> {
  const outDir = path.join(WORK_DIR, `baseline-${size}`);
  const logFile = path.join(WORK_DIR, `baseline-${size}.log`);
  await rm(outDir, { recursive: true, force: true });
  await rm(path.join(BASELINE_DIR, 'node_modules', '.astro'), { recursive: true, force: true });
  await rm(path.join(BASELINE_DIR, '.astro'), { recursive: true, force: true });

  const listPages = baselineListPages(targetPages, ids.length);
  // Astro resolves --outDir against --root.
  const buildArgs = ['build', '--root', relative(BASELINE_DIR), '--outDir', path.relative(BASELINE_DIR, outDir)];
  const buildCommand =
    `${BASELINE_ENV.contentDir}=${relative(corpusDir)} ${BASELINE_ENV.listPages}=${listPages} ` +
    `${relative(ASTRO_BIN)} ${buildArgs.join(' ')}`;
  log(`Baseline, ${size} records: ${buildCommand}`);
  const build = await runMeasured(ASTRO_BIN, buildArgs, {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      [BASELINE_ENV.contentDir]: corpusDir,
      [BASELINE_ENV.listPages]: String(listPages),
      ASTRO_TELEMETRY_DISABLED: '1',
    },
    logFile,
  });
  logRun(build, logFile);

  const indexArgs = ['--site', relative(outDir)];
  const indexCommand = `${relative(PAGEFIND_BIN)} ${indexArgs.join(' ')}`;
  let run = build;
  if (build.exitCode === 0) {
    log(`Baseline search index: ${indexCommand}`);
    const indexLog = path.join(WORK_DIR, `baseline-${size}-pagefind.log`);
    const index = await runMeasured(PAGEFIND_BIN, indexArgs, { cwd: PROJECT_ROOT, env: process.env, logFile: indexLog });
    logRun(index, indexLog);
    run = combineSequential(build, index);
  }
  const stats = run.exitCode === 0 ? await measureSite(outDir, ids, '/') : undefined;
  return { kind: 'baseline', records: size, commands: [buildCommand, indexCommand], run, stats, logFile: relative(logFile) };
}

/** Times `npm run validate` on `corpusDir`, first without the ReDoS cache file, then with it. */
async function timeValidate(size: number, corpusDir: string): Promise<ValidateResult[]> {
  const cacheFile = path.join(PROJECT_ROOT, 'node_modules', '.cache', 'errdex', 'redos.json');
  const args = ['run', 'validate', '--', '--dir', relative(corpusDir)];
  const results: ValidateResult[] = [];
  for (const cache of ['cold', 'warm'] as const) {
    if (cache === 'cold') {
      await rm(cacheFile, { force: true });
    }
    const command = `${cache === 'cold' ? `rm -f ${relative(cacheFile)} && ` : ''}npm ${args.join(' ')}`;
    const logFile = path.join(WORK_DIR, `validate-${size}-${cache}.log`);
    log(`validate, ${size} records, ${cache} cache: ${command}`);
    const run = await runMeasured('npm', args, { cwd: PROJECT_ROOT, env: process.env, logFile });
    logRun(run, logFile);
    results.push({ records: size, cache, command, run });
  }
  return results;
}

/** Combines two commands run one after the other: times add up, the peaks are those of the larger run. */
function combineSequential(first: RunMeasurement, second: RunMeasurement): RunMeasurement {
  const larger = second.peakRssBytes > first.peakRssBytes ? second : first;
  const peakByCommand = { ...first.peakByCommand };
  for (const [command, bytes] of Object.entries(second.peakByCommand)) {
    peakByCommand[command] = Math.max(peakByCommand[command] ?? 0, bytes);
  }
  return {
    exitCode: first.exitCode !== 0 ? first.exitCode : second.exitCode,
    wallSeconds: first.wallSeconds + second.wallSeconds,
    cpuSeconds: first.cpuSeconds + second.cpuSeconds,
    peakRssBytes: larger.peakRssBytes,
    peakComposition: larger.peakComposition,
    peakByCommand,
    startedAt: first.startedAt,
  };
}

async function listRecordIds(corpusDir: string): Promise<string[]> {
  const ids: string[] = [];
  for (const domain of await readdir(corpusDir)) {
    for (const file of await readdir(path.join(corpusDir, domain))) {
      ids.push(`${domain}/${file.replace(/\.json$/, '')}`);
    }
  }
  return ids.sort();
}

function parseOptions(argv: string[]): Options | number {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        sizes: { type: 'string', default: '1000,10000' },
        seed: { type: 'string', default: '1' },
        'skip-baseline': { type: 'boolean', default: false },
        keep: { type: 'boolean', default: false },
        'no-write': { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    process.stderr.write(`bench: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  const sizes = values.sizes.split(',').map((item) => Number(item.trim()));
  if (sizes.length === 0 || sizes.some((size) => !Number.isInteger(size) || size < 1)) {
    process.stderr.write(`bench: invalid --sizes ${JSON.stringify(values.sizes)}: expected positive integers such as 1000,10000\n`);
    return 2;
  }
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) {
    process.stderr.write(`bench: invalid --seed ${JSON.stringify(values.seed)}: expected an integer\n`);
    return 2;
  }
  return {
    sizes,
    seed,
    skipBaseline: values['skip-baseline'] === true,
    keep: values.keep === true,
    write: values['no-write'] !== true,
  };
}

/** Rebuilds the command line as the user typed it, for the report. */
function invocation(argv: readonly string[]): string {
  const args = argv.map((arg) => (/^[\w,./=-]+$/.test(arg) ? arg : JSON.stringify(arg))).join(' ');
  if (process.env['npm_lifecycle_event'] === 'bench') {
    return `npm run bench${args === '' ? '' : ` -- ${args}`}`;
  }
  return `npx tsx bench/site/run.ts${args === '' ? '' : ` ${args}`}`;
}

function logRun(run: RunMeasurement, logFile: string): void {
  const memory = (run.peakRssBytes / 1024 ** 2).toFixed(0);
  const status = run.exitCode === 0 ? 'done' : `FAILED with exit code ${run.exitCode}, see ${relative(logFile)}`;
  log(`  ${status}: ${run.wallSeconds.toFixed(1)} s wall, ${run.cpuSeconds.toFixed(1)} s CPU, peak ${memory} MiB`);
}

function relative(file: string): string {
  return path.relative(PROJECT_ROOT, file) || '.';
}

function log(message: string): void {
  process.stderr.write(`bench: ${message}\n`);
}

if (!existsSync(ASTRO_BIN)) {
  process.stderr.write(`bench: ${relative(ASTRO_BIN)} not found; run npm ci first\n`);
  process.exitCode = 1;
} else {
  process.exitCode = await main(process.argv.slice(2));
}
