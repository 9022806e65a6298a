import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';

import { defineConfig } from '@playwright/test';

/**
 * e2e tests run against the built site in `dist/` (npm test builds it first),
 * served by `astro preview` on a free loopback port.
 */

/** Debian's Chromium where it exists; Playwright's own browser otherwise. */
const SYSTEM_CHROMIUM = '/usr/bin/chromium';

function freePort(): number {
  const script = "const s=require('net').createServer();s.listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return Number(execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim());
}

// Worker processes load this file again; they must reuse the port the main process chose.
process.env['E2E_PORT'] ??= String(freePort());
const port = Number(process.env['E2E_PORT']);
const basePath = process.env['BASE_PATH'] ?? '/';
const baseURL = `http://127.0.0.1:${port}${basePath.endsWith('/') ? basePath : `${basePath}/`}`;

export default defineConfig({
  testDir: 'e2e',
  fullyParallel: true,
  forbidOnly: Boolean(process.env['CI']),
  retries: 0,
  workers: 2,
  reporter: process.env['CI'] ? [['list']] : [['list']],
  use: {
    baseURL,
    trace: 'off',
    launchOptions: {
      ...(existsSync(SYSTEM_CHROMIUM) ? { executablePath: SYSTEM_CHROMIUM } : {}),
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  webServer: {
    command: `npx astro preview --host 127.0.0.1 --port ${port}`,
    url: baseURL,
    reuseExistingServer: false,
    timeout: 60_000,
  },
});
