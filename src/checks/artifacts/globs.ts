import fg from 'fast-glob';
import { lstat } from 'node:fs/promises';
import { isAbsolute, relative as pathRelative, sep } from 'node:path';
import { globProblem } from '../../config/glob-check.js';
import { UsageError } from '../../config/schema.js';

/** An artifact found by a glob. */
export interface ArtifactFile {
  /** Workspace-relative, `/`-separated. */
  path: string;
  abs: string;
  size: number;
}

export interface Expanded {
  files: ArtifactFile[];
  /** Globs that matched nothing and paths that cannot be read: listed, never passed silently. */
  unmatched: { path: string; reason: string }[];
}

// Build outputs are often dot-folders or git-ignored, so both are searched; a repository's .git never holds one.
const GLOB_OPTIONS = { dot: true, followSymbolicLinks: false, unique: true, ignore: ['**/.git/**'] };

/**
 * Expands artifact globs relative to the workspace root. A folder that matches stands for every file under it (a
 * web build). A glob that climbs out of the workspace (`..`, or an absolute path outside it) is a usage error;
 * symbolic links are not followed, so no match can lead outside either.
 */
export async function expandArtifacts(root: string, globs: readonly string[]): Promise<Expanded> {
  const found = new Map<string, ArtifactFile>();
  const unmatched: Expanded['unmatched'] = [];
  for (const glob of globs) {
    const pattern = workspacePattern(root, glob);
    const entries = await fg(pattern, { ...GLOB_OPTIONS, cwd: root, onlyFiles: false, markDirectories: true });
    let matched = 0;
    for (const entry of entries.sort()) {
      const isDir = entry.endsWith('/');
      const paths = isDir ? await fg(`${fg.escapePath(entry)}**`, { ...GLOB_OPTIONS, cwd: root, onlyFiles: true }) : [entry];
      for (const path of paths.sort()) {
        const file = found.get(path) ?? (await fileEntry(root, path));
        if (file) {
          found.set(path, file);
          matched++;
        } else if (!isDir) {
          unmatched.push({ path, reason: 'symbolic link or special file (not followed): not inspected' });
          matched++;
        }
      }
    }
    if (matched === 0) unmatched.push({ path: glob, reason: 'no file matches this artifact glob: nothing was inspected for it' });
  }
  return { files: [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), unmatched };
}

/** The glob as fast-glob wants it: relative to root, `/` separators; refuses anything that leaves the workspace. */
export function workspacePattern(root: string, glob: string): string {
  let pattern = glob.trim();
  if (isAbsolute(pattern)) {
    const inside = pathRelative(root, pattern);
    if (inside === '' || inside.startsWith('..') || isAbsolute(inside)) {
      throw new UsageError(`artifacts: "${glob}" is outside the workspace (${root}); give globs relative to the workspace root`);
    }
    pattern = inside.split(sep).join('/');
  }
  pattern = pattern.replace(/^\.\//, '');
  if (pattern.split(/[/\\]/).includes('..')) {
    throw new UsageError(`artifacts: "${glob}" climbs out with "..": give globs relative to the workspace root, without ".."`);
  }
  if (pattern === '') throw new UsageError('artifacts: an empty glob');
  const problem = globProblem(pattern);
  if (problem) throw new UsageError(`artifacts: "${glob}": ${problem}`);
  return pattern;
}

async function fileEntry(root: string, path: string): Promise<ArtifactFile | undefined> {
  const abs = `${root}${sep}${path.split('/').join(sep)}`;
  try {
    const st = await lstat(abs);
    return st.isFile() ? { path, abs, size: st.size } : undefined;
  } catch {
    return undefined;
  }
}
