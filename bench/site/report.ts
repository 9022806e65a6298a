/** The benchmark report: Markdown tables, target verdicts and the BENCHMARKS.md section. */

import { existsSync, readFileSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';

import type { RunMeasurement } from './measure';
import type { PageWeight, SiteStats } from './output-stats';
import type { BuildPhase } from './phases';

/** One measured build: the full site or the baseline, at one corpus size. */
export interface BuildResult {
  kind: 'full site' | 'baseline';
  records: number;
  /** Shell commands of the build, in order; their measurements are combined. */
  commands: string[];
  run: RunMeasurement;
  stats: SiteStats | undefined;
  /** Phases of a full-site build, from its log. */
  phases?: BuildPhase[];
  /** Log file to read when the build failed. */
  logFile: string;
}

export interface ValidateResult {
  records: number;
  cache: 'cold' | 'warm';
  command: string;
  run: RunMeasurement;
}

export interface BenchResult {
  date: string;
  command: string;
  loadAverage: number[];
  builds: BuildResult[];
  validations: ValidateResult[];
}

/** Limits the benchmark checks. */
export const TARGETS = {
  /** Records at which the ratios, memory and validation are judged. */
  records: 10_000,
  maxTimeRatio: 1.5,
  maxMemoryRatio: 1.5,
  maxPeakBytes: 4 * 1024 ** 3,
  maxValidateSeconds: 20,
  /** Largest record page, HTML plus CSS, each file gzipped. */
  maxPageBytes: 40 * 1024,
  /**
   * Components allowed to ship JavaScript on a record page. Astro names each
   * component script `<Component>.astro_astro_type_script_index_<n>_lang.<hash>.js`.
   */
  allowedScriptComponents: ['SearchBox', 'CopyButton'],
} as const;

export interface TargetVerdict {
  target: string;
  measured: string;
  pass: boolean | undefined;
}

/** Judges the results against {@link TARGETS}; a target without data gets `pass: undefined`. */
export function judgeTargets(result: BenchResult): TargetVerdict[] {
  const largest = Math.max(...result.builds.map((build) => build.records), 0);
  const atSize = largest === TARGETS.records ? `${format(TARGETS.records)}` : `${format(largest)} (not ${format(TARGETS.records)})`;
  const full = result.builds.find((build) => build.kind === 'full site' && build.records === largest);
  const baseline = result.builds.find((build) => build.kind === 'baseline' && build.records === largest);
  const fullOk = full !== undefined && full.run.exitCode === 0;
  const baselineOk = baseline !== undefined && baseline.run.exitCode === 0;
  const verdicts: TargetVerdict[] = [];

  const ratio = (measure: (run: RunMeasurement) => number): number | undefined =>
    fullOk && baselineOk ? measure(full.run) / measure(baseline.run) : undefined;
  const timeRatio = ratio((run) => run.wallSeconds);
  const cpuRatio = ratio((run) => run.cpuSeconds);
  const memoryRatio = ratio((run) => run.peakRssBytes);
  verdicts.push({
    target: `Full site wall time ≤ ${TARGETS.maxTimeRatio}× baseline at ${atSize} records`,
    measured: timeRatio === undefined ? 'not measured' : `${timeRatio.toFixed(2)}×`,
    pass: timeRatio === undefined ? undefined : timeRatio <= TARGETS.maxTimeRatio,
  });
  // CPU time depends less on other load on the machine than wall time does.
  verdicts.push({
    target: `Full site CPU time ≤ ${TARGETS.maxTimeRatio}× baseline at ${atSize} records`,
    measured: cpuRatio === undefined ? 'not measured' : `${cpuRatio.toFixed(2)}×`,
    pass: cpuRatio === undefined ? undefined : cpuRatio <= TARGETS.maxTimeRatio,
  });
  verdicts.push({
    target: `Full site peak memory ≤ ${TARGETS.maxMemoryRatio}× baseline at ${atSize} records`,
    measured: memoryRatio === undefined ? 'not measured' : `${memoryRatio.toFixed(2)}×`,
    pass: memoryRatio === undefined ? undefined : memoryRatio <= TARGETS.maxMemoryRatio,
  });
  verdicts.push({
    target: `Full site peak memory < ${formatBytes(TARGETS.maxPeakBytes)} at ${atSize} records`,
    measured: fullOk ? formatBytes(full.run.peakRssBytes) : 'not measured',
    pass: fullOk ? full.run.peakRssBytes < TARGETS.maxPeakBytes : undefined,
  });

  const cold = result.validations.find((item) => item.cache === 'cold');
  verdicts.push({
    target: `validate of ${format(TARGETS.records)} records < ${TARGETS.maxValidateSeconds} s (cold ReDoS cache)`,
    measured:
      cold === undefined
        ? 'not measured'
        : `${cold.run.wallSeconds.toFixed(1)} s at ${format(cold.records)} records` +
          (cold.run.exitCode === 0 ? '' : `, exit code ${cold.run.exitCode}`),
    // A corpus that fails validation counts as a failure: the generator must produce valid records.
    pass:
      cold === undefined || cold.records < TARGETS.records
        ? undefined
        : cold.run.exitCode === 0 && cold.run.wallSeconds < TARGETS.maxValidateSeconds,
  });

  const pages = fullOk ? full.stats?.recordPages ?? [] : [];
  const heaviest = pages.at(-1);
  verdicts.push({
    target: `Largest record page HTML+CSS ≤ ${formatBytes(TARGETS.maxPageBytes)} gzipped`,
    measured: heaviest === undefined ? 'not measured' : `${formatBytes(pageBytes(heaviest))} (${heaviest.page})`,
    pass: heaviest === undefined ? undefined : pageBytes(heaviest) <= TARGETS.maxPageBytes,
  });

  const components = [...new Set(pages.flatMap((page) => page.scripts.map(scriptComponent)))].sort();
  const disallowed = components.filter((name) => !(TARGETS.allowedScriptComponents as readonly string[]).includes(name));
  const inline = Math.max(0, ...pages.map((page) => page.inlineScripts));
  verdicts.push({
    target: `Record pages load JavaScript only from ${TARGETS.allowedScriptComponents.join(', ')}`,
    measured:
      pages.length === 0
        ? 'not measured'
        : `scripts from: ${components.join(', ') || 'none'}; up to ${inline} inline script(s) per page, not attributed`,
    pass: pages.length === 0 ? undefined : disallowed.length === 0,
  });
  return verdicts;
}

/** Renders the whole section, as printed and as written into BENCHMARKS.md. */
export function renderReport(result: BenchResult): string {
  const lines: string[] = [];
  const cpus = os.cpus();
  lines.push('## Site build at scale', '');
  lines.push(
    `Measured ${result.date} on ${cpus[0]?.model.trim() ?? 'unknown CPU'} (${cpus.length} cores), ` +
      `${formatBytes(os.totalmem())} RAM, Node ${process.version}, ${osName()}. ` +
      `Load average when the run started: ${result.loadAverage.map((value) => value.toFixed(2)).join(', ')} ` +
      '(other processes share the machine, so wall times vary between runs; CPU times vary less).',
    '',
  );
  lines.push(`Command: \`${result.command}\``, '');

  lines.push(
    '| Records | Build | Pages | Wall s | CPU s | Pages/s | Peak RSS | Output | pagefind/ | Record page HTML+CSS gz, median / max | JS gz, max |',
    '|---:|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|',
  );
  for (const build of result.builds) {
    lines.push(buildRow(build));
  }
  lines.push('');

  lines.push('| Target | Measured | Result |', '|---|---|---|');
  for (const verdict of judgeTargets(result)) {
    lines.push(`| ${verdict.target} | ${verdict.measured} | ${outcomeLabel(verdict.pass)} |`);
  }
  lines.push('');

  for (const build of result.builds) {
    if (build.phases !== undefined && build.phases.length > 0) {
      lines.push(...whereTimeGoes(build, build.phases), '');
    }
  }

  if (result.validations.length > 0) {
    lines.push('| Records | validate, ReDoS cache | Wall s | CPU s | Peak RSS | Exit |', '|---:|---|---:|---:|---:|---:|');
    for (const item of result.validations) {
      const { run } = item;
      lines.push(
        `| ${format(item.records)} | ${item.cache} | ${run.wallSeconds.toFixed(1)} | ${run.cpuSeconds.toFixed(1)} | ` +
          `${formatBytes(run.peakRssBytes)} | ${run.exitCode} |`,
      );
    }
    lines.push('');
  }

  lines.push('Each step ran as:', '');
  for (const build of result.builds) {
    for (const command of build.commands) {
      lines.push(`- ${build.kind}, ${format(build.records)} records: \`${command}\``);
    }
  }
  for (const item of result.validations) {
    lines.push(`- validate, ${item.cache} cache: \`${item.command}\``);
  }
  lines.push('');
  lines.push(
    'How to read it: records come from `npm run bench:corpus` (seed 1), modelled on `content/errors`. ' +
      'Their prose repeats the real records\' text with a per-record token, so a real corpus of the same size ' +
      'probably has more distinct words and a larger search index (an estimate, not measured). ' +
      'Wall and CPU times are for the whole step; CPU is user plus system time from `/usr/bin/time`, children included. ' +
      'Peak RSS is the highest sum of resident memory over the step\'s process group, sampled every 200 ms; shared pages count once per process. ' +
      'Each build starts without Astro\'s content cache. ' +
      'The full site is the two commands of `npm run build`: `npm run build:site` (`astro build`, which validates the records), and ' +
      '`npm run build:search`, the Pagefind index. The baseline is a bare Astro 5 project ' +
      '(signature, root cause and workarounds in English and Chinese, padded with list pages to the same page count) ' +
      'plus `pagefind --site`. Both combine their two commands the same way: times add up, and the peak is the larger one. ' +
      'Page weights gzip each file on its own with zlib level 6; JS counts external scripts and their static imports, ' +
      'not dynamic imports such as the search index loaded on first search.',
  );
  return `${lines.join('\n')}\n`;
}

const SECTION_BEGIN = '<!-- bench:site:begin -->';
const SECTION_END = '<!-- bench:site:end -->';

/** Replaces the site-build section of `file` with `section`, creating the file or the section as needed. */
export async function writeReportSection(file: string, section: string): Promise<void> {
  const block = `${SECTION_BEGIN}\n${section}${SECTION_END}`;
  if (!existsSync(file)) {
    await writeFile(file, `# Benchmarks\n\nMeasured figures, each with the command that produced it.\n\n${block}\n`);
    return;
  }
  const text = await readFile(file, 'utf8');
  const begin = text.indexOf(SECTION_BEGIN);
  const end = text.indexOf(SECTION_END);
  const updated =
    begin !== -1 && end > begin
      ? `${text.slice(0, begin)}${block}${text.slice(end + SECTION_END.length)}`
      : `${text.trimEnd()}\n\n${block}\n`;
  await writeFile(file, updated);
}

function buildRow(build: BuildResult): string {
  const { run, stats } = build;
  const head = `| ${format(build.records)} | ${build.kind} |`;
  if (run.exitCode !== 0 || stats === undefined) {
    return `${head} failed (exit ${run.exitCode}, log ${build.logFile}) | ${run.wallSeconds.toFixed(1)} | ${run.cpuSeconds.toFixed(1)} | | ${formatBytes(run.peakRssBytes)} | | | | |`;
  }
  const pages = stats.recordPages;
  const median = pages[Math.floor(pages.length / 2)];
  const heaviest = pages.at(-1);
  const weights =
    median === undefined || heaviest === undefined
      ? 'no record pages'
      : `${formatBytes(pageBytes(median))} / ${formatBytes(pageBytes(heaviest))}`;
  const js = pages.length === 0 ? '' : formatBytes(Math.max(...pages.map((page) => page.jsGzip)));
  return (
    `${head} ${format(stats.htmlPages)} | ${run.wallSeconds.toFixed(1)} | ${run.cpuSeconds.toFixed(1)} | ` +
    `${(stats.htmlPages / run.wallSeconds).toFixed(0)} | ${formatBytes(run.peakRssBytes)} | ${formatBytes(stats.totalBytes)} | ` +
    `${formatBytes(stats.pagefindBytes)} | ${weights} | ${js} |`
  );
}

/** Lists the phases of a build with their share of the wall time, and what made up its memory peak. */
function whereTimeGoes(build: BuildResult, phases: readonly BuildPhase[]): string[] {
  const total = build.run.wallSeconds;
  const parts = phases
    .filter((phase) => phase.seconds >= 0.5)
    .map((phase) => `${phase.name} ${phase.seconds.toFixed(0)} s (${((100 * phase.seconds) / total).toFixed(0)} %)`);
  const composition = Object.entries(build.run.peakComposition)
    .sort((a, b) => b[1] - a[1])
    .map(([command, bytes]) => `${command} ${formatBytes(bytes)}`);
  const ownPeaks = Object.entries(build.run.peakByCommand)
    .sort((a, b) => b[1] - a[1])
    .slice(0, 3)
    .map(([command, bytes]) => `${command} ${formatBytes(bytes)}`);
  return [
    `Where the time goes, ${build.kind} at ${format(build.records)} records (wall time, from the build log and the search index command): ${parts.join(', ')}.`,
    `At the memory peak the processes held ${composition.join(' + ') || 'nothing measured'}; ` +
      `each command's own peak: ${ownPeaks.join(', ') || 'nothing measured'}.`,
  ];
}

function outcomeLabel(pass: boolean | undefined): string {
  if (pass === undefined) {
    return 'NOT MEASURED';
  }
  return pass ? 'PASS' : 'FAIL';
}

function pageBytes(page: PageWeight): number {
  return page.htmlGzip + page.cssGzip;
}

/** Component name of an Astro script file, or the file name when it does not follow Astro's naming. */
function scriptComponent(script: string): string {
  const name = script.split('/').pop() ?? script;
  return /^(.+?)\.astro_astro_type_script_index_\d+_lang\./.exec(name)?.[1] ?? name;
}

/** Distribution name from /etc/os-release, with the kernel release. */
function osName(): string {
  let name = os.type();
  try {
    name = /^PRETTY_NAME="?([^"\n]*)"?$/m.exec(readFileSync('/etc/os-release', 'utf8'))?.[1] ?? name;
  } catch {
    // Not every system has /etc/os-release; the kernel name is enough then.
  }
  return `${name}, kernel ${os.release()}`;
}

function format(value: number): string {
  return value.toLocaleString('en-US');
}

/** Formats bytes in binary units: KiB, MiB, GiB. */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) {
    return `${bytes} B`;
  }
  const units = ['KiB', 'MiB', 'GiB'];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit += 1;
  }
  return `${value.toFixed(value < 10 ? 1 : 0)} ${units[unit]}`;
}
