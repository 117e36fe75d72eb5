import { describe, expect, test } from '@jest/globals';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow, type WorkflowTemplate } from '@actions/workflow-parser';
import { parse } from 'yaml';
import { REPO_ROOT } from './helpers/fixtures.js';

const SWEEP = readFileSync(join(REPO_ROOT, '.github', 'workflows', 'sweep.yml'), 'utf8');

/** GitHub's own workflow parser: the messages of every error it finds, and the converted template. */
async function githubParse(name: string, content: string): Promise<{ errors: string[]; template?: WorkflowTemplate }> {
  const parsed = parseWorkflow({ name, content }, new NoOperationTraceWriter());
  const errors = parsed.context.errors.getErrors().map((e) => e.message);
  if (!parsed.value) return { errors };
  const template = await convertWorkflowTemplate(parsed.context, parsed.value);
  return { errors: [...errors, ...(template.errors ?? []).map((e) => e.Message)], template };
}

/** The YAML blocks of the README's "Sweep an organisation" section. */
function readmeSweepBlocks(): string[] {
  const readme = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
  const start = readme.indexOf('\n## Sweep an organisation');
  expect(start).toBeGreaterThan(0);
  const end = readme.indexOf('\n## ', start + 1);
  const section = readme.slice(start, end === -1 ? undefined : end);
  return [...section.matchAll(/```yaml\n([\s\S]*?)```/g)].map((m) => m[1]);
}

describe('the sweep workflow', () => {
  test("GitHub's workflow parser accepts .github/workflows/sweep.yml", async () => {
    const { errors, template } = await githubParse('sweep.yml', SWEEP);
    expect(errors).toEqual([]);
    expect(template!.jobs.map((j) => j.id.value)).toEqual(['list', 'scan', 'merge']);
  });

  test('the parser rejects a broken copy, so the check above means something', async () => {
    const broken = SWEEP.replace('    runs-on: ubuntu-latest\n    timeout-minutes: 30', '    runs-on: ubuntu-latest\n    timeout-minute: 30');
    expect(broken).not.toBe(SWEEP);
    expect((await githubParse('sweep.yml', broken)).errors.join('\n')).toMatch(/Unexpected value 'timeout-minute'/);
    const badExpression = SWEEP.replace('${{ fromJSON(needs.list.outputs.repositories) }}', '${{ fromJSON(needs.list.outputs.repositories }}');
    expect((await githubParse('sweep.yml', badExpression)).errors.length).toBeGreaterThan(0);
  });

  test('callable and runnable by hand with the same inputs; a token secret; one job per repository; artifacts merged', () => {
    const wf = parse(SWEEP);
    const call = wf.on.workflow_call;
    expect(Object.keys(call.inputs)).toEqual(Object.keys(wf.on.workflow_dispatch.inputs));
    for (const input of ['repositories', 'organization', 'topic', 'include-forks', 'include-archived', 'checks', 'fail-on', 'max-parallel']) expect(call.inputs).toHaveProperty([input]);
    expect(Object.keys(call.secrets)).toEqual(['token']);
    expect(wf.permissions).toEqual({ contents: 'read' });

    const scan = wf.jobs.scan;
    expect(scan.strategy).toEqual({ 'fail-fast': false, 'max-parallel': '${{ inputs.max-parallel }}', matrix: { repository: '${{ fromJSON(needs.list.outputs.repositories) }}' } });
    const clone = scan.steps.find((s: { id?: string }) => s.id === 'clone');
    expect(clone).toMatchObject({ uses: 'actions/checkout@v4', 'continue-on-error': true, with: { repository: '${{ matrix.repository }}', 'fetch-depth': 1 } });
    const upload = scan.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/upload-artifact'));
    expect(upload.with.name).toContain('${{ steps.report.outputs.artifact }}');

    const download = wf.jobs.merge.steps.find((s: { uses?: string }) => s.uses?.startsWith('actions/download-artifact'));
    expect(download.with).toMatchObject({ 'merge-multiple': true });
    expect(wf.jobs.merge.if).toMatch(/always\(\)/);
    expect(wf.jobs.merge.steps.some((s: { run?: string }) => s.run?.includes('GITHUB_STEP_SUMMARY'))).toBe(true);
  });

  test('no workflow expression is expanded inside a run script (names and reasons reach scripts through env)', () => {
    const wf = parse(SWEEP);
    for (const job of Object.values<{ steps: { run?: string }[] }>(wf.jobs)) {
      for (const step of job.steps) if (step.run) expect(step.run).not.toContain('${{');
    }
  });

  test("the README's caller workflow passes GitHub's parser and calls this workflow", async () => {
    const blocks = readmeSweepBlocks();
    expect(blocks.length).toBeGreaterThan(0);
    const inputs = Object.keys(parse(SWEEP).on.workflow_call.inputs);
    for (const block of blocks) {
      expect((await githubParse('caller.yml', block)).errors).toEqual([]);
      const calls = Object.values<{ uses?: string; with?: object }>(parse(block).jobs).filter((j) => j.uses === 'telegram-compliance/telegram-compliance/.github/workflows/sweep.yml@v0');
      expect(calls).toHaveLength(1);
      for (const key of Object.keys(calls[0].with ?? {})) expect(`${key}: ${inputs.includes(key)}`).toBe(`${key}: true`);
    }
  });
});
