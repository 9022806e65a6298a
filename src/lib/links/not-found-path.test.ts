import { describe, expect, it } from 'vitest';

import { parseNotFoundPath } from './not-found-path';

describe('parseNotFoundPath', () => {
  it.each([
    ['/errors/api/no-such-error/', '/', { lang: 'en', domain: 'api' }],
    ['/errors/api/no-such-error', '/', { lang: 'en', domain: 'api' }],
    ['/errors/api/', '/', { lang: 'en', domain: 'api' }],
    ['/errors/api', '/', { lang: 'en', domain: 'api' }],
    ['/errors/', '/', { lang: 'en', domain: null }],
    ['/zh/errors/mysql/nope/', '/', { lang: 'zh', domain: 'mysql' }],
    ['/zh/errors/mysql/nope/', '/errdex/', { lang: 'en', domain: null }],
    ['/errdex/zh/errors/mysql/nope/', '/errdex/', { lang: 'zh', domain: 'mysql' }],
    ['/errdex/zh/errors/mysql/nope/', '/errdex', { lang: 'zh', domain: 'mysql' }],
    ['/errdex/errors/node-js/x/', '/errdex/', { lang: 'en', domain: 'node-js' }],
    ['/errdex', '/errdex/', { lang: 'en', domain: null }],
    ['/zh', '/', { lang: 'zh', domain: null }],
    ['/zh/nothing-here', '/', { lang: 'zh', domain: null }],
    ['/zhx/errors/api/', '/', { lang: 'en', domain: null }],
    ['/ERRORS/API/X/', '/', { lang: 'en', domain: 'api' }],
    ['/errors/api%2Fx/', '/', { lang: 'en', domain: 'api' }],
    ['/errors/%E0%A4%A/', '/', { lang: 'en', domain: null }],
    ['/errors/bad_domain/x/', '/', { lang: 'en', domain: null }],
    ['/docs/errors/api/', '/', { lang: 'en', domain: null }],
  ])('%s under base %s', (pathname, base, expected) => {
    expect(parseNotFoundPath(pathname, base)).toEqual(expected);
  });
});
