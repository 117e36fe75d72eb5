/**
 * Characters that text from the tree (file names, file lines, archive entry names) must never carry raw into an
 * output: C0 and C1 controls and DEL (line breaks, a lone \r, ANSI escapes), the Unicode line and paragraph
 * separators, and the bidirectional overrides that make a name read differently from what it is.
 */
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/** Writes each such character as an escape (`\n`, `\x1b`, `\u202e`): the text stays on one line, and shows what it holds. */
export function visibleControls(text: string): string {
  return text.replace(INVISIBLE, (c) => {
    const code = c.charCodeAt(0);
    return NAMED[c] ?? (code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`);
  });
}
