import type { Lang } from '../../i18n/languages';
import type { DeadEnd, Workaround } from '../../../schema';
import { usableTranslation, type LocalizedText } from './text';

/**
 * The text of one workaround or dead end. `summary` is a one-line heading
 * shown above `detail`, or null when it would repeat it. A usable Chinese
 * translation covers the whole entry, so it becomes `detail` with no summary.
 */
export interface RemedyText {
  lang: Lang;
  untranslated: boolean;
  summary: string | null;
  detail: string;
}

export interface RemedyView {
  /** Position in the displayed order, from 1. */
  number: number;
  /** Fragment id, identical in both languages: `workaround-1`, `dead-end-1`, ... */
  anchor: string;
  /** Success rate of a workaround or fail rate of a dead end, from 0 to 1. */
  rate: number;
  text: RemedyText;
  /**
   * When the entry applies, or null when it always does. Also null when the
   * page shows a translation, because each `_zh` string translates the whole
   * entry, condition included. Never marked, because `text.untranslated`
   * already marks the entry.
   */
  condition: LocalizedText | null;
  sources: readonly string[];
}

function remedyText(lang: Lang, summary: string | null, detail: string, chinese: string | null | undefined): RemedyText {
  const english = summary === null ? detail : `${summary} ${detail}`;
  const translation = lang === 'zh' ? usableTranslation(english, chinese) : null;

  if (translation !== null) {
    return { lang: 'zh', untranslated: false, summary: null, detail: translation };
  }
  return { lang: 'en', untranslated: lang === 'zh', summary, detail };
}

function conditionText(text: RemedyText, condition: string): LocalizedText | null {
  if (text.lang !== 'en' || condition.trim() === '') return null;
  return { text: condition, lang: 'en', untranslated: false };
}

/**
 * Builds the workaround list: sorted by success rate, highest first, keeping
 * the record's order between equal rates. `translations[i]` belongs to
 * `workarounds[i]` in the record's order, so they are paired before sorting.
 * `action` is shown only where it differs from `how`.
 */
export function workaroundViews(
  lang: Lang,
  workarounds: readonly Workaround[],
  translations: readonly string[] | null | undefined,
): RemedyView[] {
  const paired = workarounds.map((workaround, index) => ({ workaround, chinese: translations?.[index] }));
  const sorted = paired.toSorted((left, right) => right.workaround.success_rate - left.workaround.success_rate);

  return sorted.map(({ workaround, chinese }, index) => {
    const action = workaround.action.trim();
    const how = workaround.how.trim();
    const detail = how === '' ? action : how;
    const summary = action === '' || how === '' || action === how ? null : action;

    const text = remedyText(lang, summary, detail, chinese);

    return {
      number: index + 1,
      anchor: `workaround-${index + 1}`,
      rate: workaround.success_rate,
      text,
      condition: conditionText(text, workaround.condition),
      sources: workaround.sources,
    };
  });
}

/**
 * Builds the dead-end list in the record's order. An empty `action` is left
 * out, because `why_fails` then names what people try.
 */
export function deadEndViews(
  lang: Lang,
  deadEnds: readonly DeadEnd[],
  translations: readonly string[] | null | undefined,
): RemedyView[] {
  return deadEnds.map((deadEnd, index) => {
    const action = deadEnd.action.trim();
    const text = remedyText(lang, action === '' ? null : action, deadEnd.why_fails, translations?.[index]);

    return {
      number: index + 1,
      anchor: `dead-end-${index + 1}`,
      rate: deadEnd.fail_rate,
      text,
      condition: conditionText(text, deadEnd.condition),
      sources: deadEnd.sources,
    };
  });
}
