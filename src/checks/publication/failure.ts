import { isRateLimited, oneLine } from '../../github/errors.js';

/** Why a question about a place could not be answered, and what the user can do about it. */
export interface Failure {
  /** HTTP status, when the server answered. */
  status?: number;
  reason: string;
  fix: string;
}

interface HttpLikeError {
  status?: number;
  message?: string;
  response?: { status: number; headers: Record<string, string | undefined> };
}

/** Raised by place queries when the server answered in a way that leaves the question open. */
export class PlaceError extends Error {
  constructor(readonly failure: Failure) {
    super(failure.reason);
  }
}

export interface FailureContext {
  /** What was asked, e.g. "repository acme/app" or "mirror https://git.example.org/app.git". */
  what: string;
  host: string;
  tokenSent: boolean;
}

const TOKEN = 'GITHUB_TOKEN (CLI) or the github-token input (action)';

/** Turns an error from Octokit or fetch into a reason and a fix. Never includes a token or a request header. */
export function describeFailure(err: unknown, ctx: FailureContext): Failure {
  const e = (err ?? {}) as HttpLikeError;
  if (err instanceof PlaceError) return err.failure;
  const response = e.response;
  if (!response) return network(err, ctx);
  const status = response.status;
  const headers = response.headers;
  if (status === 401) {
    return { status, reason: `${ctx.host} refused the token (401) for ${ctx.what}`, fix: `Check ${TOKEN}: it is expired, revoked or for another host.` };
  }
  if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') {
    const reset = Number(headers['x-ratelimit-reset']);
    const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC` : '';
    return {
      status,
      reason: `the API rate limit of ${ctx.host} is used up${when} (${status} for ${ctx.what})`,
      fix: ctx.tokenSent ? 'Run again after the reset, or use a token with its own rate limit.' : `Set ${TOKEN}: anonymous requests share a limit of 60 an hour.`,
    };
  }
  if (isRateLimited(err)) {
    const retryAfter = headers['retry-after']?.trim() ?? '';
    const after = /^\d{1,9}$/.test(retryAfter) ? `, retry after ${retryAfter} s` : '';
    return { status, reason: `${ctx.host} asked to slow down (secondary rate limit${after}) for ${ctx.what}`, fix: 'Run again later.' };
  }
  if (status === 403) {
    return { status, reason: `${ctx.host} denied access (403) to ${ctx.what}`, fix: `Give the token read access: \`permissions: contents: read\` in the workflow, or a fine-grained token with Metadata and Contents read on it (${TOKEN}).` };
  }
  if (status === 404) {
    return {
      status,
      reason: `${ctx.host} does not show ${ctx.what} (404): it is private and ${ctx.tokenSent ? 'the token cannot read it' : 'no token was given'}, or the name is wrong`,
      fix: ctx.tokenSent
        ? 'Check the name (--repository / the mirror setting), and give the token Contents read access to it.'
        : `Set ${TOKEN} with Contents read access, or pass the right name with --repository.`,
    };
  }
  if (status >= 500) return { status, reason: `${ctx.host} answered ${status} for ${ctx.what}, also after retries`, fix: 'Run again later; check the service status of the host.' };
  return { status, reason: `${ctx.host} answered ${status} for ${ctx.what}`, fix: 'Check the API URL (--api-url / GITHUB_API_URL) and the names given.' };
}

function network(err: unknown, ctx: FailureContext): Failure {
  const message = err instanceof Error ? err.message : String(err);
  const code = String((err as { cause?: { code?: string; cause?: { code?: string } } })?.cause?.cause?.code ?? (err as { cause?: { code?: string } })?.cause?.code ?? '');
  const detail = /ENOTFOUND|EAI_AGAIN/.test(code + message)
    ? `the name ${ctx.host} does not resolve (${code || 'DNS failure'})`
    : /within \d+ ms|timeout|TimeoutError/i.test(message + String((err as Error)?.name))
      ? `${ctx.host} did not answer in time (${oneLine(message)})`
      : `${ctx.host} could not be reached (${oneLine(code || message)})`;
  return { reason: `${detail} (asked for ${ctx.what})`, fix: `Give the job network access to ${ctx.host}, or run again; offline runs cannot check publication.` };
}
