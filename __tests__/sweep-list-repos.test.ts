import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { createOctokit } from '../src/github/octokit.js';
import { listOrganisationRepositories } from '../src/github/repositories.js';
import { FakeGitHub, type FakeOrgRepo } from './helpers/github-server.js';
import { runCli } from './helpers/run-cli.js';

/** 150 repositories (two pages of 100): every 10th a fork, every 15th archived, every 4th with the topic "telegram". */
function organisation(): FakeOrgRepo[] {
  return Array.from({ length: 150 }, (_, i) => ({
    name: `app-${String(i).padStart(3, '0')}`,
    fork: i % 10 === 3,
    archived: i % 15 === 7,
    topics: i % 4 === 0 ? ['telegram', 'android'] : ['android'],
  }));
}

function expected(filter: (r: FakeOrgRepo) => boolean): string[] {
  return organisation().filter(filter).map((r) => `acme/${r.name}`).sort();
}

describe('list-repos against the loopback GitHub', () => {
  const github = new FakeGitHub();
  beforeAll(async () => {
    await github.start();
    github.state.orgRepos.set('acme', organisation());
  });
  afterAll(() => github.close());

  const octokit = () => createOctokit({ baseUrl: github.url, token: 'test-token', resilience: { retries: 0 } });

  test('reads both pages; forks and archived repositories are left out by default', async () => {
    const before = github.calls('GET', '/orgs/:org/repos').length;
    const names = await listOrganisationRepositories(octokit(), 'acme', { includeForks: false, includeArchived: false });
    const calls = github.calls('GET', '/orgs/:org/repos').slice(before);
    expect(calls.map((c) => c.query.get('page') ?? '1')).toEqual(['1', '2']);
    expect(calls[0].query.get('per_page')).toBe('100');
    expect(names).toEqual(expected((r) => !r.fork && !r.archived));
    expect(names.length).toBeGreaterThan(100);
    expect(names).not.toContain('acme/app-003');
    expect(names).not.toContain('acme/app-007');
    expect(names).toContain('acme/app-149');
  });

  test('forks and archived ones when asked for; a topic filter', async () => {
    expect(await listOrganisationRepositories(octokit(), 'acme', { includeForks: true, includeArchived: true })).toHaveLength(150);
    expect(await listOrganisationRepositories(octokit(), 'acme', { includeForks: true, includeArchived: false })).toEqual(expected((r) => !r.archived));
    expect(await listOrganisationRepositories(octokit(), 'acme', { includeForks: false, includeArchived: true })).toEqual(expected((r) => !r.fork));
    const tagged = await listOrganisationRepositories(octokit(), 'acme', { topic: 'Telegram', includeForks: false, includeArchived: false });
    expect(tagged).toEqual(expected((r) => r.topics.includes('telegram') && !r.fork && !r.archived));
    expect(tagged.length).toBeGreaterThan(0);
  });

  test('the CLI prints one OWNER/NAME a line with the token sent, and exits 2 on an unknown organisation', async () => {
    const env = { ...process.env, GITHUB_TOKEN: 'test-token', GITHUB_API_URL: '' };
    const r = await runCli(['list-repos', '--org', 'acme', '--include-archived', '--api-url', github.url], { env });
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected((r) => !r.fork).map((n) => `${n}\n`).join(''));
    expect(github.calls('GET', '/orgs/:org/repos').at(-1)!.headers.authorization).toBe('token test-token');

    const missing = await runCli(['list-repos', '--org', 'nobody', '--api-url', github.url], { env });
    expect(missing.status).toBe(2);
    expect(missing.stderr).toMatch(/^tg-compliance: error: list-repos: cannot list the repositories of "nobody": HTTP 404: .*no such organisation/);
    expect(missing.stderr).not.toContain('test-token');

    const usage = await runCli(['list-repos', '--org', '../x'], { env });
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--org needs an organisation name, not "\.\.\/x"/);
  });
});
