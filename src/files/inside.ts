import { posix, win32 } from 'node:path';

/** Whether `path` is `base` or inside it; case-insensitive on Windows, whose file names are. */
export function isInside(base: string, path: string, platform: NodeJS.Platform = process.platform): boolean {
  const paths = platform === 'win32' ? win32 : posix;
  const fold = (p: string) => (platform === 'win32' ? p.toLowerCase() : p);
  const rel = paths.relative(fold(base), fold(path));
  return rel === '' || (!rel.startsWith('..') && !paths.isAbsolute(rel));
}

/** Whether `path` is inside any of `bases`. */
export function insideAny(bases: readonly string[], path: string): boolean {
  return bases.some((base) => isInside(base, path));
}
