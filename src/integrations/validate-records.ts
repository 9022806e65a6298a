/**
 * Astro integration that validates the records before anything is built. On
 * `astro build` any error fails the build with one line per problem; warnings are
 * printed and the build goes on. On `astro dev` every problem is printed as a
 * warning so that the dev server still starts while records are being fixed.
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
        if (failing) {
          throw new Error(`Record validation failed: ${summary}. Fix the errors listed above, or run npm run validate.`);
        }
        logger.info(summary);
      },
    },
  };
}
