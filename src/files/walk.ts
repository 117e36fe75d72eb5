import { existsSync, lstatSync, readdirSync, type Dirent, type Stats } from 'node:fs';
import { join, relative as pathRelative, sep } from 'node:path';
import { kindOf } from './file-kind.js';
import { gitIgnoredAmong, insideGitWorkTree, listGitFiles } from './git-files.js';
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
  /** Files never scanned, by workspace-relative path, each listed as skipped with its reason (the run's own reports). */
  leaveOut?: ReadonlyMap<string, string>;
}

export interface WalkResult {
  files: FileEntry[];
  /** Files found (all of them, kept in `files` or not). */
  found: number;
  skipped: Skipped[];
  /** Files left out by .gitignore rules (not listed: they are not part of the source); unknown when git listed them. */
  ignored: number;
  /** Who decided which files ship: git's own listing (in a git work tree) or this walker's .gitignore matcher. */
  listedBy: 'git' | 'walker';
}

const SKIP_DIR_NAMES = new Set(['.git', '.hg', '.svn']);

/**
 * Lists the regular files under `start` (inside `root`) that ship. In a git work tree git itself lists them (every
 * tracked file, and the untracked ones .gitignore does not leave out); elsewhere this walker honours .gitignore files
 * at every level as git does, pruning ignored folders while descending. Symbolic links are never followed; FIFOs,
 * sockets and devices are never opened. Both are listed as skipped, as are files over the size limit.
 */
export async function walk(root: string, start: string, options: WalkOptions): Promise<WalkResult> {
  const startRel = relative(root, start);
  if (await insideGitWorkTree(root)) {
    const listed = await walkGit(root, startRel, options);
    if (listed) return sorted(listed);
  }
  const result = emptyResult('walker');
  const rules = inheritedRules(root, startRel);
  if (startRel !== '' && rules.ignores(startRel, true)) return result;
  walkDir(start, startRel, rules, { options, out: result, startRel });
  return sorted(result);
}

function emptyResult(listedBy: WalkResult['listedBy']): WalkResult {
  return { files: [], found: 0, skipped: [], ignored: 0, listedBy };
}

function sorted(result: WalkResult): WalkResult {
  result.files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  result.skipped.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return result;
}

/** git's own listing of the work tree at `root`, under `startRel`; undefined when git cannot list it. */
async function walkGit(root: string, startRel: string, options: WalkOptions): Promise<WalkResult | undefined> {
  const result = emptyResult('git');
  const walking: Walking = { options, out: result, startRel };
  const take = (base: string, dir: string) => (raw: Buffer) => {
    const name = pathOf(raw);
    const rel = name.path.replace(/\/+$/, '');
    const childRel = base === '' ? rel : `${base}/${rel}`;
    const abs = name.valid ? join(dir, rel) : Buffer.concat([Buffer.from(dir + sep), raw]);
    let st;
    try {
      st = lstatSync(abs);
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') result.skipped.push({ path: childRel, reason: 'in git\'s index but not in the work tree' });
      else result.skipped.push({ path: childRel, reason: `could not be read: ${errorCode(err)}` });
      return;
    }
    if (st.isSymbolicLink()) result.skipped.push({ path: childRel, reason: 'symbolic link (not followed)' });
    else if (st.isFile()) addFile(abs, childRel, walking, st);
    else if (st.isDirectory()) nested.push(childRel);
    else result.skipped.push({ path: childRel, reason: 'special file (never opened)' });
  };
  // Submodules and nested repositories are listed by git as one folder: their own git lists what they hold.
  const nested: string[] = [];
  if (!(await listGitFiles(root, startRel === '' ? '.' : startRel, take('', root)))) return undefined;
  while (nested.length > 0) {
    const rel = nested.shift()!;
    const dir = join(root, ...rel.split('/'));
    const listed = existsSync(join(dir, '.git')) && (await listGitFiles(dir, '.', take(rel, dir)));
    if (!listed) result.skipped.push({ path: rel, reason: 'submodule or nested repository that is not checked out (not scanned)' });
  }
  return result;
}

