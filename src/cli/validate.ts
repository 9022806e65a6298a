/**
 * `npm run validate`: checks every record under the content folder and prints one
 * line per problem, then a summary. Exit status: 0 without errors (warnings
 * allowed), 1 with errors, 2 for a usage error or a missing folder.
 */

import { existsSync, statSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { contentDir } from '../lib/records/content-dir';
import { countErrors, formatProblem, formatSummary } from '../lib/records/problem';
import { validateCorpus } from '../lib/records/validate-corpus';

const USAGE = `Usage: npm run validate -- [--dir DIR] [--json]

Checks every record file under the content folder: JSON syntax, schema, ids,
links, regex conversion and anchors, ReDoS safety, regex self-test, overlap
and translations.

Options:
  --dir DIR   Folder to validate (default: $ERRDEX_CONTENT_DIR, else content/errors)
  --json      Print the problems as a JSON array of
              {file, line, column, path, severity, rule, message} instead of text
  -h, --help  Show this help

Exit status: 0 when there is no error (warnings allowed), 1 when there is an
error, 2 for a usage error or a missing folder.`;

async function main(argv: string[]): Promise<number> {
  let options;
  try {
    options = parseArgs({
      args: argv,
      options: {
        dir: { type: 'string' },
        json: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: false,
    }).values;
  } catch (error) {
    process.stderr.write(`validate: ${(error as Error).message}\n\n${USAGE}\n`);
    return 2;
  }
  if (options.help === true) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }

  const directory = options.dir ?? contentDir();
  if (directory === '') {
    process.stderr.write('validate: --dir needs a folder path.\n');
    return 2;
  }
  if (!existsSync(directory) || !statSync(directory).isDirectory()) {
    const problem = existsSync(directory) ? 'is not a folder' : 'does not exist';
    process.stderr.write(`validate: ${directory} ${problem}. Pass the records folder with --dir DIR or ERRDEX_CONTENT_DIR.\n`);
    return 2;
  }
  const { fileCount, problems } = await validateCorpus(directory, {
    onCacheProblem: (reason) => process.stderr.write(`validate: ReDoS cache ignored and rebuilt: ${reason}\n`),
  });

  if (options.json === true) {
    process.stdout.write(`${JSON.stringify(problems, null, 2)}\n`);
  } else {
    for (const problem of problems) {
      process.stdout.write(`${formatProblem(problem)}\n`);
    }
    process.stdout.write(`${formatSummary(fileCount, problems)}\n`);
  }
  return countErrors(problems) > 0 ? 1 : 0;
}

process.exitCode = await main(process.argv.slice(2));
