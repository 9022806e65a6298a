/**
 * Folder the records are read from, relative to the project root. The
 * benchmark and the build tests point `ERRDEX_CONTENT_DIR` at generated or
 * fixture folders; everything else uses the real corpus.
 */
export const DEFAULT_CONTENT_DIR = 'content/errors';

export function contentDir(): string {
  return process.env['ERRDEX_CONTENT_DIR'] || DEFAULT_CONTENT_DIR;
}
