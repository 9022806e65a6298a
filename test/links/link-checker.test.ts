import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

import { afterAll, describe, expect, it } from 'vitest';

import { checkLinks, formatProblem } from './link-checker';

const scratch = mkdtempSync(join(tmpdir(), 'errdex-link-checker-'));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

let siteCount = 0;

/** Writes a small build output folder and returns its path. */
function writeSite(files: Record<string, string>): string {
  siteCount += 1;
  const distDir = join(scratch, `site-${siteCount}`);
  for (const [path, content] of Object.entries(files)) {
    mkdirSync(dirname(join(distDir, path)), { recursive: true });
    writeFileSync(join(distDir, path), content);
  }
  return distDir;
}

function page(body: string, head = ''): string {
  return `<!doctype html><html><head>${head}</head><body>${body}</body></html>`;
}

function problemsOf(files: Record<string, string>, base = '/'): string[] {
  const result = checkLinks({ distDir: writeSite(files), site: 'https://errdex.example', base });
  return result.problems.map(formatProblem);
}

describe('checkLinks', () => {
  it('accepts links to existing pages, files and folders', () => {
    const problems = problemsOf({
      'index.html': page(
        '<a href="/errors/api/x/">x</a> <a href="errors/api/x/">relative</a> <a href="/errors/api/x">no slash</a>' +
          '<img src="/logo.svg" alt=""> <a href="/api/errors.json">json</a>',
        '<link rel="icon" href="/logo.svg"><link rel="canonical" href="https://errdex.example/">',
      ),
      'errors/api/x/index.html': page('<a href="../../../">home</a> <a href="?q=1">same page</a>'),
      'logo.svg': '<svg/>',
      'api/errors.json': '{}',
    });

    expect(problems).toEqual([]);
  });

  it('reports a link to a missing page', () => {
    const problems = problemsOf({ 'index.html': page('<a href="/errors/api/gone/">gone</a>') });

    expect(problems).toEqual(['index.html: <a href>="/errors/api/gone/": no file in the build output for /errors/api/gone/']);
  });

  it('reports a missing script, stylesheet and image', () => {
    const problems = problemsOf({
      'index.html': page('<img src="/missing.png" alt="">', '<script src="/app.js"></script><link rel="stylesheet" href="/site.css">'),
    });

    expect(problems).toHaveLength(3);
    expect(problems.join('\n')).toContain('<script src>="/app.js"');
    expect(problems.join('\n')).toContain('<link href>="/site.css"');
    expect(problems.join('\n')).toContain('<img src>="/missing.png"');
  });

  it('checks each srcset candidate', () => {
    const problems = problemsOf({
      'index.html': page('<img src="/a.png" srcset="/a.png 1x, /a@2x.png 2x" alt="">'),
      'a.png': 'png',
    });

    expect(problems).toEqual(['index.html: <img srcset>="/a@2x.png": no file in the build output for /a@2x.png']);
  });

  it('checks fragments against ids in the target page', () => {
    const problems = problemsOf({
      'index.html': page(
        '<a href="/errors/x/#workarounds">ok</a> <a href="/errors/x/#fixes">missing</a> <a href="#main">self</a> <a href="#top">top</a>',
      ),
      'errors/x/index.html': page('<section id="workarounds"></section>'),
    });

    expect(problems).toEqual([
      'index.html: <a href>="/errors/x/#fixes": errors/x/index.html has no element with id "fixes"',
      'index.html: <a href>="#main": index.html has no element with id "main"',
    ]);
  });

  it('decodes percent-encoded paths and fragments', () => {
    const problems = problemsOf({
      'index.html': page('<a href="/docs/a%20b/#%E4%BF%AE%E5%A4%8D">x</a>'),
      'docs/a b/index.html': page('<h2 id="修复">修复</h2>'),
    });

    expect(problems).toEqual([]);
  });

  it('checks absolute URLs on the site origin only', () => {
    const problems = problemsOf({
      'index.html': page(
        '<a href="https://other.example/missing/">other</a> <a href="mailto:a@b.example">mail</a>',
        '<link rel="alternate" hreflang="zh-CN" href="https://errdex.example/zh/">',
      ),
    });

    expect(problems).toEqual(['index.html: <link href>="https://errdex.example/zh/": no file in the build output for /zh/']);
  });

  it('checks the meta refresh target and og:url', () => {
    const problems = problemsOf({
      'errors/old/index.html': page(
        '',
        '<meta http-equiv="refresh" content="0; url=/errors/new/"><meta property="og:url" content="https://errdex.example/errors/old/">',
      ),
    });

    expect(problems).toEqual([
      'errors/old/index.html: <meta http-equiv="refresh">="/errors/new/": no file in the build output for /errors/new/',
    ]);
  });

  it('checks form actions and URL data attributes', () => {
    const problems = problemsOf({
      'index.html': page(
        '<form action="/search/"></form><div data-index-url="/api/errors.json" data-base="/" data-heading="{domain}"></div>',
      ),
    });

    expect(problems).toEqual([
      'index.html: <form action>="/search/": no file in the build output for /search/',
      'index.html: <div data-index-url>="/api/errors.json": no file in the build output for /api/errors.json',
    ]);
  });

  it('checks only the base path of URL templates', () => {
    const files = {
      'index.html': page('<div data-record-href="/errdex/errors/{id}/"></div><div data-record-href="/errors/{id}/"></div>'),
    };

    expect(problemsOf(files, '/errdex/')).toEqual([
      'index.html: <div data-record-href>="/errors/{id}/": the path is outside the base path /errdex/',
    ]);
  });

  it('reports empty and javascript: URLs', () => {
    const problems = problemsOf({ 'index.html': page('<a href="">empty</a> <a href="javascript:void(0)">js</a>') });

    expect(problems).toEqual([
      'index.html: <a href>="": empty URL',
      'index.html: <a href>="javascript:void(0)": javascript: URL; use a button with a script instead',
    ]);
  });

  it('reports relative URLs on 404 pages', () => {
    const problems = problemsOf({
      '404.html': page('<a href="search/">search</a> <a href="/search/">ok</a> <a href="#main">ok</a><main id="main"></main>'),
      'zh/404/index.html': page('<a href="../search/">search</a>'),
      'search/index.html': page(''),
    });

    expect(problems).toHaveLength(2);
    expect(problems[0]).toMatch(/^404\.html: <a href>="search\/": relative URL on a 404 page/);
    expect(problems[1]).toMatch(/^zh\/404\/index\.html: <a href>="\.\.\/search\/": relative URL on a 404 page/);
  });

  describe('under a base path', () => {
    const files = {
      'index.html': page('<a href="/errdex/errors/x/">ok</a> <a href="/errors/x/">no base</a> <a href="errors/x/">relative</a>'),
      'errors/x/index.html': page('<a href="/errdex/">home</a> <a href="/errdex">home without slash</a>'),
    };

    it('reports root-relative URLs that miss the base path', () => {
      expect(problemsOf(files, '/errdex/')).toEqual(['index.html: <a href>="/errors/x/": the path is outside the base path /errdex/']);
    });

    it('accepts the base path without its trailing slash', () => {
      expect(problemsOf(files, '/errdex')).toEqual(['index.html: <a href>="/errors/x/": the path is outside the base path /errdex/']);
    });
  });

  it('lists the pages it checked and counts internal URLs', () => {
    const result = checkLinks({
      distDir: writeSite({
        'index.html': page('<a href="/zh/">zh</a> <a href="https://other.example/">other</a>'),
        'zh/index.html': page('<a href="/">en</a>'),
        'feed.xml': '<rss/>',
      }),
      site: 'https://errdex.example',
      base: '/',
    });

    expect(result.pages).toEqual(['index.html', 'zh/index.html']);
    expect(result.checked).toBe(2);
    expect(result.problems).toEqual([]);
  });
});
