import { blankCComments } from '../text.js';
import type { Title } from '../types.js';

// VALUE "ProductName", "Telegram Desktop\0" — the value must be a string literal; a macro is not a title.
const VALUE = /\bVALUE\s+"(ProductName|FileDescription)"\s*,\s*L?"((?:[^"\r\n]|"")*)"/g;

/** `ProductName` and `FileDescription` of a Windows resource script's version block. */
export function windowsRcTitles(text: string): Title[] {
  const code = blankCComments(text);
  const out: Title[] = [];
  VALUE.lastIndex = 0;
  for (let m = VALUE.exec(code); m; m = VALUE.exec(code)) {
    const raw = m[2];
    const valueAt = m.index + m[0].length - raw.length - 1;
    out.push({ source: 'Windows resource script', key: m[1], value: unescape(raw), offset: valueAt });
  }
  return out;
}

function unescape(raw: string): string {
  return raw
    .replace(/""/g, '"')
    .replace(/\\(x[0-9a-fA-F]{1,4}|[0-7]{1,3}|.)/g, (_, e: string) => {
      if (e[0] === 'x') return String.fromCharCode(parseInt(e.slice(1), 16));
      if (/^[0-7]/.test(e)) return String.fromCharCode(parseInt(e, 8));
      return e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
    })
    .replace(/\0+$/, '');
}
