import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawn } from 'node:child_process';
import { cp, mkdir, readdir, readFile, symlink } from 'node:fs/promises';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FIXTURES, REPO_ROOT, removeTempDirs, tempDir } from './helpers/fixtures.js';

// The sweep's shell steps, run here the way a runner runs them (`bash --noprofile --norc -eo pipefail`), with the
// bundled CLI as the checked-out tool and local git repositories as the clones: list → matrix → one scan per
// repository → merge → verdict. Only the actions (checkout, artifacts) are stood in for, by the test's own moves.
interface Step {
  id?: string;
  name?: string;
  env?: Record<string, string>;
  run?: string;
}
const workflow = parse(await readFile(join(REPO_ROOT, '.github', 'workflows', 'sweep.yml'), 'utf8')) as { jobs: Record<string, { steps: Step[] }> };

function step(job: string, key: string): Step {
  const found = workflow.jobs[job].steps.find((s) => s.id === key || s.name === key);
  if (!found?.run) throw new Error(`no run step ${key} in job ${job}`);
  return found;
}

interface Runner {
  workspace: string;
  temp: string;
  output: string;
  summary: string;
}

async function runner(): Promise<Runner> {
  const workspace = await tempDir();
  const temp = await tempDir();
  await symlink(REPO_ROOT, join(workspace, 'tool'));
  return { workspace, temp, output: join(temp, 'github-output'), summary: join(temp, 'step-summary') };
}

/** Runs one step's script; `env` must give exactly the variables the step declares (the workflow's expressions). */
function runStep(r: Runner, s: Step, env: Record<string, string>): Promise<number | null> {
  expect(Object.keys(env).sort()).toEqual(Object.keys(s.env ?? {}).sort());
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['--noprofile', '--norc', '-eo', 'pipefail', '-c', s.run!], {
      cwd: r.workspace,
      env: { PATH: process.env.PATH, HOME: process.env.HOME, RUNNER_TEMP: r.temp, GITHUB_OUTPUT: r.output, GITHUB_STEP_SUMMARY: r.summary, GITHUB_SERVER_URL: 'https://github.com', NO_COLOR: '1', ...env },
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let stderr = '';
    child.stderr.setEncoding('utf8').on('data', (d: string) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0 && stderr) process.stderr.write(`step ${s.id ?? s.name} exited ${code}:\n${stderr}`);
      resolve(code);
    });
  });
}

async function outputs(r: Runner): Promise<Record<string, string>> {
  const text = await readFile(r.output, 'utf8').catch(() => '');
  return Object.fromEntries(text.split('\n').filter(Boolean).map((l) => [l.slice(0, l.indexOf('=')), l.slice(l.indexOf('=') + 1)]));
}

/** What actions/checkout leaves: a clone of the fixture at `target`, its origin on github.com. */
async function clone(r: Runner, fixture: string, name: string): Promise<void> {
  const target = join(r.workspace, 'target');
  await cp(join(FIXTURES, fixture), target, { recursive: true });
  const git = (...args: string[]) => execFileSync('git', args, { cwd: target, stdio: 'ignore' });
  git('init', '-q', '-b', 'main');
  git('add', '-A');
  git('-c', 'user.email=t@example.invalid', '-c', 'user.name=t', 'commit', '-qm', 'init');
  git('remote', 'add', 'origin', `https://github.com/${name}.git`);
}

