import { GitHub, defaults } from '@actions/github/lib/utils';
import { VERSION } from '../version.js';
import { isSafeMethod, resilientFetch, type ResilienceOptions } from './fetch.js';
import { isCommentUpdate } from './comments.js';
import { registerToken } from './redact.js';

export type Octokit = InstanceType<typeof GitHub>;

export interface OctokitOptions {
  /** API base URL, always explicit: GITHUB_API_URL in the action, --api-url in the CLI, a loopback server in tests. */
  baseUrl: string;
  /** Omitted: unauthenticated requests (public data only). Never logged. */
  token?: string;
  /** Time limits and retries; tests make them short. */
  resilience?: Partial<ResilienceOptions>;
}

const quiet = { debug() {}, info() {}, warn() {}, error() {} };

/**
 * Requests that may be sent again after a 5xx or a network fault: reads, and a comment's PATCH (it sets the whole
 * body). A check run's PATCH appends its annotations and a POST creates something, so neither is repeated.
 */
function repeatable(method: string, url: URL): boolean {
  return isSafeMethod(method) || isCommentUpdate(method, url.pathname);
}

export function createOctokit(options: OctokitOptions): Octokit {
  const base = (defaults.request?.fetch as typeof fetch | undefined) ?? fetch;
  if (options.token) registerToken(options.token);
  return new GitHub({
    baseUrl: options.baseUrl.replace(/\/+$/, ''),
    userAgent: `telegram-compliance/${VERSION}`,
    ...(options.token ? { auth: `token ${options.token}` } : {}),
    request: { fetch: resilientFetch(base, { repeatable, ...options.resilience }) },
    log: quiet,
  });
}
