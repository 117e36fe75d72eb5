import { countNewlines, utf8Of } from '../../files/read-text.js';

export interface Location {
  line: number;
  column: number;
  lineText: string;
  previousLineText?: string;
}

const MAX_LINE_TEXT = 1000;

/** Turns offsets into 1-based lines and columns, counting newlines only once for offsets that grow. */
export class LineIndex {
  private lastOffset = 0;
  private lastLine: number;

  constructor(
    private readonly text: string,
    private readonly firstLine: number,
    /** Characters before text[0] on its line. */
    private readonly firstColumn = 0,
    /** `bytes`: the text holds UTF-8 bytes one character each, so columns and line texts are decoded here. */
    private readonly bytes = false,
  ) {
    this.lastLine = firstLine;
  }

  locate(offset: number): Location {
    if (offset < this.lastOffset) {
      this.lastOffset = 0;
      this.lastLine = this.firstLine;
    }
    this.lastLine += countNewlines(this.text, this.lastOffset, offset);
    this.lastOffset = offset;
    const lineStart = this.text.lastIndexOf('\n', offset - 1) + 1;
    let lineEnd = this.text.indexOf('\n', offset);
    if (lineEnd === -1) lineEnd = this.text.length;
    const previousStart = lineStart > 0 ? this.text.lastIndexOf('\n', lineStart - 2) + 1 : -1;
    const decode = this.bytes ? utf8Of : (s: string) => s;
    return {
      line: this.lastLine,
      column: (this.bytes ? utf8Of(this.text.slice(lineStart, offset)).length : offset - lineStart) + 1 + (lineStart === 0 ? this.firstColumn : 0),
      lineText: decode(clip(this.text, lineStart, lineEnd, offset)),
      previousLineText: previousStart >= 0 ? decode(clip(this.text, previousStart, lineStart - 1, lineStart - 1)) : undefined,
    };
  }

  /** Whether the number stands as a token of its own on the line that holds `offset`. */
  lineContainsNumber(offset: number, n: number): boolean {
    const start = this.text.lastIndexOf('\n', offset - 1) + 1;
    let end = this.text.indexOf('\n', offset);
    if (end === -1) end = this.text.length;
    return new RegExp(`(?<![\\w.])${n}(?![\\w.])`).test(this.text.slice(start, Math.min(end, start + 4 * MAX_LINE_TEXT)));
  }
}

function clip(text: string, start: number, end: number, around: number): string {
  if (end - start <= MAX_LINE_TEXT) return text.slice(start, end);
  const from = Math.max(start, around - MAX_LINE_TEXT / 2);
  return text.slice(from, Math.min(end, from + MAX_LINE_TEXT));
}
