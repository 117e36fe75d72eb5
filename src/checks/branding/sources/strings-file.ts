import { blankCComments } from '../text.js';
import type { Title } from '../types.js';

const TOKEN = String.raw`"(?:[^"\\\n]|\\.)*"|[\w.$-]+`;
const ENTRY = new RegExp(`(?<![\\w.$-])(${TOKEN})\\s*=\\s*(${TOKEN})\\s*;`, 'g');
const TITLE_KEYS = new Set(['CFBundleDisplayName', 'CFBundleName']);

/** `CFBundleDisplayName`/`CFBundleName` in an Apple `.strings` file (`*.lproj/InfoPlist.strings`). */
export function infoPlistStringsTitles(text: string): Title[] {
  const code = blankCComments(text);
  const out: Title[] = [];
  ENTRY.lastIndex = 0;
  for (let m = ENTRY.exec(code); m; m = ENTRY.exec(code)) {
    const key = unquote(m[1]);
    if (!TITLE_KEYS.has(key)) continue;
    const rawValue = m[2];
    const valueAt = m.index + m[0].lastIndexOf(rawValue) + (rawValue.startsWith('"') ? 1 : 0);
    out.push({ source: 'InfoPlist.strings', key, value: unquote(rawValue), offset: valueAt });
  }
  return out;
}

function unquote(token: string): string {
  if (!token.startsWith('"')) return token;
  return token.slice(1, -1).replace(/\\(U[0-9a-fA-F]{4}|u[0-9a-fA-F]{4}|.)/g, (_, e: string) => {
    if (e.length === 5) return String.fromCharCode(parseInt(e.slice(1), 16));
    return e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
  });
}
