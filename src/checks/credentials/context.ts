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
export interface Override {
  offset: number;
  statement: string;
}

// Every `name = <not a literal>` in the text (the value in a lookahead, so that a later assignment on the same line
// is found too). One pass, indexed by name: searching forward from each finding would
// rescan the rest of the file once per finding (quadratic on a file with thousands of them).
const NON_LITERAL_ASSIGNMENT = /(?<![\w"'])(\w+)[ \t]*=(?!=)[ \t]*(?![ \t"'\d-])(?=([^;\n]{1,120}))/g;

/** The override lookups of one text, built on the first lookup. */
export class OverrideIndex {
  private byName?: Map<string, Override[]>;

  constructor(private readonly text: string) {}

  /** The first override of `identifier`'s last name after `afterOffset`. */
  after(afterOffset: number, identifier: string): Override | undefined {
    const name = identifier.replace(/^.*[.>]/, '').replace(/^-+D?/, '');
    if (!/^\w+$/.test(name)) return undefined;
    const list = this.index().get(name);
    if (!list) return undefined;
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].offset < afterOffset) lo = mid + 1;
      else hi = mid;
    }
    return list[lo];
  }

  private index(): Map<string, Override[]> {
    if (this.byName) return this.byName;
    this.byName = new Map();
    for (const m of this.text.matchAll(NON_LITERAL_ASSIGNMENT)) {
      const list = this.byName.get(m[1]) ?? [];
      list.push({ offset: m.index, statement: `${m[1]} = ${m[2].trim()}` });
      this.byName.set(m[1], list);
    }
    return this.byName;
  }
}
