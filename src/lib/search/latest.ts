/**
 * Helpers for search-as-you-type: wait until typing pauses, and drop results
 * of a search that a newer one has overtaken.
 */

/** Issues tickets; only the most recent ticket is current. */
export class LatestRequest {
  #counter = 0;

  /** Starts a request and returns a check that is true while no newer request has started. */
  begin(): () => boolean {
    this.#counter += 1;
    const ticket = this.#counter;
    return () => ticket === this.#counter;
  }

  /** Makes every earlier ticket stale, for when the input is cleared. */
  cancel(): void {
    this.#counter += 1;
  }
}

export interface Debounced<Args extends unknown[]> {
  (...args: Args): void;
  cancel: () => void;
}

/** Calls `run` once calls have paused for `delayMs` milliseconds, with the last arguments. */
export function debounce<Args extends unknown[]>(run: (...args: Args) => void, delayMs: number): Debounced<Args> {
  let timer: ReturnType<typeof setTimeout> | undefined;

  const debounced = (...args: Args) => {
    if (timer !== undefined) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      run(...args);
    }, delayMs);
  };

  debounced.cancel = () => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
  };

  return debounced;
}
