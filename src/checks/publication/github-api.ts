import type { Octokit } from '../../github/octokit.js';
import { PlaceError } from './failure.js';

/** Questions about one repository, answered by the GitHub REST API. Errors propagate to the caller. */
export interface RepoInfo {
  private: boolean;
  /** public | private | internal; older servers omit it. */
  visibility: string;
  defaultBranch: string;
}

export type Reachability = { reachable: true; from: string } | { reachable: false; checked: string[] };

const MAX_BRANCH_COMPARES = 10;
const MAX_TAG_DEPTH = 4;

export class GitHubRepo {
  constructor(
    private readonly octokit: Octokit,
    readonly owner: string,
    readonly repo: string,
  ) {}

  /** Visibility and default branch. A repository GitHub blocks (451, e.g. after a takedown notice) is not public. */
  async info(): Promise<RepoInfo> {
    let data;
    try {
      ({ data } = await this.octokit.request('GET /repos/{owner}/{repo}', { owner: this.owner, repo: this.repo }));
    } catch (err) {
      if (statusOf(err) === 451) return { private: true, visibility: 'blocked by GitHub (HTTP 451, e.g. after a takedown notice)', defaultBranch: '' };
      throw err;
    }
    // Octokit hands over the text of an answer that is not JSON; reading fields off it would make it "public".
    shaped(data, typeof data === 'object' && data !== null && typeof data.private === 'boolean', `repository ${this.owner}/${this.repo}`);
    const visibility = data.visibility ?? (data.private ? 'private' : 'public');
    return { private: data.private, visibility, defaultBranch: data.default_branch };
  }

  /** The commit a tag names (annotated tags peeled through git/tags), or undefined when the tag does not exist. */
  async tagCommit(tag: string): Promise<string | undefined> {
    let ref: { object: { type: string; sha: string } };
    try {
      ({ data: ref } = await this.octokit.request('GET /repos/{owner}/{repo}/git/ref/tags/{tag}', { owner: this.owner, repo: this.repo, tag }));
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
    shaped(ref, typeof ref?.object?.sha === 'string', `tag ${tag}`);
    let object: { type: string; sha: string } = ref.object;
    for (let depth = 0; object.type === 'tag' && depth < MAX_TAG_DEPTH; depth++) {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { owner: this.owner, repo: this.repo, tag_sha: object.sha });
      object = data.object;
    }
    return object.type === 'commit' ? object.sha : undefined;
  }

  /**
   * Whether `sha` is reachable from a branch or tag of this repository. The compare API answers `identical` or
   * `behind` when the commit is an ancestor of the branch. A commit GitHub merely serves (`/commits/{sha}` answers
   * for every commit of the fork network) is not in this repository until a branch or tag reaches it.
   */
  async reachable(sha: string, defaultBranch: string): Promise<Reachability> {
    const checked: string[] = [];
    if (await this.contains(defaultBranch, sha)) return { reachable: true, from: `branch ${defaultBranch}` };
    checked.push(`branch ${defaultBranch}`);

    const { data: tags } = await this.octokit.request('GET /repos/{owner}/{repo}/tags', { owner: this.owner, repo: this.repo, per_page: 100 });
    shaped(tags, Array.isArray(tags), `the tags of ${this.owner}/${this.repo}`);
    const tagged = tags.find((t) => t.commit.sha === sha);
    if (tagged) return { reachable: true, from: `tag ${tagged.name}` };
    checked.push(`${tags.length} tag${tags.length === 1 ? '' : 's'}`);

    const { data: branches } = await this.octokit.request('GET /repos/{owner}/{repo}/branches', { owner: this.owner, repo: this.repo, per_page: 100 });
    shaped(branches, Array.isArray(branches), `the branches of ${this.owner}/${this.repo}`);
    const others = branches.filter((b) => b.name !== defaultBranch);
    const exact = others.find((b) => b.commit.sha === sha);
    if (exact) return { reachable: true, from: `branch ${exact.name}` };
    for (const branch of others.slice(0, MAX_BRANCH_COMPARES)) {
      if (await this.contains(branch.name, sha)) return { reachable: true, from: `branch ${branch.name}` };
    }
    const compared = Math.min(others.length, MAX_BRANCH_COMPARES);
    if (compared > 0) checked.push(`${compared} other branch${compared === 1 ? '' : 'es'}`);
    if (others.length > MAX_BRANCH_COMPARES) checked.push(`not the ${others.length - MAX_BRANCH_COMPARES} further branches`);
    return { reachable: false, checked };
  }

  /** `sha` is the tip of `branch` or one of its ancestors. A commit the repository does not know answers 404. */
  private async contains(branch: string, sha: string): Promise<boolean> {
    try {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner: this.owner, repo: this.repo, basehead: `${branch}...${sha}`, per_page: 1 });
      shaped(data, typeof data?.status === 'string', `the comparison ${branch}...${sha}`);
      return data.status === 'identical' || data.status === 'behind';
    } catch (err) {
      if (statusOf(err) === 404) return false;
      throw err;
    }
  }
}

export function statusOf(err: unknown): number | undefined {
  return (err as { response?: { status?: number } })?.response?.status;
}

/** An answer that is not the JSON the API documents (a proxy's HTML page, a cut-off body) leaves the question open. */
function shaped(data: unknown, ok: boolean, what: string): void {
  if (ok) return;
  // The kind of answer only, never its text: a misconfigured proxy may echo request headers, the token among them.
  const got = typeof data === 'string' ? `${data.length} characters of text` : Array.isArray(data) ? 'a list' : typeof data;
  throw new PlaceError({ reason: `the API sent an answer that is not the JSON expected for ${what} (${got})`, fix: 'Run again later; check the API URL (--api-url / GITHUB_API_URL).' });
}
