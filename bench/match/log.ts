/** A synthetic application log for the match benchmark: noise lines with error messages mixed in. */

import { createRandom, randomInt, type Random } from '../corpus/random';

export interface LogOptions {
  /** Target size in UTF-16 code units; the log stops at the first line past it. */
  size: number;
  seed: number;
  /** Texts of known errors (signatures, examples) to mix in. */
  errorTexts: readonly string[];
  /** Share of lines that are an error text rather than noise, from 0 to 1. */
  errorShare: number;
}

const LEVELS = ['INFO', 'INFO', 'INFO', 'DEBUG', 'WARN', 'ERROR'];
const PATHS = ['/api/v1/items', '/api/v1/users', '/healthz', '/api/v2/orders', '/static/app.js', '/login'];
const SERVICES = ['gateway', 'worker-3', 'billing', 'auth', 'scheduler', 'search'];

function pick<T>(random: Random, items: readonly T[]): T {
  return items[randomInt(random, items.length)] as T;
}

function timestamp(index: number): string {
  const seconds = index % 60;
  const minutes = Math.floor(index / 60) % 60;
  return `2024-06-01T12:${String(minutes).padStart(2, '0')}:${String(seconds).padStart(2, '0')}.${String(index % 1000).padStart(3, '0')}Z`;
}

/** Builds one noise line in one of several common log shapes. */
function noiseLine(random: Random, index: number): string {
  const time = timestamp(index);
  switch (randomInt(random, 6)) {
    case 0:
      return `${time} ${pick(random, LEVELS)} [${pick(random, SERVICES)}] GET ${pick(random, PATHS)}/${randomInt(random, 99999)} 200 ${randomInt(random, 900)}ms`;
    case 1:
      return `{"time":"${time}","level":"${pick(random, LEVELS).toLowerCase()}","msg":"request handled","user":${randomInt(random, 100000)},"latency_ms":${randomInt(random, 500)}}`;
    case 2:
      return `\tat com.example.${pick(random, ['Service', 'Repository', 'Controller'])}.handle(${pick(random, ['Service', 'Main'])}.java:${randomInt(random, 400)})`;
    case 3:
      return `  File "/srv/app/${pick(random, ['views', 'models', 'tasks'])}.py", line ${randomInt(random, 900)}, in ${pick(random, ['get', 'run', 'save'])}`;
    case 4:
      return `${time} ${pick(random, LEVELS)} cache ${pick(random, ['hit', 'miss'])} key=session:${randomInt(random, 1e6).toString(16)} ttl=${randomInt(random, 3600)}s`;
    default:
      return `${time} ${pick(random, LEVELS)} [${pick(random, SERVICES)}] job ${randomInt(random, 10000)} finished in ${(random() * 10).toFixed(2)} s`;
  }
}

/** Builds the log: LF-separated lines, about `errorShare` of them error texts. */
export function buildLog(options: LogOptions): string {
  const random = createRandom(options.seed);
  const lines: string[] = [];
  let size = 0;
  for (let index = 0; size < options.size; index++) {
    const useError = options.errorTexts.length > 0 && random() < options.errorShare;
    const line = useError ? `${timestamp(index)} ERROR ${pick(random, options.errorTexts)}` : noiseLine(random, index);
    lines.push(line);
    size += line.length + 1;
  }
  return lines.join('\n');
}
