import type { RawFinding } from '../../findings.js';
import { heldIds, type ClassifiedFile } from './classify.js';
import type { VersionStatement } from './or-later.js';
import { familyOf } from './references.js';
import { readDeclaration, type Declaration } from './spdx.js';

/** A license declared outside the license file: a manifest field or an SPDX-License-Identifier header. */
export interface DeclarationSource {
  path: string;
  line: number;
  field: string;
  value: string;
  header: boolean;
}

/**
 * license-mismatch where a declaration names a license none of the license files holds, or states "-only"
 * where the license file's notice says "or later" (or the reverse). Headers are grouped by expression: one
 * finding per distinct disagreeing expression, at its first file, with the count.
 */
export function declarationFindings(sources: readonly DeclarationSource[], files: readonly ClassifiedFile[], statements: readonly VersionStatement[]): RawFinding[] {
  const known = files.filter((f) => f.license);
  if (known.length === 0) return [];
  const fileText = known.map((f) => `${f.path} holds ${heldIds(f).join(' and ')}`).join(', ');
  const groups = new Map<string, { first: DeclarationSource; count: number }>();
  for (const s of sources) {
    const key = s.header ? `header\0${s.value}` : `${s.path}\0${s.field}\0${s.value}`;
    const g = groups.get(key);
    if (g) g.count++;
    else groups.set(key, { first: s, count: 1 });
  }
  const out: RawFinding[] = [];
  for (const { first: s, count } of groups.values()) {
    const problem = disagreement(s, known, statements);
    if (!problem) continue;
    const where = s.header ? `SPDX-License-Identifier "${s.value}" in ${count === 1 ? s.path : `${count} sampled files (first: ${s.path})`}` : `${s.field} "${s.value}" in ${s.path}`;
    out.push({ ruleId: 'license-mismatch', level: 'warning', path: s.path, line: s.line, column: 1, message: `${where} ${problem}; ${fileText}.`, key: `${s.field}\0${s.value}` });
  }
  return out;
}

function disagreement(s: DeclarationSource, known: readonly ClassifiedFile[], statements: readonly VersionStatement[]): string | undefined {
  const value = s.value.trim();
  if (/^SEE LICEN[SC]E IN\b/i.test(value)) return undefined;
  if (/^UNLICENSED$/i.test(value)) return 'says the package is proprietary (UNLICENSED)';
  const decl: Declaration | undefined = readDeclaration(value);
  if (!decl) return undefined;
  const agreeing = decl.leaves.filter((l) => known.some((f) => heldIds(f).includes(l.base)));
  if (agreeing.length === 0) return `names ${decl.leaves.map((l) => l.raw).join(decl.conjunction === 'and' ? ' AND ' : ' OR ')}${decl.note ? ` (${decl.note})` : ''}, which no license file holds`;
  for (const l of agreeing) {
    if (l.orLater === undefined) continue;
    const { version } = familyOf(l.base);
    const stated = statements.find((st) => st.version === version && st.path !== s.path && st.orLater !== l.orLater);
    const agrees = statements.some((st) => st.version === version && st.orLater === l.orLater);
    if (stated && !agrees) {
      return `says ${l.raw}, but ${stated.path} says ${stated.orLater ? '"or later"' : '"only"'} ("${stated.quote}")`;
    }
  }
  return undefined;
}
