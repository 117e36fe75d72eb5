// Issue 14 item 11: about 120,000 findings or skipped entries made `push(...array)` throw "Maximum call stack size
// exceeded", losing every finding. Run through the CLI bundle, with its peak memory.
import { afterAll, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { walk } from '../src/files/walk.js';
import { REPO_ROOT, removeTempDirs, tempDir } from './helpers/fixtures.js';

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('peak-rss-kib='+process.resourceUsage().maxRSS+'\\n'))`;
const HASH = 'b18441a1ff607e10a989891a5462e627';

function run(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', PEAK, CLI, ...args], { encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, TG_COMPLIANCE_THREADS: '1' } });
  const peak = Number(/peak-rss-kib=(\d+)/.exec(r.stderr)?.[1]);
  return { status: r.status, stdout: r.stdout, stderr: r.stderr, peakMiB: peak / 1024 };
}

afterAll(removeTempDirs);

test("120,000 findings in one file: all in the JSON, SARIF cut at GitHub's 25,000 with a notice, exit 1, under 512 MB", async () => {
  const root = await tempDir();
  await writeFile(join(root, 'hashes.txt.js'), `x = "${HASH}";\n`.repeat(120_000));
  const sarifRun = run(['--checks', 'credentials', '--format', 'sarif', '--output', join(root, 'out.sarif'), root]);
  expect(sarifRun.stderr).not.toMatch(/Maximum call stack/);
  expect(sarifRun.status).toBe(1);
  const sarif = JSON.parse(await readFile(join(root, 'out.sarif'), 'utf8'));
  expect(sarif.runs[0].results).toHaveLength(25_000);
  expect(sarif.runs[0].invocations[0].toolExecutionNotifications[0].message.text).toMatch(/^95000 more results are left out/);
  expect(sarifRun.peakMiB).toBeLessThan(512);
  const jsonRun = run(['--checks', 'credentials', '--format', 'json', '--output', join(root, 'out.json'), root]);
  expect(jsonRun.status).toBe(1);
  expect(JSON.parse(await readFile(join(root, 'out.json'), 'utf8')).findings).toHaveLength(120_000);
  expect(jsonRun.peakMiB).toBeLessThan(512);
}, 120_000);

test('150,000 dangling links: each listed as skipped, the finding beside them kept', async () => {
  const root = await tempDir();
  await mkdir(join(root, 'links'));
  await Promise.all(Array.from({ length: 150_000 }, (_, i) => symlink(`/nowhere/${i}`, join(root, 'links', `l${i}`))));
  await writeFile(join(root, 'app.env'), `API_HASH=${HASH}\n`);
  const r = run(['--checks', 'credentials', '--format', 'json', root]);
  expect(r.stderr).not.toMatch(/Maximum call stack/);
  const report = JSON.parse(r.stdout);
  expect(report.skipped).toHaveLength(150_000);
  expect(report.findings.map((f: { path: string }) => f.path)).toEqual(['app.env']);
  expect(r.status).toBe(1);
  expect(r.peakMiB).toBeLessThan(512);
}, 120_000);

test('issue 14 item 1: a .gitignore linked to /dev/zero above the scanned folder is not followed (under 512 MB)', async () => {
  const root = await tempDir();
  await mkdir(join(root, 'sub'));
  await symlink('/dev/zero', join(root, '.gitignore'));
  await symlink('/dev/zero', join(root, 'sub', '.gitignore'));
  await writeFile(join(root, 'sub', 'app.env'), `API_HASH=${HASH}\n`);
  const r = run(['--checks', 'credentials', '--format', 'json', join(root, 'sub')]);
  expect(r.status).toBe(1);
  expect(JSON.parse(r.stdout).findings.map((f: { path: string }) => f.path)).toEqual(['app.env']);
  expect(r.peakMiB).toBeLessThan(512);
  // The action scans a subfolder (its path input) of a workspace that is no git work tree: the rules of the folders
  // above are read then, and a linked one adds none.
  const walked = await walk(root, join(root, 'sub'), { maxFileSize: 1 << 20 });
  expect(walked.files.map((f) => f.path)).toEqual(['sub/app.env']);
}, 60_000);
