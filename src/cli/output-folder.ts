import { stat } from 'node:fs/promises';
import { dirname, resolve } from 'node:path';
import { UsageError } from '../config/schema.js';

/** Refuses a report path whose folder is missing before the scan starts, not after it ran to the end. */
export async function requireOutputFolder(path: string, flag: string): Promise<void> {
  const folder = dirname(resolve(path));
  const found = await stat(folder).catch(() => undefined);
  if (!found) throw new UsageError(`${flag}: the folder "${dirname(path)}" does not exist: make it first (mkdir -p), or write elsewhere`);
  if (!found.isDirectory()) throw new UsageError(`${flag}: "${dirname(path)}" is not a folder`);
}
