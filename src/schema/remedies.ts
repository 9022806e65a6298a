import { z } from 'astro/zod';

import { fraction, webUrl } from './common';

const sources = z
  .array(webUrl)
  .describe('Public pages that support this entry: docs, bug reports, answers. Only URLs that exist.');

/** A fix that works, with the share of cases in which it works. */
export const workaround = z
  .object({
    action: z.string().describe('The fix in one line. Real data may repeat `how` here.'),
    success_rate: fraction.describe('Estimated share of cases this fixes, from 0 to 1.'),
    how: z.string().describe('Steps, commands or settings that apply the fix.'),
    condition: z.string().describe('When this fix applies; empty when it always does.'),
    sources,
  })
  .strict();

/** Something people try that does not fix the error, and why. */
export const deadEnd = z
  .object({
    action: z.string().describe('What people try. Real data often leaves this empty and says it in `why_fails`.'),
    why_fails: z.string().min(1).describe('Why it does not help, or what it breaks.'),
    fail_rate: fraction.describe('Estimated share of attempts that fail, from 0 to 1.'),
    condition: z.string().describe('When this dead end applies; empty when it always does.'),
    sources,
  })
  .strict();

export type Workaround = z.infer<typeof workaround>;
export type DeadEnd = z.infer<typeof deadEnd>;
