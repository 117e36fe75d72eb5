/** The HTTP status of an Octokit request error, if it is one. */
export function httpStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' ? status : undefined;
}

/** 403 or 404 on a write: the token lacks the permission (fork PR, read-only token, private repository). */
export function isPermissionError(err: unknown): boolean {
  const status = httpStatus(err);
  return status === 403 || status === 404;
}

/** One line about a failed request, without headers or the token. */
export function describeError(err: unknown): string {
  const status = httpStatus(err);
  const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
  return status ? `HTTP ${status}: ${message}` : message;
}
