/**
 * `<errdex-tester>`: the message tester. It fetches the tester data once,
 * matches the text area's content in a Web Worker as the user types
 * (debounced), and renders ranked results with highlighted excerpts.
 * The text never leaves the page: no request carries it.
 */

import type { Excerpt } from '../../lib/matcher/excerpt';
import { rankMatches } from '../../lib/matcher/ranking';
import { DEFAULT_REGEX_BUDGET_MS, MatchSupervisor } from '../../lib/matcher/supervisor';
import type { RecordMatches, TesterData } from '../../lib/matcher/types';
import { TesterMessages, type TesterStrings } from './messages';
import { renderResults, renderTimedOut, statusText, type RenderContext, type TesterView } from './render';
import { buildShareLink, MAX_SHARED_TEXT_BYTES, readSharedText } from './share';
import { spawnBrowserWorker } from './spawn-worker';

/** Pause after the last keystroke before matching starts, in milliseconds. */
const DEBOUNCE_MS = 250;

/** Excerpts shown per record; further matches are only counted. */
const EXCERPTS_PER_RECORD = 5;

class TesterElement extends HTMLElement {
  private input!: HTMLTextAreaElement;
  private status!: HTMLElement;
  private results!: HTMLElement;
  private resultsNote!: HTMLElement;
  private timedOutSection!: HTMLElement;
  private timedOutList!: HTMLElement;
  private shareOutput!: HTMLInputElement;
  private shareStatus!: HTMLElement;
  private linkNotice!: HTMLElement;
  private context!: RenderContext;

  private data: TesterData | undefined;
  private supervisor: MatchSupervisor | undefined;
  private debounceTimer: ReturnType<typeof setTimeout> | undefined;
  private renderPending = false;
  /** True when `recordMatches` changed since the last ranking. */
  private rankingStale = false;
  /** Number of the latest run. Callbacks of older runs are dropped. */
  private runCounter = 0;
  private recordMatches = new Map<number, RecordMatches>();
  private view: TesterView = { phase: 'idle', lineCount: 0, error: '', ranked: [], excerpts: new Map(), timedOut: [] };

  connectedCallback(): void {
    this.input = this.element('input');
    this.status = this.element('status');
    this.results = this.element('results');
    this.resultsNote = this.element('results-note');
    this.timedOutSection = this.element('timed-out');
    this.timedOutList = this.element('timed-out-list');
    this.shareOutput = this.element('share-output');
    this.shareStatus = this.element('share-status');
    this.linkNotice = this.element('link-notice');

    const lang = this.dataset['lang'] ?? 'en';
    const messages = new TesterMessages(JSON.parse(this.dataset['strings'] ?? '{}') as TesterStrings, this.dataset['locale'] ?? lang);
    const recordHref = this.dataset['recordHref'] ?? '';
    this.context = {
      messages,
      lang,
      recordHref: (id) => recordHref.replace('{id}', id),
      budgetSeconds: DEFAULT_REGEX_BUDGET_MS / 1000,
    };
    this.element('ui').hidden = false;

    this.input.addEventListener('input', () => {
      this.showLinkNotice(false);
      this.schedule();
    });
    this.element('share-button').addEventListener('click', () => void this.share());
    window.addEventListener('hashchange', () => this.loadSharedText());

    this.loadSharedText();
    void this.loadData();
  }

  disconnectedCallback(): void {
    this.supervisor?.dispose();
  }

  private element<T extends HTMLElement>(name: string): T {
    const element = this.querySelector<T>(`[data-part="${name}"]`);
    if (element === null) {
      throw new Error(`errdex-tester: missing [data-part="${name}"]`);
    }
    return element;
  }

  private async loadData(): Promise<void> {
    const url = this.dataset['dataUrl'] ?? '';
    try {
      const response = await fetch(url);
      if (!response.ok) {
        throw new Error(`HTTP ${response.status} for ${url}`);
      }
      this.data = (await response.json()) as TesterData;
    } catch (error) {
      this.update({ phase: 'loadFailed', error: error instanceof Error ? error.message : String(error) });
      return;
    }
    this.supervisor = new MatchSupervisor(spawnBrowserWorker, this.data, { excerptLimit: EXCERPTS_PER_RECORD });
    this.run();
  }

