import { describe, expect, test } from '@jest/globals';
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parse } from 'yaml';
import { REPO_ROOT } from './helpers/fixtures.js';

// The npm package as published: what it holds and how a tag publishes it. Installing the packed tarball into an
// empty folder and running it needs the npm registry for its dependencies, so .ci/run does that step, not jest.

const pkg = JSON.parse(readFileSync(join(REPO_ROOT, 'package.json'), 'utf8'));
const RELEASE = readFileSync(join(REPO_ROOT, '.github', 'workflows', 'release.yml'), 'utf8');

describe('the npm package', () => {
  test('is publishable, with a bin, engines, a repository for provenance and only the CLI bundle', () => {
    expect(pkg.private).toBeUndefined();
    expect(pkg.bin).toEqual({ 'tg-compliance': 'dist/cli/index.js' });
    expect(pkg.engines).toEqual({ node: '>=22' });
    expect(pkg.repository.url).toMatch(/^git\+https:\/\/github\.com\/[^/]+\/[^/]+\.git$/);
    expect(pkg.publishConfig).toEqual({ access: 'public', provenance: true });

    const [packed] = JSON.parse(execFileSync('npm', ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: REPO_ROOT, encoding: 'utf8', shell: process.platform === 'win32' }));
    const files: string[] = packed.files.map((f: { path: string }) => f.path);
    expect(files).toEqual(expect.arrayContaining(['package.json', 'README.md', 'LICENSE', 'dist/cli/index.js', 'dist/package.json']));
    expect(files.filter((f) => !/^dist\/cli\/|^dist\/package\.json$|^(package\.json|README\.md|LICENSE|CHANGELOG\.md)$/.test(f))).toEqual([]);
    // Every file of the CLI bundle (its lazily loaded chunks among them) is in the package.
    for (const name of readdirSync(join(REPO_ROOT, 'dist', 'cli'))) expect(files).toContain(`dist/cli/${name}`);
  });

  test("both bundles' licenses.txt carry the notice of libwebp, which @cwasm/webp's wasm holds but its package does not ship", () => {
    for (const bundle of ['dist', 'dist/cli']) {
      const licenses = readFileSync(join(REPO_ROOT, bundle, 'licenses.txt'), 'utf8');
      expect(licenses).toContain('libwebp (in @cwasm/webp/webp.wasm)\nBSD-3-Clause\nCopyright (c) 2010, Google Inc. All rights reserved.');
    }
  });
});

describe('the release workflow', () => {
  test("GitHub's workflow parser accepts it", async () => {
    const parsed = parseWorkflow({ name: 'release.yml', content: RELEASE }, new NoOperationTraceWriter());
    const template = await convertWorkflowTemplate(parsed.context, parsed.value!);
    expect([...parsed.context.errors.getErrors().map((e) => e.message), ...(template.errors ?? []).map((e) => e.Message)]).toEqual([]);
  });

  test('publishes on a version tag, with provenance (id-token: write), after the tests, and attaches the package to the release', () => {
    const wf = parse(RELEASE);
    expect(wf.on).toEqual({ push: { tags: ['v*.*.*'] } });
    expect(wf.permissions).toEqual({ contents: 'read' });
    const job = wf.jobs.publish;
    expect(job.permissions).toEqual({ contents: 'write', 'id-token': 'write' });
    const runs: string[] = job.steps.map((s: { run?: string }) => s.run ?? '');
    const at = (pattern: RegExp) => runs.findIndex((r) => pattern.test(r));
    expect(at(/^npm publish --provenance --access public /)).toBeGreaterThan(at(/^npx jest$/));
    expect(at(/^npx jest$/)).toBeGreaterThan(at(/^npm ci /));
    expect(at(/GITHUB_REF_NAME" != "v\$version"/)).toBeGreaterThanOrEqual(0);
    expect(at(/^gh release create "\$GITHUB_REF_NAME" --verify-tag/)).toBeGreaterThan(at(/^npm publish/));
    expect(job.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/setup-node')).with['registry-url']).toBe('https://registry.npmjs.org');
  });
});
