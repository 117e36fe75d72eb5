import { normalise } from './normalise.js';

/** A statement of the GPL version a project is under, with or without "or later". */
export interface VersionStatement {
  /** "2.0", "3.0". */
  version: string;
  orLater: boolean;
  /** Where it was seen: a workspace-relative path, with what was read. */
  path: string;
  line?: number;
  quote: string;
}

const V = String.raw`(\d(?:\.\d)?)`;
// Each pattern runs on normalised text (lower case, one space, straight quotes) and captures the version.
const OR_LATER: readonly RegExp[] = [
  new RegExp(String.raw`either version ${V} of the license,? or \(?at your option\)? any later version`, 'g'),
  new RegExp(String.raw`version ${V} of the license,? or \(?at your option\)? any later version`, 'g'),
  new RegExp(String.raw`\b(?:gnu )?(?:a|l)?gpl(?: license)?,? v(?:ersion)?\.? ?${V} or (?:any )?later\b`, 'g'),
  new RegExp(String.raw`\bgeneral public license,? (?:as published by the free software foundation,? )?v(?:ersion)?\.? ?${V},? or (?:\(at your option\) )?(?:any )?later\b`, 'g'),
  new RegExp(String.raw`\b(?:a|l)?gplv?${V} ?\+`, 'g'),
  new RegExp(String.raw`\b(?:a|l)?gpl-${V}-or-later\b`, 'g'),
  new RegExp(String.raw`\b(?:a|l)?gpl-${V}\+`, 'g'),
];
const ONLY: readonly RegExp[] = [
  new RegExp(String.raw`\b(?:a|l)?gpl-${V}-only\b`, 'g'),
  new RegExp(String.raw`\bversion ${V} only\b`, 'g'),
  new RegExp(String.raw`\b(?:a|l)?gpl ?v?${V} only\b`, 'g'),
];

/**
 * Finds the "or later" (and explicit "only") statements in a notice, README, LEGAL file or file header.
 * The how-to-apply appendix of a GPL text contains a sample "or later" notice: callers pass only the text
 * outside the license's own terms (e.g. the preamble before them).
 */
export function versionStatements(text: string, path: string, line?: number): VersionStatement[] {
  const t = normalise(text);
  const out: VersionStatement[] = [];
  const seen = new Set<number>();
  for (const [patterns, orLater] of [
    [OR_LATER, true],
    [ONLY, false],
  ] as const) {
    for (const re of patterns) {
      re.lastIndex = 0;
      for (let m = re.exec(t); m; m = re.exec(t)) {
        if (seen.has(m.index)) continue;
        seen.add(m.index);
        const version = m[1].includes('.') ? m[1] : `${m[1]}.0`;
        out.push({ version, orLater, path, line, quote: m[0] });
      }
    }
  }
  return out;
}

/** The first statement for a version decides; a later conflicting one is reported by the caller if it wants. */
export function orLaterFor(version: string, statements: readonly VersionStatement[]): VersionStatement | undefined {
  return statements.find((s) => s.version === version);
}
