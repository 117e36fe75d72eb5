import type { FileEntry } from './types.js';
import { readWholeText } from './read-text.js';
import { errorCode } from './walk.js';

/**
 * A small text file's whole text, or undefined when it is too large, binary or unreadable: then the file is listed
 * as skipped with the reason (`what` says what it was read for), and the check goes on.
 */
export function readSmallText(file: FileEntry, what: string, maxBytes: number, ctx: { skip(path: string, reason: string): void }): string | undefined {
  if (file.size > maxBytes) {
    ctx.skip(file.path, `larger than ${maxBytes / 1024 / 1024} MiB: not read as ${what}`);
    return undefined;
  }
  try {
    const whole = readWholeText(file.abs, file.size);
    if (!whole.binary) return whole.text;
    ctx.skip(file.path, `binary file where ${what} was expected`);
  } catch (err) {
    ctx.skip(file.path, `could not be read as ${what}: ${errorCode(err)}`);
  }
  return undefined;
}

