/**
 * Astro integration that validates the records before anything is built. On
 * `astro build` any error fails the build with one line per problem; warnings are
 * printed and the build goes on. On `astro dev` every problem is printed as a
 * warning so that the dev server still starts while records are being fixed.
 */

import path from 'node:path';
import { fileURLToPath } from 'node:url';

import type { AstroIntegration } from 'astro';

import { countErrors, formatProblem, formatSummary } from '../lib/records/problem';
import { validateCorpus } from '../lib/records/validate-corpus';

/** Content folder used when `ERRDEX_CONTENT_DIR` is not set, relative to the project root. */
export const DEFAULT_CONTENT_DIR = 'content/errors';

/**
 * Returns the record folder: `ERRDEX_CONTENT_DIR` when set and not empty, else
 * `content/errors`. Benchmarks set the variable to build a generated corpus.
 */
export function contentDirectory(environment: NodeJS.ProcessEnv = process.env): string {
  const configured = environment['ERRDEX_CONTENT_DIR'];
  return configured === undefined || configured === '' ? DEFAULT_CONTENT_DIR : configured;
}

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
        const directory = path.resolve(root, contentDirectory());
        const { records, problems } = await validateCorpus(directory, {
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
        const summary = formatSummary(records.length, problems);
        if (failing) {
          throw new Error(`Record validation failed: ${summary}. Fix the errors listed above, or run npm run validate.`);
        }
        logger.info(summary);
      },
    },
  };
}
