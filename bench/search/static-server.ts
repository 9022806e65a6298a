/**
 * A minimal static file server for a built site, on a free loopback port. It
 * serves files the way a plain static host does: `dir/` serves
 * `dir/index.html`, `dir` redirects to `dir/`, and a missing file gets the
 * site's `404.html` with status 404.
 */

import { createReadStream } from 'node:fs';
import { readFile, stat } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { gzipSync } from 'node:zlib';

/**
 * `none` sends every file as it is on disk. `gzip` compresses text files
 * (HTML, CSS, JS, JSON, SVG, XML) at zlib level 6 when the request accepts
 * gzip. Pagefind's `.pagefind` and `.pf_*` files are served as binary and
 * not compressed again, because Pagefind writes them gzipped already.
 */
export type Compression = 'none' | 'gzip';

/** zlib's default compression level. Real hosts differ, so the gzip figures are an estimate of theirs. */
export const GZIP_LEVEL = 6;

const CONTENT_TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.xml': 'application/xml; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

const COMPRESSIBLE_EXTENSIONS = new Set(['.html', '.css', '.js', '.mjs', '.json', '.svg', '.xml', '.txt']);

export interface StaticServer {
  /** Origin with a trailing slash, such as `http://127.0.0.1:41234/`. */
  url: string;
  /** Number of responses sent so far, to cross-check the browser's request log. */
  responseCount(): number;
  close(): Promise<void>;
}

/** Starts a server for the files under `root` on 127.0.0.1 and a free port. */
export async function startStaticServer(root: string, compression: Compression): Promise<StaticServer> {
  const siteRoot = path.resolve(root);
  const gzipCache = new Map<string, Buffer>();
  let responses = 0;

  const server = createServer((request, response) => {
    response.once('finish', () => {
      responses += 1;
    });
    handle(siteRoot, compression, gzipCache, request, response).catch((error: unknown) => {
      process.stderr.write(`static server: ${request.method} ${request.url} failed: ${String(error)}\n`);
      if (!response.headersSent) response.writeHead(500, { 'content-length': 0 });
      response.end();
    });
  });

  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => resolve());
  });
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}/`,
    responseCount: () => responses,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error === undefined ? resolve() : reject(error)));
      }),
  };
}

async function handle(
  root: string,
  compression: Compression,
  gzipCache: Map<string, Buffer>,
  request: IncomingMessage,
  response: ServerResponse,
): Promise<void> {
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    response.writeHead(405, { allow: 'GET, HEAD', 'content-length': 0 });
    response.end();
    return;
  }

  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  const found = await resolveFile(root, url.pathname);
  if (found.kind === 'redirect') {
    response.writeHead(301, { location: `${url.pathname}/${url.search}`, 'content-length': 0 });
    response.end();
    return;
  }

  const status = found.kind === 'file' ? 200 : 404;
  const file = found.kind === 'file' ? found.path : path.join(root, '404.html');
  const extension = path.extname(file);
  const headers: Record<string, string | number> = {
    'content-type': CONTENT_TYPES[extension] ?? 'application/octet-stream',
  };

  const acceptsGzip = /\bgzip\b/.test(String(request.headers['accept-encoding'] ?? ''));
  if (compression === 'gzip' && COMPRESSIBLE_EXTENSIONS.has(extension)) {
    headers['vary'] = 'Accept-Encoding';
  }

  if (compression === 'gzip' && acceptsGzip && COMPRESSIBLE_EXTENSIONS.has(extension)) {
    let body = gzipCache.get(file);
    if (body === undefined) {
      body = gzipSync(await readFile(file), { level: GZIP_LEVEL });
      gzipCache.set(file, body);
    }
    response.writeHead(status, { ...headers, 'content-encoding': 'gzip', 'content-length': body.length });
    response.end(request.method === 'HEAD' ? undefined : body);
    return;
  }

  const size = (await stat(file)).size;
  response.writeHead(status, { ...headers, 'content-length': size });
  if (request.method === 'HEAD') {
    response.end();
    return;
  }
  createReadStream(file).pipe(response);
}

type Resolved = { kind: 'file'; path: string } | { kind: 'redirect' } | { kind: 'missing' };

/** Maps a URL path to a file under `root`. A path that leaves `root` is treated as missing. */
async function resolveFile(root: string, pathname: string): Promise<Resolved> {
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { kind: 'missing' };
  }

  const candidate = path.join(root, decoded);
  if (candidate !== root && !candidate.startsWith(`${root}${path.sep}`)) return { kind: 'missing' };

  const info = await stat(candidate).catch(() => undefined);
  if (info === undefined) return { kind: 'missing' };
  if (info.isFile()) return { kind: 'file', path: candidate };
  if (!info.isDirectory()) return { kind: 'missing' };
  if (!pathname.endsWith('/')) return { kind: 'redirect' };

  const index = path.join(candidate, 'index.html');
  const indexInfo = await stat(index).catch(() => undefined);
  return indexInfo?.isFile() === true ? { kind: 'file', path: index } : { kind: 'missing' };
}
