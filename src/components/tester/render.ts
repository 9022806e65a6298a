/** DOM rendering of tester results. User text only ever goes in through `textContent`. */

import type { Excerpt } from '../../lib/matcher/excerpt';
import type { RankedMatch } from '../../lib/matcher/types';
import type { TesterMessages } from './messages';

/** Matched records rendered at most; the rest are counted, so a huge log keeps the page fast. */
export const MAX_RENDERED_RECORDS = 50;

/** State of the tester page, rebuilt from the supervisor's callbacks. */
export interface TesterView {
  phase: 'idle' | 'loading' | 'matching' | 'done' | 'failed' | 'loadFailed';
  /** Lines of the text being matched; undefined until the worker has counted them. */
  lineCount: number | undefined;
  /** Reason shown in the `failed` and `loadFailed` phases. */
  error: string;
  ranked: RankedMatch[];
  /** Excerpts the worker cut, by record id. */
  excerpts: Map<string, Excerpt[]>;
  /** Ids of records whose pattern timed out. */
  timedOut: string[];
}

export interface RenderContext {
  messages: TesterMessages;
  /** `en` or `zh`: picks the signature to show. */
  lang: string;
  /** Link to a record page in the page's language, through the base path. */
  recordHref: (id: string) => string;
  /** Time budget per pattern, in seconds, for the timed-out notice. */
  budgetSeconds: number;
}

/** Builds the status line, such as "3 known errors found in 1,204 lines." */
export function statusText(view: TesterView, { messages }: RenderContext): string {
  if (view.phase === 'matching' && view.lineCount === undefined) {
    return messages.text('tester.status.started');
  }
  const lines = messages.plural('tester.count.lines', view.lineCount ?? 0);
  let text: string;
  switch (view.phase) {
    case 'idle':
      return messages.text('tester.status.idle');
    case 'loading':
      return messages.text('tester.status.loading');
    case 'loadFailed':
      return messages.text('tester.status.loadFailed', { message: view.error });
    case 'failed':
      return messages.text('tester.status.failed', { message: view.error });
    case 'matching':
      text = messages.text('tester.status.matching', { lines });
      break;
    case 'done':
      text =
        view.ranked.length === 0
          ? messages.text('tester.status.none', { lines })
          : messages.text('tester.status.found', { errors: messages.plural('tester.count.errors', view.ranked.length), lines });
      break;
  }
  if (view.timedOut.length > 0) {
    text += ` ${messages.plural('tester.status.timedOut', view.timedOut.length)}`;
  }
  return text;
}

/** Replaces the children of `list` with one entry per matched record, best first. */
export function renderResults(list: HTMLElement, note: HTMLElement, view: TesterView, context: RenderContext): void {
  const shown = view.ranked.slice(0, MAX_RENDERED_RECORDS);
  list.replaceChildren(...shown.map((entry) => resultItem(entry, view.excerpts.get(entry.record.id) ?? [], context)));

  note.hidden = view.ranked.length <= shown.length;
  note.textContent = note.hidden ? '' : context.messages.text('tester.results.truncated', { shown: shown.length, total: view.ranked.length });
}

/** Replaces the children of `list` with one entry per timed-out record. */
export function renderTimedOut(list: HTMLElement, ids: readonly string[], context: RenderContext): void {
  list.replaceChildren(
    ...ids.map((id) => {
      const item = document.createElement('li');
      item.textContent = context.messages.text('tester.timedOut.item', { id, seconds: context.budgetSeconds });
      return item;
    }),
  );
}

function resultItem(entry: RankedMatch, excerpts: readonly Excerpt[], context: RenderContext): HTMLLIElement {
  const { messages } = context;
  const { record } = entry;
  const item = document.createElement('li');
  item.className = 'tester-result';

  const heading = document.createElement('h3');
  const link = document.createElement('a');
  link.href = context.recordHref(record.id);
  const localized = context.lang === 'zh' ? record.signature_zh : null;
  link.textContent = firstLine(localized ?? record.signature);
  heading.append(link);
  if (context.lang !== 'en' && localized === null) {
    link.lang = 'en';
    const tag = document.createElement('span');
    tag.className = 'tester-tag';
    tag.textContent = messages.text('tester.result.englishOnly');
    heading.append(' ', tag);
  }

  const meta = document.createElement('p');
  meta.className = 'tester-meta';
  meta.textContent = messages.text('tester.result.meta', { domain: record.domain, id: record.id });

  item.append(heading, meta, excerptList(excerpts, messages));

  const more = entry.spans.length - excerpts.length;
  if (more > 0) {
    const paragraph = document.createElement('p');
    paragraph.className = 'tester-more';
    paragraph.textContent = messages.plural('tester.result.more', more);
    item.append(paragraph);
  }
  if (entry.sharedWith.length > 0) {
    item.append(sharedNote(entry.sharedWith, context));
  }
  return item;
}

function excerptList(excerpts: readonly Excerpt[], messages: TesterMessages): HTMLOListElement {
  const list = document.createElement('ol');
  list.className = 'tester-excerpts';
  for (const excerpt of excerpts) {
    const item = document.createElement('li');
    const label = document.createElement('span');
    label.className = 'tester-line';
    label.textContent =
      excerpt.endLine === excerpt.line
        ? messages.text('tester.result.line', { line: excerpt.line })
        : messages.text('tester.result.lines', { line: excerpt.line, endLine: excerpt.endLine });

    const code = document.createElement('code');
    const mark = document.createElement('mark');
    mark.textContent = excerpt.match;
    code.append(excerpt.before, mark, excerpt.after);
    item.append(label, code);
    list.append(item);
  }
  return list;
}

function sharedNote(ids: readonly string[], context: RenderContext): HTMLParagraphElement {
  const paragraph = document.createElement('p');
  paragraph.className = 'tester-shared';
  paragraph.append(context.messages.text('tester.result.sharedWith'), ' ');
  ids.forEach((id, position) => {
    const link = document.createElement('a');
    link.href = context.recordHref(id);
    link.textContent = id;
    paragraph.append(position === 0 ? '' : ', ', link);
  });
  return paragraph;
}

/** First line of a signature, for a heading; multi-line signatures continue on the record page. */
function firstLine(text: string): string {
  const newline = text.indexOf('\n');
  return newline === -1 ? text : `${text.slice(0, newline)} …`;
}
