import { describe, expect, it } from 'vitest';

import { GET } from '../../src/pages/schema/error-record.json';

describe('schema endpoint', () => {
  it('serves the JSON Schema', async () => {
    const response = await GET({} as Parameters<typeof GET>[0]);
    expect(response.headers.get('Content-Type')).toBe('application/schema+json; charset=utf-8');
    const body = (await response.json()) as { title: string; properties: Record<string, unknown> };
    expect(body.title).toBe('Errdex error record');
    expect(Object.keys(body.properties)).toContain('regex');
  });
});
