import type { Title } from '../types.js';

const NAME = /^([ \t]*)(_?Name(?:\[[^\]\r\n]+\])?)[ \t]*=[ \t]*(.*?)\r?$/;

/**
 * `Name=` and `Name[xx]=` of the `[Desktop Entry]` group of a freedesktop `.desktop` file (`_Name=` in
 * intltool `.desktop.in` templates). Actions' names (`[Desktop Action ...]`) are not the app's title.
 */
export function desktopEntryTitles(text: string): Title[] {
  const out: Title[] = [];
  let group = '';
  let offset = 0;
  for (const line of text.split('\n')) {
    const header = /^\s*\[([^\]]*)\]/.exec(line);
    if (header) group = header[1];
    else if (group === 'Desktop Entry') {
      const m = NAME.exec(line);
      if (m && m[3] !== '') {
        const valueAt = line.length - (line.endsWith('\r') ? 1 : 0) - m[3].length;
        out.push({ source: '.desktop file', key: m[2], value: unescape(m[3]), offset: offset + valueAt });
      }
    }
    offset += line.length + 1;
  }
  return out;
}

function unescape(value: string): string {
  return value.replace(/\\(.)/g, (_, c: string) => ({ s: ' ', n: '\n', t: '\t', r: '\r' })[c] ?? c);
}
