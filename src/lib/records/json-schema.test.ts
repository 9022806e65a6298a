import { readFile } from 'node:fs/promises';

import { describe, expect, it } from 'vitest';

import { buildErrorRecordJsonSchema } from './json-schema';

interface ObjectSchema {
  type: string;
  properties: Record<string, { description?: string; type?: unknown; minimum?: number; maximum?: number }>;
  required: string[];
  additionalProperties: boolean;
}

describe('buildErrorRecordJsonSchema', () => {
  const schema = buildErrorRecordJsonSchema() as unknown as ObjectSchema & { $schema: string };

  it('declares draft-07 and a closed object', () => {
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
    expect(schema.type).toBe('object');
    expect(schema.additionalProperties).toBe(false);
  });

  it('lists every key of the seed record', async () => {
    const seed = JSON.parse(
      await readFile('content/errors/api/rate-limit-connection-pool-exhausted.json', 'utf8'),
    ) as Record<string, unknown>;
    for (const key of Object.keys(seed)) {
      expect(Object.keys(schema.properties)).toContain(key);
    }
  });

  it('carries field docs and ranges', () => {
    expect(schema.properties['confidence']?.minimum).toBe(0);
    expect(schema.properties['confidence']?.maximum).toBe(1);
    expect(schema.properties['regex']?.description).toContain('case-insensitive');
    expect(schema.required).toContain('id');
    expect(schema.required).not.toContain('$schema');
  });
});
