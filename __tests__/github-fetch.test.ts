import { afterEach, beforeEach, describe, expect, it } from '@jest/globals';
import { RequestTimeoutError, resilientFetch } from '../src/github/fetch.js';
import { FakeGitHub } from './helpers/publication-server.js';

let gh: FakeGitHub;
let waits: number[];
const sleep = async (ms: number) => {
  waits.push(ms);
};
beforeEach(async () => {
  waits = [];
  gh = await new FakeGitHub().add('a/b', { branches: { main: ['0'.repeat(40)] } }).start();
});
afterEach(async () => {
  await gh.stop();
});
const get = (options: Parameters<typeof resilientFetch>[1] = {}) => resilientFetch(fetch, { backoffMs: 100, sleep, ...options })(`${gh.url}/repos/a/b`);

describe('resilientFetch', () => {
  it('retries 5xx with doubling backoff and returns the success', async () => {
    gh.script('/repos/a/b', { status: 500 }, { status: 502 });
    expect((await get()).status).toBe(200);
    expect(gh.requests('/repos/a/b')).toHaveLength(3);
    expect(waits).toEqual([100, 200]);
  });

  it('returns the last 5xx after three tries', async () => {
    gh.script('/repos/a/b', { status: 500 }, { status: 500 }, { status: 503 });
    expect((await get()).status).toBe(503);
    expect(gh.requests('/repos/a/b')).toHaveLength(3);
  });

  it('does not retry a 404 or a plain 403', async () => {
    gh.script('/repos/a/b', { status: 404 });
    expect((await get()).status).toBe(404);
    gh.script('/repos/a/b', { status: 403 });
    expect((await get()).status).toBe(403);
    expect(gh.requests('/repos/a/b')).toHaveLength(2);
    expect(waits).toEqual([]);
  });

  it('waits until x-ratelimit-reset when it is near, and gives up at once when it is far', async () => {
    const soon = Math.floor(Date.now() / 1000) + 2;
    gh.script('/repos/a/b', { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(soon) } });
    expect((await get({ maxWaitMs: 60_000 })).status).toBe(200);
    expect(waits).toHaveLength(1);
    expect(waits[0]).toBeGreaterThan(0);
    expect(waits[0]).toBeLessThanOrEqual(2000);

    waits = [];
    gh.script('/repos/a/b', { status: 403, headers: { 'x-ratelimit-remaining': '0', 'x-ratelimit-reset': String(soon + 3600) } });
    expect((await get({ maxWaitMs: 60_000 })).status).toBe(403);
    expect(waits).toEqual([]);
  });

  it('honours retry-after in seconds and as an HTTP date', async () => {
    gh.script('/repos/a/b', { status: 429, headers: { 'retry-after': '3' } }, { status: 403, headers: { 'retry-after': new Date(Date.now() + 5000).toUTCString() } });
    expect((await get()).status).toBe(200);
    expect(waits[0]).toBe(3000);
    expect(waits[1]).toBeGreaterThan(3000);
    expect(waits[1]).toBeLessThanOrEqual(5000);
  });

  it('bounds a request that never answers, three times, then throws a timeout', async () => {
    gh.script('/repos/a/b', { hang: true }, { hang: true }, { hang: true });
    await expect(get({ timeoutMs: 100 })).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(gh.requests('/repos/a/b')).toHaveLength(3);
  }, 5000);

  const COMMENTS = '/repos/a/b/issues/1/comments';
  const comment = { method: 'POST', body: JSON.stringify({ body: 'x' }) };

  it('never sends a POST again after a 5xx, a lost connection or a timeout: it may have been stored', async () => {
    const post = resilientFetch(fetch, { backoffMs: 1, timeoutMs: 200, sleep });
    gh.script(COMMENTS, { status: 502 });
    expect((await post(`${gh.url}${COMMENTS}`, comment)).status).toBe(502);
    gh.script(COMMENTS, { reset: true });
    await expect(post(`${gh.url}${COMMENTS}`, comment)).rejects.toThrow();
    gh.script(COMMENTS, { hang: true });
    await expect(post(`${gh.url}${COMMENTS}`, comment)).rejects.toBeInstanceOf(RequestTimeoutError);
    expect(gh.requests(COMMENTS)).toHaveLength(3);
    expect(waits).toEqual([]);
  }, 5000);

  it('retries a POST that a rate limit refused, after the wait it asks for', async () => {
    gh.script(COMMENTS, { status: 403, headers: { 'retry-after': '1' }, body: { message: 'You have exceeded a secondary rate limit' } }, { status: 201, body: { id: 1 } });
    const response = await resilientFetch(fetch, { sleep })(`${gh.url}${COMMENTS}`, comment);
    expect(response.status).toBe(201);
    expect(gh.requests(COMMENTS).map((r) => r.method)).toEqual(['POST', 'POST']);
    expect(waits).toEqual([1000]);
  });

  it('waits the minute GitHub asks for after a secondary rate limit that names no wait, then retries', async () => {
    const limited = { status: 403, body: { message: 'You have exceeded a secondary rate limit. Please wait a few minutes before you try again.' } };
    gh.script(COMMENTS, limited, { status: 201, body: { id: 1 } });
    expect((await resilientFetch(fetch, { sleep })(`${gh.url}${COMMENTS}`, comment)).status).toBe(201);
    expect(waits).toEqual([60_000]);
    // Under a shorter cap the refusal is handed back at once; a plain 403 is never waited for.
    waits = [];
    gh.script(COMMENTS, limited, { status: 403, body: { message: 'Resource not accessible by integration' } });
    expect((await resilientFetch(fetch, { sleep, maxWaitMs: 1000 })(`${gh.url}${COMMENTS}`, comment)).status).toBe(403);
    expect((await resilientFetch(fetch, { sleep })(`${gh.url}${COMMENTS}`, comment)).status).toBe(403);
    expect(waits).toEqual([]);
    expect(gh.requests(COMMENTS)).toHaveLength(4);
  });

  it('retries a write the caller declares repeatable (a PATCH that sets a whole comment)', async () => {
    const UPDATE = '/repos/a/b/issues/comments/1';
    gh.script(UPDATE, { status: 500 }, { status: 200, body: { id: 1 } });
    const patch = resilientFetch(fetch, { backoffMs: 1, sleep, repeatable: (method, url) => method === 'PATCH' && url.pathname === UPDATE });
    expect((await patch(`${gh.url}${UPDATE}`, { method: 'PATCH', body: JSON.stringify({ body: 'x' }) })).status).toBe(200);
    expect(gh.requests(UPDATE)).toHaveLength(2);
  });

  it('does not retry when the caller aborts', async () => {
    gh.script('/repos/a/b', { hang: true });
    const controller = new AbortController();
    const pending = resilientFetch(fetch, { sleep })(`${gh.url}/repos/a/b`, { signal: controller.signal });
    setTimeout(() => controller.abort(), 50);
    await expect(pending).rejects.toThrow();
    expect(gh.requests('/repos/a/b')).toHaveLength(1);
  }, 5000);
});
