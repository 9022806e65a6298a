/**
 * Running a command while measuring its wall time, CPU time and the peak memory
 * of its whole process tree.
 */

import { spawn, spawnSync } from 'node:child_process';
import { closeSync, openSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

/** Interval between two memory samples, in milliseconds. */
const SAMPLE_INTERVAL_MS = 200;

/** Measurements of one command run. */
export interface RunMeasurement {
  exitCode: number;
  /** Wall time, in seconds. */
  wallSeconds: number;
  /** User plus system CPU time of the command and the children it waited for, in seconds. */
  cpuSeconds: number;
  /** Highest sum of resident memory over all processes of the run's process group, in bytes. */
  peakRssBytes: number;
  /** RSS summed per command name (such as `node` or `pagefind_extend`) in the sample with the highest total. */
  peakComposition: Record<string, number>;
  /** Highest RSS summed per command name over the whole run; the peaks may fall in different samples. */
  peakByCommand: Record<string, number>;
  /** Start time, in milliseconds since the Unix epoch. */
  startedAt: number;
}

export interface RunOptions {
  cwd: string;
  env: NodeJS.ProcessEnv;
  /**
   * File that receives the command's stdout and stderr. The memory samples go
   * to `<logFile>.memory.tsv`: seconds since start, group RSS in MiB, and the
   * RSS in MiB per command name.
   */
  logFile: string;
}

interface GroupSample {
  totalBytes: number;
  byCommand: Map<string, number>;
}

const PAGE_SIZE = readPageSize();

/**
 * Runs `command` in a new process group under `/usr/bin/time` and samples
 * `/proc` every 200 ms, summing the resident set size (RSS) of every process
 * in the group. Samples miss peaks shorter than the interval. Shared pages are
 * counted once per process, so the sum can exceed the memory actually used.
 */
export async function runMeasured(command: string, args: readonly string[], options: RunOptions): Promise<RunMeasurement> {
  const timesFile = `${options.logFile}.time`;
  const log = openSync(options.logFile, 'w');
  const startedAt = Date.now();
  const started = performance.now();
  const child = spawn('/usr/bin/time', ['-f', '%U %S', '-o', timesFile, command, ...args], {
    cwd: options.cwd,
    env: options.env,
    // Own process group, so that the sampler finds every descendant by its group id.
    detached: true,
    stdio: ['ignore', log, log],
  });
  const groupId = child.pid;
  if (groupId === undefined) {
    closeSync(log);
    throw new Error(`Failed to start ${command}`);
  }

  const stopOnSignal = (): void => {
    try {
      process.kill(-groupId, 'SIGTERM');
    } catch {
      // The group has already exited.
    }
  };
  process.once('SIGINT', stopOnSignal);

  let peakRssBytes = 0;
  let peakComposition: Record<string, number> = {};
  const peakByCommand: Record<string, number> = {};
  const timeline: string[] = ['seconds\tgroup_rss_mib\trss_mib_by_command'];
  const sample = (): void => {
    const current = sampleGroup(groupId);
    if (current.totalBytes > peakRssBytes) {
      peakRssBytes = current.totalBytes;
      peakComposition = Object.fromEntries(current.byCommand);
    }
    for (const [command, bytes] of current.byCommand) {
      peakByCommand[command] = Math.max(peakByCommand[command] ?? 0, bytes);
    }
    const parts = [...current.byCommand].map(([command, bytes]) => `${command}=${mebibytes(bytes)}`);
    timeline.push(
      [((performance.now() - started) / 1000).toFixed(1), mebibytes(current.totalBytes), parts.join(' ')].join('\t'),
    );
  };
  sample();
  const timer = setInterval(sample, SAMPLE_INTERVAL_MS);

  const exitCode = await new Promise<number>((resolve, reject) => {
    child.once('error', reject);
    child.once('exit', (code, signal) => resolve(code ?? (signal === null ? 1 : 128)));
  }).finally(() => {
    clearInterval(timer);
    process.off('SIGINT', stopOnSignal);
    closeSync(log);
    writeFileSync(`${options.logFile}.memory.tsv`, `${timeline.join('\n')}\n`);
  });
  const wallSeconds = (performance.now() - started) / 1000;

  return {
    exitCode,
    wallSeconds,
    cpuSeconds: readCpuSeconds(timesFile),
    peakRssBytes,
    peakComposition,
    peakByCommand,
    startedAt,
  };
}

/** Sums the RSS of the processes whose process group is `groupId`, in total and per command name. */
function sampleGroup(groupId: number): GroupSample {
  const result: GroupSample = { totalBytes: 0, byCommand: new Map() };
  for (const name of readdirSync('/proc')) {
    if (!/^\d+$/.test(name)) {
      continue;
    }
    let stat: string;
    try {
      stat = readFileSync(`/proc/${name}/stat`, 'utf8');
    } catch {
      // The process exited between the listing and the read.
      continue;
    }
    // Fields after the command name, which is in parentheses and may hold spaces:
    // state, ppid, pgrp, ... with rss (in pages) as the 22nd of them (field 24 in proc(5)).
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(fields[2]) !== groupId) {
      continue;
    }
    const bytes = Number(fields[21] ?? 0) * PAGE_SIZE;
    // The kernel cuts command names to 15 characters: pagefind_extended shows as pagefind_extend.
    const command = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
    result.totalBytes += bytes;
    result.byCommand.set(command, (result.byCommand.get(command) ?? 0) + bytes);
  }
  return result;
}

function mebibytes(bytes: number): string {
  return (bytes / 1024 ** 2).toFixed(0);
}

function readCpuSeconds(timesFile: string): number {
  let text: string;
  try {
    text = readFileSync(timesFile, 'utf8');
  } catch {
    return Number.NaN;
  }
  // /usr/bin/time writes "Command exited with non-zero status N" first when the command fails.
  const last = text.trim().split('\n').pop() ?? '';
  const [user = Number.NaN, system = Number.NaN] = last.split(' ').map(Number);
  return user + system;
}

function readPageSize(): number {
  const result = spawnSync('getconf', ['PAGESIZE'], { encoding: 'utf8' });
  const size = Number(result.stdout.trim());
  return Number.isInteger(size) && size > 0 ? size : 4096;
}
