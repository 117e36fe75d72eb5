import type { RunSettings } from '../../settings.js';

/** What is being released: a tag (release events, `refs/tags/...`), a commit, or both; or a branch's commit. */
export interface Release {
  tag?: string;
  sha?: string;
  /** The branch --ref named; its commit is `sha`. */
  branch?: string;
}

const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;

export function isSha(text: string): boolean {
  return SHA.test(text);
}

/** The release the run is about, undefined when none is named, or a reason when the ref cannot be used. */
export function releaseOf(settings: Pick<RunSettings, 'ref' | 'releaseTag' | 'releaseBranch'>): Release | string | undefined {
  const ref = settings.ref?.trim() || undefined;
  const sha = ref && isSha(ref) ? ref.toLowerCase() : undefined;
  if (settings.releaseTag?.trim()) return { tag: stripTagPrefix(settings.releaseTag.trim()), sha };
  if (!ref) return undefined;
  if (sha) return settings.releaseBranch ? { sha, branch: settings.releaseBranch } : { sha };
  if (ref.startsWith('refs/tags/')) return { tag: stripTagPrefix(ref) };
  return `the ref "${ref}" is neither a commit SHA nor a tag (refs/tags/NAME), and was not resolved as a tag or branch, so the released commit is unknown`;
}

function stripTagPrefix(tag: string): string {
  return tag.replace(/^refs\/tags\//, '');
}

export function short(sha: string): string {
  return sha.slice(0, 12);
}

export function describeRelease(r: Release): string {
  if (r.tag && r.sha) return `tag ${r.tag} (commit ${short(r.sha)})`;
  if (r.branch && r.sha) return `branch ${r.branch} (commit ${short(r.sha)})`;
  return r.tag ? `tag ${r.tag}` : `commit ${short(r.sha!)}`;
}
