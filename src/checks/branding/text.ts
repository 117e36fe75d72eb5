/** Replaces each match with spaces of the same length, newlines kept, so offsets, lines and columns stay true. */
export function blank(text: string, pattern: RegExp): string {
  return text.replace(pattern, (m) => m.replace(/[^\r\n]/g, ' '));
}

/**
 * Blanks C-style comments (`//` to the end of the line, `/* *\/`) outside strings, as in `.rc`, `.strings` and
 * Gradle files. Strings open with one of `quotes` and may escape it with a backslash (or, in `.rc` files, double it).
 */
export function blankCComments(text: string, quotes = '"'): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    const c = text[i];
    if (quotes.includes(c)) {
      let j = i + 1;
      while (j < text.length && text[j] !== c && text[j] !== '\n') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else if (c === '/' && text[i + 1] === '/') {
      let j = text.indexOf('\n', i);
      if (j === -1) j = text.length;
      out += ' '.repeat(j - i);
      i = j;
    } else if (c === '/' && text[i + 1] === '*') {
      let j = text.indexOf('*/', i + 2);
      j = j === -1 ? text.length : j + 2;
      out += text.slice(i, j).replace(/[^\r\n]/g, ' ');
      i = j;
    } else {
      out += c;
      i++;
    }
  }
  return out;
}
