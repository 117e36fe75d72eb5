/** The HTTP status of an Octokit request error, if it is one. */
export function httpStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

function responseHeaders(err: unknown): Record<string, string | undefined> {
  return (err as { response?: { headers?: Record<string, string | undefined> } } | null)?.response?.headers ?? {};
}

/** 403 or 404 on a write: the token lacks the permission (fork PR, read-only token, private repository). */
export function isPermissionError(err: unknown): boolean {
  const status = httpStatus(err);
  return status === 403 || status === 404;
}

/** A 403/429 that is GitHub's rate limit (primary or secondary), still in force after the waits we allow. */
export function isRateLimited(err: unknown): boolean {
  const status = httpStatus(err);
  const headers = responseHeaders(err);
  return (status === 403 || status === 429) && (headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0');
}

/**
 * A write that failed without a refusal from GitHub (5xx, timeout, connection lost): it may have been stored all
 * the same. Octokit reports a request without an answer as status 500 and no response.
 */
export function mayHaveLanded(err: unknown): boolean {
  const status = httpStatus(err);
  return status === undefined || status >= 500;
}

/** One line about a failed request, without headers or the token. */
export function describeError(err: unknown): string {
  const status = httpStatus(err);
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return status ? `HTTP ${status}: ${message}` : message;
}
