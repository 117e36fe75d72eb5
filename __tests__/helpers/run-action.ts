import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { REPO_ROOT, tempDir } from './fixtures.js';

export const DIST_ENTRY = join(REPO_ROOT, 'dist', 'index.js');

export interface ActionRun {
  code: number;
  stdout: string;
  stderr: string;
  outputs: Record<string, string>;
  summary: string;
  workspace: string;
  runnerTemp: string;
}

export interface ActionRunOptions {
  workspace: string;
  event: string;
  payload: unknown;
  inputs?: Record<string, string>;
  apiUrl: string;
  sha?: string;
  repository?: string;
  env?: Record<string, string>;
}

/** The inputs a runner passes when the workflow gives none: action.yml's defaults (the token is a fake). */
export const DEFAULT_INPUTS: Record<string, string> = {
  path: '.',
  checks: 'credentials', // action.yml's default is empty (the config's, else every default check): these tests scan credentials
  'fail-on': '',
  config: '.github/telegram-compliance.yml',
  baseline: '',
  scope: 'auto',
  mirror: '',
  'require-gpl': '',
  artifacts: '',
  'github-token': 'ghs_fake_token_for_tests',
  comment: 'true',
  'check-run': 'false',
  'sarif-file': '',
};

/**
 * Runs the bundled action the way the runner does: a fresh process, INPUT_* variables, the event payload in a
 * file, GITHUB_OUTPUT and GITHUB_STEP_SUMMARY files. Only the variables a runner sets are passed, so a test
 * run inside GitHub Actions does not leak the real job's context into the action.
 */
export async function runAction(o: ActionRunOptions): Promise<ActionRun> {
  if (!existsSync(DIST_ENTRY)) throw new Error(`${DIST_ENTRY} is missing: run "npm run bundle" first`);
  const runner = await tempDir();
  const runnerTemp = join(runner, 'temp');
  await mkdir(runnerTemp);
  const eventPath = join(runner, 'event.json');
  const outputPath = join(runner, 'output.txt');
  const summaryPath = join(runner, 'summary.md');
  await writeFile(eventPath, JSON.stringify(o.payload));
  await writeFile(outputPath, '');
  await writeFile(summaryPath, '');
  const inputs = { ...DEFAULT_INPUTS, ...o.inputs };
  const env: Record<string, string> = {
    PATH: process.env.PATH ?? '',
    ...(process.env.SystemRoot ? { SystemRoot: process.env.SystemRoot } : {}),
    HOME: runner,
    GITHUB_ACTIONS: 'true',
    GITHUB_WORKSPACE: o.workspace,
    RUNNER_TEMP: runnerTemp,
    GITHUB_EVENT_NAME: o.event,
    GITHUB_EVENT_PATH: eventPath,
    GITHUB_OUTPUT: outputPath,
    GITHUB_STEP_SUMMARY: summaryPath,
    GITHUB_REPOSITORY: o.repository ?? 'octo/app',
    GITHUB_SHA: o.sha ?? 'f00dfacef00dfacef00dfacef00dfacef00dface',
    GITHUB_SERVER_URL: 'https://github.com',
    GITHUB_API_URL: o.apiUrl,
    ...Object.fromEntries(Object.entries(inputs).map(([k, v]) => [`INPUT_${k.replace(/ /g, '_').toUpperCase()}`, v])),
    ...o.env,
  };
  const { code, stdout, stderr } = await new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [DIST_ENTRY], { cwd: o.workspace, env, maxBuffer: 64 * 1024 * 1024 }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : -1) : 0;
      resolve({ code, stdout: String(stdout), stderr: String(stderr) });
    });
  });
  return { code, stdout, stderr, outputs: parseOutputs(await readFile(outputPath, 'utf8')), summary: await readFile(summaryPath, 'utf8'), workspace: o.workspace, runnerTemp };
}

/** GITHUB_OUTPUT holds `name<<DELIMITER\nvalue\nDELIMITER` blocks. */
export function parseOutputs(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  const lines = text.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const m = /^([^<=]+)<<(.+)$/.exec(lines[i]);
    if (!m) continue;
    const value: string[] = [];
    for (i++; i < lines.length && lines[i] !== m[2]; i++) value.push(lines[i]);
    out[m[1]] = value.join('\n');
  }
  return out;
}

/** Writes a small tree of files (workspace-relative `/` paths) into a fresh temporary folder. */
export async function workspaceWith(files: Record<string, string>): Promise<string> {
  const dir = await tempDir();
  for (const [path, text] of Object.entries(files)) {
    const abs = join(dir, ...path.split('/'));
    await mkdir(dirname(abs), { recursive: true });
    await writeFile(abs, text);
  }
  return dir;
}

/** Workflow commands on stdout of one kind: `::error file=...::message`. */
export function commands(stdout: string, kind: 'error' | 'warning' | 'notice'): string[] {
  return stdout.split(/\r?\n/).filter((l) => l.startsWith(`::${kind}`));
}
