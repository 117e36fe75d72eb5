import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import { CONFIG_KEYS } from '../src/config/keys.js';
import { CHECK_NAMES } from '../src/rules.js';
import { VERSION } from '../src/version.js';
import { copyFixture, REPO_ROOT, removeTempDirs, tempDir } from './helpers/fixtures.js';

// The bundled CLI, run as users run it: plain node, no node_modules needed.
const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
const PRIVATE = 'c0ffee00deadbeef0123456789abcd42';

function cli(args: string[], cwd = REPO_ROOT, env: NodeJS.ProcessEnv = {}) {
  const r = spawnSync(process.execPath, [CLI, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', ...env } });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

describe('the CLI bundle', () => {
  let shapes: string;
  let clean: string;
  beforeAll(async () => {
    shapes = await copyFixture('credentials/shapes');
    clean = await copyFixture('credentials/clean');
  });
  afterAll(removeTempDirs);

  test('exit 1 with findings at fail-on, grouped text with the total last', () => {
    const r = cli(['--checks', 'credentials', shapes]);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^desktop\/snap\/snapcraft\.yaml\n {2}4:27 +error +published-api-credentials\n {4}-DTDESKTOP_API_ID is set to an official Telegram app's api_id 611335/m);
    expect(r.stdout).toMatch(/How to fix published-api-credentials: .*my\.telegram\.org\/apps/);
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^✖ \d+ errors, \d+ warnings, 0 notes in \d+ files scanned \(fail-on: error\)$/);
  });

  test('exit 0 on a clean tree, and with --fail-on never', () => {
    expect(cli(['--checks', 'credentials', clean]).status).toBe(0);
    const never = cli(['--checks', 'credentials', '--fail-on', 'never', shapes]);
    expect(never.status).toBe(0);
    expect(never.stdout.trim().split('\n').at(-1)).toMatch(/^○ [1-9]\d* errors, .* \(fail-on: never, so findings do not fail the run\)$/);
  });

  test('--fail-on warning fails on warnings alone', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'app.py'), 'from pyrogram import Client\napp = Client("bot", test_mode=True)\n');
    expect(cli(['--checks', 'credentials', root]).status).toBe(0);
    expect(cli(['--checks', 'credentials', '--fail-on', 'warning', root]).status).toBe(1);
  });

  test('every format, to standard output or --output, never shows a private hash whole', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'tg.py'), `# telegram\napi_hash = "${PRIVATE}"\nAPI_ID = 2040\n`);
    for (const format of ['text', 'json', 'sarif', 'markdown']) {
      const out = join(root, `..`, `report-${format}-${Date.now()}`);
      const toFile = cli(['--checks', 'credentials', '--format', format, '--output', out, root]);
      expect(toFile.status).toBe(1);
      const written = await readFile(out, 'utf8');
      const printed = cli(['--checks', 'credentials', '--format', format, root]);
      for (const text of [written, printed.stdout, printed.stderr, toFile.stderr]) expect(text).not.toContain(PRIVATE);
      expect(written).toContain('c0ff…');
      const untimed = (t: string) => t.replace(/"ms": \d+|\d+ ms/g, 'T');
      expect(untimed(printed.stdout)).toBe(untimed(written));
    }
    const json = JSON.parse(cli(['--checks', 'credentials', '--format', 'json', root]).stdout);
    expect(Object.keys(json)).toEqual(['tool', 'root', 'findings', 'suppressed', 'skipped', 'summary', 'checks', 'failOn', 'result']);
    expect(json.tool).toEqual({ name: 'telegram-compliance', version: VERSION, catalogue: expect.any(String) });
    expect(json.summary).toEqual({ errors: 1, warnings: 1, notes: 0, suppressed: 0 });
    expect(json.checks.credentials).toMatchObject({ status: 'ran', files: 1 });
  });

  test('exit 2 with one line for usage and configuration errors', async () => {
    const root = await tempDir();
    await mkdir(join(root, '.github'));
    const cases: [string[], RegExp][] = [
      [['--format', 'xml', root], /^tg-compliance: error: --format: unknown format "xml"/],
      [['--fail-on', 'fatal', root], /^tg-compliance: error: --fail-on: unknown value "fatal"/],
      [['--checks', 'credential', root], /did you mean "credentials"/],
      [['--fromat', 'json', root], /^tg-compliance: error: unknown option "--fromat" \(did you mean "--format"\?\) \(see --help\)\n$/],
      [['--bogus', root], /^tg-compliance: error: unknown option "--bogus" \(expected one of: --format, --output, .*--version\) \(see --help\)\n$/],
      [['-x', root], /^tg-compliance: error: unknown option "-x" \(the short options are -o, -h, -v\) \(see --help\)\n$/],
      [['merge', '--fail-of', 'never', 'a.json'], /^tg-compliance: error: unknown option "--fail-of" \(did you mean "--fail-on"\?\)/],
      [['--output', join(root, 'no-such-folder', 'r.json'), root], /^tg-compliance: error: --output: the folder ".*no-such-folder" does not exist: make it first/],
      [[join(root, 'nope')], /PATH ".*nope" does not exist/],
      [['--config', join(root, 'missing.yml'), root], /missing\.yml: cannot read the configuration file \(ENOENT\)/],
      [['--max-file-size', 'huge', root], /--max-file-size: "huge" is not a size/],
      [['--since', 'no-such-ref', root], /--since: cannot list the files changed since "no-such-ref"/],
      [['--mirror', 'bad!name', root], /^tg-compliance: error: --mirror: mirror "bad!name" is neither OWNER\/NAME nor an https:\/\/ git URL\n$/],
      [['--mirror', 'https://user:pw@example.com/a.git', root], /^tg-compliance: error: --mirror: the mirror URL must not hold credentials/],
      [['--repository', 'justname', root], /^tg-compliance: error: --repository: "justname" is not OWNER\/NAME\n$/],
    ];
    for (const [args, message] of cases) {
      const r = cli(args);
      expect({ args, status: r.status }).toEqual({ args, status: 2 });
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stderr).toMatch(message);
      expect(r.stderr).not.toMatch(/\n\s+at /);
    }
    await writeFile(join(root, '.github', 'telegram-compliance.yml'), 'ignore:\n  - paths: [a]\n    reason: x\n  - pathz: [b]\n');
    const bad = cli([root]);
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('tg-compliance: error: .github/telegram-compliance.yml:4:5: unknown key "pathz" (did you mean "paths"?)\n');
    await writeFile(join(root, '.github', 'telegram-compliance.yml'), 'mirror: http://mirror.example/app.git\n');
    const badMirror = cli([root]);
    expect(badMirror.status).toBe(2);
    expect(badMirror.stderr).toBe('tg-compliance: error: .github/telegram-compliance.yml:1:9: mirror "http://mirror.example/app.git" must be an https:// URL (anonymous readers fetch the source there)\n');
  });

  test('--output into a missing folder is refused before the scan, and nothing is made', async () => {
    const root = await tempDir();
    // A tree that takes the scan a while: a refusal after it would show as a slow exit with the folder made.
    const out = join(root, 'reports', 'r.json');
    const r = cli(['--checks', 'credentials', '--output', out, '--verbose', shapes]);
    expect(r.status).toBe(2);
    expect(r.stderr).not.toMatch(/files in the tree/);
    expect(existsSync(join(root, 'reports'))).toBe(false);
  });

  test('--help, --version', () => {
    const help = cli(['--help']);
    expect(help.status).toBe(0);
    expect(help.stdout).toMatch(/^Usage: tg-compliance \[options\] \[PATH\]/);
    expect(help.stdout).toContain(`Configuration file keys: ${CONFIG_KEYS.join(', ')}.`);
    expect(help.stdout).toMatch(/^ {2}tg-compliance:allow \[RULE-ID \.\.\.\] \[-- reason\] +in a comment on the finding's line$/m);
    expect(help.stdout).toMatch(/^ {2}tg-compliance:allow-next-line \[RULE-ID/m);
    expect(help.stdout).toMatch(/^ {2}GITHUB_TOKEN +token/m);
    expect(help.stdout).toMatch(/^ {2}TG_COMPLIANCE_THREADS +scanning threads/m);
    const examples = help.stdout.slice(help.stdout.indexOf('Examples:')).split('\n').filter((l) => /^ {2}(\S+=\S+ )?tg-compliance\b/.test(l));
    expect(examples).toHaveLength(3);
    for (const option of CHECK_NAMES) expect(help.stdout).toContain(option);
    const version = cli(['--version']);
    expect(version.stdout).toMatch(new RegExp(`^tg-compliance ${VERSION.replace(/\./g, '\\.')} \\(catalogue \\d{4}\\.\\d+\\)\\n$`));
  });

  test('paths are relative to the top of the git work tree holding PATH; --since scans only changed files', async () => {
    const root = await tempDir();
    const git = (...args: string[]) => spawnSync('git', args, { cwd: root, encoding: 'utf8' });
    git('init', '-q');
    git('config', 'user.email', 't@example.com');
    git('config', 'user.name', 't');
    await mkdir(join(root, 'app/src'), { recursive: true });
    await writeFile(join(root, 'app/src/old.py'), 'api_id = 2040\n');
    git('add', '-A');
    git('commit', '-qm', 'one');
    await writeFile(join(root, 'app/src/new.py'), 'api_id = 17349\n');
    git('add', '-A');
    git('commit', '-qm', 'two');
    const whole = JSON.parse(cli(['--checks', 'credentials', '--format', 'json', join(root, 'app')]).stdout);
    expect(whole.findings.map((f: { path: string }) => f.path)).toEqual(['app/src/new.py', 'app/src/old.py']);
    const since = JSON.parse(cli(['--checks', 'credentials', '--format', 'json', '--since', 'HEAD~1', root]).stdout);
    expect(since.findings.map((f: { path: string }) => f.path)).toEqual(['app/src/new.py']);
    expect(since.checks.credentials.files).toBe(1);
  });

  test('--write-baseline makes the next run pass until a new finding appears', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'a.py'), 'api_id = 2040\n');
    const baseline = join(root, '.github', 'telegram-compliance.yml');
    const w = cli(['--checks', 'credentials', '--write-baseline', baseline, root]);
    expect(w.status).toBe(0);
    expect(w.stderr).toMatch(/wrote 1 baseline entries/);
    expect(cli(['--checks', 'credentials', root]).status).toBe(0);
    await writeFile(join(root, 'b.py'), 'api_id = 4\n');
    expect(cli(['--checks', 'credentials', root]).status).toBe(1);
  });
});

