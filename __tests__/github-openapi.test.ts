import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { refusals } from './helpers/github-openapi.js';

// The loopback GitHub servers refuse what GitHub's REST description refuses; these show the check can fail.
const request = (method: string, rawPath: string, body?: unknown, query = '') => refusals({ method, rawPath, query: new URLSearchParams(query), body });
const CHECK_RUN = { name: 'telegram-compliance', head_sha: 'a'.repeat(40), external_id: 'x', status: 'completed', conclusion: 'failure', completed_at: '2026-01-01T00:00:00Z', output: { title: 't', summary: 's', annotations: [] } };

describe("GitHub's REST description, as the loopback servers apply it", () => {
  test('the operations come from @octokit/openapi, one per route the source calls, for github.com and a GHES', () => {
    const data = JSON.parse(readFileSync(process.env.GITHUB_OPENAPI_OPERATIONS!, 'utf8')) as { package: string; routes: string[]; descriptions: Record<string, { route: string; path: string }[]> };
    expect(data.package).toMatch(/^@octokit\/openapi@\d+/);
    expect(Object.keys(data.descriptions)).toEqual(['api.github.com', 'ghes-3.19']);
    expect(data.routes).toEqual(expect.arrayContaining(['POST /repos/{owner}/{repo}/check-runs', 'GET /repos/{owner}/{repo}/git/ref/tags/{tag}', 'GET /user']));
    for (const ops of Object.values(data.descriptions)) expect(ops.map((o) => o.route).sort()).toEqual(data.routes);
    expect(data.descriptions['api.github.com'].find((o) => o.route.includes('git/ref/tags'))?.path).toBe('/repos/{owner}/{repo}/git/ref/{ref}');
  });

  test('accepts the requests the action makes', () => {
    expect(request('POST', '/repos/octo/app/check-runs', CHECK_RUN)).toEqual([]);
    expect(request('GET', '/repos/octo/app/git/ref/tags/release%2F1.0')).toEqual([]);
    expect(request('GET', '/repos/octo/app/compare/main...feature%2Fx', undefined, 'per_page=1')).toEqual([]);
    expect(request('GET', '/repos/octo/app/commits/abc/check-runs', undefined, 'check_name=x&filter=all&per_page=100&page=2')).toEqual([]);
  });

  test('refuses a wrong body, a missing body, an unknown route, an unknown or ill-typed parameter', () => {
    expect(request('POST', '/repos/octo/app/check-runs', { ...CHECK_RUN, conclusion: 'passed' }).join('\n')).toMatch(/body\/conclusion must be equal to one of the allowed values/);
    expect(request('POST', '/repos/octo/app/check-runs', { head_sha: 'a' }).join('\n')).toMatch(/must have required property 'name'/);
    expect(request('POST', '/repos/octo/app/issues/7/comments').join('\n')).toMatch(/no body, where the operation requires one/);
    expect(request('POST', '/repos/octo/app/issue/7/comments', { body: 'x' }).join('\n')).toMatch(/no such operation/);
    expect(request('GET', '/repos/octo/app/tags', undefined, 'per_page=many').join('\n')).toMatch(/per_page.*must be integer/);
    expect(request('GET', '/repos/octo/app/tags', undefined, 'sort=name').join('\n')).toMatch(/unknown query parameter sort/);
    expect(request('PATCH', '/repos/octo/app/issues/comments/abc', { body: 'x' }).join('\n')).toMatch(/comment_id.*must be integer/);
    expect(request('GET', '/user', { x: 1 }).join('\n')).toMatch(/a body, where the operation takes none/);
  });
});
