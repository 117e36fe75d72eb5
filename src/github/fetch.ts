/** A fetch that bounds every request in time and retries what is worth retrying: 5xx, rate limits, network faults. */
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
}

export const DEFAULT_RESILIENCE: ResilienceOptions = {
  timeoutMs: 10_000,
  retries: 2,
  backoffMs: 1_000,
  maxWaitMs: 60_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};

export class RequestTimeoutError extends Error {
  override name = 'RequestTimeoutError';
}

export function resilientFetch(base: typeof fetch, options: Partial<ResilienceOptions> = {}): typeof fetch {
  const o = { ...DEFAULT_RESILIENCE, ...options };
  return async (input, init) => {
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
        if (last) throw timedOut ? new RequestTimeoutError(`no answer within ${o.timeoutMs} ms`) : err;
        await o.sleep(o.backoffMs * 2 ** attempt);
        continue;
      }
      if (last) return response;
      const wait = retryDelay(response, o.backoffMs * 2 ** attempt);
      if (wait === undefined) return response;
      if (wait > o.maxWaitMs) return response;
      await response.body?.cancel().catch(() => undefined);
      await o.sleep(wait);
    }
  };
}

/** How long to wait before retrying this response, or undefined when it should not be retried. */
function retryDelay(response: Response, backoff: number): number | undefined {
  const { status, headers } = response;
  if (status >= 500) return backoff;
  if (status !== 403 && status !== 429) return undefined;
  const retryAfter = retryAfterMs(headers.get('retry-after'));
  if (retryAfter !== undefined) return retryAfter;
  if (headers.get('x-ratelimit-remaining') === '0') {
    const reset = Number(headers.get('x-ratelimit-reset'));
    if (Number.isFinite(reset) && reset > 0) return Math.max(0, reset * 1000 - Date.now());
  }
  return status === 429 ? backoff : undefined;
}

/** `retry-after` in seconds or as an HTTP date. */
function retryAfterMs(value: string | null): number | undefined {
  if (!value) return undefined;
  if (/^\d+$/.test(value.trim())) return Number(value) * 1000;
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}
