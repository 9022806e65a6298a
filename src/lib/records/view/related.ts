import type { ErrorRecord, TransitionGraph } from '../../../schema';
import { truncateText, usableTranslation } from './text';

/** Maximum length in code points of a signature shown as a list entry or link text. */
const LABEL_MAX_LENGTH = 160;

/**
 * Link text of a record: its id and its signature in both languages, each on
 * one line and shortened.
 */
export interface RecordLabel {
  id: string;
  title: string;
  /** The Chinese signature, or null when the record has no usable translation. */
  titleZh: string | null;
}

/** Labels of every record, by id, for resolving links between records. */
export type RecordIndex = ReadonlyMap<string, RecordLabel>;

export function recordLabel(record: ErrorRecord): RecordLabel {
  const signatureZh = usableTranslation(record.signature, record.signature_zh);

  return {
    id: record.id,
    title: truncateText(record.signature, LABEL_MAX_LENGTH),
    titleZh: signatureZh === null ? null : truncateText(signatureZh, LABEL_MAX_LENGTH),
  };
}

export function buildRecordIndex(records: readonly ErrorRecord[]): RecordIndex {
  return new Map(records.map((record) => [record.id, recordLabel(record)]));
}

/** A link target from the transition graph; `target` is null when no record has that id yet. */
export interface RelatedItem {
  id: string;
  target: RecordLabel | null;
}

export type RelationKind = 'leadsTo' | 'precededBy' | 'confusedWith';

export interface RelatedGroup {
  kind: RelationKind;
  items: RelatedItem[];
}

const RELATION_FIELDS: ReadonlyArray<readonly [RelationKind, keyof TransitionGraph]> = [
  ['leadsTo', 'leads_to'],
  ['precededBy', 'preceded_by'],
  ['confusedWith', 'frequently_confused_with'],
];

/**
 * Resolves the transition graph against the known records. Groups keep the
 * graph's order; empty groups are left out. A missing target is kept with
 * `target: null`, because the schema allows links to records not written yet.
 */
export function relatedGroups(graph: TransitionGraph, index: RecordIndex): RelatedGroup[] {
  const groups: RelatedGroup[] = [];

  for (const [kind, field] of RELATION_FIELDS) {
    const ids = graph[field];
    if (ids.length === 0) continue;

    groups.push({ kind, items: ids.map((id) => ({ id, target: index.get(id) ?? null })) });
  }
  return groups;
}
