import { afterAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { readFile, writeFile, mkdir } from 'node:fs/promises';
import { join } from 'node:path';
import { writeBaseline } from '../src/baseline.js';
import { withBaseline } from '../src/config/baseline-file.js';
import { parseConfig } from '../src/config/load.js';
import { EMPTY_CONFIG, type Config } from '../src/config/schema.js';
import type { Finding } from '../src/findings.js';
import { commentBody } from '../src/action/sinks/comment.js';
import { jsonChunks, renderJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { Report } from '../src/report/model.js';
import { renderSarif } from '../src/report/sarif.js';
import { renderText } from '../src/report/text.js';
import { ruleById } from '../src/rules.js';
import { silenceOf } from '../src/pipeline/silence.js';
import { removeTempDirs, REPO_ROOT, scan, tree } from './helpers/fixtures.js';
import { FakeGitHub } from './helpers/github-server.js';
import { commands, runAction, workspaceWith } from './helpers/run-action.js';

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');

// What a fork's maintainer needs on the first day: why (each rule's fix once), how to silence (per finding and at
// once), new findings only (a baseline beside the config), what blocks (per-rule levels), where to create a file.

afterAll(removeTempDirs);

const JAVA = 'class BuildVars {\n    public static int APP_ID = 4;\n    public static String APP_HASH = "014b35b6184100b085b0d0572f9b5103";\n}\n';

const config = (yaml: string): Config => parseConfig(yaml, '.github/telegram-compliance.yml');
const count = (text: string, part: string) => text.split(part).length - 1;

describe('1. each finding carries its fingerprint and paste-ready suppressions, in every output', () => {
  test('text, summary, comment, JSON and SARIF show them; the reports end with how to silence', async () => {
    const root = await tree({ 'TMessagesProj/src/main/java/org/telegram/messenger/BuildVars.java': JAVA });
    const report = await scan(root);
    expect(report.findings.length).toBeGreaterThanOrEqual(2);
    const [first] = report.findings;
    expect(JSON.parse(JSON.stringify(first.silence))).toEqual({
      comment: `// tg-compliance:allow ${first.ruleId} -- why this is accepted`,
      entry: `- { fingerprint: ${first.fingerprint}, rules: [${first.ruleId}], reason: "why this is accepted" }`,
    });

    const text = renderText(report);
    const summary = renderMarkdown(report);
    const comment = commentBody(report, { scanned: 'the whole tree', link: () => undefined, earlierFailure: false });
    for (const out of [text, summary, comment]) {
      for (const f of report.findings) {
        expect(out).toContain(f.fingerprint);
        expect(out).toContain(f.silence!.comment!);
        expect(out).toContain(f.silence!.entry);
      }
    }
    expect(text).toMatch(/--write-baseline .github\/telegram-compliance-baseline\.yml[\s\S]*\n✖ [^\n]+\n$/);
    for (const out of [summary, comment]) expect(out.trimEnd().split('\n').at(-1)).toContain('--write-baseline .github/telegram-compliance-baseline.yml');

    const json = JSON.parse(JSON.stringify(report)) as { findings: Finding[] };
    expect(json.findings[0].silence).toEqual({ comment: first.silence!.comment, entry: first.silence!.entry });
    const sarif = JSON.parse(renderSarif(report));
    const result = sarif.runs[0].results[0];
    expect(result.partialFingerprints['telegramCompliance/v1']).toBe(first.fingerprint);
    expect(result.properties).toMatchObject({ silenceComment: first.silence!.comment, silenceEntry: first.silence!.entry });
  });

  test('what is pasted works: the comment at the end of the line, or the entry under ignore:', async () => {
    const path = 'TMessagesProj/src/main/java/org/telegram/messenger/BuildVars.java';
    const root = await tree({ [path]: JAVA });
    const report = await scan(root);
    const lines = JAVA.split('\n');
    for (const f of report.findings) lines[f.line! - 1] += ` ${f.silence!.comment}`;
    await writeFile(join(root, path), lines.join('\n'));
    const commented = await scan(root);
    expect(commented.findings).toEqual([]);
    expect(commented.suppressed.map((f) => f.suppression)).toEqual(report.findings.map(() => ({ kind: 'inline', reason: 'why this is accepted' })));

    await writeFile(join(root, path), JAVA);
    const entries = report.findings.map((f) => `  ${f.silence!.entry}`).join('\n');
    const viaConfig = await scan(root, {}, config(`ignore:\n${entries}\n`));
    expect(viaConfig.findings).toEqual([]);
    expect(viaConfig.suppressed).toHaveLength(report.findings.length);
  });

  test('a file that takes no comments (JSON) gets only the config entry', async () => {
    const root = await tree({ 'config.json': '{ "api_hash": "014b35b6184100b085b0d0572f9b5103" }\n' });
    const [f] = (await scan(root)).findings;
    expect(JSON.parse(JSON.stringify(f.silence))).toEqual({ entry: expect.stringContaining(f.fingerprint) });
    expect(renderText({ ...(await scan(root)) })).not.toContain('tg-compliance:allow');
  });

  test('no comment where it would change the line: inside a markup tag, or after a line continuation', () => {
    const base = { ruleId: 'app-title-telegram', fingerprint: 'f'.repeat(32) };
    expect(silenceOf({ ...base, path: 'app/AndroidManifest.xml', lineText: '        android:label="Telegram X"' }).comment).toBeUndefined();
    expect(silenceOf({ ...base, path: 'app/AndroidManifest.xml', lineText: '        android:label="Telegram X">' }).comment).toBe('<!-- tg-compliance:allow app-title-telegram -- why this is accepted -->');
    expect(silenceOf({ ...base, path: 'res/values/strings.xml', lineText: '<string name="AppName">Telegram X</string>' }).comment).toMatch(/^<!-- /);
    expect(silenceOf({ ...base, path: 'src/config.h', lineText: '#define API_ID 4 \\' }).comment).toBeUndefined();
    expect(silenceOf({ ...base, path: 'src/config.h', lineText: '#define API_ID 4' }).comment).toMatch(/^\/\/ /);
  });
});

describe('2. each rule\'s general fix is printed once, under the table', () => {
  test('many findings of one rule: its help once in summary, comment and text; a row shows only its own fix', async () => {
    const root = await tree({ 'a.py': 'api_id = 4\n', 'b.py': 'api_id = 4\n', 'c.py': 'api_id = 4\napi_hash = "014b35b6184100b085b0d0572f9b5103"\n' });
    const report = await scan(root);
    expect(report.findings.length).toBeGreaterThanOrEqual(4);
    const help = ruleById('published-api-credentials')!.help;
    const summary = renderMarkdown(report);
    const comment = commentBody(report, { scanned: 'x', link: () => undefined, earlierFailure: false });
    for (const out of [summary, comment, renderText(report)]) expect(count(out, help)).toBe(1);
    const table = summary.split('\n').filter((l) => l.startsWith('| 🔴'));
    expect(table).toHaveLength(report.findings.length);
    for (const row of table) expect(row).not.toContain('my.telegram.org');
    expect(summary.indexOf('**How to fix**')).toBeGreaterThan(summary.indexOf(table.at(-1)!));

    const own: Report = { ...report, findings: [{ ...report.findings[0], help: 'Use BuildConfig.APP_ID from local.properties.' }] };
    expect(renderMarkdown(own).split('\n').find((l) => l.startsWith('| 🔴'))).toContain('Use BuildConfig\\.APP\\_ID from local\\.properties\\.');
  });
});

describe('3. baselines', () => {
  test('a baseline file named by the config is read beside it: its findings are suppressed as kind baseline, new ones fail', async () => {
    const root = await tree({ 'a.py': 'api_id = 2040\n' });
    const baselineFile = join(root, '.github', 'telegram-compliance-baseline.yml');
    await mkdir(join(root, '.github'));
    const before = await scan(root);
    expect(before.result).toBe('fail');
    expect((await writeBaseline(baselineFile, before.findings)).added).toBe(1);

    const main = config('fail-on: error\nbaseline: .github/telegram-compliance-baseline.yml\nignore:\n  - paths: ["vendor/**"]\n    reason: upstream code\n');
    const { config: both, notes } = await withBaseline(root, main, { name: main.baseline!, file: baselineFile, label: 'baseline', confine: true });
    expect(notes).toEqual([]);
    expect(both.ignore).toHaveLength(2);
    const after = await scan(root, {}, both);
    expect(after.result).toBe('pass');
    expect(after.suppressed.map((f) => f.suppression.kind)).toEqual(['baseline']);

    await writeFile(join(root, 'b.py'), 'api_id = 4\n');
    const next = await scan(root, {}, both);
    expect(next.result).toBe('fail');
    expect(next.findings.map((f) => f.path)).toEqual(['b.py']);
  });

  test('a baseline file not written yet is a note; one holding other keys is an error naming it', async () => {
    const root = await tree({ 'a.py': 'x = 1\n' });
    const missing = await withBaseline(root, EMPTY_CONFIG, { name: 'base.yml', file: join(root, 'base.yml'), label: 'b', confine: false });
    expect(missing.notes).toEqual(['base.yml: the baseline file does not exist yet (write it with --write-baseline base.yml)']);
    await writeFile(join(root, 'base.yml'), 'fail-on: never\nignore: []\n');
    await expect(withBaseline(root, EMPTY_CONFIG, { name: 'base.yml', file: join(root, 'base.yml'), label: 'b', confine: false })).rejects.toThrow(/^base\.yml: a baseline file holds only "ignore" entries/);
  });

  test('findings that depend on the run\'s environment (source-unverified) are never written into a baseline', async () => {
    const root = await tree({});
    const file = join(root, 'baseline.yml');
    const at = { path: 'README.md', line: 1, column: 1, message: 'm' };
    const findings: Finding[] = [
      { ...at, ruleId: 'source-unverified', level: 'warning', fingerprint: 'a'.repeat(32) },
      { ...at, ruleId: 'source-directions-missing', level: 'note', fingerprint: 'b'.repeat(32) },
    ];
    expect(await writeBaseline(file, findings)).toEqual({ added: 1, leftOut: 1 });
    const written = parseConfig(await readFile(file, 'utf8'), 'baseline.yml');
    expect(written.ignore.map((e) => e.fingerprint)).toEqual(['b'.repeat(32)]);
  });

  test('stale and malformed entries are reported as notes naming the entry; a partial scan reports no stale ones', async () => {
    const root = await tree({ 'a.py': 'api_id = 2040\n' });
    const live = (await scan(root)).findings[0].fingerprint;
    const gone = 'c'.repeat(32);
    const cfg = config(
      ['ignore:', `  - { fingerprint: ${live}, reason: baseline }`, `  - { fingerprint: ${gone}, rules: [published-api-credentials], reason: baseline }`, '  - { fingerprint: zz, reason: baseline }', ''].join('\n'),
    );
    const report = await scan(root, {}, cfg);
    expect(report.findings).toEqual([]);
    expect(report.configNotes).toEqual([
      `.github/telegram-compliance.yml:3:5: ignore entry "${gone}" (published-api-credentials) matched no finding in this run: the finding is gone, remove the entry`,
      '.github/telegram-compliance.yml:4:5: ignore entry "zz" is not a fingerprint (32 lowercase hexadecimal digits): it matches nothing; copy the fingerprint from a report',
    ]);
    expect(renderText(report)).toContain(`note: .github/telegram-compliance.yml:3:5: ignore entry "${gone}"`);
    expect(renderMarkdown(report)).toContain('**Notes on the configuration**');
    // Only the files a change touched: an entry for another file is out of scope, not stale.
    const partial = await scan(root, { changedFiles: [] }, cfg);
    expect(partial.configNotes).toEqual([report.configNotes![1]]);
    await mkdir(join(root, 'sub'));
    const subFolder = await scan(root, { target: join(root, 'sub') }, cfg);
    expect(subFolder.configNotes).toEqual([report.configNotes![1]]);
    // A rule whose check did not run is not stale either.
    const other = await scan(root, { checks: ['license'] }, config(`ignore:\n  - { fingerprint: ${gone}, rules: [published-api-credentials], reason: baseline }\n`));
    expect(other.configNotes).toBeUndefined();
  });

  test('--write-baseline into an existing file keeps its comments, flow style and quoting byte for byte', async () => {
    const root = await tree({ 'a.py': 'api_id = 2040\n', 'b.py': 'api_id = 4\n' });
    const { findings } = await scan(root);
    const flow = '# our settings\nchecks: [credentials, license]   # no branding yet\nignore: [ { paths: ["TMessagesProj/jni/**"], reason: \'vendored upstream\' } ]  # upstream code\nfail-on: error\n';
    const block = '# our settings\nfail-on: error\nignore:\n  # vendored\n  - paths: ["TMessagesProj/jni/**"]\n    reason: vendored upstream   # kept as is\nrules: { source-unverified: error }\n';
    const none = 'checks: [credentials]  # only these\n';
    for (const original of [flow, block, none]) {
      const file = join(root, 'config.yml');
      await writeFile(file, original);
      expect((await writeBaseline(file, findings)).added).toBe(2);
      const text = await readFile(file, 'utf8');
      // One insertion into the user's text, which stays byte for byte around it; the insertion holds only the entries.
      let same = 0;
      while (same < original.length && text[same] === original[same]) same++;
      expect(text.endsWith(original.slice(same))).toBe(true);
      const inserted = text.slice(same, text.length - (original.length - same));
      const lines = inserted.split('\n').filter((l) => !['', ',', 'ignore:'].includes(l.trim()));
      expect(lines).toHaveLength(2);
      for (const l of lines) expect(l).toMatch(/^ *(- )?\{ fingerprint: [0-9a-f]{32}, rules: \[published-api-credentials\], reason: baseline \},? +# published-api-credentials [ab]\.py:1$/);
      const parsed = parseConfig(text, 'config.yml');
      expect(parsed.ignore.filter((e) => e.fingerprint).map((e) => e.fingerprint).sort()).toEqual(findings.map((f) => f.fingerprint).sort());
      expect((await scan(root, {}, parsed)).findings).toEqual([]);
      expect((await writeBaseline(file, findings)).added).toBe(0);
      expect(await readFile(file, 'utf8')).toBe(text);
    }
  });

  test('a hostile file name cannot break out of the entry\'s comment', async () => {
    const root = await tree({});
    const file = join(root, 'b.yml');
    const f: Finding = { ruleId: 'published-api-credentials', level: 'error', path: 'x\nfail-on: never\n#.py', line: 1, column: 1, message: 'm', fingerprint: 'd'.repeat(32) };
    await writeBaseline(file, [f]);
    const parsed = parseConfig(await readFile(file, 'utf8'), 'b.yml');
    expect(parsed.failOn).toBeUndefined();
    expect(parsed.ignore).toHaveLength(1);
  });
});

describe('4. per-rule levels from the config', () => {
  test('rules: raises, lowers or turns off a rule before the decision, and the summary says the config set it', async () => {
    const root = await tree({ 'app/src/main/Config.java': 'class C { static final boolean TEST_BACKEND = true; }\n', 'a.py': 'api_id = 2040\n' });
    const plain = await scan(root);
    expect(plain.result).toBe('fail');
    const lowered = await scan(root, {}, config('rules:\n  published-api-credentials: warning\n'));
    expect(lowered.result).toBe('pass');
    expect(lowered.findings[0]).toMatchObject({ ruleId: 'published-api-credentials', level: 'warning', defaultLevel: 'error' });
    expect(renderMarkdown(lowered)).toContain('🟡 warning (level set by config; error by default)');
    expect(renderText(lowered)).toContain('published-api-credentials (level set by config; error by default)');

    const off = await scan(root, {}, config('rules: { published-api-credentials: off }\n'));
    expect(off.findings).toEqual([]);
    expect(off.result).toBe('pass');
    expect(off.suppressed[0].suppression).toEqual({ kind: 'config', reason: 'rule turned off in the config (rules: published-api-credentials: off)' });

    const license = await tree({ 'a.py': 'x = 1\n' });
    expect((await scan(license, { checks: ['license'] })).result).toBe('pass');
    const raised = await scan(license, { checks: ['license'] }, config('rules:\n  license-missing: error\n'));
    expect(raised.result).toBe('fail');
    expect(raised.findings[0]).toMatchObject({ ruleId: 'license-missing', level: 'error', defaultLevel: 'note' });
  });

  test('an unknown rule id or level is an error naming the line, with a did-you-mean', () => {
    expect(() => config('rules:\n  source-unverifed: error\n')).toThrow('.github/telegram-compliance.yml:2:3: unknown rule id "source-unverifed" (did you mean "source-unverified"?)');
    expect(() => config('rules:\n  source-unverified: eror\n')).toThrow('.github/telegram-compliance.yml:2:3: unknown level for rule source-unverified "eror" (did you mean "error"?)');
    expect(() => config('rules: [source-unverified]\n')).toThrow(/rules must be a mapping of rule id to level/);
  });
});

describe('5. repository-wide findings at a file that does not exist', () => {
  test('say "(file to create)" in text and summary, and keep a valid SARIF location', async () => {
    const root = await tree({ 'a.py': 'x = 1\n' });
    const report = await scan(root, { checks: ['license'] });
    const [missing] = report.findings;
    expect(missing).toMatchObject({ ruleId: 'license-missing', path: 'LICENSE', fileToCreate: true });
    expect(missing.line).toBeUndefined(); // a file-level finding
    expect(missing.silence!.comment).toBeUndefined();
    expect(renderText(report)).toContain('LICENSE (file to create)\n');
    const summary = renderMarkdown(report, { link: () => 'https://github.com/o/r/blob/abc/LICENSE#L1' });
    expect(summary).toContain('| `LICENSE` (file to create) |');
    expect(summary).not.toContain('blob/abc/LICENSE');
    const location = JSON.parse(renderSarif(report)).runs[0].results[0].locations[0].physicalLocation;
    expect(location).toEqual({ artifactLocation: { uri: 'LICENSE', uriBaseId: '%SRCROOT%' } });

    await writeFile(join(root, 'LICENSE'), 'All rights reserved.\n');
    const present = await scan(root, { checks: ['license'] });
    expect(present.findings.every((f) => !f.fileToCreate)).toBe(true);
    expect(renderText(present)).not.toContain('(file to create)');
  });
});

describe('the bundles: --baseline, --write-baseline, rules, and the action\'s baseline input', () => {
  const cli = (args: string[]) => {
    const r = spawnSync(process.execPath, [CLI, '--checks', 'credentials', ...args], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  };

  test('CLI: --baseline is read beside the config; --write-baseline to a new file keeps what a baseline already accepts', async () => {
    const root = await tree({ 'a.py': 'api_id = 2040\n', '.github/telegram-compliance.yml': 'fail-on: error  # ours\n' });
    const first = join(root, 'first.yml');
    expect(cli(['--write-baseline', first, root]).stderr).toMatch(/wrote 1 baseline entries/);
    expect(cli([root]).status).toBe(1);
    const passing = cli(['--baseline', first, root]);
    expect(passing.status).toBe(0);
    expect(passing.stdout).toContain('1 × baseline: baseline');

    await writeFile(join(root, 'b.py'), 'api_id = 4\n');
    const third = cli(['--baseline', first, root]);
    expect(third.status).toBe(1);
    expect(third.stdout).toMatch(/^b\.py\n/);
    // Writing to another file while the first baseline is read: both findings land in it, not only the new one.
    const second = join(root, 'second.yml');
    expect(cli(['--baseline', first, '--write-baseline', second, root]).stderr).toMatch(/wrote 2 baseline entries/);
    expect(cli(['--baseline', second, root]).status).toBe(0);

    const missing = cli(['--baseline', join(root, 'none.yml'), root]);
    expect(missing.stdout).toContain(`note: ${join(root, 'none.yml')}: the baseline file does not exist yet`);
  });

  test('CLI: an unknown rule id in rules: is exit 2 with a did-you-mean', async () => {
    const root = await tree({ 'a.py': 'x = 1\n', '.github/telegram-compliance.yml': 'rules:\n  published-api-credential: off\n' });
    const r = cli([root]);
    expect(r.status).toBe(2);
    expect(r.stderr).toBe('tg-compliance: error: .github/telegram-compliance.yml:2:3: unknown rule id "published-api-credential" (did you mean "published-api-credentials"?)\n');
  });

  test('action: the baseline input is read beside the config; a stale entry is a notice naming it', async () => {
    const gh = new FakeGitHub();
    await gh.start();
    try {
      const workspace = await workspaceWith({ 'src/app.py': 'api_id = 2040\n' });
      const live = (await scan(workspace)).findings[0].fingerprint;
      await writeFile(join(workspace, 'accepted.yml'), `ignore:\n  - { fingerprint: ${live}, reason: baseline }\n  - { fingerprint: ${'e'.repeat(32)}, reason: baseline }\n`);
      const r = await runAction({
        workspace,
        event: 'workflow_dispatch',
        payload: { inputs: {}, ref: 'refs/heads/main', repository: { full_name: 'octo/app', name: 'app', owner: { login: 'octo' } } },
        inputs: { baseline: 'accepted.yml' },
        apiUrl: gh.url,
      });
      expect(r.code).toBe(0);
      expect(r.outputs).toMatchObject({ result: 'pass', suppressed: '1' });
      expect(commands(r.stdout, 'notice')).toContain(`::notice::accepted.yml:3:5: baseline entry "${'e'.repeat(32)}" matched no finding in this run: the finding is gone, remove the entry`);
      expect(r.summary).toContain('| `src/app.py:1` | `published-api-credentials` | baseline | baseline |');
    } finally {
      await gh.close();
    }
  });
});

describe('a report of many findings, each with its suppressions', () => {
  test('the JSON is written in pieces, and the pieces are exactly JSON.stringify of the report', async () => {
    const root = await tree({ 'a.py': 'api_id = 2040\n'.repeat(3), 'b.py': 'api_id = 4  # tg-compliance:allow -- sample\n' });
    const report = await scan(root, { checks: ['credentials', 'license'] });
    expect(report.findings.length).toBeGreaterThan(2);
    expect(report.suppressed).toHaveLength(1);
    const whole = `${JSON.stringify(report, null, 2)}\n`;
    expect([...jsonChunks(report)].join('')).toBe(whole);
    expect(renderJson({ ...report, findings: [], suppressed: [] })).toBe(`${JSON.stringify({ ...report, findings: [], suppressed: [] }, null, 2)}\n`);
    const many: Report = { ...report, findings: Array.from({ length: 5000 }, (_, i) => ({ ...report.findings[0], line: i + 1 })) };
    const pieces = [...jsonChunks(many)];
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.join('')).toBe(`${JSON.stringify(many, null, 2)}\n`);
  });
});
