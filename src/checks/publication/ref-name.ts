import { createOctokit } from '../../github/octokit.js';
import type { ResilienceOptions } from '../../github/fetch.js';
import { describeFailure } from './failure.js';
import { GitHubRepo } from './github-api.js';

/** A bare ref name looked up on GitHub: the tag or branch it names, neither, or why the API could not tell. */
export type RefLookup = { kind: 'tag' | 'branch'; sha: string } | { kind: 'neither' } | { kind: 'unanswered'; reason: string };

/**
 * Resolves a bare name the way git does, a tag first, then a branch, in the repository OWNER/NAME through the GitHub
 * API. "Neither" only when the repository itself answers: a private repository is 404 to a reader without access.
 */
export async function resolveRefOnGitHub(
  repository: string,
  name: string,
  api: { apiUrl: string; token?: string; resilience?: Partial<ResilienceOptions> },
): Promise<RefLookup> {
  const [owner, repo] = repository.split('/');
  const github = new GitHubRepo(createOctokit({ baseUrl: api.apiUrl, token: api.token, resilience: api.resilience }), owner, repo);
  try {
    const tag = await github.tagCommit(name);
    if (tag) return { kind: 'tag', sha: tag };
    const branch = await github.branchCommit(name);
    if (branch) return { kind: 'branch', sha: branch };
    await github.info();
    return { kind: 'neither' };
  } catch (err) {
    const failure = describeFailure(err, { what: `repository ${repository}`, host: new URL(api.apiUrl).host, tokenSent: api.token !== undefined });
    return { kind: 'unanswered', reason: `${failure.reason}. ${failure.fix}` };
  }
}
