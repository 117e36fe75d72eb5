import { countNewlines, utf8Of } from '../../files/read-text.js';

export interface Location {
  line: number;
  column: number;
  lineText: string;
  previousLineText?: string;
}

const MAX_LINE_TEXT = 1000;

interface Line {
  start: number;
  end: number;
  /** Start of the line before, or -1 for the chunk's first line. */
  previousStart: number;
}

/**
 * Turns offsets into 1-based lines and columns. Offsets that grow (the usual order) cost only the text between them:
 * newlines are counted once, and the current line's bounds and the column so far are kept, so thousands of findings
 * on one long line cost what the line costs, not the line once per finding.
 */
export class LineIndex {
  private lastOffset = 0;
  private lastLine: number;
  /** The line that holds lastOffset, once located. */
  private line?: Line;
  /** Columns (characters) from that line's start to lastOffset. */
  private columnSoFar = 0;

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
    const line = this.moveTo(offset);
    const decode = this.bytes ? utf8Of : (s: string) => s;
    return {
      line: this.lastLine,
      column: this.columnSoFar + 1 + (line.start === 0 ? this.firstColumn : 0),
      lineText: decode(clip(this.text, line.start, line.end, offset)),
      previousLineText: line.previousStart >= 0 ? decode(clip(this.text, line.previousStart, line.start - 1, line.start - 1)) : undefined,
    };
  }

  /** Where the line that holds `offset` starts. */
  lineStartOf(offset: number): number {
    return this.moveTo(offset).start;
  }

  /** Whether the number stands as a token of its own on the line that holds `offset`. */
  lineContainsNumber(offset: number, n: number): boolean {
    // A window around the offset, so that a long line costs the window, not the line, per finding.
    const from = Math.max(0, offset - 2 * MAX_LINE_TEXT);
    const window = this.text.slice(from, offset + 2 * MAX_LINE_TEXT);
    const at = offset - from;
    const end = window.indexOf('\n', at);
    const line = window.slice(window.lastIndexOf('\n', at - 1) + 1, end === -1 ? window.length : end);
    return new RegExp(`(?<![\\w.])${n}(?![\\w.])`).test(line);
  }

  private moveTo(offset: number): Line {
    if (offset < this.lastOffset || !this.line) {
      this.lastOffset = 0;
      this.lastLine = this.firstLine;
      this.line = this.lineAt(0);
      this.columnSoFar = 0;
    }
    const newlines = countNewlines(this.text, this.lastOffset, offset);
    if (newlines > 0) {
      this.lastLine += newlines;
      this.line = this.lineAt(this.text.lastIndexOf('\n', offset - 1) + 1); // found within the text just counted
      this.columnSoFar = this.width(this.line.start, offset);
    } else {
      this.columnSoFar += this.width(this.lastOffset, offset);
    }
    this.lastOffset = offset;
    return this.line;
  }

  private lineAt(start: number): Line {
    let end = this.text.indexOf('\n', start);
    if (end === -1) end = this.text.length;
    const previousStart = start > 0 ? this.text.lastIndexOf('\n', start - 2) + 1 : -1;
    return { start, end, previousStart };
  }

  private width(from: number, to: number): number {
    return this.bytes ? utf8Of(this.text.slice(from, to)).length : to - from;
  }
}

function clip(text: string, start: number, end: number, around: number): string {
  if (end - start <= MAX_LINE_TEXT) return text.slice(start, end);
  const from = Math.max(start, around - MAX_LINE_TEXT / 2);
  return text.slice(from, Math.min(end, from + MAX_LINE_TEXT));
}
