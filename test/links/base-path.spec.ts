import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';

import { afterAll, beforeAll } from 'vitest';

import { contentDir } from '../../src/lib/records/content-dir';
import { describeBuiltSite } from './built-site';

/**
 * Builds the site and its search index under a base path into a temporary
 * folder and runs the same checks as for `dist/`, so a link without the base
 * path fails.
 * `ERRDEX_ASTRO_CONFIG` (a path relative to the project root) builds with
 * another Astro config file.
 */
const SITE = 'https://errdex.example';
const BASE = '/errdex/';

/**
 * The output folder must be inside the project. For an `--outDir` outside the
 * working directory, Astro 5.18 stages its server bundle in `<project>/.astro/`
 * and deletes that folder afterwards (`getOutDirWithinCwd` in
 * astro/dist/core/build/common.js), which removes the generated types and
 * collides with any other build doing the same.
 */
const cacheDir = resolve('node_modules/.cache/errdex-links');
mkdirSync(cacheDir, { recursive: true });
const outDir = mkdtempSync(join(cacheDir, 'base-path-'));

beforeAll(async () => {
  const started = performance.now();
  const config = process.env['ERRDEX_ASTRO_CONFIG'];
  const env = { ...buildEnvironment(), SITE_URL: SITE, BASE_PATH: BASE };

  // The two steps of `npm run build`, into the temporary folder.
  await run('npm', ['run', 'build:site', '--', '--outDir', outDir, ...(config ? ['--config', config] : [])], env);
  await run('npm', ['run', 'build:search', '--', '--site', outDir], env);
  console.info(`Built the site under ${BASE} in ${((performance.now() - started) / 1000).toFixed(1)} s`);
});

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

describeBuiltSite(`build under ${BASE}`, {
  distDir: () => outDir,
  site: SITE,
  base: BASE,
  contentDir: contentDir(),
});

/**
 * Copies the environment of this process without the variables Vitest adds. Astro
 * passes process.env into `import.meta.env` during the build, so an inherited
 * `BASE_URL=/` would override the base path and `NODE_ENV=test` the mode.
 */
function buildEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  for (const name of ['BASE_URL', 'MODE', 'DEV', 'PROD', 'SSR', 'NODE_ENV', 'TEST']) delete env[name];
  for (const name of Object.keys(env)) if (name.startsWith('VITEST')) delete env[name];
  return env;
}

/** Runs a command and rejects with the end of its output when it fails. */
function run(command: string, args: string[], env: NodeJS.ProcessEnv): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code === 0) resolve();
      else reject(new Error(`${command} ${args.join(' ')} exited with ${code}:\n${output.slice(-4000)}`));
    });
  });
}
