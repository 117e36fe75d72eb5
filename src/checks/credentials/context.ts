/** What surrounds a value: a guard that keeps it out of normal builds, or a later assignment that replaces it. */

const PREPROCESSOR = /^[ \t]*#[ \t]*(if|ifdef|ifndef|elif|else|endif|error)\b(.*)$/;
const CMAKE_BLOCK = /^[ \t]*(if|elseif|else|endif)[ \t]*\((.*)\)/i;

/**
 * Looks back from `offset` through the enclosing preprocessor or CMake block (at most 60 lines) for a guard:
 * an `#error` before the value in the same branch, or a condition that names a test switch.
 */
export interface Guard {
  description: string;
  /** The build switch named in the guarding condition (e.g. TDESKTOP_API_TEST), when there is one. */
  switchName?: string;
}

export function findGuard(text: string, offset: number): Guard | undefined {
  let end = text.lastIndexOf('\n', offset - 1);
  let depth = 0;
  for (let n = 0; n < 60 && end > 0; n++) {
    const start = text.lastIndexOf('\n', end - 1) + 1;
    const line = text.slice(start, end);
    end = start - 1;
    const pp = PREPROCESSOR.exec(line);
    const cm = pp ? null : CMAKE_BLOCK.exec(line);
    const directive = (pp?.[1] ?? cm?.[1] ?? '').toLowerCase();
    const condition = (pp?.[2] ?? cm?.[2] ?? '').trim();
    if (!directive) continue;
    if (directive === 'endif') depth++;
    else if (depth > 0) {
      if (directive.startsWith('if')) depth--;
    } else if (directive === 'error') return { description: `#error "${condition.slice(0, 80)}" stops the build before it` };
    else if (directive.startsWith('if') || directive === 'elif' || directive === 'elseif') {
      const switchName = /\b\w*TEST\w*\b/i.exec(condition)?.[0];
      return switchName ? { description: `built only when ${condition.slice(0, 80)}`, switchName } : undefined;
    }
  }
  return undefined;
}

/** A later assignment of the same name from something other than a literal, e.g. `APP_ID = BuildConfig.APP_ID;`. */
export function findOverride(text: string, afterOffset: number, identifier: string): { offset: number; statement: string } | undefined {
  const name = identifier.replace(/^.*[.>]/, '').replace(/^-+D?/, '');
  if (!/^\w+$/.test(name)) return undefined;
  const re = new RegExp(`(?<![\\w"'])${name}[ \\t]*=(?!=)[ \\t]*(?![ \\t"'\\d-])([^;\\n]{1,120})`, 'g');
  re.lastIndex = afterOffset;
  const m = re.exec(text);
  if (!m) return undefined;
  return { offset: m.index, statement: `${name} = ${m[1].trim()}` };
}
