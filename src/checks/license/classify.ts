import type { LicenseFileCandidate } from './license-files.js';
import { matchLicense, type LicenseMatch } from './matcher.js';
import { versionStatements, type VersionStatement } from './or-later.js';
import { familyOf, type Family } from './references.js';
import { leaf } from './spdx.js';

export interface HeldLicense {
  /** SPDX id without -only/-or-later. */
  id: string;
  family: Family;
  version?: string;
}

/** A license file with what it holds. */
export interface ClassifiedFile {
  path: string;
  score: number;
  match: LicenseMatch;
  /** What the file holds or (stub, REUSE file name) names; undefined when unknown. */
  license?: HeldLicense;
  /** Other licenses held whole in the same file (GPL-2.0 and GPL-3.0 together; GPL-3.0 after LGPL-3.0). */
  others: HeldLicense[];
  /** "or later" statements in the file outside the license's own terms (its preamble), or in a REUSE file name. */
  statements: VersionStatement[];
  /** A REUSE LICENSES/<id>.txt file: its name is an SPDX id. */
  reuseId?: string;
}

function held(id: string): HeldLicense {
  return { id, ...familyOf(id) };
}

export function classify(candidate: LicenseFileCandidate, text: string): ClassifiedFile {
  const match = matchLicense(text);
  const path = candidate.file.path;
  const statements = match.status === 'unknown' ? [] : versionStatements(match.preamble, path, 1);
  let id = match.status === 'unknown' ? undefined : match.license?.id;
  if (candidate.reuseId) {
    const named = leaf(candidate.reuseId);
    id ??= named.base;
    const { version } = familyOf(named.base);
    if (named.orLater !== undefined && version) statements.unshift({ version, orLater: named.orLater, path, line: 1, quote: `REUSE file name ${candidate.reuseId}` });
  }
  return { path, score: candidate.score, match, license: id ? held(id) : undefined, others: (match.also ?? []).map((l) => held(l.id)), statements, reuseId: candidate.reuseId };
}

export function isGnuCopyleft(l: HeldLicense | undefined): boolean {
  return l?.family === 'GPL' || l?.family === 'AGPL';
}

/** The GPL or AGPL licenses a set of files offers (a damaged GPL text is still meant as GPL). */
export function gplLicenses(files: readonly ClassifiedFile[]): { file: ClassifiedFile; license: HeldLicense }[] {
  return files.filter((f) => isGnuCopyleft(f.license)).flatMap((f) => [f.license!, ...f.others.filter(isGnuCopyleft)].map((license) => ({ file: f, license })));
}

/** Every license id a file holds, primary first. */
export function heldIds(f: ClassifiedFile): string[] {
  return f.license ? [f.license.id, ...f.others.map((o) => o.id)] : [];
}
