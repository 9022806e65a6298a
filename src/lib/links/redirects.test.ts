import { describe, expect, it } from 'vitest';

import { collectRedirects, isFormerId } from './redirects';

describe('isFormerId', () => {
  it.each([
    ['kubernetes/crash-loop-backoff', true],
    ['api/rate-limit', true],
    ['port already in use', false],
    ['CrashLoopBackOff', false],
    ['Kubernetes/CrashLoopBackOff', false],
    ['kubernetes/crash-loop-backoff/extra', false],
    ['kubernetes/', false],
    ['', false],
  ])('%j is a former id: %s', (alias, expected) => {
    expect(isFormerId(alias)).toBe(expected);
  });
});

describe('collectRedirects', () => {
  it('returns one redirect per id-shaped alias', () => {
    const redirects = collectRedirects([
      { id: 'kubernetes/crashloopbackoff', aliases: ['kubernetes/crash-loop-backoff', 'CrashLoopBackOff'] },
      { id: 'docker/port-in-use', aliases: ['port already in use'] },
    ]);

    expect(redirects).toEqual([{ from: 'kubernetes/crash-loop-backoff', to: 'kubernetes/crashloopbackoff' }]);
  });

  it('sorts redirects by former id', () => {
    const redirects = collectRedirects([
      { id: 'python/b', aliases: ['python/z-old', 'python/a-old'] },
      { id: 'api/a', aliases: ['api/m-old'] },
    ]);

    expect(redirects.map((redirect) => redirect.from)).toEqual(['api/m-old', 'python/a-old', 'python/z-old']);
  });

  it('lists a repeated alias once', () => {
    const redirects = collectRedirects([{ id: 'api/a', aliases: ['api/old', 'api/old'] }]);

    expect(redirects).toEqual([{ from: 'api/old', to: 'api/a' }]);
  });

  it('returns nothing for records without aliases', () => {
    expect(collectRedirects([{ id: 'api/a', aliases: [] }])).toEqual([]);
  });

  it('rejects an alias that is a current id', () => {
    const records = [
      { id: 'api/a', aliases: ['api/b'] },
      { id: 'api/b', aliases: [] },
    ];

    expect(() => collectRedirects(records)).toThrow('api/a: alias "api/b" is the id of an existing record');
  });

  it('rejects an alias claimed by two records', () => {
    const records = [
      { id: 'api/a', aliases: ['api/old'] },
      { id: 'api/b', aliases: ['api/old'] },
    ];

    expect(() => collectRedirects(records)).toThrow('api/b: alias "api/old" is also an alias of api/a');
  });

  it('reports every conflict in one error', () => {
    const records = [
      { id: 'api/a', aliases: ['api/a', 'api/old'] },
      { id: 'api/b', aliases: ['api/old'] },
    ];

    let message = '';
    try {
      collectRedirects(records);
    } catch (error) {
      message = error instanceof Error ? error.message : String(error);
    }

    expect(message).toContain('api/a: alias "api/a" is the id of an existing record');
    expect(message).toContain('api/b: alias "api/old" is also an alias of api/a');
  });
});
