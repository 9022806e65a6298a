import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

import { contentDir } from './lib/records/content-dir';
import { errorRecord } from './schema';

/**
 * One entry per `content/errors/<domain>/<slug>.json`. The validate-records
 * integration checks the whole folder before this loader runs, so every record
 * here is valid. The schema still checks each entry, because the collection's
 * types come from it.
 */
const errors = defineCollection({
  loader: glob({
    base: contentDir(),
    pattern: '**/*.json',
    generateId: ({ entry }) => entry.replace(/\.json$/, ''),
  }),
  schema: errorRecord,
});

export const collections = { errors };
