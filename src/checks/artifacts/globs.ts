import fg from 'fast-glob';
import { lstat, realpath } from 'node:fs/promises';
import { isAbsolute, join, posix, relative as pathRelative, sep } from 'node:path';
import { artifactGlobProblem } from '../../config/glob-check.js';
import { UsageError } from '../../config/schema.js';
import { isInside } from '../../files/inside.js';

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
  unmatched: { path: string; reason: string; nothingMatched?: boolean }[];
}

// Build outputs are often dot-folders or git-ignored, so both are searched; a repository's .git never holds one.
const GLOB_OPTIONS = { dot: true, followSymbolicLinks: false, unique: true, ignore: ['**/.git/**'] };

/**
 * Expands artifact globs relative to the workspace root. A folder that matches stands for every file under it (a
 * web build). A glob that climbs out of the workspace (`..`, or an absolute path outside it) is a usage error.
 * Links are never followed: fast-glob itself would follow one in a glob's fixed leading part (`out/**` with `out`
 * linked to /etc), so that part, every folder matched and every file's folder must resolve inside the workspace;
 * what leads out is listed once, never listed file by file, never read.
 */
export async function expandArtifacts(root: string, globs: readonly string[]): Promise<Expanded> {
  const found = new Map<string, ArtifactFile>();
  const unmatched: Expanded['unmatched'] = [];
  const leadsOut = outsideCheck(root);
  const outside = (path: string, what: string) => `"${path}" leads outside the workspace through a symbolic link: ${what}`;
  for (const glob of globs) {
    const pattern = workspacePattern(root, glob);
    const fixed = fixedPart(pattern);
    if (fixed && (await leadsOut(fixed))) {
      unmatched.push({ path: glob, reason: outside(fixed, 'nothing was inspected for it') });
      continue;
    }
    const entries = await fg(pattern, { ...GLOB_OPTIONS, cwd: root, onlyFiles: false, markDirectories: true });
    let matched = 0;
    for (const entry of entries.sort()) {
      const isDir = entry.endsWith('/');
      if (isDir && (await leadsOut(entry.slice(0, -1)))) {
        unmatched.push({ path: entry.slice(0, -1), reason: outside(entry.slice(0, -1), 'nothing under it was inspected') });
        matched++;
        continue;
      }
      const paths = isDir ? await fg(`${fg.escapePath(entry)}**`, { ...GLOB_OPTIONS, cwd: root, onlyFiles: true }) : [entry];
      for (const path of paths.sort()) {
        const file = found.get(path) ?? ((await leadsOut(posix.dirname(path))) ? undefined : await fileEntry(root, path));
        if (file) {
          found.set(path, file);
          matched++;
        } else if (!isDir) {
          unmatched.push({ path, reason: 'symbolic link or special file (not followed): not inspected' });
          matched++;
        }
      }
    }
    if (matched === 0) unmatched.push({ path: glob, reason: 'no file matches this artifact glob: nothing was inspected for it', nothingMatched: true });
  }
  return { files: [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), unmatched };
}

/** The leading folders of a pattern that hold no glob syntax (`out/deep` of `out/deep/*.apk`); all of a plain path. */
function fixedPart(pattern: string): string {
  const segments = pattern.split('/');
  const fixed: string[] = [];
  for (const segment of segments) {
    if (/[*?[\]{}()!+@\\]/.test(segment)) break;
    fixed.push(segment);
  }
  return fixed.filter((s) => s !== '' && s !== '.').join('/');
}

/** Whether a workspace-relative folder resolves outside the workspace; one realpath per folder. */
function outsideCheck(root: string): (path: string) => Promise<boolean> {
  const realRoot = realpath(root);
  const seen = new Map<string, Promise<boolean>>();
  return (path) => {
    if (path === '.' || path === '') return Promise.resolve(false);
    let answer = seen.get(path);
    if (!answer) {
      answer = Promise.all([realRoot, realpath(join(root, path)).catch(() => undefined)]).then(([base, real]) => real !== undefined && !isInside(base, real));
      seen.set(path, answer);
    }
    return answer;
  };
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
  const problem = artifactGlobProblem(pattern);
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
