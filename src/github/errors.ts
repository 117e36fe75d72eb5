import { redact } from './redact.js';

/** Longest part of a server's message that is quoted. */
const QUOTED_MAX = 200;

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
  if (status !== 403 && status !== 429) return false;
  const headers = responseHeaders(err);
  const message = (err as { response?: { data?: { message?: unknown } } } | null)?.response?.data?.message;
  return headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0' || (typeof message === 'string' && /secondary rate limit/i.test(message));
}

/**
 * A write that failed without a refusal from GitHub (5xx, timeout, connection lost): it may have been stored all
 * the same. Octokit reports a request without an answer as status 500 and no response.
 */
export function mayHaveLanded(err: unknown): boolean {
  const status = httpStatus(err);
  return status === undefined || status >= 500;
}

/**
 * One line about a failed request. Of an answer only its status and the `message` field of a JSON body are shown,
 * redacted and cut short; a body that is not JSON (a proxy's page, an echo of the request) is never quoted.
 */
export function describeError(err: unknown): string {
  const status = httpStatus(err);
  const response = (err as { response?: { data?: unknown } } | null)?.response;
  if (status !== undefined && response) {
    const message = (response.data as { message?: unknown } | null)?.message;
    return typeof message === 'string' && message.trim() !== '' ? `HTTP ${status}: ${oneLine(message)}` : `HTTP ${status}`;
  }
  return oneLine(err instanceof Error ? err.message : String(err));
}

/** A redacted first line, at most QUOTED_MAX characters. */
export function oneLine(text: string): string {
  const line = redact(text).split(/\r?\n/)[0];
  return line.length > QUOTED_MAX ? `${line.slice(0, QUOTED_MAX)}…` : line;
}
