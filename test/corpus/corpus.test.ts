import { beforeAll, describe, expect, it } from 'vitest';

import { validateCorpus, type ValidatedRecord } from '../../src/lib/records/validate-corpus';
import { convertPattern } from '../../src/lib/regex/convert';
import type { Problem } from '../../src/lib/records/problem';

/**
 * Quality checks of the real corpus in content/errors: coverage, regexes that
 * recognise their own messages the way logs print them, no unlinked overlaps,
 * and real Chinese. The validator reports most of this as warnings; here the
 * warnings become failures, record by record.
 */

const CONTENT_DIR = 'content/errors';

/** The seed record is kept exactly as real data has it, English workarounds_zh included. */
const SEED_ID = 'api/rate-limit-connection-pool-exhausted';

const CJK = /[\u3400-\u9fff]/u;

let records: ValidatedRecord[] = [];
let problems: Problem[] = [];

function compiled(record: ValidatedRecord): RegExp {
  const converted = convertPattern(record.data.regex);
  if (!converted.ok) {
    throw new Error(`${record.id}: regex does not convert: ${converted.problems.map((p) => p.message).join('; ')}`);
  }
  return new RegExp(converted.source, converted.flags);
}

function linked(a: ValidatedRecord, b: ValidatedRecord): boolean {
  return (
    a.data.transition_graph.frequently_confused_with.includes(b.id) ||
    b.data.transition_graph.frequently_confused_with.includes(a.id)
  );
}

beforeAll(async () => {
  ({ records, problems } = await validateCorpus(CONTENT_DIR));
}, 120_000);

describe('corpus', () => {
  it('has at least 100 records in 12 domains', () => {
    expect(records.length).toBeGreaterThanOrEqual(100);
    expect(new Set(records.map((record) => record.data.domain)).size).toBeGreaterThanOrEqual(12);
  });

  it('validates without errors', () => {
    expect(problems.filter((problem) => problem.severity === 'error')).toEqual([]);
  });

  it('warns only about the seed translations', () => {
    const unexpected = problems.filter(
      (problem) => problem.severity === 'warning' && !problem.file.endsWith(`${SEED_ID}.json`),
    );
    expect(unexpected).toEqual([]);
  });

  it('regexes match signatures, examples and log lines', () => {
    const failures: string[] = [];
    for (const record of records) {
      const regex = compiled(record);
      const { signature, examples = [] } = record.data;
      const variants = [
        signature,
        ...examples,
        `2026-12-04T10:00:00.123Z ERROR [worker-3] ${signature}`,
        `first line\r\n${signature}\r\nlast line\r\n`,
      ];
      for (const text of variants) {
        if (!regex.test(text)) failures.push(`${record.id}: no match in ${JSON.stringify(text)}`);
      }
    }
    expect(failures).toEqual([]);
  });

  it('regexes match no unlinked signature', () => {
    const overlaps: string[] = [];
    for (const record of records) {
      const regex = compiled(record);
      for (const other of records) {
        if (other === record || linked(record, other)) continue;
        if (regex.test(other.data.signature)) overlaps.push(`${record.id} matches the signature of ${other.id}`);
      }
    }
    expect(overlaps).toEqual([]);
  });

  it('Chinese fields contain Chinese', () => {
    const missing: string[] = [];
    for (const record of records) {
      const { signature_zh, root_cause_zh, workarounds_zh, dead_ends_zh } = record.data;
      const fields: [string, string | null | undefined][] = [
        ['signature_zh', signature_zh],
        ['root_cause_zh', root_cause_zh],
        ...(dead_ends_zh ?? []).map((text, index): [string, string] => [`dead_ends_zh[${index}]`, text]),
      ];
      if (record.id !== SEED_ID) {
        fields.push(...(workarounds_zh ?? []).map((text, index): [string, string] => [`workarounds_zh[${index}]`, text]));
      }
      for (const [field, text] of fields) {
        if (text === null || text === undefined || !CJK.test(text)) missing.push(`${record.id} ${field}`);
      }
      if (record.id !== SEED_ID && (workarounds_zh ?? []).length !== record.data.workarounds.length) {
        missing.push(`${record.id} workarounds_zh (one per workaround)`);
      }
      if (record.id !== SEED_ID && (dead_ends_zh ?? []).length !== record.data.dead_ends.length) {
        missing.push(`${record.id} dead_ends_zh (one per dead end)`);
      }
    }
    expect(missing).toEqual([]);
  });
});
