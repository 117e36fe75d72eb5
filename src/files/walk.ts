import { lstatSync, readdirSync, type Dirent } from 'node:fs';
import { join, relative as pathRelative, sep } from 'node:path';
import type { FileEntry, Skipped } from './types.js';
import { NO_RULES, scopeFor, type IgnoreScope } from './gitignore.js';

export interface WalkOptions {
  maxFileSize: number;
  /** Folders (workspace-relative, no trailing slash) never entered, e.g. '.git'. */
  alwaysSkip?: ReadonlySet<string>;
  /** Called with each file as soon as it is found, so that work on it can start before the walk ends. */
  onFile?: (file: FileEntry) => void;
  /** false: files go to `onFile` only and `files` stays empty, so that memory does not grow with the tree. */
  keepFiles?: boolean;
}

export interface WalkResult {
  files: FileEntry[];
  /** Files found (all of them, kept in `files` or not). */
  found: number;
  skipped: Skipped[];
  /** Files left out by .gitignore rules (not listed: they are not part of the source). */
  ignored: number;
}

const SKIP_DIR_NAMES = new Set(['.git', '.hg', '.svn']);

/**
 * Lists the regular files under `start` (inside `root`), honouring .gitignore files at every level as git does,
 * pruning ignored folders while descending. Symbolic links are never followed; FIFOs, sockets and devices are
 * never opened. Both are listed as skipped, as are files over the size limit.
 */
export async function walk(root: string, start: string, options: WalkOptions): Promise<WalkResult> {
  const result: WalkResult = { files: [], found: 0, skipped: [], ignored: 0 };
  const startRel = relative(root, start);
  const rules = inheritedRules(root, startRel);
  if (startRel !== '' && rules.ignores(startRel, true)) return result;
  walkDir(start, startRel, rules, options, result);
  result.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  result.skipped.sort((a, b) => (a.path < b.path ? -1 : 1));
  return result;
}

// Synchronous on purpose: a walk of many small folders costs several times less than its promise-based equivalent.
function walkDir(abs: string, rel: string, parentRules: IgnoreScope, options: WalkOptions, out: WalkResult): void {
  let entries: Dirent[];
  try {
    entries = readdirSync(abs, { withFileTypes: true });
  } catch (err) {
    out.skipped.push({ path: rel || '.', reason: `folder could not be read: ${errorCode(err)}` });
    return;
  }
  const rules = scopeFor(parentRules, abs, rel, entries.some((d) => d.name === '.gitignore' && d.isFile()));
  const prefix = abs.endsWith(sep) ? abs : abs + sep; // path.join would normalise each child's path again
  for (const d of entries) {
    const childRel = rel === '' ? d.name : `${rel}/${d.name}`;
    const childAbs = prefix + d.name;
    if (d.isDirectory()) {
      if (SKIP_DIR_NAMES.has(d.name) || options.alwaysSkip?.has(childRel)) continue;
      if (rules.ignores(childRel, true)) {
        out.ignored++;
        continue;
      }
      walkDir(childAbs, childRel, rules, options, out);
      continue;
    }
    if (rules.ignores(childRel, false)) {
      out.ignored++;
      continue;
    }
    if (d.isSymbolicLink()) {
      out.skipped.push({ path: childRel, reason: 'symbolic link (not followed)' });
    } else if (d.isFile()) {
      addFile(childAbs, childRel, options, out);
    } else {
      out.skipped.push({ path: childRel, reason: `${specialKind(d)} (never opened)` });
    }
  }
}

function addFile(abs: string, rel: string, options: WalkOptions, out: WalkResult): void {
  try {
    const st = lstatSync(abs);
    if (!st.isFile()) return;
    if (st.size > options.maxFileSize) {
      out.skipped.push({ path: rel, reason: `larger than max-file-size (${st.size} > ${options.maxFileSize} bytes)` });
      return;
    }
    const file = { path: rel, abs, size: st.size };
    out.found++;
    if (options.keepFiles !== false) out.files.push(file);
    options.onFile?.(file);
  } catch (err) {
    out.skipped.push({ path: rel, reason: `could not be read: ${errorCode(err)}` });
  }
}

/**
 * The same result for a given list of workspace-relative paths (a change set), without walking the tree: each
 * path is taken as the walk would take it (inside `start`, not ignored by .gitignore, a regular file within the
 * size limit; links and special files listed as skipped). Deleted paths are left out.
 */
export function listPaths(root: string, start: string, paths: readonly string[], options: WalkOptions): WalkResult {
  const result: WalkResult = { files: [], found: 0, skipped: [], ignored: 0 };
  const startRel = relative(root, start);
  const rulesOf = new Map<string, IgnoreScope>();
  for (const rel of [...new Set(paths)].sort()) {
    if (startRel !== '' && !rel.startsWith(`${startRel}/`)) continue;
    const parts = rel.split('/');
    if (parts.some((p) => SKIP_DIR_NAMES.has(p) || p === '..' || p === '')) continue;
    const dir = parts.slice(0, -1).join('/');
    let rules = rulesOf.get(dir);
    if (!rules) rulesOf.set(dir, (rules = inheritedRules(root, dir === '' ? 'x' : `${dir}/x`)));
    if (parts.some((_, i) => i < parts.length - 1 && rules!.ignores(parts.slice(0, i + 1).join('/'), true)) || rules.ignores(rel, false)) {
      result.ignored++;
      continue;
    }
    const abs = join(root, ...parts);
    let st;
    try {
      st = lstatSync(abs);
    } catch {
      continue;
    }
    if (st.isSymbolicLink()) result.skipped.push({ path: rel, reason: 'symbolic link (not followed)' });
    else if (st.isFile()) addFile(abs, rel, options, result);
    else if (!st.isDirectory()) result.skipped.push({ path: rel, reason: 'special file (never opened)' });
  }
  return result;
}

/** The .gitignore rules of the folders between root and start apply to start too. */
function inheritedRules(root: string, startRel: string): IgnoreScope {
  let rules = NO_RULES;
  const parts = startRel === '' ? [] : startRel.split('/');
  for (let i = 0; i < parts.length; i++) {
    const rel = parts.slice(0, i).join('/');
    rules = scopeFor(rules, join(root, ...parts.slice(0, i)), rel, true);
  }
  return rules;
}

function specialKind(d: Dirent): string {
  if (d.isFIFO()) return 'FIFO';
  if (d.isSocket()) return 'socket';
  if (d.isCharacterDevice() || d.isBlockDevice()) return 'device';
  return 'special file';
}

export function errorCode(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  return e?.code ?? (e instanceof Error ? e.message : String(err));
}

/** Workspace-relative path with `/` separators on every platform. */
export function relative(root: string, abs: string): string {
  return pathRelative(root, abs).split(sep).join('/');
}
