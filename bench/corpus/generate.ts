/**
 * `npm run bench:corpus -- --count N --out DIR`: writes N synthetic records,
 * modelled on the real corpus, to DIR/<domain>/<slug>.json.
 */

import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';

import { checkOutputDir, writeCorpus } from './output-dir';
import { TOKEN_SPACE } from './random';
import { generateRecords } from './records';
import { loadTemplates } from './templates';

/** Project root, two levels above this file. */
export const PROJECT_ROOT = fileURLToPath(new URL('../..', import.meta.url));

/** The real corpus: the default template folder, and a folder the generator never writes. */
export const REAL_CORPUS_DIR = path.join(PROJECT_ROOT, 'content', 'errors');

const USAGE = `Usage: npm run bench:corpus -- --count N --out DIR [--seed S] [--templates DIR]

Writes N synthetic records shaped like the real corpus to DIR/<domain>/<slug>.json,
and the marker DIR.errdex-bench-corpus.json beside DIR. The same seed always
gives the same files. DIR must be missing, empty, or an earlier output of this
command; content/errors is never written.

Options:
  --count N        Number of records (1 to ${TOKEN_SPACE})
  --out DIR        Output folder
  --seed S         Seed of the random generator (default: 1)
  --templates DIR  Records to model the output on (default: content/errors)
  -h, --help       Show this help`;

export interface CorpusSummary {
  count: number;
  templates: number;
  rejected: { file: string; reason: string }[];
}

/** Generates and writes a corpus. Throws on invalid options or a protected output folder. */
export async function generateCorpus(options: {
  count: number;
  outDir: string;
  seed?: number;
  templatesDir?: string;
}): Promise<CorpusSummary> {
  const seed = options.seed ?? 1;
  const templatesDir = options.templatesDir ?? REAL_CORPUS_DIR;
  if (!Number.isInteger(options.count) || options.count < 1 || options.count > TOKEN_SPACE) {
    throw new Error(`Invalid --count ${options.count}: expected an integer from 1 to ${TOKEN_SPACE}`);
  }

  const previousFiles = await checkOutputDir(options.outDir, REAL_CORPUS_DIR);
  const { templates, rejected } = await loadTemplates(templatesDir);
  const records = generateRecords(templates, { count: options.count, seed });
  await writeCorpus(
    options.outDir,
    records,
    { generator: 'errdex-bench-corpus', count: options.count, seed, templates: path.relative(PROJECT_ROOT, templatesDir) },
    previousFiles,
  );
  return { count: records.length, templates: templates.length, rejected };
}

async function main(argv: string[]): Promise<number> {
  let values;
  try {
    values = parseArgs({
      args: argv,
      options: {
        count: { type: 'string' },
        out: { type: 'string' },
        seed: { type: 'string', default: '1' },
        templates: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    process.stderr.write(`bench:corpus: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (values.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  if (values.count === undefined || values.out === undefined) {
    process.stderr.write(`bench:corpus: --count and --out are required\n\n${USAGE}\n`);
    return 2;
  }
  const seed = Number(values.seed);
  if (!Number.isInteger(seed)) {
    process.stderr.write(`bench:corpus: invalid --seed ${JSON.stringify(values.seed)}: expected an integer\n`);
    return 2;
  }

  try {
    const started = performance.now();
    const summary = await generateCorpus({
      count: Number(values.count),
      outDir: values.out,
      seed,
      ...(values.templates === undefined ? {} : { templatesDir: path.resolve(values.templates) }),
    });
    for (const item of summary.rejected) {
      process.stderr.write(`bench:corpus: template skipped: ${item.file}: ${item.reason}\n`);
    }
    const seconds = ((performance.now() - started) / 1000).toFixed(1);
    process.stdout.write(
      `Wrote ${summary.count} records from ${summary.templates} templates to ${values.out} in ${seconds} s\n`,
    );
    return 0;
  } catch (error) {
    process.stderr.write(`bench:corpus: ${(error as Error).message}\n`);
    return 1;
  }
}

// Run only as a script, so that tests and the benchmark can import generateCorpus.
if (process.argv[1] !== undefined && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  process.exitCode = await main(process.argv.slice(2));
}
