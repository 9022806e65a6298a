import { z } from 'astro/zod';

/** Lifecycle of an error in one version of a tool. */
export const versionStatus = z
  .enum(['active', 'deprecated', 'removed', 'fixed'])
  .describe('Whether the error still occurs in this version: active, deprecated, removed or fixed.');

/** One version of a tool, library or platform in which the error was seen. */
export const versionEntry = z
  .object({
    version: z.string().min(1).describe('Tool and version, as people write it: "Python requests 2.31.0".'),
    introduced: z.string().nullable().describe('Version in which the message first appeared, or null if unknown.'),
    deprecated: z.string().nullable().describe('Version that deprecated the behaviour, or null.'),
    removed: z.string().nullable().describe('Version that removed the message or fixed the cause, or null.'),
    behavior_change: z
      .string()
      .nullable()
      .describe('How the behaviour or wording changed in this version, or null.'),
    status: versionStatus,
  })
  .strict();

export type VersionEntry = z.infer<typeof versionEntry>;
