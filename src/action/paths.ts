import { realpath } from 'node:fs/promises';
import { resolve } from 'node:path';
import { UsageError } from '../config/schema.js';
import { insideAny } from '../files/inside.js';

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
  if (!insideAny(allowed, abs)) {
    throw new UsageError(`input ${input}: "${value}" is outside ${where}; give a path inside it`);
  }
  return abs;
}
