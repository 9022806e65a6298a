import { joinBase } from './paths';

/** Prefixes a site path with the configured base path (`BASE_PATH`). For Astro pages only. */
export function withBase(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}
