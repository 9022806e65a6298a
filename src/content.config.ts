import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

import { contentDir } from './lib/records/content-dir';
import { errorRecord } from './schema';

/**
 * One entry per `content/errors/<domain>/<slug>.json`. The build validates the
 * whole folder first (the validate-records integration), so by the time this
 * loader runs every record is known to be valid; the schema still checks each
 * entry so the collection's types come from it.
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
