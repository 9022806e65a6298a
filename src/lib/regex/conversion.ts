/** Result of converting one construct that starts at the current position of a pattern. */
export type Conversion =
  /** Replace the `length` characters of the construct with `text`. */
  | { kind: 'emit'; text: string; length: number }
  /** The construct, `length` characters long, has no JavaScript equivalent. */
  | { kind: 'reject'; message: string; length: number };

export function emit(text: string, length: number): Conversion {
  return { kind: 'emit', text, length };
}

export function reject(message: string, length: number): Conversion {
  return { kind: 'reject', message, length };
}
