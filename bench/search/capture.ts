/**
 * Driving the header search box in Chromium and recording every response the
 * page and its workers receive, split into the page load, the first query and
 * a later query.
 */

import type { Browser, BrowserContext, Locator, Page, Request } from '@playwright/test';

import { normalizeQuery } from '../../src/lib/search/state';

/** Part of the visit a request was started in. */
export type Phase = 'page' | 'first' | 'later';

export interface CapturedResponse {
  /** URL path and query, without the origin. */
  path: string;
  phase: Phase;
  status: number;
  /**
   * Response body bytes as sent, before any content decoding: the response's
   * `content-length`. The static server sends it on every response and never
   * uses chunked encoding, so it equals the body bytes on the wire.
   */
  bodyBytes: number;
  /**
   * Body bytes as Chromium reports them (Playwright's
   * `request.sizes().responseBodySize`). Chromium 156 reports 0 for a
   * dedicated worker's script, which is why `bodyBytes` does not use it.
   */
  reportedBodyBytes: number;
  /** Response status line and header bytes, from `request.sizes().responseHeadersSize`. */
  headerBytes: number;
  /** `content-encoding` response header, such as `gzip`, or undefined when the body is sent as stored. */
  contentEncoding: string | undefined;
}

export interface QueryOutcome {
  query: string;
  /** Matching records that the search box reports, or undefined when it showed a message instead. */
  matches: number | undefined;
  /** The message the box showed in place of results (no results, search failed). */
  message: string | undefined;
}

export interface SearchMeasurement {
  pagePath: string;
  first: QueryOutcome;
  later: QueryOutcome;
  responses: CapturedResponse[];
  /** Requests that failed on the network, as `path: error`. */
  failedRequests: string[];
  consoleErrors: string[];
}

export interface SearchVisit {
  /** Site origin with a trailing slash, from the static server. */
  origin: string;
  /** Record page path inside the site, such as `errors/api/x/`. */
  pagePath: string;
  firstQuery: string;
  laterQuery: string;
  /**
   * Pause between typed characters, in milliseconds. 0 enters each query in
   * one input event, as a paste does, so exactly one search runs per query.
   * With pauses longer than the box's 200 ms debounce, a search runs for each
   * typed prefix and fetches more.
   */
  typingDelayMs: number;
}

/** Time without any request in flight or started that counts as "network idle", in milliseconds. */
const QUIET_MS = 750;

/** Maximum wait for results or for the network to go idle, in milliseconds. */
const WAIT_TIMEOUT_MS = 120_000;

/**
 * Opens `pagePath` in a new browser context (an empty HTTP cache) and waits
 * for the page to go idle. Then focuses the header search box, enters the
 * first query, and waits for its results and for the network to go idle.
 * Then replaces it with the later query and waits again.
 */
export async function measureSearchVisit(browser: Browser, visit: SearchVisit): Promise<SearchMeasurement> {
  const context = await browser.newContext({ serviceWorkers: 'block' });
  try {
    return await runVisit(context, visit);
  } finally {
    await context.close();
  }
}

async function runVisit(context: BrowserContext, visit: SearchVisit): Promise<SearchMeasurement> {
  const tracker = new RequestTracker(context, visit.origin);
  const page = await context.newPage();
  const consoleErrors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => consoleErrors.push(error.message));

  const response = await page.goto(new URL(visit.pagePath, visit.origin).href, { waitUntil: 'load' });
  if (response === null || !response.ok()) {
    throw new Error(`Failed to open ${visit.pagePath}: HTTP ${response?.status() ?? 'no response'}. Check --record and --site.`);
  }
  await tracker.waitForQuiet();

  const searchBox = page.getByRole('search').getByRole('searchbox');
  tracker.phase = 'first';
  await searchBox.focus();
  await enterQuery(searchBox, visit.firstQuery, visit.typingDelayMs);
  const first = await waitForSettledOutcome(page, tracker, visit.firstQuery);

  tracker.phase = 'later';
  await searchBox.fill('');
  await enterQuery(searchBox, visit.laterQuery, visit.typingDelayMs);
  const later = await waitForSettledOutcome(page, tracker, visit.laterQuery);

  const { responses, failedRequests } = await tracker.finish();
  return { pagePath: visit.pagePath, first, later, responses, failedRequests, consoleErrors };
}

async function enterQuery(searchBox: Locator, query: string, typingDelayMs: number): Promise<void> {
  if (typingDelayMs === 0) {
    await searchBox.fill(query);
  } else {
    await searchBox.pressSequentially(query, { delay: typingDelayMs });
  }
}

/** Time a message must stay on screen after the network went idle to count as the query's outcome, in milliseconds. */
const MESSAGE_SETTLE_MS = 1000;

