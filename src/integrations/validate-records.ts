/**
 * Astro integration that validates the records before anything is built. On
 * `astro build` any error fails the build: one line per problem, a summary line,
 * then exit status 1. Warnings are printed and the build goes on. On `astro dev`
 * every problem is printed as a warning so that the dev server still starts while
 * records are being fixed.
 */

import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { AstroIntegration } from 'astro';

import { contentDir } from '../lib/records/content-dir';
import { countErrors, formatProblem, formatSummary } from '../lib/records/problem';
import { validateCorpus } from '../lib/records/validate-corpus';

/** Creates the integration. Add it first in `integrations` so bad records stop the build early. */
export function validateRecords(): AstroIntegration {
  return {
    name: 'errdex:validate-records',
    hooks: {
      'astro:config:setup': async ({ config, command, logger }) => {
        if (command !== 'build' && command !== 'dev') {
          return;
        }
        // Vitest loads this config through getViteConfig as if for `astro dev`; unit tests build no pages.
        if (command === 'dev' && (process.env['VITEST'] ?? '') !== '') {
          return;
        }
        const root = fileURLToPath(config.root);
        const directory = path.resolve(root, contentDir());
        const { fileCount, problems } = await validateCorpus(directory, {
          redos: { cacheFile: path.join(root, 'node_modules', '.cache', 'errdex', 'redos.json') },
          onCacheProblem: (reason) => logger.warn(`ReDoS cache ignored and rebuilt: ${reason}`),
        });

        const failing = command === 'build' && countErrors(problems) > 0;
        for (const problem of problems) {
          const line = formatProblem(problem);
          if (failing && problem.severity === 'error') {
            logger.error(line);
          } else {
            logger.warn(line);
          }
        }
        const summary = formatSummary(fileCount, problems);
        if (!failing) {
          logger.info(summary);
          return;
        }
        logger.error(`Record validation failed: ${summary}. Fix the errors listed above, or run npm run validate.`);
        await exitAfterOutput(1);
      },
    },
  };
}

/**
 * Ends the process once everything written to stdout and stderr is flushed.
 *
 * Throwing from this hook would make Astro print "An unhandled error occurred
 * while running the astro:config:setup hook" and a stack trace after the problem
 * lines, which reads like a crash of the build tool. Nothing needs cleanup at this
 * point of `astro build`, because Astro 5.18 runs the config hooks before it starts
 * Vite, the compiler or the content layer, and astro.config.mjs lists this
 * integration first.
 *
 * NOTE: a script that calls Astro's `build()` API cannot catch this failure,
 * because the process ends.
 */
async function exitAfterOutput(code: number): Promise<never> {
  // A write callback runs after the data queued before it, so this waits for the log lines.
  const flushed = (stream: NodeJS.WriteStream): Promise<void> =>
    new Promise((resolve) => {
      stream.write('', () => resolve());
    });
  await Promise.all([flushed(process.stdout), flushed(process.stderr)]);
  process.exit(code);
}
