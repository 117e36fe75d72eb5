import { execFile } from 'node:child_process';
import { realpath } from 'node:fs/promises';
import { promisify } from 'node:util';
import { UsageError } from './config/schema.js';

const run = promisify(execFile);

/** The top of the git work tree that holds `dir`, or undefined when it is in none (or git is missing). */
export async function gitTop(dir: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--show-toplevel'], { cwd: dir });
    return await realpath(stdout.trim());
  } catch {
    return undefined;
  }
}

/** Files changed between `ref` and HEAD, relative to the work tree's top; deleted files are left out. */
export async function changedSince(top: string, ref: string): Promise<string[]> {
  if (ref.startsWith('-')) throw new UsageError(`--since: "${ref}" is not a git revision`);
  try {
    const { stdout } = await run('git', ['diff', '--name-only', '--no-renames', '--diff-filter=d', '-z', `${ref}`, 'HEAD', '--'], { cwd: top, maxBuffer: 256 * 1024 * 1024 });
    return stdout.split('\0').filter(Boolean);
  } catch (err) {
    const detail = String((err as { stderr?: string }).stderr ?? err).split('\n')[0];
    throw new UsageError(`--since: cannot list the files changed since "${ref}": ${detail}`);
  }
}
