import type { Lang } from '../../i18n/languages';
import type { ErrorRecord, VerificationTier, VersionEntry } from '../../../schema';
import { categoryLabel } from './categories';
import { relatedGroups, type RecordIndex, type RelatedGroup } from './related';
import { deadEndViews, workaroundViews, type RemedyView } from './remedies';
import { englishOnly, localize, truncateText, usableTranslation, type LocalizedText } from './text';

/** Maximum length in code points of the `<title>` and `og:title`. */
const TITLE_MAX_LENGTH = 120;
/** Maximum length in code points of the meta description; search engines cut longer text at about 160. */
const DESCRIPTION_MAX_LENGTH = 160;

export type VersionStatus = VersionEntry['status'];
export type Resolvability = 'yes' | 'no' | 'partial';

/** One row of the versions table; null cells are shown as a dash with "not recorded" for screen readers. */
export interface VersionRow {
  version: string;
  introduced: string | null;
  deprecated: string | null;
  removed: string | null;
  behaviorChange: LocalizedText | null;
  status: VersionStatus;
}

export interface OsNote {
  /** The record's key, such as `macos`. */
  key: string;
  /** The system's usual spelling, such as "macOS". */
  name: string;
  note: LocalizedText;
}

export interface Provenance {
  tier: VerificationTier;
  confidence: number;
  fixSuccessRate: number;
  evidenceCount: number;
  resolvable: Resolvability;
  firstSeen: string | null;
  lastConfirmed: string | null;
  lastUpdated: string;
}

/** Everything a record page shows, in the page's language, with the fallbacks already chosen. */
export interface RecordView {
  id: string;
  domain: string;
  category: string;
  categoryName: LocalizedText;
  /** The message as tools print it: always English. */
  signature: string;
  /** The usable Chinese signature, or null; only Chinese pages show it. */
  signatureZh: string | null;
  /** `<title>` and `og:title`: the signature on one line, shortened. */
  title: string;
  /** Meta description: the root cause in the page's language, shortened. */
  description: string;
  rootCause: LocalizedText;
  workarounds: RemedyView[];
  deadEnds: RemedyView[];
  versions: VersionRow[];
  osNotes: OsNote[];
  related: RelatedGroup[];
  docUrl: string | null;
  docSection: string | null;
  errorCode: string | null;
  tags: readonly string[];
  aliases: readonly string[];
  provenance: Provenance;
  /** True when no human has checked the record (`ai_generated`); the page shows a warning. */
  unverified: boolean;
}

const OS_NAMES: Readonly<Record<string, string>> = {
  linux: 'Linux',
  macos: 'macOS',
  darwin: 'macOS',
  windows: 'Windows',
  wsl: 'WSL',
  freebsd: 'FreeBSD',
  android: 'Android',
  ios: 'iOS',
};

export function resolvability(value: ErrorRecord['resolvable']): Resolvability {
  if (value === 'partial') return 'partial';
  return value === true || value === 'true' ? 'yes' : 'no';
}

function versionRow(lang: Lang, entry: VersionEntry): VersionRow {
  const behaviorChange = entry.behavior_change;

  return {
    version: entry.version,
    introduced: entry.introduced,
    deprecated: entry.deprecated,
    removed: entry.removed,
    behaviorChange: behaviorChange === null || behaviorChange.trim() === '' ? null : englishOnly(lang, behaviorChange),
    status: entry.status,
  };
}

function osNotes(lang: Lang, notes: Readonly<Record<string, string>>): OsNote[] {
  return Object.entries(notes).map(([key, note]) => ({
    key,
    name: OS_NAMES[key.toLowerCase()] ?? key,
    note: englishOnly(lang, note),
  }));
}

/** Builds the view of one record for a page in `lang`; `index` resolves the related-error links. */
export function buildRecordView(record: ErrorRecord, lang: Lang, index: RecordIndex): RecordView {
  const rootCause = localize(lang, record.root_cause, record.root_cause_zh);

  return {
    id: record.id,
    domain: record.domain,
    category: record.category,
    categoryName: categoryLabel(record.category, lang),
    signature: record.signature,
    signatureZh: usableTranslation(record.signature, record.signature_zh),
    title: truncateText(record.signature, TITLE_MAX_LENGTH),
    description: truncateText(rootCause.text, DESCRIPTION_MAX_LENGTH),
    rootCause,
    workarounds: workaroundViews(lang, record.workarounds, record.workarounds_zh),
    deadEnds: deadEndViews(lang, record.dead_ends, record.dead_ends_zh),
    versions: record.versions.map((entry) => versionRow(lang, entry)),
    osNotes: osNotes(lang, record.os_specific),
    related: relatedGroups(record.transition_graph, index),
    docUrl: record.official_doc_url,
    docSection: record.official_doc_section,
    errorCode: record.error_code,
    tags: record.tags,
    aliases: record.aliases,
    provenance: {
      tier: record.verification_tier,
      confidence: record.confidence,
      fixSuccessRate: record.fix_success_rate,
      evidenceCount: record.evidence_count,
      resolvable: resolvability(record.resolvable),
      firstSeen: record.first_seen,
      lastConfirmed: record.last_confirmed,
      lastUpdated: record.last_updated,
    },
    unverified: record.verification_tier === 'ai_generated',
  };
}
