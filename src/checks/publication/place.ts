/** Where the source should be public: a repository on a GitHub API, or a git remote read over smart HTTP. */
export type Place = GitHubPlace | GitHttpPlace;

export interface GitHubPlace {
  kind: 'github';
  owner: string;
  repo: string;
  /** REST base URL of the GitHub that holds it. */
  apiUrl: string;
  /** Web address, for messages and for the directions check. */
  webUrl: string;
  role: 'repository' | 'mirror';
  label: string;
}

export interface GitHttpPlace {
  kind: 'git-http';
  /** Clone URL without a trailing slash. */
  url: string;
  webUrl: string;
  role: 'mirror';
  label: string;
}

/** The public GitHub, injectable so tests can stand a loopback server in for it. */
export interface PublicGitHub {
  apiUrl: string;
  webHost: string;
}

export const GITHUB_DOT_COM: PublicGitHub = { apiUrl: 'https://api.github.com', webHost: 'github.com' };

const NAME = /^([A-Za-z0-9_.-]+)\/([A-Za-z0-9_.-]+?)(?:\.git)?$/;
const LOOPBACK = new Set(['127.0.0.1', 'localhost', '[::1]']);

export function sameApi(a: string, b: string): boolean {
  return trimSlash(a).toLowerCase() === trimSlash(b).toLowerCase();
}

/** Web host of a GitHub API: github.com for api.github.com, HOST for a GitHub Enterprise Server at https://HOST/api/v3. */
export function webHostOf(apiUrl: string, publicGitHub: PublicGitHub = GITHUB_DOT_COM): string {
  if (sameApi(apiUrl, publicGitHub.apiUrl)) return publicGitHub.webHost;
  try {
    return new URL(apiUrl).host.replace(/^api\./, '');
  } catch {
    return apiUrl;
  }
}

export function githubPlace(owner: string, repo: string, apiUrl: string, role: GitHubPlace['role'], publicGitHub: PublicGitHub): GitHubPlace {
  const webUrl = `https://${webHostOf(apiUrl, publicGitHub)}/${owner}/${repo}`;
  return { kind: 'github', owner, repo, apiUrl: trimSlash(apiUrl), webUrl, role, label: `${role} ${owner}/${repo}` };
}

export function parseRepository(text: string, apiUrl: string, publicGitHub: PublicGitHub): GitHubPlace | undefined {
  const m = NAME.exec(text.trim());
  return m ? githubPlace(m[1], m[2], apiUrl, 'repository', publicGitHub) : undefined;
}

/**
 * `owner/name` is a repository on the GitHub the run talks to; an https:// URL on github.com (or on that GitHub's own
 * host) is a GitHub repository; any other https:// URL is a git remote read over smart HTTP. Plain http:// is accepted
 * for loopback hosts only (local mirrors and tests).
 */
export function parseMirror(text: string, apiUrl: string, publicGitHub: PublicGitHub): Place | string {
  const value = text.trim();
  const short = NAME.exec(value);
  if (short && !value.includes(':')) return githubPlace(short[1], short[2], apiUrl, 'mirror', publicGitHub);
  const problem = mirrorProblem(value);
  if (problem) return problem;
  const url = new URL(value);
  const path = url.pathname.replace(/\/+$/, '');
  const onGitHub = NAME.exec(path.slice(1));
  if (onGitHub && url.host === publicGitHub.webHost) return githubPlace(onGitHub[1], onGitHub[2], publicGitHub.apiUrl, 'mirror', publicGitHub);
  if (onGitHub && url.host === webHostOf(apiUrl, publicGitHub)) return githubPlace(onGitHub[1], onGitHub[2], apiUrl, 'mirror', publicGitHub);
  const clone = `${url.origin}${path}`;
  return { kind: 'git-http', url: clone, webUrl: clone.replace(/\.git$/, ''), role: 'mirror', label: `mirror ${clone}` };
}

/** Why a mirror setting can never be read (checked before any scan: a usage error), or undefined. */
export function mirrorProblem(text: string): string | undefined {
  const value = text.trim();
  if (NAME.test(value) && !value.includes(':')) return undefined;
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    return `mirror "${value}" is neither OWNER/NAME nor an https:// git URL`;
  }
  if (url.protocol !== 'https:' && !(url.protocol === 'http:' && LOOPBACK.has(url.hostname))) {
    return `mirror "${value}" must be an https:// URL (anonymous readers fetch the source there)`;
  }
  if (url.username || url.password) return 'the mirror URL must not hold credentials: it has to be readable anonymously';
  return undefined;
}

/** Why a repository setting is not OWNER/NAME, or undefined. */
export function repositoryProblem(text: string): string | undefined {
  return NAME.test(text.trim()) ? undefined : `"${text}" is not OWNER/NAME`;
}

function trimSlash(s: string): string {
  return s.replace(/\/+$/, '');
}
