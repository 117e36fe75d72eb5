import type { Octokit } from '../../github/octokit.js';
import { PlaceError } from './failure.js';

/** Questions about one repository, answered by the GitHub REST API. Errors propagate to the caller. */
export interface RepoInfo {
  private: boolean;
  /** public | private | internal; older servers omit it. */
  visibility: string;
  defaultBranch: string;
}

/**
 * `reachable: false` is proven: GitHub does not know the commit, or every branch was compared and no branch or tag
 * names it. `unknown`: some branches were left uncompared, so "not published" cannot be said.
 */
export type Reachability = { reachable: true; from: string } | { reachable: false; checked: string[] } | { reachable: 'unknown'; checked: string[]; left: string[] };

/** Branches beyond the default one that are compared with the commit, one request each. */
const MAX_BRANCH_COMPARES = 20;
/** Tags and branches listed, 100 per request. */
const MAX_LISTED = 5000;
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

  /** The commit at the tip of a branch, or undefined when there is no branch of that name. */
  async branchCommit(branch: string): Promise<string | undefined> {
    let ref: { object: { type: string; sha: string } };
    try {
      ({ data: ref } = await this.octokit.request('GET /repos/{owner}/{repo}/git/ref/heads/{branch}', { owner: this.owner, repo: this.repo, branch }));
    } catch (err) {
      if (statusOf(err) === 404) return undefined;
      throw err;
    }
    shaped(ref, typeof ref?.object?.sha === 'string' && ref.object.type === 'commit', `branch ${branch}`);
    return ref.object.sha;
  }

  /**
   * Whether `sha` is reachable from a branch or tag of this repository. The compare API answers `identical` or
   * `behind` when the commit is an ancestor of the branch, and 404 when the repository does not know the commit at
   * all. A commit GitHub merely serves (`/commits/{sha}` answers for every commit of the fork network) is not in
   * this repository until a branch or tag reaches it. Tags and branches are listed page by page, so a big
   * repository's refs past the first page count too; only the comparisons with other branches are bounded.
   */
  async reachable(sha: string, defaultBranch: string): Promise<Reachability> {
    const onDefault = await this.compare(defaultBranch, sha);
    if (onDefault === 'contains') return { reachable: true, from: `branch ${defaultBranch}` };
    if (onDefault === 'unknown commit') return { reachable: false, checked: [`branch ${defaultBranch}, where GitHub does not know the commit at all`] };
    const checked = [`branch ${defaultBranch}`];

    const branches = await this.list('branches', (o) => this.octokit.paginate.iterator('GET /repos/{owner}/{repo}/branches', o));
    const others = branches.items.filter((b) => b.name !== defaultBranch);
    const tip = others.find((b) => b.commit.sha === sha);
    if (tip) return { reachable: true, from: `branch ${tip.name}` };

    const tags = await this.list('tags', (o) => this.octokit.paginate.iterator('GET /repos/{owner}/{repo}/tags', o));
    const tagged = tags.items.find((t) => t.commit.sha === sha);
    if (tagged) return { reachable: true, from: `tag ${tagged.name}` };
    checked.push(`${tags.items.length}${tags.complete ? '' : '+'} tag${tags.items.length === 1 ? '' : 's'}`);

    const compared = others.slice(0, MAX_BRANCH_COMPARES);
    for (const branch of compared) {
      if ((await this.compare(branch.name, sha)) === 'contains') return { reachable: true, from: `branch ${branch.name}` };
    }
    if (compared.length > 0) checked.push(`${compared.length} other branch${compared.length === 1 ? '' : 'es'}`);
    const left: string[] = [];
    if (others.length > compared.length) left.push(`${others.length - compared.length} further branches were not compared`);
    if (!branches.complete) left.push(`branches past the first ${MAX_LISTED} were not listed`);
    if (!tags.complete) left.push(`tags past the first ${MAX_LISTED} were not listed`);
    return left.length > 0 ? { reachable: 'unknown', checked, left } : { reachable: false, checked };
  }

  /** Every item of a list route, page by page up to MAX_LISTED; `complete` is false when more were left. */
  private async list<T>(what: string, pages: (o: { owner: string; repo: string; per_page: number }) => AsyncIterable<{ data: T[] }>): Promise<{ items: T[]; complete: boolean }> {
    const items: T[] = [];
    for await (const page of pages({ owner: this.owner, repo: this.repo, per_page: 100 })) {
      shaped(page.data, Array.isArray(page.data), `the ${what} of ${this.owner}/${this.repo}`);
      items.push(...page.data);
      if (items.length >= MAX_LISTED) return { items, complete: false };
    }
    return { items, complete: true };
  }

  /** Whether `sha` is the tip of `branch` or one of its ancestors; a commit the repository does not know answers 404. */
  private async compare(branch: string, sha: string): Promise<'contains' | 'not contained' | 'unknown commit'> {
    try {
      const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner: this.owner, repo: this.repo, basehead: `${branch}...${sha}`, per_page: 1 });
      shaped(data, typeof data?.status === 'string', `the comparison ${branch}...${sha}`);
      return data.status === 'identical' || data.status === 'behind' ? 'contains' : 'not contained';
    } catch (err) {
      if (statusOf(err) === 404) return 'unknown commit';
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
