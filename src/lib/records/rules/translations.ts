/**
 * Translation rules. The page shows `_zh` fields to Chinese readers, and pairs
 * `workarounds_zh` and `dead_ends_zh` with their English lists by index.
 */

import type { ErrorRecord } from '../../../schema/record';
import type { RecordFile } from '../load-records';
import { plural, type Problem } from '../problem';
import type { FieldPath } from '../positions';
import { problemAt } from './problem-at';

/** Han characters, the script every Simplified Chinese sentence contains. */
const HAN = /\p{Script=Han}/u;

interface TranslatedText {
  path: FieldPath;
  text: string;
  /** The English texts this one translates, with their field names for messages. */
  english: { field: string; text: string }[];
}

/** Checks the `_zh` fields of one record. */
export function checkTranslations(file: RecordFile): Problem[] {
  const record = file.record;
  if (record === undefined) {
    return [];
  }
  const problems: Problem[] = [];

  for (const [list, english] of [
    ['workarounds_zh', record.workarounds],
    ['dead_ends_zh', record.dead_ends],
  ] as const) {
    const translated = record[list];
    if (translated !== null && translated !== undefined && translated.length !== english.length) {
      const englishList = list.replace(/_zh$/, '');
      problems.push(
        problemAt(
          file,
          [list],
          'error',
          'translations',
          `${list} has ${plural(translated.length, 'entry', 'entries')} but ${englishList} has ${english.length}; ` +
            'the page pairs them by position, so give one translation per entry in the same order',
        ),
      );
    }
  }

  for (const item of translatedTexts(record)) {
    const repeated = item.english.find((source) => source.text.trim() !== '' && source.text.trim() === item.text.trim());
    if (repeated !== undefined) {
      problems.push(
        problemAt(file, item.path, 'warning', 'translations', `Repeats the English text of ${repeated.field}; translate it into Chinese`),
      );
    } else if (!HAN.test(item.text)) {
      problems.push(
        problemAt(file, item.path, 'warning', 'translations', 'Contains no Chinese characters; write the Chinese translation'),
      );
    }
  }
  return problems;
}

function translatedTexts(record: ErrorRecord): TranslatedText[] {
  const texts: TranslatedText[] = [];
  if (typeof record.signature_zh === 'string') {
    texts.push({ path: ['signature_zh'], text: record.signature_zh, english: [{ field: 'signature', text: record.signature }] });
  }
  if (typeof record.root_cause_zh === 'string') {
    texts.push({ path: ['root_cause_zh'], text: record.root_cause_zh, english: [{ field: 'root_cause', text: record.root_cause }] });
  }
  record.workarounds_zh?.forEach((text, index) => {
    const workaround = record.workarounds[index];
    const english =
      workaround === undefined
        ? []
        : [
            { field: `workarounds[${index}].action`, text: workaround.action },
            { field: `workarounds[${index}].how`, text: workaround.how },
          ];
    texts.push({ path: ['workarounds_zh', index], text, english });
  });
  record.dead_ends_zh?.forEach((text, index) => {
    const deadEnd = record.dead_ends[index];
    const english =
      deadEnd === undefined
        ? []
        : [
            { field: `dead_ends[${index}].action`, text: deadEnd.action },
            { field: `dead_ends[${index}].why_fails`, text: deadEnd.why_fails },
          ];
    texts.push({ path: ['dead_ends_zh', index], text, english });
  });
  return texts;
}
