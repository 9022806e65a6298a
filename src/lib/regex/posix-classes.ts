/**
 * Bodies of the POSIX bracket classes (`[[:digit:]]` and so on) as JavaScript class
 * contents, ASCII-only as in PCRE without the UCP option. Python `re` has no POSIX
 * classes; they are accepted because PCRE, grep and many editors use them.
 */
const POSIX_CLASS_BODIES: Readonly<Record<string, string>> = {
  alnum: 'a-zA-Z0-9',
  alpha: 'a-zA-Z',
  ascii: '\\x00-\\x7f',
  blank: ' \\t',
  cntrl: '\\x00-\\x1f\\x7f',
  digit: '0-9',
  graph: '\\x21-\\x7e',
  lower: 'a-z',
  print: '\\x20-\\x7e',
  punct: '!-\\/:-@\\[-`{-~',
  space: '\\t\\n\\v\\f\\r ',
  upper: 'A-Z',
  word: '\\w',
  xdigit: '0-9A-Fa-f',
};

/** Returns the class body for a POSIX class name such as `digit`, or undefined for an unknown name. */
export function posixClassBody(name: string): string | undefined {
  return Object.hasOwn(POSIX_CLASS_BODIES, name) ? POSIX_CLASS_BODIES[name] : undefined;
}
