/**
 * `npm run match -- FILE`: finds the known errors in a message or a log, with
 * the same engine and time budget as the tester page.
 */

import { readFile } from 'node:fs/promises';
import { parseArgs } from 'node:util';

import { contentDir } from '../lib/records/content-dir';
import { ContentError, loadTesterData } from '../lib/matcher/load-tester-data';
import { spawnNodeWorker } from '../lib/matcher/node-spawn';
import { rankMatches } from '../lib/matcher/ranking';
import { collectMatches, DEFAULT_REGEX_BUDGET_MS, MatchSupervisor } from '../lib/matcher/supervisor';
import { LineIndex, normalizeLineEndings } from '../lib/matcher/text';
import type { RankedMatch } from '../lib/matcher/types';
import { joinBase, recordPath } from '../lib/site/paths';

const USAGE = `Usage: npm run match -- [options] FILE
       npm run match -- [options] -          (read the text from stdin)

Finds the known errors in a message or a log file. Prints one line per match,
best record first:
  <line>:<column>  <id>  <url>
Lines and columns start at 1 and count UTF-16 code units, after line endings
are normalised (CR LF and lone CR become LF).

Options:
  --json          Print {"matches":[{"id","line","start","end","score"}],"timedOut":[ids]}
                  instead, best first. start and end are offsets (end exclusive) into the
                  normalised text, in UTF-16 code units; score is from 0 to 1.
  --dir DIR       Folder of records to match against
                  (default: $ERRDEX_CONTENT_DIR, else content/errors)
  --timeout MS    Time one regex may run, in milliseconds (default: ${DEFAULT_REGEX_BUDGET_MS}).
                  A regex that runs longer is reported as timed out on stderr.
  -h, --help      Show this help

Record URLs are $SITE_URL (default http://localhost:4321) + $BASE_PATH (default /)
+ errors/<id>/.

Exit status: 0 when something matched, 1 when nothing did, 2 for a usage or
input error (unknown option, missing or unreadable file, invalid record).`;

const DEFAULT_SITE_URL = 'http://localhost:4321';

/** A problem with the command line or the input; exit status 2. */
class UsageError extends Error {}

interface Options {
  input: string;
  json: boolean;
  directory: string;
  timeoutMs: number;
}

function parseOptions(argv: string[]): Options | 'help' {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        json: { type: 'boolean', default: false },
        dir: { type: 'string' },
        timeout: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
  const { values, positionals } = parsed;
  if (values.help === true) {
    return 'help';
  }

  const [input, ...extra] = positionals;
  if (input === undefined) {
    throw new UsageError('Missing input: give a FILE, or - to read stdin');
  }
  if (extra.length > 0) {
    throw new UsageError(`Expected one input, got ${positionals.length}: ${positionals.join(' ')}`);
  }

  const timeoutMs = values.timeout === undefined ? DEFAULT_REGEX_BUDGET_MS : Number(values.timeout);
  if (!Number.isInteger(timeoutMs) || timeoutMs <= 0) {
    throw new UsageError(`Invalid --timeout ${JSON.stringify(values.timeout)}: expected a positive whole number of milliseconds`);
  }
  return { input, json: values.json === true, directory: values.dir ?? contentDir(), timeoutMs };
}

async function readInput(input: string): Promise<string> {
  try {
    return input === '-' ? await readStdin() : await readFile(input, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const reason = code === 'ENOENT' ? 'file not found' : code === 'EISDIR' ? 'is a folder' : (error as Error).message;
    throw new UsageError(`Cannot read ${input}: ${reason}`);
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function recordUrl(id: string): string {
  const site = (process.env['SITE_URL'] || DEFAULT_SITE_URL).replace(/\/+$/, '');
  return site + joinBase(process.env['BASE_PATH'] || '/', recordPath(id, 'en'));
}

/** Formats one line per match, best record first and each record's matches in text order. */
function formatText(ranked: readonly RankedMatch[], lines: LineIndex): string[] {
  return ranked.flatMap((entry) => {
    const url = recordUrl(entry.record.id);
    return entry.spans.map((span) => {
      const column = span.start - lines.lineStart(span.line) + 1;
      return `${span.line}:${column}  ${entry.record.id}  ${url}`;
    });
  });
}

function formatJson(ranked: readonly RankedMatch[], timedOut: readonly string[]): string {
  const matches = ranked.flatMap((entry) =>
    entry.spans.map((span) => ({ id: entry.record.id, line: span.line, start: span.start, end: span.end, score: entry.score })),
  );
  return JSON.stringify({ matches, timedOut });
}

async function main(argv: string[]): Promise<number> {
  let options: Options | 'help';
  let text: string;
  let data;
  try {
    options = parseOptions(argv);
    if (options === 'help') {
      process.stdout.write(`${USAGE}\n`);
      return 0;
    }
    text = await readInput(options.input);
    data = await loadTesterData(options.directory);
  } catch (error) {
    if (error instanceof UsageError || error instanceof ContentError) {
      const message = error.message.replace(/\.$/, '');
      process.stderr.write(`match: ${message}. Run npm run match -- --help for usage.\n`);
      return 2;
    }
    throw error;
  }

  const supervisor = new MatchSupervisor(spawnNodeWorker, data, { regexBudgetMs: options.timeoutMs });
  let result;
  try {
    result = await collectMatches(supervisor, text);
  } finally {
    supervisor.dispose();
  }

  const ranked = rankMatches(data.records, result.matches);
  const timedOut = result.timedOut.map((index) => data.records[index]?.id ?? String(index));
  for (const id of timedOut) {
    process.stderr.write(`match: ${id} timed out after ${options.timeoutMs} ms, so whether it matches is unknown\n`);
  }

  if (options.json) {
    process.stdout.write(`${formatJson(ranked, timedOut)}\n`);
  } else {
    const lines = new LineIndex(normalizeLineEndings(text));
    for (const line of formatText(ranked, lines)) {
      process.stdout.write(`${line}\n`);
    }
  }
  return ranked.length > 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
