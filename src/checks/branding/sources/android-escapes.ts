// Escapes, quotes, and whitespace other than single spaces between words: text without these stays as it is.
const NEEDS_DECODING = /[\\"\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|^ | $|  /;

/**
 * Applies what aapt does to a string resource's text after XML decoding: backslash escapes (`\'`, `\"`, `\n`,
 * `\t`, `\uXXXX`, `\@`, `\?`), double quotes that keep whitespace as written and are themselves dropped, and
 * collapsing of other runs of whitespace into one space, trimmed at both ends.
 */
export function decodeAndroidString(text: string): string {
  if (!NEEDS_DECODING.test(text)) return text;
  let out = '';
  let quoted = false;
  let pendingSpace = false;
  const put = (s: string) => {
    if (pendingSpace && out !== '') out += ' ';
    pendingSpace = false;
    out += s;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === '\\' && i + 1 < text.length) {
      const n = text[++i];
      if (n === 'n') put('\n');
      else if (n === 't') put('\t');
      else if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
        put(String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16)));
        i += 4;
      } else put(n);
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && /\s/.test(c)) {
      pendingSpace = true;
    } else {
      put(c);
    }
  }
  return out;
}
