import { blankCComments } from '../text.js';
import type { Title } from '../types.js';

// INFOPLIST_KEY_CFBundleDisplayName = "Telegram Lite"; (project.pbxproj), or the same without quotes and `;` (.xcconfig),
// optionally conditional: INFOPLIST_KEY_CFBundleDisplayName[sdk=iphoneos*] = ...
const SETTING = /^[ \t]*(INFOPLIST_KEY_(?:CFBundleDisplayName|CFBundleName)(?:\[[^\]\n]*\])?)[ \t]*=[ \t]*(?:"((?:[^"\\\n]|\\.)*)"|([^;\n]*?))[ \t]*;?[ \t]*\r?$/gm;

/**
 * The Info.plist keys Xcode generates from build settings (`GENERATE_INFOPLIST_FILE`): `INFOPLIST_KEY_CFBundleDisplayName`
 * and `INFOPLIST_KEY_CFBundleName` in `project.pbxproj` and `.xcconfig` files.
 */
export function xcodeSettingTitles(text: string, path: string): Title[] {
  const code = blankCComments(text);
  const out: Title[] = [];
  const source = path.endsWith('.xcconfig') ? 'Xcode build settings (.xcconfig)' : 'Xcode build settings (project.pbxproj)';
  SETTING.lastIndex = 0;
  for (let m = SETTING.exec(code); m; m = SETTING.exec(code)) {
    const quoted = m[2] !== undefined;
    const raw = quoted ? m[2] : m[3];
    if (raw === '') continue;
    const offset = m.index + m[0].indexOf(quoted ? `"${raw}"` : raw, m[1].length) + (quoted ? 1 : 0);
    out.push({ source, key: m[1], value: quoted ? raw.replace(/\\(.)/g, (_, c: string) => (c === 'n' ? '\n' : c)) : raw, offset });
  }
  return out;
}