  /**
   * Prefills the text area from a `#q=` link and matches at once. A link whose
   * text cannot be decoded leaves the text area as it is and shows a notice.
   */
  private loadSharedText(): void {
    const shared = readSharedText(window.location.hash);
    this.showLinkNotice(shared.kind === 'invalid');
    if (shared.kind === 'text' && shared.text !== this.input.value) {
      this.input.value = shared.text;
      this.run();
    }
  }

  /** Shows or clears the broken-link notice. It is an alert region, so screen readers announce the text when it is set. */
  private showLinkNotice(visible: boolean): void {
    this.linkNotice.textContent = visible ? this.context.messages.text('tester.share.invalidLink') : '';
    this.linkNotice.hidden = !visible;
  }

  private schedule(): void {
    clearTimeout(this.debounceTimer);
    this.debounceTimer = setTimeout(() => this.run(), DEBOUNCE_MS);
  }

  private run(): void {
    clearTimeout(this.debounceTimer);
    const runNumber = ++this.runCounter;
    const text = this.input.value;
    this.recordMatches = new Map();

    if (text === '') {
      this.supervisor?.cancel();
      this.update({ phase: 'idle', lineCount: 0, ranked: [], excerpts: new Map(), timedOut: [] });
      return;
    }
    const supervisor = this.supervisor;
    const data = this.data;
    if (supervisor === undefined || data === undefined) {
      // loadData() calls run() again once the patterns are in.
      if (this.view.phase !== 'loadFailed') {
        this.update({ phase: 'loading' });
      }
      return;
    }

    const excerpts = new Map<string, Excerpt[]>();
    const timedOut: string[] = [];
    const current = (): boolean => runNumber === this.runCounter;
    this.update({ phase: 'matching', lineCount: undefined, ranked: [], excerpts, timedOut });

    supervisor.start(text, {
      onPrefiltered: (_candidates, lineCount) => {
        if (current()) this.update({ lineCount });
      },
      onResult: (index, spans, cut) => {
        if (!current() || spans.length === 0) return;
        this.recordMatches.set(index, { index, spans });
        excerpts.set(data.records[index]?.id ?? '', cut);
        this.rankingStale = true;
        this.update({});
      },
      onTimeout: (index) => {
        if (!current()) return;
        timedOut.push(data.records[index]?.id ?? String(index));
        this.update({});
      },
      onDone: () => {
        if (current()) this.update({ phase: 'done' });
      },
      onError: (message) => {
        if (current()) this.update({ phase: 'failed', error: message });
      },
    });
  }

  /** Merges `change` into the view and renders once per animation frame. */
  private update(change: Partial<TesterView>): void {
    this.view = { ...this.view, ...change };
    if (!this.renderPending) {
      this.renderPending = true;
      requestAnimationFrame(() => {
        this.renderPending = false;
        this.render();
      });
    }
  }

  private render(): void {
    if (this.rankingStale && this.data !== undefined) {
      // Ranking once per frame keeps a burst of results from re-sorting every time.
      this.rankingStale = false;
      this.view.ranked = rankMatches(this.data.records, [...this.recordMatches.values()]);
    }
    const text = statusText(this.view, this.context);
    if (this.status.textContent !== text) {
      this.status.textContent = text;
    }
    renderResults(this.results, this.resultsNote, this.view, this.context);
    this.timedOutSection.hidden = this.view.timedOut.length === 0;
    renderTimedOut(this.timedOutList, this.view.timedOut, this.context);
  }

  private async share(): Promise<void> {
    const { messages } = this.context;
    const text = this.input.value;
    this.shareOutput.hidden = true;
    if (text === '') {
      this.shareStatus.textContent = messages.text('tester.share.empty');
      return;
    }
    const link = buildShareLink(window.location.href, text);
    if (!link.ok) {
      this.shareStatus.textContent = messages.text('tester.share.tooLong', {
        size: messages.size(link.textBytes),
        limit: messages.size(MAX_SHARED_TEXT_BYTES),
      });
      return;
    }

    this.shareOutput.value = link.url;
    this.shareOutput.hidden = false;
    try {
      await navigator.clipboard.writeText(link.url);
      this.shareStatus.textContent = messages.text('tester.share.copied');
    } catch {
      // Clipboard access needs permission in some browsers, so the link stays on screen for manual copying.
      this.shareStatus.textContent = messages.text('tester.share.manual');
      this.shareOutput.select();
    }
  }
}

customElements.define('errdex-tester', TesterElement);
