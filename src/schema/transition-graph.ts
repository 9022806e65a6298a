import { z } from 'astro/zod';

import { recordId } from './common';

/** Links to other records, by id. A target that does not exist yet is a warning, not an error. */
export const transitionGraph = z
  .object({
    leads_to: z.array(recordId).describe('Errors that often follow this one.'),
    preceded_by: z.array(recordId).describe('Errors that often come before this one.'),
    frequently_confused_with: z
      .array(recordId)
      .describe('Errors with similar messages; listing one allows the two regexes to overlap.'),
  })
  .strict();

export type TransitionGraph = z.infer<typeof transitionGraph>;
