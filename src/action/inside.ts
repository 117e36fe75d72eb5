import { realpath } from 'node:fs/promises';
import { isAbsolute, relative, resolve, sep } from 'node:path';
import { UsageError } from '../config/schema.js';

/**
 * An action input that names a path: relative to the workspace and staying inside it, also after symbolic links
 * are resolved. `../` and absolute paths are refused, so a workflow input cannot make the action read elsewhere.
 */
export async function insideWorkspace(workspace: string, value: string, input: string): Promise<string> {
  const given = value.trim() || '.';
  if (isAbsolute(given) || /^[A-Za-z]:/.test(given) || given.split(/[/\\]/).includes('..')) {
    throw new UsageError(`input ${input}: "${given}" must be a path relative to the workspace, without ".." (absolute paths are refused)`);
  }
  let real: string;
  try {
    real = await realpath(resolve(workspace, given));
  } catch {
    throw new UsageError(`input ${input}: "${given}" does not exist in the workspace`);
  }
  if (!isInside(workspace, real)) throw new UsageError(`input ${input}: "${given}" leads outside the workspace through a symbolic link`);
  return real;
}

export function isInside(folder: string, path: string): boolean {
  const rel = relative(folder, path);
  return rel === '' || (!rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel));
}
