/**
 * `npm run match -- FILE`: finds the known errors in a message or a log, with
 * the same engine and time budget as the tester page.
 */

import { readFile } from 'node:fs/promises';
import { parseArgs, type ParseArgsConfig } from 'node:util';

import { contentDir } from '../lib/records/content-dir';
import { ContentError, loadTesterData } from '../lib/matcher/load-tester-data';
import { spawnNodeWorker } from '../lib/matcher/node-spawn';
import { rankMatches } from '../lib/matcher/ranking';
import { collectMatches, DEFAULT_REGEX_BUDGET_MS, MatchSupervisor } from '../lib/matcher/supervisor';
import { LineIndex, normalizeLineEndings } from '../lib/matcher/text';
import type { MatchSpan, RankedMatch } from '../lib/matcher/types';
import { joinBase, recordPath } from '../lib/site/paths';

const USAGE = `Usage: npm run match -- [options] FILE
       npm run match -- [options] -          (read the text from stdin)

Finds the known errors in a message or a log file. Prints one line per match,
best record first:
  <line>:<column>  <id>  <url>
Lines and columns start at 1 and count UTF-16 code units, after line endings
are normalised (CR LF and lone CR become LF).

Options:
  --json          Print {"matches":[{"id","line","column","start","end","score","url"}],
                  "timedOut":[ids]} instead, best first. line and column are the same
                  as in the text output. start and end are offsets (end exclusive) into
                  the normalised text, in UTF-16 code units. score is from 0 to 1.
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

const OPTIONS = {
  json: { type: 'boolean', default: false },
  dir: { type: 'string' },
  timeout: { type: 'string' },
  help: { type: 'boolean', short: 'h', default: false },
} as const satisfies NonNullable<ParseArgsConfig['options']>;

/**
 * Rejects unknown options and missing or unexpected option values with a
 * one-line message. Node's own parseArgs messages span several lines and
 * suggest `--` escapes that do not fit this command.
 */
function checkOptionTokens(argv: string[]): void {
  const { tokens } = parseArgs({ args: argv, options: OPTIONS, strict: false, allowPositionals: true, tokens: true });
  for (const token of tokens) {
    if (token.kind !== 'option') {
      continue;
    }
    const option = Object.hasOwn(OPTIONS, token.name) ? OPTIONS[token.name as keyof typeof OPTIONS] : undefined;
    if (option === undefined) {
      throw new UsageError(`unknown option ${token.rawName}`);
    }
    if (option.type === 'boolean' && token.value !== undefined) {
      throw new UsageError(`option ${token.rawName} takes no value, got ${JSON.stringify(token.value)}`);
    }
    if (option.type === 'string' && token.value === undefined) {
      throw new UsageError(`missing value for option ${token.rawName}`);
    }
    // Same rule as strict parseArgs: a separate value that looks like an option is more likely a forgotten value.
    if (option.type === 'string' && token.inlineValue === false && token.value.length > 1 && token.value.startsWith('-')) {
      throw new UsageError(`missing value for option ${token.rawName} (write ${token.rawName}=${token.value} if the value starts with -)`);
    }
  }
}

function parseOptions(argv: string[]): Options | 'help' {
  checkOptionTokens(argv);
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: OPTIONS, strict: true, allowPositionals: true });
  } catch (error) {
    // checkOptionTokens() catches the known cases, so this keeps only the first line of anything else.
    throw new UsageError((error as Error).message.split('\n')[0] ?? String(error));
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

/** 1-based column of `span.start` on its line, in UTF-16 code units. */
function columnOf(span: MatchSpan, lines: LineIndex): number {
  return span.start - lines.lineStart(span.line) + 1;
}

/** Formats one line per match, best record first and each record's matches in text order. */
function formatText(ranked: readonly RankedMatch[], lines: LineIndex): string[] {
  return ranked.flatMap((entry) => {
    const url = recordUrl(entry.record.id);
    return entry.spans.map((span) => `${span.line}:${columnOf(span, lines)}  ${entry.record.id}  ${url}`);
  });
}

function formatJson(ranked: readonly RankedMatch[], lines: LineIndex, timedOut: readonly string[]): string {
  const matches = ranked.flatMap((entry) => {
    const url = recordUrl(entry.record.id);
    return entry.spans.map((span) => ({
      id: entry.record.id,
      line: span.line,
      column: columnOf(span, lines),
      start: span.start,
      end: span.end,
      score: entry.score,
      url,
    }));
  });
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

  const lines = new LineIndex(normalizeLineEndings(text));
  if (options.json) {
    process.stdout.write(`${formatJson(ranked, lines, timedOut)}\n`);
  } else {
    for (const line of formatText(ranked, lines)) {
      process.stdout.write(`${line}\n`);
    }
    if (ranked.length === 0) {
      // On stderr, so that scripts reading standard output still see no lines.
      process.stderr.write(`match: no known error found in ${data.records.length} records\n`);
    }
  }
  return ranked.length > 0 ? 0 : 1;
}

process.exitCode = await main(process.argv.slice(2));