/** A path as git printed it: the string when it is valid UTF-8, else its bytes shown as \xNN (the file is read by its bytes). */
function pathOf(raw: Buffer): { path: string; valid: boolean } {
  const text = raw.toString('utf8');
  if (!text.includes('\uFFFD') || Buffer.from(text, 'utf8').equals(raw)) return { path: text, valid: true };
  let shown = '';
  for (const byte of raw) shown += byte < 0x80 ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`;
  return { path: shown, valid: false };
}

// Synchronous on purpose: a walk of many small folders costs several times less than its promise-based equivalent.
/** One walk's options, its result so far, and the scanned folder that file kinds are relative to. */
interface Walking {
  options: WalkOptions;
  out: WalkResult;
  startRel: string;
}

function walkDir(abs: string | Buffer, rel: string, parentRules: IgnoreScope, walking: Walking): void {
  const { options, out } = walking;
  let entries: Dirent[];
  try {
    entries = typeof abs === 'string' ? readdirSync(abs, { withFileTypes: true }) : readdirSync(abs, { withFileTypes: true, encoding: 'buffer' }).map(named);
  } catch (err) {
    out.skipped.push({ path: rel || '.', reason: `folder could not be read: ${errorCode(err)}` });
    return;
  }
  // A name that is not valid UTF-8 reads back as U+FFFD and leads nowhere: such a folder is read again by bytes.
  if (typeof abs === 'string' && entries.some((d) => d.name.includes('\uFFFD'))) return walkDir(Buffer.from(abs), rel, parentRules, walking);
  // .gitignore files are read by name: in a folder reached by its bytes they add no rules, so it is scanned whole.
  const rules = typeof abs === 'string' ? scopeFor(parentRules, abs, rel, entries.some((d) => d.name === '.gitignore' && d.isFile())) : parentRules;
  const prefix = typeof abs === 'string' ? (abs.endsWith(sep) ? abs : abs + sep) : Buffer.concat([abs, Buffer.from(sep)]); // path.join would normalise each child's path again
  for (const d of entries) {
    const raw = (d as RawDirent).raw;
    const childRel = rel === '' ? d.name : `${rel}/${d.name}`;
    const childAbs = typeof prefix === 'string' ? prefix + d.name : Buffer.concat([prefix, raw ?? Buffer.from(d.name)]);
    if (d.isDirectory()) {
      if (SKIP_DIR_NAMES.has(d.name) || options.alwaysSkip?.has(childRel)) continue;
      if (rules.ignores(childRel, true)) {
        out.ignored++;
        continue;
      }
      walkDir(childAbs, childRel, rules, walking);
      continue;
    }
    if (rules.ignores(childRel, false)) {
      out.ignored++;
      continue;
    }
    if (d.isSymbolicLink()) {
      out.skipped.push({ path: childRel, reason: 'symbolic link (not followed)' });
    } else if (d.isFile()) {
      addFile(childAbs, childRel, walking);
    } else {
      out.skipped.push({ path: childRel, reason: `${specialKind(d)} (never opened)` });
    }
  }
}

/** A directory entry read by its bytes: `name` is shown as pathOf shows it, `raw` is what the disk holds. */
type RawDirent = Dirent & { raw: Buffer };

function named(d: Dirent<Buffer>): Dirent {
  const raw = d.name;
  return Object.assign(Object.create(d) as Dirent, { name: pathOf(raw).path, raw });
}

/** `known`: the file's stat when the caller already has it (git's listing), so that it is not taken twice. */
function addFile(abs: string | Buffer, rel: string, { options, out, startRel }: Walking, known?: Stats): void {
  try {
    const st = known ?? lstatSync(abs);
    if (!st.isFile()) return;
    const leftOut = options.leaveOut?.get(rel);
    if (leftOut) {
      out.skipped.push({ path: rel, reason: leftOut });
      return;
    }
    if (st.size > options.maxFileSize) {
      out.skipped.push({ path: rel, reason: `larger than max-file-size (${st.size} > ${options.maxFileSize} bytes)` });
      return;
    }
    const file: FileEntry = { path: rel, abs, size: st.size, kind: kindOf(startRel === '' ? rel : rel.slice(startRel.length + 1)) };
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
export async function listPaths(root: string, start: string, paths: readonly string[], options: WalkOptions): Promise<WalkResult> {
  // In a git work tree git says which paths ship: tracked ones always, untracked ones unless .gitignore leaves them out.
  const ignoredByGit = (await insideGitWorkTree(root)) ? await gitIgnoredAmong(root, paths) : undefined;
  const result = emptyResult(ignoredByGit ? 'git' : 'walker');
  const startRel = relative(root, start);
  const rulesOf = new Map<string, IgnoreScope>();
  for (const rel of [...new Set(paths)].sort()) {
    if (startRel !== '' && !rel.startsWith(`${startRel}/`)) continue;
    const parts = rel.split('/');
    if (parts.some((p) => SKIP_DIR_NAMES.has(p) || p === '..' || p === '')) continue;
    if (ignoredByGit ? ignoredByGit.has(rel) : ignoredByWalker(root, parts, rulesOf)) {
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
    else if (st.isFile()) addFile(abs, rel, { options, out: result, startRel }, st);
    else if (!st.isDirectory()) result.skipped.push({ path: rel, reason: 'special file (never opened)' });
  }
  return result;
}

/** Whether this walker's .gitignore matcher leaves the path out (itself or one of its folders). */
function ignoredByWalker(root: string, parts: readonly string[], rulesOf: Map<string, IgnoreScope>): boolean {
  const dir = parts.slice(0, -1).join('/');
  let rules = rulesOf.get(dir);
  if (!rules) rulesOf.set(dir, (rules = inheritedRules(root, dir === '' ? 'x' : `${dir}/x`)));
  return parts.some((_, i) => i < parts.length - 1 && rules.ignores(parts.slice(0, i + 1).join('/'), true)) || rules.ignores(parts.join('/'), false);
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
