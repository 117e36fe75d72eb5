import type { FileEntry } from '../../files/types.js';

export interface LicenseFileCandidate {
  file: FileEntry;
  /** licensee's filename score: 1 for LICENSE down to 0.25 for MIT-COPYING. */
  score: number;
  /** A REUSE LICENSES/<id>.txt file: its name is an SPDX id. */
  reuseId?: string;
}

const LICENSE = String.raw`(?:un)?licen[sc]e`;
const COPYING = String.raw`copy(?:ing|right)`;
const PREFERRED_EXT = String.raw`\.(?:md|markdown|txt)`;
const ANY_EXT = String.raw`\.[^./]+`;
// Source files named like a license (license.js, LicenseDialog.java) are code, not license texts.
const CODE_EXT = /\.(?:js|mjs|cjs|ts|tsx|jsx|java|kt|kts|swift|m|mm|h|hpp|c|cc|cpp|cs|go|rs|py|rb|php|json|ya?ml|xml|toml|gradle|sh|html?|css|svg|png|jpe?g)$/i;

// licensee's FILENAME_REGEXES (lib/licensee/project_files/license_file.rb), OFL left out.
const SCORES: readonly [RegExp, number][] = [
  [new RegExp(`^${LICENSE}$`, 'i'), 1.0],
  [new RegExp(`^${LICENSE}${PREFERRED_EXT}$`, 'i'), 0.9],
  [new RegExp(`^${COPYING}$`, 'i'), 0.8],
  [new RegExp(`^${COPYING}${PREFERRED_EXT}$`, 'i'), 0.7],
  [new RegExp(`^${LICENSE}${ANY_EXT}$`, 'i'), 0.6],
  [new RegExp(`^${COPYING}${ANY_EXT}$`, 'i'), 0.5],
  [new RegExp(`${LICENSE}[-_]`, 'i'), 0.4],
  [new RegExp(`${COPYING}[-_]`, 'i'), 0.35],
  [new RegExp(`[-_]${LICENSE}`, 'i'), 0.3],
  [new RegExp(`[-_]${COPYING}`, 'i'), 0.25],
];
const REUSE_SCORE = 0.45;

export function nameScore(name: string): number {
  if (CODE_EXT.test(name)) return 0;
  return SCORES.find(([re]) => re.test(name))?.[1] ?? 0;
}

/**
 * The scanned root: the workspace root when the tree has files there, else the deepest folder holding every file
 * (a scan of a sub-folder). License files are looked for there only: a vendored library's LICENSE is not the
 * project's.
 */
export function scannedRoot(tree: readonly FileEntry[]): string {
  if (tree.length === 0 || tree.some((f) => !f.path.includes('/'))) return '';
  let prefix = tree[0].path.slice(0, tree[0].path.lastIndexOf('/') + 1);
  for (const f of tree) {
    while (prefix && !f.path.startsWith(prefix)) prefix = prefix.slice(0, prefix.slice(0, -1).lastIndexOf('/') + 1);
    if (!prefix) return '';
  }
  return prefix;
}

/** License files at the scanned root (and a REUSE LICENSES/ folder there), best first, as GitHub's detector ranks them. */
export function findLicenseFiles(tree: readonly FileEntry[]): LicenseFileCandidate[] {
  const root = scannedRoot(tree);
  const out: LicenseFileCandidate[] = [];
  for (const file of tree) {
    if (!file.path.startsWith(root)) continue;
    const rel = file.path.slice(root.length);
    const reuse = /^LICENSES\/([^/]+)\.(?:txt|md)$/.exec(rel);
    if (reuse) {
      out.push({ file, score: REUSE_SCORE, reuseId: reuse[1] });
      continue;
    }
    if (rel.includes('/')) continue;
    const score = nameScore(rel);
    if (score > 0) out.push({ file, score });
  }
  return out.sort((a, b) => b.score - a.score || (a.file.path < b.file.path ? -1 : 1));
}
