import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import type { Report } from '../src/report/model.js';
import { renderMergedMarkdown } from '../src/report/sweep/markdown.js';
import { mergeReports } from '../src/sweep/merge.js';
import type { ReadEntry } from '../src/sweep/read-report.js';
import { copyFixture, removeTempDirs, scan, tempDir } from './helpers/fixtures.js';
import { runCli } from './helpers/run-cli.js';

const SCHEMA = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'schemas', 'sarif-2.1.0.json');
const SHA = (c: string) => c.repeat(40);

function about(report: Report, name: string, revision: string): Report {
  return { ...report, repository: { name, url: `https://github.com/${name}`, revision } };
}

/** Only the findings of one level: a repository with warnings alone, say. */
function onlyLevel(report: Report, level: 'warning' | 'note'): Report {
  const findings = report.findings.filter((f) => f.level === level);
  return { ...report, findings, summary: { ...report.summary, errors: 0, warnings: findings.length, notes: 0 }, result: 'pass' };
}

describe('tg-compliance merge', () => {
  let dir: string;
  let shapes: Report;
  let clean: Report;
  let files: { shapes: string; clean: string; warnings: string; gone: string };
  let validateSarif: (d: unknown) => boolean;

  beforeAll(async () => {
    const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: false, allErrors: true });
    (addFormats as unknown as typeof addFormats.default)(ajv);
    const v = ajv.compile(JSON.parse(await readFile(SCHEMA, 'utf8')));
    validateSarif = (d) => v(d) as boolean;
    shapes = about(await scan(await copyFixture('credentials/shapes'), { checks: ['credentials', 'license'] }), 'acme/shapes', SHA('a'));
    clean = about(await scan(await copyFixture('credentials/clean')), 'acme/clean', SHA('b'));
    dir = await tempDir();
    files = { shapes: join(dir, 'acme__shapes.json'), clean: join(dir, 'acme__clean.json'), warnings: join(dir, 'acme__warn.json'), gone: join(dir, 'acme__gone.json') };
    await writeFile(files.shapes, JSON.stringify(shapes));
    await writeFile(files.clean, JSON.stringify(clean));
    await writeFile(files.warnings, JSON.stringify(about(onlyLevel(shapes, 'warning'), 'acme/warn', SHA('c'))));
    await writeFile(files.gone, JSON.stringify({ repository: { name: 'acme/gone' }, unreachable: 'cannot clone: the repository does not exist' }));
  });
  afterAll(removeTempDirs);

  const merge = (...args: string[]) => runCli(['merge', ...args]);
  const all = () => [files.shapes, files.clean, files.warnings, files.gone];

  test('JSON: the per-repository reports as they were, totals, and the unreachable ones', async () => {
    const r = await merge('--format', 'json', ...all());
    expect(r.stderr).toBe('');
    expect(r.status).toBe(1);
    const merged = JSON.parse(r.stdout);
    expect(Object.keys(merged)).toEqual(['tool', 'failOn', 'result', 'notices', 'totals', 'repositories', 'unreachable']);
    expect(merged.notices).toEqual([]);
    expect(merged.repositories.map((x: { name: string; result: string }) => `${x.name} ${x.result}`)).toEqual(['acme/shapes fail', 'acme/warn pass', 'acme/clean pass']);
    expect(merged.repositories[0].report).toEqual(shapes);
    expect(merged.unreachable).toEqual([{ name: 'acme/gone', reason: 'cannot clone: the repository does not exist' }]);
    const count = (level: string) => [shapes, clean, onlyLevel(shapes, 'warning')].reduce((n, rep) => n + rep.findings.filter((f) => f.level === level).length, 0);
    expect(merged.totals).toMatchObject({ repositories: 4, passed: 2, failed: 1, unreachable: 1, errors: count('error'), warnings: count('warning'), notes: count('note') });
    expect(merged.totals.errors).toBeGreaterThan(0);
    const published = merged.totals.rules.find((t: { ruleId: string }) => t.ruleId === 'published-api-credentials');
    expect(published.repositories).toBe(2);
    expect(published.counts.error).toBe(shapes.findings.filter((f) => f.ruleId === 'published-api-credentials' && f.level === 'error').length);
  });

  test('SARIF: valid, one run per repository with its own provenance; an unreachable one is a failed invocation', async () => {
    const out = join(dir, 'merged.sarif');
    const r = await merge('--format', 'sarif', '--output', out, ...all());
    expect(r.status).toBe(1);
    const sarif = JSON.parse(await readFile(out, 'utf8'));
    expect(validateSarif(sarif)).toBe(true);
    expect(sarif.runs).toHaveLength(4);
    const byName = new Map(sarif.runs.map((run: { properties: { repository: string } }) => [run.properties.repository, run]));
    const shapesRun = byName.get('acme/shapes') as any;
    expect(shapesRun.versionControlProvenance).toEqual([{ repositoryUri: 'https://github.com/acme/shapes', revisionId: SHA('a') }]);
    expect((byName.get('acme/clean') as any).versionControlProvenance).toEqual([{ repositoryUri: 'https://github.com/acme/clean', revisionId: SHA('b') }]);
    expect(shapesRun.results).toHaveLength(shapes.findings.length + shapes.suppressed.length);
    expect(new Set(sarif.runs.map((run: { automationDetails: { id: string } }) => run.automationDetails.id)).size).toBe(4);
    const gone = byName.get('acme/gone') as any;
    expect(gone.results).toEqual([]);
    expect(gone.invocations[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ message: { text: 'cannot clone: the repository does not exist' } }] });
  });

  test('Markdown: verdict, a table of repositories with links and the worst finding, totals per rule, unreachable', async () => {
    const r = await merge('--format', 'markdown', ...all());
    expect(r.status).toBe(1);
    const md = r.stdout;
    expect(md).toMatch(/^## ❌ Telegram compliance sweep: fail\n\n\*\*4\*\* repositories: \*\*1\*\* failed · \*\*2\*\* passed · \*\*1\*\* unreachable/);
    const worst = shapes.findings[0];
    expect(md).toContain(`| [acme/shapes](https://github.com/acme/shapes) | ❌ fail | ${shapes.summary.errors} | ${shapes.summary.warnings} | 0 | ${shapes.suppressed.length} | 🔴 \`${worst.ruleId}\` at [\`${worst.path}:${worst.line}\`](https://github.com/acme/shapes/blob/${SHA('a')}/${worst.path}#L${worst.line}):`);
    expect(md).toMatch(/\| \[acme\/clean\]\(https:\/\/github\.com\/acme\/clean\) \| ✅ pass \| 0 \| 0 \| 0 \| 0 \|  \|/);
    expect(md).toContain('### Findings per rule');
    expect(md).toMatch(/\| `published-api-credentials` \| 2 \| \d+ \| \d+ \| 0 \|/);
    expect(md).toContain('### Unreachable\n\n| repository | reason |\n| --- | --- |\n| acme/gone | cannot clone\\: the repository does not exist |');
    expect(md).not.toContain('size limit');

    // A repository that hides its findings behind suppressions shows it in the table, not only in the totals.
    const quiet = join(dir, 'acme__quiet.json');
    const hidden = shapes.findings.slice(0, 2).map((f) => ({ ...f, suppression: { kind: 'inline', reason: 'not ours' } }));
    await writeFile(quiet, JSON.stringify({ ...about(clean, 'acme/quiet', SHA('7')), suppressed: hidden }));
    const withQuiet = (await merge('--format', 'markdown', files.clean, quiet)).stdout;
    expect(withQuiet).toContain('| [acme/quiet](https://github.com/acme/quiet) | ✅ pass | 0 | 0 | 0 | 2 |  |');
    expect(withQuiet).toContain('· **2** suppressed (fail-on: `error`)');
  });

  test('text: a line per repository, the unreachable ones, and the totals last', async () => {
    const r = await merge(...all());
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/^✖ fail {2}acme\/shapes: \d+ errors, \d+ warnings, 0 notes\n {4}worst: error /);
    expect(r.stdout).toContain('? unreachable  acme/gone: cannot clone: the repository does not exist');
    expect(r.stdout.trim().split('\n').at(-1)).toMatch(/^✖ 4 repositories \(1 failed, 2 passed, 1 unreachable\): \d+ errors, \d+ warnings, 0 notes \(fail-on: error\)$/);
  });

  test('exit status from the merged findings and --fail-on; unreachable repositories do not decide it', async () => {
    expect((await merge('--fail-on', 'never', ...all())).status).toBe(0);
    expect((await merge(files.clean, files.warnings, files.gone)).status).toBe(0);
    expect((await merge('--fail-on', 'warning', files.clean, files.warnings)).status).toBe(1);
    expect((await merge('--fail-on', 'warning', files.clean)).status).toBe(0);
    const json = JSON.parse((await merge('--format', 'json', '--fail-on', 'warning', files.clean, files.warnings)).stdout);
    expect(json.repositories.map((x: { name: string; result: string }) => `${x.name} ${x.result}`)).toEqual(['acme/warn fail', 'acme/clean pass']);
    const usage = await merge('--fail-on', 'fatal', files.clean);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/^tg-compliance: error: --fail-on: unknown value "fatal"/);
    const none = await merge();
    expect(none.status).toBe(2);
    expect(none.stderr).toMatch(/merge: expected one or more REPORT\.json files/);
  });

  test('a repository whose scan had a failed check is an error, never a pass: exit 2 whatever the findings', async () => {
    const broken = join(dir, 'acme__broken-check.json');
    const checks = { ...clean.checks, credentials: { ...clean.checks.credentials, status: 'failed', reason: 'thread crashed' } };
    await writeFile(broken, JSON.stringify({ ...about(clean, 'acme/broken-check', SHA('9')), checks }));
    const r = await merge('--format', 'json', files.clean, broken);
    expect(r.status).toBe(2);
    const merged = JSON.parse(r.stdout);
    expect(merged.result).toBe('error');
    expect(merged.totals).toMatchObject({ passed: 1, failed: 0, incomplete: 1 });
    expect(merged.notices).toEqual(['acme/broken-check: the credentials check failed (thread crashed), so its findings are incomplete.']);
    expect((await merge('--fail-on', 'never', files.clean, broken)).status).toBe(2);
    const md = (await merge('--format', 'markdown', files.shapes, broken)).stdout;
    expect(md).toMatch(/^## ❌ Telegram compliance sweep: error\n/);
    expect(md).toContain('| [acme/broken-check](https://github.com/acme/broken-check) | ⚠️ error (a check failed) | 0 | 0 | 0 | 0 |');
    expect(md).toContain('**1** incomplete (a check failed)');
    const sarif = JSON.parse((await merge('--format', 'sarif', files.clean, broken)).stdout);
    const run = sarif.runs.find((x: { properties: { repository: string } }) => x.properties.repository === 'acme/broken-check');
    expect(run.invocations[0]).toMatchObject({ executionSuccessful: false, toolExecutionNotifications: [{ message: { text: 'the credentials check failed (thread crashed)' } }] });
    expect(validateSarif(sarif)).toBe(true);
  });

  test('reports from different tool versions merge with a notice; one repository twice is counted once', async () => {
    const older = join(dir, 'older.json');
    await writeFile(older, JSON.stringify({ ...about(clean, 'acme/old', SHA('d')), tool: { ...clean.tool, version: '0.0.9' } }));
    const again = join(dir, 'again.json');
    await writeFile(again, JSON.stringify(clean));
    const r = await merge('--format', 'json', files.clean, older, again);
    const merged = JSON.parse(r.stdout);
    expect(merged.notices).toEqual([
      `Reports from 2 tool versions are merged (0.0.9 (catalogue ${clean.tool.catalogue}): 1 repository; ${clean.tool.version} (catalogue ${clean.tool.catalogue}): 1 repository): rules, levels and the catalogue may differ between them.`,
      `acme/clean appears in both ${files.clean} and ${again}: only the first is counted.`,
    ]);
    expect(merged.repositories).toHaveLength(2);
    const md = (await merge('--format', 'markdown', files.clean, older)).stdout;
    expect(md).toContain('> ⚠️ Reports from 2 tool versions are merged');
    expect((await merge('--format', 'json', files.clean, files.shapes)).stdout).toContain('"notices": []');
  });

  test('a file that is not a report is named on standard error, listed as unreachable, and the merge goes on (exit 2)', async () => {
    const broken = join(dir, 'acme__broken.json');
    await writeFile(broken, '{"tool": {"name": "telegram-compliance"');
    const foreign = join(dir, 'acme__foreign.json');
    await writeFile(foreign, JSON.stringify({ runs: [] }));
    const hostile = join(dir, 'acme__hostile.json');
    await writeFile(hostile, JSON.stringify({ ...clean, repository: { name: 'acme/x', url: 'javascript:alert(1)' } }));
    const badFinding = join(dir, 'acme__bad-finding.json');
    await writeFile(badFinding, JSON.stringify({ ...clean, findings: [{ ...shapes.findings[0], level: 'fatal' }] }));
    const missing = join(dir, 'acme__missing.json');
    const r = await merge('--format', 'markdown', files.shapes, broken, foreign, hostile, badFinding, missing);
    expect(r.status).toBe(2);
    const lines = r.stderr.trim().split('\n');
    expect(lines).toEqual([
      expect.stringMatching(new RegExp(`^tg-compliance: error: ${broken}: not JSON \\(`)),
      `tg-compliance: error: ${foreign}: not a telegram-compliance JSON report (no "tool.name": "telegram-compliance")`,
      `tg-compliance: error: ${hostile}: "repository.url" is not an https:// URL`,
      `tg-compliance: error: ${badFinding}: findings[0]: "level" is not one of error, warning, note`,
      `tg-compliance: error: ${missing}: cannot read the file (ENOENT)`,
    ]);
    expect(r.stdout).toContain('**6** repositories: **1** failed · **0** passed · **5** unreachable');
    expect(r.stdout).toContain('| acme__foreign | report unreadable\\: ');
    expect(r.stdout).not.toContain('javascript:');
  });

  test('hostile text cannot break the Markdown table or inject HTML', () => {
    const evil = { ...shapes.findings[0], ruleId: 'x`|y', message: 'a | b\n## heading <img src=x onerror=alert(1)>', path: 'src/a](javascript:x).py' };
    const entry: ReadEntry = { kind: 'report', file: 'evil.json', report: about({ ...clean, findings: [evil] }, 'acme/evil', SHA('e')) };
    const md = renderMergedMarkdown(mergeReports([entry], 'error'));
    const row = md.split('\n').find((l) => l.startsWith('| [acme/evil]'))!;
    expect(row.replace(/\\\|/g, '').split('|')).toHaveLength(9);
    expect(md).not.toContain('<img');
    expect(md).not.toContain('\n## heading');
    // The hostile name sits in a code span, which binds tighter than link brackets: the only link goes to GitHub.
    expect(row).toContain('[`src/a](javascript:x).py:9`](https://github.com/acme/evil/blob/');
  });

  describe('size limit', () => {
    const many = (n: number, unreachable = 0): ReadEntry[] => [
      ...Array.from({ length: n }, (_, i): ReadEntry => ({ kind: 'report', file: `${i}.json`, report: about(shapes, `acme/app-${i}`, SHA('f')) })),
      ...Array.from({ length: unreachable }, (_, i): ReadEntry => ({ kind: 'unreachable', file: `u${i}.json`, entry: { repository: { name: `acme/gone-${i}` }, unreachable: 'cannot clone: '.padEnd(150, 'x') } })),
    ];

    test('5,000 repositories stay under 1 MiB with a note saying how many rows were left out', () => {
      const md = renderMergedMarkdown(mergeReports(many(5000, 2000), 'error'));
      const bytes = Buffer.byteLength(md, 'utf8');
      expect(bytes).toBeLessThanOrEqual(1_000_000);
      expect(bytes).toBeGreaterThan(900_000);
      const shown = md.split('\n').filter((l) => l.startsWith('| [acme/app-')).length;
      expect(md).toContain(`… and ${5000 - shown} more repositories not shown here (size limit): see the JSON report.`);
      const gone = md.split('\n').filter((l) => l.startsWith('| acme/gone-')).length;
      expect(gone).toBeGreaterThan(0);
      expect(md).toContain(`… and ${2000 - gone} more unreachable repositories (size limit)`);
      expect(md).toContain('### Findings per rule');
    });

    test('any limit is kept, and nothing is left out when all fits', () => {
      const merged = mergeReports(many(300, 50), 'error');
      for (const limit of [8_000, 20_000, 100_000]) expect(Buffer.byteLength(renderMergedMarkdown(merged, limit), 'utf8')).toBeLessThanOrEqual(limit);
      const full = renderMergedMarkdown(merged);
      expect(full).not.toContain('size limit');
      expect(full.split('\n').filter((l) => l.startsWith('| [acme/app-'))).toHaveLength(300);
    });
  });
});
