/**
 * Pagefind excerpts are HTML strings: matched words are wrapped in
 * `<mark>...</mark>` and `<` and `>` from the page text arrive as `&lt;` and
 * `&gt;`, but `&` and quotes arrive unescaped (checked with Pagefind 1.6.0).
 * The UI never assigns them to innerHTML. It splits them into text segments and
 * builds the marks itself, so page text can never become markup.
 */

export interface ExcerptSegment {
  text: string;
  /** True for words Pagefind matched against the query. */
  marked: boolean;
}

const NAMED_ENTITIES: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

/**
 * Decodes the character references Pagefind emits. An unknown name is left as
 * written, so a literal `&` followed by letters survives.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#[0-9]+|[a-z]+);/gi, (reference: string, body: string) => {
    if (body.startsWith('#')) {
      const hex = body[1] === 'x' || body[1] === 'X';
      const codePoint = Number.parseInt(body.slice(hex ? 2 : 1), hex ? 16 : 10);
      const valid = Number.isInteger(codePoint) && codePoint > 0 && codePoint <= 0x10ffff;
      return valid ? String.fromCodePoint(codePoint) : reference;
    }

    return NAMED_ENTITIES[body.toLowerCase()] ?? reference;
  });
}

/** Splits an excerpt into plain and marked segments; any tag other than `<mark>` is dropped. */
export function parseExcerpt(excerpt: string): ExcerptSegment[] {
  const segments: ExcerptSegment[] = [];
  let marked = false;

  for (const part of excerpt.split(/(<\/?mark>)/i)) {
    const tag = part.toLowerCase();
    if (tag === '<mark>') {
      marked = true;
      continue;
    }
    if (tag === '</mark>') {
      marked = false;
      continue;
    }

    const text = decodeEntities(part.replace(/<[^>]*>/g, ''));
    if (text === '') continue;

    const previous = segments.at(-1);
    if (previous !== undefined && previous.marked === marked) {
      previous.text += text;
    } else {
      segments.push({ text, marked });
    }
  }

  return segments;
}