describe("the sweep workflow's scripts", () => {
  const reports: string[] = [];
  let matrix: Record<string, string>;
  let listSummary: string;
  beforeAll(async () => {
    const list = await runner();
    expect(await runStep(list, step('list', 'List the repositories'), {
      GITHUB_TOKEN: 'test-token', REPOSITORIES: 'acme/shapes\nacme/clean\n\nacme/gone\n', ORGANIZATION: '', TOPIC: '', INCLUDE_FORKS: 'false', INCLUDE_ARCHIVED: 'false',
    })).toBe(0);
    expect(await runStep(list, step('list', 'matrix'), { BATCH: '1' })).toBe(0);
    matrix = await outputs(list);
    listSummary = await readFile(list.summary, 'utf8');

    for (const name of JSON.parse(matrix.repositories) as string[]) {
      const job = await runner();
      const cloned = name !== 'acme/gone';
      if (cloned) {
        await clone(job, name === 'acme/shapes' ? 'credentials/shapes' : 'credentials/clean', name);
        expect(await runStep(job, step('scan', 'scan'), { GITHUB_TOKEN: 'test-token', REPOSITORY: name, CHECKS: 'credentials,branding' })).toBe(0);
      }
      expect(await runStep(job, step('scan', 'report'), { REPOSITORY: name, CLONE: cloned ? 'success' : 'failure', RUN_URL: 'https://github.com/acme/ops/actions/runs/1' })).toBe(0);
      const out = await outputs(job);
      expect(out.artifact).toBe(name.replace('/', '__'));
      reports.push(out.file);
    }
  });
  afterAll(removeTempDirs);

  test('the list and matrix steps: the repositories as the matrix, their count, a summary', () => {
    expect(JSON.parse(matrix.repositories)).toEqual(['acme/shapes', 'acme/clean', 'acme/gone']);
    expect(matrix.count).toBe('3');
    expect(listSummary).toBe('Scanning 3 repositories.\n');
  });

  test('a scan job leaves a JSON report named after its repository; a failed clone leaves an unreachable entry', async () => {
    const shapes = JSON.parse(await readFile(reports[0], 'utf8'));
    expect(shapes.repository).toMatchObject({ name: 'acme/shapes', url: 'https://github.com/acme/shapes' });
    expect(shapes.findings.length).toBeGreaterThan(0);
    expect(JSON.parse(await readFile(reports[2], 'utf8'))).toEqual({
      repository: { name: 'acme/gone', url: 'https://github.com/acme/gone' },
      unreachable: 'cannot clone: the repository does not exist, is empty, or the token cannot read it (job log: https://github.com/acme/ops/actions/runs/1)',
    });
  });

  test('the merge job writes every format and the summary, and its verdict step fails on the merged findings', async () => {
    const merge = await runner();
    await mkdir(join(merge.workspace, 'reports'));
    for (const file of reports) await cp(file, join(merge.workspace, 'reports', file.slice(file.lastIndexOf('/') + 1)));
    expect(await runStep(merge, step('merge', 'merge'), { FAIL_ON: 'error' })).toBe(0);
    expect((await readdir(join(merge.workspace, 'merged'))).sort()).toEqual(['telegram-compliance-sweep.json', 'telegram-compliance-sweep.md', 'telegram-compliance-sweep.sarif']);
    const out = await outputs(merge);
    expect(out).toEqual({ result: 'fail', status: '1' });
    const summary = await readFile(merge.summary, 'utf8');
    expect(summary).toBe(await readFile(join(merge.workspace, 'merged', 'telegram-compliance-sweep.md'), 'utf8'));
    expect(summary).toMatch(/^## ❌ Telegram compliance sweep: fail\n\n\*\*3\*\* repositories: \*\*1\*\* failed · \*\*1\*\* passed · \*\*1\*\* unreachable/);
    expect(summary).toContain('| [acme/gone](https://github.com/acme/gone) | cannot clone\\:');
    expect(JSON.parse(await readFile(join(merge.workspace, 'merged', 'telegram-compliance-sweep.sarif'), 'utf8')).runs).toHaveLength(3);
    expect(await runStep(merge, step('merge', 'Verdict'), { STATUS: out.status })).toBe(1);

    const lenient = await runner();
    await cp(join(merge.workspace, 'reports'), join(lenient.workspace, 'reports'), { recursive: true });
    expect(await runStep(lenient, step('merge', 'merge'), { FAIL_ON: 'never' })).toBe(0);
    expect(await outputs(lenient)).toEqual({ result: 'pass', status: '0' });
    expect(await runStep(lenient, step('merge', 'Verdict'), { STATUS: '0' })).toBe(0);
  });

  test('the list step refuses a sweep given neither repositories nor an organisation', async () => {
    const r = await runner();
    expect(await runStep(r, step('list', 'List the repositories'), { GITHUB_TOKEN: '', REPOSITORIES: '', ORGANIZATION: '', TOPIC: '', INCLUDE_FORKS: 'false', INCLUDE_ARCHIVED: 'false' })).toBe(1);
  });
});