describe('scanning threads', () => {
  afterAll(removeTempDirs);
  test('the bundle starts itself as worker threads, and the findings do not depend on how many', async () => {
    const root = await copyFixture('credentials/shapes');
    const run = (threads: string) => {
      const r = cli(['--checks', 'credentials', '--format', 'json', root], REPO_ROOT, { TG_COMPLIANCE_THREADS: threads });
      expect(r.status).toBe(1);
      const json = JSON.parse(r.stdout);
      return { findings: json.findings, skipped: json.skipped, files: json.checks.credentials.files };
    };
    const one = run('1');
    expect(one.findings.length).toBeGreaterThan(50);
    expect(run('2')).toEqual(one);
    expect(run('3')).toEqual(one);
  });

  test('threads that start half-way through the walk, and a large file held for the end, lose nothing', async () => {
    const root = await tempDir();
    for (let d = 0; d < 45; d++) {
      await mkdir(join(root, `m${d}`));
      await Promise.all(Array.from({ length: 100 }, (_, f) => writeFile(join(root, `m${d}`, `F${f}.kt`), d * 100 + f === 4321 || f === 7 ? `val x = 1\nval api_id = 17349\n` : 'val x = 1\n')));
    }
    await writeFile(join(root, 'big.c'), `${'int x;\n'.repeat(1_300_000)}const char *h = "b18441a1ff607e10a989891a5462e627";\n`);
    const run = (threads?: string) => {
      const r = cli(['--checks', 'credentials', '--format', 'json', root], REPO_ROOT, threads ? { TG_COMPLIANCE_THREADS: threads } : {});
      expect(r.status).toBe(1);
      const json = JSON.parse(r.stdout);
      return { findings: json.findings, files: json.checks.credentials.files };
    };
    const auto = run();
    expect(auto.files).toBe(4501);
    expect(auto.findings.map((f: { path: string }) => f.path)).toEqual(['big.c', ...Array.from({ length: 45 }, (_, d) => `m${d}/F7.kt`).sort(), 'm43/F21.kt'].sort());
    expect(run('1')).toEqual(auto);
  });
});
