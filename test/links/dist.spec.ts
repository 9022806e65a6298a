import { resolve } from 'node:path';

import { contentDir } from '../../src/lib/records/content-dir';
import { describeBuiltSite } from './built-site';

/**
 * Checks `dist/` as `npm run build` leaves it. SITE_URL and BASE_PATH must be
 * the values the build used (both unset by default). `ERRDEX_DIST` points the
 * checks at another output folder.
 */
const distDir = resolve(process.env['ERRDEX_DIST'] || 'dist');

describeBuiltSite('dist', {
  distDir: () => distDir,
  site: process.env['SITE_URL'] || 'http://localhost:4321',
  base: process.env['BASE_PATH'] || '/',
  contentDir: contentDir(),
});
