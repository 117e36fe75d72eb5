import { realpath } from 'node:fs/promises';
import { posix, resolve, win32 } from 'node:path';
import { UsageError } from '../config/schema.js';

/** Whether `path` is `base` or inside it; case-insensitive on Windows, whose file names are. */
export function isInside(base: string, path: string, platform: NodeJS.Platform = process.platform): boolean {
  const paths = platform === 'win32' ? win32 : posix;
  const fold = (p: string) => (platform === 'win32' ? p.toLowerCase() : p);
  const rel = paths.relative(fold(base), fold(path));
  return rel === '' || (!rel.startsWith('..') && !paths.isAbsolute(rel));
}

/** The folder's own path and its real path (macOS /var is /private/var; runners may link the workspace). */
export async function bothForms(dir: string): Promise<string[]> {
  const abs = resolve(dir);
  const real = await realpath(abs).catch(() => abs);
  return real === abs ? [abs] : [abs, real];
}

/**
 * Resolves an input path against the workspace and refuses anything outside the allowed folders: `../` or an
 * absolute path elsewhere could read or overwrite files the workflow never meant to give the action.
 */
export function confined(input: string, value: string, workspace: string, allowed: readonly string[], where = 'the workspace'): string {
  const abs = resolve(workspace, value);
  if (!allowed.some((base) => isInside(base, abs))) {
    throw new UsageError(`input ${input}: "${value}" is outside ${where}; give a path inside it`);
  }
  return abs;
}
