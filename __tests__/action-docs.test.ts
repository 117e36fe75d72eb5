import { describe, expect, test } from '@jest/globals';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { parseAction } from '@actions/workflow-parser/actions/action-parser';
import { REPO_ROOT } from './helpers/fixtures.js';

// The example workflows users copy must be valid YAML whose `with:` keys are inputs of action.yml.

interface ActionYml {
  inputs: Record<string, { default?: string }>;
  outputs: Record<string, unknown>;
  runs: { using: string; main: string };
}
const action = parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as ActionYml;
const INPUTS = Object.keys(action.inputs);
const OURS = /^(\.\/?|telegram-compliance\/telegram-compliance@.+)$/;
const SWEEP = /^telegram-compliance\/telegram-compliance\/\.github\/workflows\/sweep\.yml@.+$/;

interface Step {
  uses?: string;
  with?: Record<string, unknown>;
}
interface Workflow {
  on?: unknown;
  jobs?: Record<string, { steps?: Step[]; uses?: string }>;
}

function yamlBlocks(markdown: string): string[] {
  return [...markdown.matchAll(/^```ya?ml\r?\n([\s\S]*?)^```/gm)].map((m) => m[1]);
}

function ourSteps(workflow: Workflow): Step[] {
  return Object.values(workflow.jobs ?? {}).flatMap((job) => (job.steps ?? []).filter((s) => typeof s.uses === 'string' && OURS.test(s.uses)));
}

const docs = ['README.md'].filter((f) => existsSync(join(REPO_ROOT, f)));
const workflowDir = join(REPO_ROOT, '.github', 'workflows');
const workflows = existsSync(workflowDir) ? readdirSync(workflowDir).filter((f) => /\.ya?ml$/.test(f)) : [];

describe('example workflows', () => {
  const examples: { where: string; workflow: Workflow }[] = [];
  for (const file of docs) {
    yamlBlocks(readFileSync(join(REPO_ROOT, file), 'utf8')).forEach((block, i) => {
      const doc = parse(block) as Workflow;
      if (doc && typeof doc === 'object' && 'jobs' in doc) examples.push({ where: `${file} block ${i + 1}`, workflow: doc });
    });
  }
  for (const file of workflows) examples.push({ where: `.github/workflows/${file}`, workflow: parse(readFileSync(join(workflowDir, file), 'utf8')) as Workflow });

  test('the README holds a PR check, a release gate and a manual run, each using the action (or calling the sweep)', () => {
    const triggers = examples.filter((e) => e.where.startsWith('README.md')).map((e) => Object.keys(e.workflow.on as object));
    expect(triggers).toEqual(expect.arrayContaining([['pull_request'], ['release'], ['workflow_dispatch']]));
    const callsSweep = (w: Workflow) => Object.values(w.jobs ?? {}).some((job) => typeof job.uses === 'string' && SWEEP.test(job.uses));
    for (const e of examples.filter((x) => x.where.startsWith('README.md'))) expect(`${e.where}: ${ourSteps(e.workflow).length > 0 || callsSweep(e.workflow)}`).toBe(`${e.where}: true`);
  });

  test('CI runs the action on this repository with uses: ./', () => {
    const ci = examples.find((e) => e.where === '.github/workflows/ci.yml');
    expect(ci && ourSteps(ci.workflow).some((s) => s.uses === './')).toBe(true);
  });

  test('every with: key is an input of action.yml', () => {
    const checked: string[] = [];
    for (const { where, workflow } of examples) {
      for (const step of ourSteps(workflow)) {
        for (const key of Object.keys(step.with ?? {})) {
          checked.push(key);
          expect(`${where}: ${key}`).toBe(`${where}: ${INPUTS.includes(key) ? key : `<not an input: ${key}>`}`);
        }
      }
    }
    expect(checked.length).toBeGreaterThan(5);
  });

  test('the inputs and outputs tables list exactly what action.yml declares', () => {
    const text = readFileSync(join(REPO_ROOT, 'README.md'), 'utf8');
    const section = (title: string) => text.split(`### ${title}`)[1].split('\n### ')[0];
    const names = (s: string) => [...s.matchAll(/^\| ([^|]+) \|/gm)].flatMap((m) => [...m[1].matchAll(/`([a-z-]+)`/g)].map((x) => x[1]));
    expect(names(section('Inputs')).sort()).toEqual([...INPUTS].sort());
    expect(names(section('Outputs')).sort()).toEqual(Object.keys(action.outputs).sort());
  });
});

test('action.yml runs the bundle on node24 with Marketplace branding', () => {
  expect(action.runs).toEqual({ using: 'node24', main: 'dist/index.js' });
  expect((parse(readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8')) as { branding?: unknown }).branding).toEqual({ icon: 'send', color: 'blue' });
});

describe("GitHub's own workflow parser", () => {
  const errorsOf = (result: { context: { errors: { getErrors(): { message: string }[] } } }) => result.context.errors.getErrors().map((e) => e.message);
  const sources: { where: string; content: string }[] = [
    ...docs.flatMap((file) =>
      yamlBlocks(readFileSync(join(REPO_ROOT, file), 'utf8'))
        .map((content, i) => ({ where: `${file} block ${i + 1}`, content }))
        .filter((b) => /^jobs:/m.test(b.content)),
    ),
    ...workflows.map((file) => ({ where: `.github/workflows/${file}`, content: readFileSync(join(workflowDir, file), 'utf8') })),
  ];

  test('finds the README examples and the CI workflow', () => {
    expect(sources.filter((s) => s.where.startsWith('README.md')).length).toBeGreaterThanOrEqual(3);
    expect(sources.map((s) => s.where)).toContain('.github/workflows/ci.yml');
  });

  test.each(sources.map((s) => [s.where, s.content]))('%s is a valid workflow', (where, content) => {
    expect(errorsOf(parseWorkflow({ name: where, content }, new NoOperationTraceWriter()))).toEqual([]);
  });

  test('action.yml is valid action metadata', () => {
    expect(errorsOf(parseAction({ name: 'action.yml', content: readFileSync(join(REPO_ROOT, 'action.yml'), 'utf8') }, new NoOperationTraceWriter()))).toEqual([]);
  });

  test('the parser refuses what GitHub refuses (it is not a check that cannot fail)', () => {
    const bad = 'on: push\njobs:\n  scan:\n    runs-on: ubuntu-latest\n    steps:\n      - uses: ./\n        with: [1]\n';
    expect(errorsOf(parseWorkflow({ name: 'bad.yml', content: bad }, new NoOperationTraceWriter())).length).toBeGreaterThan(0);
    const badAction = 'name: x\ndescription: y\nruns:\n  using: node24\n  mian: dist/index.js\n';
    expect(errorsOf(parseAction({ name: 'action.yml', content: badAction }, new NoOperationTraceWriter())).length).toBeGreaterThan(0);
  });
});
