/**
 * Phases of a full-site build, read from the time stamps of the `astro build`
 * log. The search index is a separate command, timed on its own. Astro prints `HH:MM:SS` (local time, whole seconds) before each line, so
 * each phase is accurate to about a second.
 */

import { readFile } from 'node:fs/promises';

/** One build phase and how long it took, in seconds. */
export interface BuildPhase {
  name: string;
  seconds: number;
}

/**
 * Log lines that end each phase, in build order, as Astro 5.18 and the
 * project's integrations print them. A phase whose line is missing is merged
 * into the next one that is found.
 */
const PHASE_ENDS: readonly { name: string; line: RegExp }[] = [
  { name: 'startup and record validation', line: /\[errdex:validate-records\]/ },
  { name: 'content sync and types', line: /\[types\] Generated/ },
  // The first Vite build after the types is the server bundle. Astro's own
  // "[build] ✓ Completed" line comes earlier too, after collecting build info.
  { name: 'server bundle (Vite)', line: /\[vite\] ✓ built in/ },
  { name: 'client bundle and page rendering', line: /^\S+ ✓ Completed in/ },
  { name: 'build:done hooks (sitemap, 404 copies)', line: /\[build\] \d+ page\(s\) built in/ },
];

const TIME_STAMP = /^(\d{2}):(\d{2}):(\d{2}) /;

/** Reads the phases from a build log; the last phase runs until the process exits. */
export async function readBuildPhases(logFile: string, startedAt: number, wallSeconds: number): Promise<BuildPhase[]> {
  const lines = (await readFile(logFile, 'utf8')).split('\n');
  const start = new Date(startedAt);
  const startOfDay = start.getHours() * 3600 + start.getMinutes() * 60 + start.getSeconds() + start.getMilliseconds() / 1000;

  const phases: BuildPhase[] = [];
  let previousEnd = 0;
  let lineIndex = 0;
  for (const phase of PHASE_ENDS) {
    const found = lines.findIndex((line, index) => index >= lineIndex && phase.line.test(line));
    if (found === -1) {
      continue;
    }
    const stamp = TIME_STAMP.exec(lines[found] ?? '');
    if (stamp === null) {
      continue;
    }
    let seconds = Number(stamp[1]) * 3600 + Number(stamp[2]) * 60 + Number(stamp[3]) - startOfDay;
    if (seconds < -1) {
      // The build ran past midnight.
      seconds += 24 * 3600;
    }
    const end = Math.min(Math.max(seconds, previousEnd), wallSeconds);
    phases.push({ name: phase.name, seconds: end - previousEnd });
    previousEnd = end;
    lineIndex = found + 1;
  }
  phases.push({ name: 'writing the build summary and exit', seconds: Math.max(0, wallSeconds - previousEnd) });
  return phases;
}
