// Issue 13: cases where a release gate said "pass" (or only warned) while a published credential shipped, each
// built as a user meets it and run through the bundled CLI.
import { afterAll, describe, expect, test } from '@jest/globals';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { REPO_ROOT, removeTempDirs, tempDir } from './helpers/fixtures.js';

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const DESKTOP_HASH = 'b18441a1ff607e10a989891a5462e627'; // Telegram Desktop's published pair: 2040 / this hash

interface Json {
  result: string;
  findings: { ruleId: string; level: string; path: string; line: number; message: string }[];
  skipped: { path: string; reason: string }[];
  checks: Record<string, { status: string }>;
}

function cli(args: string[]) {
  const r = spawnSync(process.execPath, [CLI, ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', GITHUB_TOKEN: '' } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

function json(args: string[]): { status: number | null; report: Json; stderr: string } {
  const r = cli(['--format', 'json', ...args]);
  return { status: r.status, report: JSON.parse(r.stdout) as Json, stderr: r.stderr };
}

async function tree(files: Record<string, string | Buffer>): Promise<string> {
  const root = await tempDir();
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

const git = (root: string, ...args: string[]) => execFileSync('git', ['-C', root, '-c', 'user.email=t@t', '-c', 'user.name=t', ...args], { encoding: 'utf8' });

afterAll(removeTempDirs);

describe('1. every file that ships is scanned', () => {
  test('a committed file that .gitignore matches ships, and is scanned', async () => {
    const root = await tree({
      '.gitignore': 'BuildVars.java\n',
      'app/src/BuildVars.java': `public class BuildVars {\n  public static String APP_HASH = "${DESKTOP_HASH}";\n}\n`,
    });
    git(root, 'init', '-q');
    git(root, 'add', '.gitignore');
    git(root, 'add', '-f', 'app/src/BuildVars.java');
    git(root, 'commit', '-qm', 'x');
    const { status, report } = json(['--checks', 'credentials', root]);
    expect(report.findings.map((f) => `${f.path}:${f.line} ${f.level} ${f.ruleId}`)).toEqual(['app/src/BuildVars.java:2 error published-api-credentials']);
    expect(status).toBe(1);
  });

  test('outside git, a nested !app.json takes back what a root *.json leaves out, as git does', async () => {
    const root = await tree({
      '.gitignore': '*.json\n',
      'config/.gitignore': '!app.json\n',
      'config/app.json': `{ "api_hash": "${DESKTOP_HASH}" }\n`,
      'config/other.json': `{ "api_hash": "${DESKTOP_HASH}" }\n`,
    });
    const { report } = json(['--checks', 'credentials', root]);
    expect(report.findings.map((f) => f.path)).toEqual(['config/app.json']);
    git(root, 'init', '-q');
    expect(git(root, 'ls-files', '--others', '--exclude-standard').trim().split('\n').sort()).toEqual(['.gitignore', 'config/.gitignore', 'config/app.json']);
  });
});

describe('7. a failed check never reads as a pass', () => {
  test('JSON, text and Markdown say error, and the exit status is 2', async () => {
    const root = await tree({ 'a.txt': 'hello\n' });
    const args = ['--checks', 'credentials,artifacts', '--artifacts', '../outside/*.apk', root];
    const { status, report } = json(args);
    expect(status).toBe(2);
    expect(report.checks.artifacts.status).toBe('failed');
    expect(report.result).toBe('error');
    const text = cli(args);
    expect(text.stdout.trim().split('\n').at(-1)).toMatch(/^✖ 0 errors, 0 warnings, 0 notes in 1 file scanned; not a pass: the artifacts check failed \(artifacts: /);
    const markdown = cli(['--format', 'markdown', ...args]);
    expect(markdown.stdout).toMatch(/^## ❌ Telegram compliance: error\n\nNot a pass: the artifacts check failed/);
    expect(markdown.status).toBe(2);
  });
});
