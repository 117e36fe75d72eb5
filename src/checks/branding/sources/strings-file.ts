import { blankCComments } from '../text.js';
import type { Title } from '../types.js';

const TOKEN = String.raw`"(?:[^"\\\n]|\\.)*"|[\w.$-]+`;
const ENTRY = new RegExp(`(?<![\\w.$-])(${TOKEN})\\s*=\\s*(${TOKEN})\\s*;`, 'g');
const TITLE_KEYS = new Set(['CFBundleDisplayName', 'CFBundleName']);

/** A `"key" = "value";` entry of an Apple `.strings` file (or Telegram Desktop's lang.strings), with the value's offset. */
export interface StringsEntry {
  key: string;
  value: string;
  offset: number;
}

/** The entries of a `.strings` file, comments skipped, escapes decoded. */
export function stringsFileEntries(text: string): StringsEntry[] {
  const code = blankCComments(text);
  const out: StringsEntry[] = [];
  ENTRY.lastIndex = 0;
  for (let m = ENTRY.exec(code); m; m = ENTRY.exec(code)) {
    const rawValue = m[2];
    const valueAt = m.index + m[0].lastIndexOf(rawValue) + (rawValue.startsWith('"') ? 1 : 0);
    out.push({ key: unquote(m[1]), value: unquote(rawValue), offset: valueAt });
  }
  return out;
}

/** `CFBundleDisplayName`/`CFBundleName` in an Apple `.strings` file (`*.lproj/InfoPlist.strings`). */
export function infoPlistStringsTitles(text: string): Title[] {
  return stringsFileEntries(text)
    .filter((e) => TITLE_KEYS.has(e.key))
    .map((e) => ({ source: 'InfoPlist.strings', key: e.key, value: e.value, offset: e.offset }));
}

function unquote(token: string): string {
  if (!token.startsWith('"')) return token;
  return token.slice(1, -1).replace(/\\(U[0-9a-fA-F]{4}|u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
  });
}
