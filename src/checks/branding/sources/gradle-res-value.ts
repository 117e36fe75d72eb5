import { blankCComments } from '../text.js';
import { decodeAndroidString } from './android-escapes.js';
import type { StringResource } from './android-resources.js';

// resValue "string", "app_name", "Telegram Lite" (Groovy) or resValue("string", "app_name", "Telegram Lite") (Kotlin DSL).
const RES_VALUE = /\bresValue\s*\(?\s*(["'])string\1\s*,\s*(["'])([\w.]+)\2\s*,\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')/g;

/** String resources a Gradle build file defines with `resValue`: they stand beside (and override) strings.xml. */
export function gradleStringResources(text: string): StringResource[] {
  const code = blankCComments(text, `"'`);
  const out: StringResource[] = [];
  RES_VALUE.lastIndex = 0;
  for (let m = RES_VALUE.exec(code); m; m = RES_VALUE.exec(code)) {
    const raw = m[4] ?? m[5];
    const offset = m.index + m[0].length - raw.length - 1;
    // Groovy/Kotlin unescape first; the value then goes through aapt like any string resource.
    const value = decodeAndroidString(raw.replace(/\\(["'\\$])/g, '$1'));
    out.push({ name: m[3], value, offset, source: 'Gradle resValue' });
  }
  return out;
}
