import { z } from 'astro/zod';

import { fraction, isoDate, recordId, webUrl } from './common';
import { deadEnd, workaround } from './remedies';
import { transitionGraph } from './transition-graph';
import { versionEntry } from './version';

/** Verification tiers, from least to most trustworthy: the ways a record can be made. */
export const VERIFICATION_TIERS = ['ai_generated', 'community_reported', 'human_reviewed', 'reproduced'] as const;

/**
 * Accepted spellings of `resolvable`. Real data writes the booleans as strings,
 * so both forms are accepted; `partial` means a fix exists for some setups only.
 */
export const RESOLVABLE_VALUES = [true, false, 'true', 'false', 'partial'] as const;

/** Translations of a list field, one string per entry, in the same order. */
const translatedList = z.array(z.string()).nullable().optional();

/**
 * The fields of an error record, without the rules that compare fields with each
 * other. Kept apart so tools can list the known keys.
 */
export const errorRecordObject = z
  .object({
    $schema: z.string().optional().describe('Path or URL of the JSON Schema, for editors. Ignored by the site.'),
    id: recordId.describe('`<domain>/<slug>`: the file path under content/errors without `.json`.'),
    signature: z.string().min(1).describe('The message as the tool prints it, with example values.'),
    signature_zh: z.string().nullable().optional().describe('The message in Chinese, for readers; tools print English.'),
    regex: z
      .string()
      .min(1)
      .describe(
        'Pattern that recognises the message, in Python/PCRE or JavaScript spelling. Matching is case-insensitive.',
      ),
    examples: z
      .array(z.string().min(1))
      .optional()
      .describe('Further variants of the message (other versions, platforms, values). The regex must match each.'),
    domain: z.string().describe('First segment of the id: api, python, docker, kubernetes, ...'),
    category: z
      .string()
      .regex(/^[a-z0-9]+(?:_[a-z0-9]+)*$/, 'Expected a snake_case category such as resource_error')
      .describe('Kind of error in snake_case, such as resource_error or auth_error.'),
    subcategory: z.string().nullable().describe('Narrower kind, or null.'),
    root_cause: z.string().min(1).describe('Why the error happens, concretely.'),
    root_cause_type: z.string().describe('Whether the cause is `generic` or tied to a version, platform or setup.'),
    root_cause_zh: z.string().nullable().optional().describe('`root_cause` in Chinese.'),
    versions: z.array(versionEntry).describe('Versions in which the error was seen.'),
    os_specific: z
      .record(z.string(), z.string())
      .describe('Notes per operating system, keyed by name (linux, macos, windows).'),
    dead_ends: z.array(deadEnd).describe('What does not fix it, and why.'),
    dead_ends_zh: translatedList.describe('Chinese text of each dead end, in the order of `dead_ends`.'),
    workarounds: z.array(workaround).describe('What fixes it, with success rates.'),
    workarounds_zh: translatedList.describe('Chinese text of each workaround, in the order of `workarounds`.'),
    transition_graph: transitionGraph,
    official_doc_url: webUrl.nullable().describe('The tool\'s own documentation of this error or setting.'),
    official_doc_section: z.string().nullable().describe('Section of that documentation, or null.'),
    error_code: z.string().nullable().describe('Code the tool prints, such as ERR_REQUIRE_ESM or 40001, or null.'),
    verification_tier: z
      .enum(VERIFICATION_TIERS)
      .describe('How the record was made. A record written from general knowledge is ai_generated.'),
    confidence: fraction.describe('Confidence that the record is right, from 0 to 1.'),
    fix_success_rate: fraction.describe('Estimated share of cases that the workarounds fix, from 0 to 1.'),
    resolvable: z
      .union([z.boolean(), z.enum(['true', 'false', 'partial'])])
      .describe('Whether the error can be fixed by the reader: true, false or "partial"; strings are accepted.'),
    first_seen: isoDate.nullable().describe('Date the error was first recorded, YYYY-MM-DD.'),
    last_confirmed: isoDate.nullable().describe('Date the record was last checked against reality, YYYY-MM-DD.'),
    last_updated: isoDate.describe('Date the record last changed, YYYY-MM-DD.'),
    evidence_count: z.number().int().min(0).describe('Number of independent reports behind the record.'),
    tags: z.array(z.string()).describe('Free keywords for search.'),
    locale: z.string().describe('Language of the main fields; `en` for now.'),
    aliases: z
      .array(z.string())
      .describe('Other names; an alias of the form <domain>/<slug> is a former id and gets redirect pages.'),
  })
  .strict();

/**
 * Schema of one error record (what an error message means, what fixes it and
 * what does not), with the rules that compare fields with each other.
 */
export const errorRecord = errorRecordObject.superRefine((record, context) => {
  if (record.first_seen !== null && record.last_updated < record.first_seen) {
    context.addIssue({
      code: z.ZodIssueCode.custom,
      path: ['last_updated'],
      message: `last_updated (${record.last_updated}) is earlier than first_seen (${record.first_seen})`,
    });
  }
});

export type ErrorRecord = z.infer<typeof errorRecord>;
export type ErrorRecordInput = z.input<typeof errorRecord>;
export type VerificationTier = (typeof VERIFICATION_TIERS)[number];
