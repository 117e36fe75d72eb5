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

/** The URL of the `origin` remote of the work tree at `top`, or undefined when there is none. */
export async function originUrl(top: string): Promise<string | undefined> {
  try {
    const { stdout } = await run('git', ['remote', 'get-url', 'origin'], { cwd: top });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

/**
 * OWNER/NAME of a remote URL on `webHost` (https://HOST/o/r.git, git@HOST:o/r.git, ssh://git@HOST/o/r), or undefined
 * for a remote on another host.
 */
export function repositoryFromRemote(url: string, webHost: string): string | undefined {
  const scp = /^(?:[^@/]+@)?([^:/]+):(?!\/)([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(url);
  if (scp) return sameHost(scp[1], webHost) ? `${scp[2]}/${scp[3]}` : undefined;
  try {
    const u = new URL(url);
    const m = /^\/([^/]+)\/([^/]+?)(?:\.git)?\/?$/.exec(u.pathname);
    return m && sameHost(u.host, webHost) ? `${m[1]}/${m[2]}` : undefined;
  } catch {
    return undefined;
  }
}

function sameHost(a: string, b: string): boolean {
  const bare = (h: string) => h.toLowerCase().replace(/^www\./, '').replace(/^ssh\./, '').replace(/:(?:22|443)$/, '');
  return bare(a) === bare(b);
}

/** A ref resolved in the local work tree: its commit, and the tag or branch name when it names one. */
export interface ResolvedRef {
  sha: string;
  tag?: string;
  branch?: string;
}

/**
 * Resolves `ref` (a SHA, tag, branch or refs/... name) to a commit in the work tree at `top`; undefined when git cannot.
 * A bare name is a tag first, then a branch, as git itself resolves it.
 */
export async function resolveRef(top: string, ref: string): Promise<ResolvedRef | undefined> {
  if (ref.startsWith('-')) return undefined;
  try {
    const { stdout } = await run('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: top });
    const sha = stdout.trim();
    if (!sha) return undefined;
    const has = (full: string) => run('git', ['show-ref', '--verify', '--quiet', full], { cwd: top }).then(() => true, () => false);
    if (!ref.startsWith('refs/heads/')) {
      const tag = ref.replace(/^refs\/tags\//, '');
      if (await has(`refs/tags/${tag}`)) return { sha, tag };
    }
    if (!ref.startsWith('refs/tags/')) {
      const branch = ref.replace(/^refs\/heads\//, '');
      if (await has(`refs/heads/${branch}`)) return { sha, branch };
    }
    return { sha };
  } catch {
    return undefined;
  }
}
