import { buildTesterData } from '../../src/lib/matcher/tester-data';
import { MatchSupervisor } from '../../src/lib/matcher/supervisor';
import { spawnNodeWorker } from '../../src/lib/matcher/node-spawn';
const data = buildTesterData([
  { id: 'a/slow', domain: 'a', signature: 'x', signature_zh: null, confidence: 0.5, regex: '(a+)+b' },
  { id: 'a/fast', domain: 'a', signature: 'x', signature_zh: null, confidence: 0.5, regex: 'aaa' },
  { id: 'a/poly', domain: 'a', signature: 'x', signature_zh: null, confidence: 0.5, regex: 'a.*c' },
]);
console.log(JSON.stringify(data));
const sup = new MatchSupervisor(spawnNodeWorker, data, { regexBudgetMs: 500 });
const t0 = performance.now();
sup.start('a'.repeat(40) + '\nxyz', {
  onPrefiltered: (c, l) => console.log('prefiltered', c, l, performance.now() - t0),
  onResult: (i, s) => console.log('result', i, s.length, performance.now() - t0),
  onTimeout: (i) => console.log('timeout', i, performance.now() - t0),
  onDone: () => { console.log('done', performance.now() - t0); sup.dispose(); },
  onError: (m) => { console.log('error', m); sup.dispose(); },
});
