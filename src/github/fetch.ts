/**
 * A fetch that bounds every request in time and retries what is worth retrying. A request that may have changed
 * something before it failed (a POST that timed out or got a 5xx) is never sent again: only repeatable requests are
 * retried after a 5xx or a network fault. A rate-limit refusal (403/429 with `retry-after`, the limit used up
 * until `x-ratelimit-reset`, or a 403 that names a secondary rate limit without either: a minute) means the server
 * did nothing, so any request is retried after the wait it asks for.
 */
export interface ResilienceOptions {
  /** Time limit of one request. */
  timeoutMs: number;
  /** Further tries after the first. */
  retries: number;
  /** First backoff; doubled on each retry. */
  backoffMs: number;
  /** Longest wait honoured from retry-after / x-ratelimit-reset; longer waits give up at once. */
  maxWaitMs: number;
  sleep: (ms: number) => Promise<void>;
  /** Whether sending this request twice has the effect of sending it once. */
  repeatable: (method: string, url: URL) => boolean;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);

export function isSafeMethod(method: string): boolean {
  return SAFE_METHODS.has(method);
}

export const DEFAULT_RESILIENCE: ResilienceOptions = {
  timeoutMs: 10_000,
  retries: 2,
  backoffMs: 1_000,
  maxWaitMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  repeatable: isSafeMethod,
};

export class RequestTimeoutError extends Error {
  override name = 'RequestTimeoutError';
}

export function resilientFetch(base: typeof fetch, options: Partial<ResilienceOptions> = {}): typeof fetch {
  const o = { ...DEFAULT_RESILIENCE, ...options };
  return async (input, init) => {
    const request = input instanceof Request ? input : undefined;
    const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
    const repeatable = o.repeatable(method, new URL(request?.url ?? String(input)));
    for (let attempt = 0; ; attempt++) {
      const last = attempt >= o.retries;
      const timeout = AbortSignal.timeout(o.timeoutMs);
      const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
      let response: Response;
      try {
        response = await base(input, { ...init, signal });
      } catch (err) {
        if (init?.signal?.aborted) throw err;
        const timedOut = timeout.aborted;
        if (last || !repeatable) throw timedOut ? new RequestTimeoutError(`no answer within ${o.timeoutMs} ms`) : err;
        await o.sleep(o.backoffMs * 2 ** attempt);
        continue;
      }
      if (last) return response;
      const wait = retryDelay(response, o.backoffMs * 2 ** attempt, repeatable) ?? (await secondaryLimitWait(response));
      if (wait === undefined) return response;
      if (wait > o.maxWaitMs) return response;
      await response.body?.cancel().catch(() => undefined);
      await o.sleep(wait);
    }
  };
}

/** How long to wait before retrying this response, or undefined when it should not be retried. */
function retryDelay(response: Response, backoff: number, repeatable: boolean): number | undefined {
  const { status, headers } = response;
  if (status >= 500) return repeatable ? backoff : undefined;
  if (status !== 403 && status !== 429) return undefined;
  const limit = rateLimitWait(headers);
  if (limit !== undefined) return limit;
  return status === 429 ? backoff : undefined;
}

/** The wait a rate-limit answer asks for (secondary limits: `retry-after`; primary: until `x-ratelimit-reset`). */
function rateLimitWait(headers: { get(name: string): string | null }): number | undefined {
  const retryAfter = retryAfterMs(headers.get('retry-after'));
  if (retryAfter !== undefined) return retryAfter;
  if (headers.get('x-ratelimit-remaining') !== '0') return undefined;
  const reset = Number(headers.get('x-ratelimit-reset'));
  return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - Date.now()) : undefined;
}

/** GitHub's advice for a secondary rate limit that names no wait: at least a minute. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;
const SECONDARY_LIMIT = /secondary rate limit/i;

/** A 403 that says it is a secondary rate limit without a header to time it: the minute GitHub asks for. */
async function secondaryLimitWait(response: Response): Promise<number | undefined> {
  if (response.status !== 403) return undefined;
  const text = await response.clone().text().catch(() => '');
  return SECONDARY_LIMIT.test(text.slice(0, 4096)) ? SECONDARY_LIMIT_WAIT_MS : undefined;
}

/** `retry-after` in seconds or as an HTTP date. */
function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
