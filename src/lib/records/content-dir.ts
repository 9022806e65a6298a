/** Folder the records are read from when `ERRDEX_CONTENT_DIR` is not set, relative to the project root. */
export const DEFAULT_CONTENT_DIR = 'content/errors';

/**
 * Returns the record folder: `ERRDEX_CONTENT_DIR` when set and not empty, else
 * `content/errors`. The benchmark and the build tests point it at generated or
 * fixture folders.
 */
export function contentDir(environment: NodeJS.ProcessEnv = process.env): string {
  const configured = environment['ERRDEX_CONTENT_DIR'];
  return configured === undefined || configured === '' ? DEFAULT_CONTENT_DIR : configured;
}