/**
 * Waits for the outcome of `query` and for the network to go idle. Results
 * are recognised by the query they carry, but a message carries none. While
 * typing, the "no records" message of a one-letter prefix can still be on
 * screen. So a message counts only if it is still there, with no results for
 * `query`, after the network has been idle for MESSAGE_SETTLE_MS.
 */
async function waitForSettledOutcome(page: Page, tracker: RequestTracker, query: string): Promise<QueryOutcome> {
  const outcome = await waitForOutcome(page, query);
  await tracker.waitForQuiet();
  if (outcome.message === undefined) return outcome;

  await page.waitForTimeout(MESSAGE_SETTLE_MS);
  await tracker.waitForQuiet();
  return waitForOutcome(page, query);
}

/**
 * Waits until the box shows results for `query`, recognised by the "all
 * results" link that carries the query, or shows a message.
 */
async function waitForOutcome(page: Page, query: string): Promise<QueryOutcome> {
  const expected = normalizeQuery(query);
  // The function runs in the page, so it declares no helpers of its own.
  const handle = await page.waitForFunction(
    (wanted) => {
      const box = document.querySelector('errdex-search-box');
      const all = box?.querySelector<HTMLAnchorElement>('[data-all]');
      const message = box?.querySelector<HTMLElement>('[data-message]');
      const status = box?.querySelector<HTMLElement>('[data-status]');
      if (all !== null && all !== undefined && !all.hidden && new URL(all.href).searchParams.get('q') === wanted) {
        return { kind: 'results', text: status?.textContent ?? '' };
      }
      if (message !== null && message !== undefined && !message.hidden && (message.textContent ?? '') !== '') {
        return { kind: 'message', text: message.textContent ?? '' };
      }
      return false;
    },
    expected,
    { timeout: WAIT_TIMEOUT_MS, polling: 50 },
  );
  const outcome = (await handle.jsonValue()) as { kind: 'results' | 'message'; text: string };

  if (outcome.kind === 'message') return { query, matches: undefined, message: outcome.text };
  const count = /\d+/.exec(outcome.text);
  return { query, matches: count === null ? undefined : Number(count[0]), message: undefined };
}

/**
 * Records every request of a browser context, including those of dedicated
 * workers, with the phase it started in.
 */
class RequestTracker {
  phase: Phase = 'page';

  readonly #origin: string;
  readonly #phases = new Map<Request, Phase>();
  readonly #inFlight = new Set<Request>();
  readonly #pending: Promise<CapturedResponse | undefined>[] = [];
  readonly #failed: string[] = [];
  #lastActivity = performance.now();

  constructor(context: BrowserContext, origin: string) {
    this.#origin = origin;
    context.on('request', (request) => {
      this.#phases.set(request, this.phase);
      this.#inFlight.add(request);
      this.#lastActivity = performance.now();
    });
    context.on('requestfinished', (request) => {
      this.#pending.push(this.#capture(request));
      this.#settle(request);
    });
    context.on('requestfailed', (request) => {
      this.#failed.push(`${this.#path(request.url())}: ${request.failure()?.errorText ?? 'unknown error'}`);
      this.#settle(request);
    });
  }

  /** Resolves once no request has been in flight or started for QUIET_MS. */
  async waitForQuiet(): Promise<void> {
    const deadline = performance.now() + WAIT_TIMEOUT_MS;
    while (this.#inFlight.size > 0 || performance.now() - this.#lastActivity < QUIET_MS) {
      if (performance.now() > deadline) {
        const open = [...this.#inFlight].map((request) => this.#path(request.url()));
        throw new Error(`Timed out after ${WAIT_TIMEOUT_MS} ms waiting for the network to go idle. Still loading: ${open.join(', ')}`);
      }
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
  }

  async finish(): Promise<{ responses: CapturedResponse[]; failedRequests: string[] }> {
    const captured = await Promise.all(this.#pending);
    return {
      responses: captured.filter((item): item is CapturedResponse => item !== undefined),
      failedRequests: [...this.#failed],
    };
  }

  #settle(request: Request): void {
    this.#inFlight.delete(request);
    this.#lastActivity = performance.now();
  }

  async #capture(request: Request): Promise<CapturedResponse | undefined> {
    const response = await request.response();
    if (response === null) return undefined;

    const sizes = await request.sizes();
    const headers = await response.allHeaders();
    const path = this.#path(request.url());
    const contentLength = Number(headers['content-length']);
    if (headers['content-length'] === undefined || !Number.isInteger(contentLength)) {
      throw new Error(`Response for ${path} has no valid content-length header, which the byte counts need on every response`);
    }

    return {
      path,
      phase: this.#phases.get(request) ?? 'page',
      status: response.status(),
      bodyBytes: contentLength,
      reportedBodyBytes: sizes.responseBodySize,
      headerBytes: sizes.responseHeadersSize,
      contentEncoding: headers['content-encoding'],
    };
  }

  #path(url: string): string {
    return url.startsWith(this.#origin) ? url.slice(this.#origin.length - 1) : url;
  }
}
