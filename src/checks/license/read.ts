import { readWholeText } from '../../files/read-text.js';
import { errorCode } from '../../files/walk.js';
import type { FileEntry } from '../../files/types.js';
import type { CheckContext } from '../types.js';

/** License files, manifests and notices are small: more than this is not one of them. */
const MAX_BYTES = 1024 * 1024;

/** A whole small text file (UTF-8 or UTF-16), or undefined after listing it as skipped with the reason. */
export async function readWhole(file: FileEntry, ctx: Pick<CheckContext, 'skip'>): Promise<string | undefined> {
  if (file.size > MAX_BYTES) {
    ctx.skip(file.path, `larger than ${MAX_BYTES} bytes for a license, manifest or notice file`);
    return undefined;
  }
  try {
    const whole = readWholeText(file.abs, file.size);
    if (whole.binary) {
      ctx.skip(file.path, 'binary file');
      return undefined;
    }
    return whole.text;
  } catch (err) {
    ctx.skip(file.path, `could not be read: ${errorCode(err)}`);
    return undefined;
  }
}
