import { constants } from 'node:fs';
import { lstat, mkdir, open, realpath, unlink } from 'node:fs/promises';
import { basename, dirname, join, resolve } from 'node:path';
import { UsageError } from '../config/schema.js';
import { insideAny } from './inside.js';

export interface ReportFileOptions {
  /** How messages name the path: `input sarif-file: "out/r.sarif"`, `--output: "r.txt"`. */
  label: string;
  /** The real path must stay inside one of these folders (the action's workspace and RUNNER_TEMP); anywhere if absent. */
  inside?: { folders: readonly string[]; where: string };
  /** The platform's O_NOFOLLOW; where it has none, the old file is removed and the new one created exclusively. */
  noFollow?: number;
}

/**
 * Writes a report without ever writing through a symbolic link: the parent folder is resolved to its real path
 * (and, for the action, must stay inside the allowed folders) before any folder is made; an existing link at the
 * name is refused; the file is opened with O_NOFOLLOW, or created with O_EXCL where the platform has no O_NOFOLLOW,
 * so a link that appears in between is not followed either. Returns the real path written.
 */
export async function writeReportFile(path: string, text: string | Iterable<string>, options: ReportFileOptions): Promise<string> {
  const fail = (what: string) => new UsageError(`${options.label} ${what}`);
  const folder = await realFolder(dirname(resolve(path)), options, fail);
  const target = join(folder, basename(path));
  const existing = await lstat(target).catch(() => undefined);
  if (existing?.isSymbolicLink()) throw fail('is a symbolic link: reports are never written through links');
  if (existing && options.inside && !existing.isFile()) throw fail('is not a regular file');
  const noFollow = options.noFollow ?? constants.O_NOFOLLOW ?? 0;
  let flags = constants.O_WRONLY | constants.O_CREAT | constants.O_TRUNC | noFollow;
  if (!noFollow) {
    if (existing?.isFile()) await unlink(target);
    flags = constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL;
  }
  const handle = await open(target, flags, 0o666).catch((err: NodeJS.ErrnoException) => {
    if (err.code === 'ELOOP') throw fail('is a symbolic link: reports are never written through links');
    if (err.code === 'EEXIST') throw fail('appeared while being written, or cannot be replaced: refused');
    throw fail(`cannot be written (${err.code ?? err.message})`);
  });
  try {
    for (const chunk of typeof text === 'string' ? stringChunks(text) : text) await handle.write(chunk, null, 'utf8');
  } catch (err) {
    throw fail(`cannot be written (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  } finally {
    await handle.close().catch(() => undefined);
  }
  return target;
}

/** Characters encoded at a time: a long report is never copied into one buffer as large as itself. */
const CHUNK_CHARS = 1 << 20;

/** The text in pieces of CHUNK_CHARS, never split between the two halves of a surrogate pair (each alone would be U+FFFD). */
export function* stringChunks(text: string): Generator<string> {
  for (let start = 0; start < text.length; ) {
    let end = Math.min(start + CHUNK_CHARS, text.length);
    if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1])) end--;
    yield text.slice(start, end);
    start = end;
  }
}

/** The folder's real path, made if missing: resolved from its deepest existing ancestor, so no folder is made through a link that leads out. */
async function realFolder(folder: string, options: ReportFileOptions, fail: (what: string) => UsageError): Promise<string> {
  const missing: string[] = [];
  let existing = folder;
  while (!(await lstat(existing).then(() => true, () => false))) {
    if (dirname(existing) === existing) break;
    missing.unshift(basename(existing));
    existing = dirname(existing);
  }
  const check = (real: string) => {
    if (options.inside && !insideAny(options.inside.folders, real)) throw fail(`leads outside ${options.inside.where} (through a symbolic link)`);
    return real;
  };
  const real = join(check(await realpath(existing).catch(() => { throw fail('has a folder that cannot be resolved (a dangling symbolic link?)'); })), ...missing);
  await mkdir(real, { recursive: true }).catch((err: NodeJS.ErrnoException) => {
    throw fail(`cannot be written: its folder cannot be made (${err.code ?? err.message})`);
  });
  return check(await realpath(real));
}
