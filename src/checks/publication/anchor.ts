import type { FileEntry } from '../../files/types.js';
import type { RawFinding } from '../../findings.js';

const README = /^readme(?:\.(?:md|markdown|rst|txt|adoc|org))?$/i;

/** The root README, where repository-wide publication findings are anchored; README.md (the file the fix creates) when there is none. */
export function readmeOf(tree: readonly FileEntry[]): FileEntry | undefined {
  const candidates = tree.filter((f) => !f.path.includes('/') && README.test(f.path));
  return candidates.find((f) => /\.md$/i.test(f.path)) ?? candidates[0];
}

/**
 * Where repository-wide publication findings stand: line 1 of the README, where an inline `tg-compliance:allow`
 * comment can go; README.md as the file the fix creates when there is none.
 */
export function anchorAt(readme: FileEntry | undefined): Pick<RawFinding, 'path' | 'line' | 'column' | 'fileToCreate'> {
  return readme ? { path: readme.path, line: 1, column: 1 } : { path: 'README.md', fileToCreate: true };
}
