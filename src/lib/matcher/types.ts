/**
 * Data shapes shared by the tester page, its Web Worker and the `match` CLI.
 *
 * Offsets are UTF-16 code unit indexes into the normalised text (line endings
 * turned into `\n`, see `normalizeLineEndings`); `end` is exclusive. Line
 * numbers start at 1.
 */

/** One record as the tester needs it: what to run, what to show, how to rank. */
export interface TesterRecord {
  /** Record id, `<domain>/<slug>`. */
  id: string;
  domain: string;
  signature: string;
  /** Chinese signature, or null when the record has none. */
  signature_zh: string | null;
  /** Record confidence, from 0 to 1; the second ranking key. */
  confidence: number;
  /** JavaScript pattern source from `convertPattern`. */
  source: string;
  /** Flags from `convertPattern` (`iu`, sometimes with `m` or `s`); the engine adds `g`. */
  flags: string;
  /**
   * Prefilter groups: the regex runs only if every literal of at least one
   * group occurs in the folded text. Empty: the regex always runs.
   */
  literals: string[][];
  /** Literal characters every match contains; the first ranking key. */
  literalChars: number;
}

/** The tester data file: every record with a convertible regex. */
export interface TesterData {
  /** Format version, raised when a field changes meaning. */
  version: 1;
  records: TesterRecord[];
}

/** One match of one record's regex in the text. */
export interface MatchSpan {
  start: number;
  end: number;
  /** Line of the first matched character. */
  line: number;
  /** Line of the last matched character; equal to `line` for a one-line or empty match. */
  endLine: number;
}

/** Every match of one record, before ranking. */
export interface RecordMatches {
  /** Index of the record in `TesterData.records`. */
  index: number;
  spans: MatchSpan[];
}

/** One matched record in the ranked result. */
export interface RankedMatch {
  record: TesterRecord;
  /** Specificity from 0 to 1; a higher score never ranks lower. See `specificityScore`. */
  score: number;
  spans: MatchSpan[];
  /** Ids of other matched records with a span that overlaps one of this record's spans. */
  sharedWith: string[];
}
