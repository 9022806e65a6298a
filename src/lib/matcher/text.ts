/** Text preparation shared by the engine and the excerpts: line endings and line numbers. */

/**
 * Turns `\r\n` and lone `\r` into `\n`. Every offset the engine reports
 * refers to the text after this step.
 */
export function normalizeLineEndings(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Maps offsets of a normalised text to 1-based line numbers. */
export class LineIndex {
  /** Offset of the first character of each line. */
  private readonly starts: number[] = [0];

  constructor(readonly text: string) {
    let newline = text.indexOf('\n');
    while (newline !== -1) {
      this.starts.push(newline + 1);
      newline = text.indexOf('\n', newline + 1);
    }
  }

  /** Number of lines; a trailing newline does not start another line. */
  get lineCount(): number {
    if (this.text.length === 0) {
      return 0;
    }
    return this.text.endsWith('\n') ? this.starts.length - 1 : this.starts.length;
  }

  /** 1-based line of the character at `offset`. */
  lineAt(offset: number): number {
    let low = 0;
    let high = this.starts.length - 1;
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if ((this.starts[middle] ?? 0) <= offset) {
        low = middle;
      } else {
        high = middle - 1;
      }
    }
    return low + 1;
  }

  /** Offset of the first character of 1-based `line`. */
  lineStart(line: number): number {
    return this.starts[line - 1] ?? this.text.length;
  }

  /** Offset just past the last character of 1-based `line`, before its `\n`. */
  lineEnd(line: number): number {
    const next = this.starts[line];
    return next === undefined ? this.text.length : next - 1;
  }
}
