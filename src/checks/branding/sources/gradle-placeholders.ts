import { blankCComments } from '../text.js';

/** A value Gradle puts into the manifest where it says `${name}`. */
export interface ManifestPlaceholder {
  name: string;
  value: string;
  offset: number;
}

const STRING = String.raw`"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'`;
// manifestPlaceholders = [appName: "..."] or += [...] (Groovy), manifestPlaceholders += mapOf("appName" to "...") (Kotlin)
const MAP = /\bmanifestPlaceholders\s*(?:\+?=|\.putAll\()\s*(?:\[([^\]]*)\]|mapOf\(([^)]*)\))/g;
const GROOVY_ENTRY = new RegExp(String.raw`(["']?)(\w+)\1\s*:\s*(?:${STRING})`, 'g');
const KOTLIN_ENTRY = new RegExp(String.raw`"(\w+)"\s+to\s+(?:${STRING})`, 'g');
// manifestPlaceholders["appName"] = "..." (Kotlin), manifestPlaceholders.put("appName", "...")
const SINGLE = new RegExp(String.raw`\bmanifestPlaceholders\s*(?:\[\s*["'](\w+)["']\s*\]\s*=|\.put\(\s*["'](\w+)["']\s*,)\s*(?:${STRING})`, 'g');

/** The `manifestPlaceholders` a Gradle build file sets, with where each value starts. */
export function gradleManifestPlaceholders(text: string): ManifestPlaceholder[] {
  const code = blankCComments(text, `"'`);
  const out: ManifestPlaceholder[] = [];
  MAP.lastIndex = 0;
  for (let m = MAP.exec(code); m; m = MAP.exec(code)) {
    const body = m[1] ?? m[2];
    const bodyAt = m.index + m[0].length - body.length - 1;
    const entry = m[1] !== undefined ? GROOVY_ENTRY : KOTLIN_ENTRY;
    entry.lastIndex = 0;
    for (let e = entry.exec(body); e; e = entry.exec(body)) {
      const [name, raw] = m[1] !== undefined ? [e[2], e[3] ?? e[4]] : [e[1], e[2] ?? e[3]];
      out.push({ name, value: unescape(raw), offset: bodyAt + e.index + e[0].length - raw.length - 1 });
    }
  }
  SINGLE.lastIndex = 0;
  for (let m = SINGLE.exec(code); m; m = SINGLE.exec(code)) {
    const raw = m[3] ?? m[4];
    out.push({ name: m[1] ?? m[2], value: unescape(raw), offset: m.index + m[0].length - raw.length - 1 });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

function unescape(raw: string): string {
  return raw.replace(/\\(.)/g, '$1');
}
