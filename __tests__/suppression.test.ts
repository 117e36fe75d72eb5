import { afterAll, describe, expect, test } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { writeBaseline } from '../src/baseline.js';
import { parseConfig } from '../src/config/load.js';
import { inlineSuppression } from '../src/pipeline/inline-suppression.js';
import { removeTempDirs, scan, tempDir } from './helpers/fixtures.js';

describe('inline suppression comments', () => {
  test('on the line, or on the line before, optionally for some rules, with a reason', () => {
    const rule = 'published-api-credentials';
    expect(inlineSuppression(rule, 'APP_ID = 4; // tg-compliance:allow')).toEqual({ reason: 'inline allow comment' });
    expect(inlineSuppression(rule, 'x = 4 # tg-compliance:allow published-api-credentials -- replaced at start-up')).toEqual({ reason: 'replaced at start-up' });
    expect(inlineSuppression(rule, 'x = 4 # tg-compliance:allow test-dc-in-release -- other rule')).toBeUndefined();
    expect(inlineSuppression(rule, 'x = 4', '// tg-compliance:allow-next-line -- fixture')).toEqual({ reason: 'fixture' });
    expect(inlineSuppression(rule, 'x = 4', '// tg-compliance:allow -- applies to its own line only')).toBeUndefined();
    expect(inlineSuppression(rule, 'x = 4 <!-- tg-compliance:allow -- docs -->')).toEqual({ reason: 'docs' });
    expect(inlineSuppression(rule, 'x = 4 /* tg-compliance:allow placeholder-api-credentials, published-api-credentials */')).toEqual({ reason: 'inline allow comment' });
  });
});

describe('suppressed findings are reported as suppressed, never dropped', () => {
  afterAll(removeTempDirs);

  const tree = async () => {
    const root = await tempDir();
    await writeFile(join(root, 'a.py'), 'api_id = 4  # tg-compliance:allow -- sample kept for the docs build\napi_id = 8\n');
    await writeFile(join(root, 'b.py'), '# tg-compliance:allow-next-line published-api-credentials\nAPI_ID = 17349\nAPI_ID = 17349\n');
    await writeFile(join(root, 'legacy.md'), 'api_hash 344583e45741c457fe1862106095a5eb\n');
    return root;
  };

  test('inline comments', async () => {
    const report = await scan(await tree());
    expect(report.suppressed.map((f) => [f.path, f.line, f.suppression.kind, f.suppression.reason])).toEqual([
      ['a.py', 1, 'inline', 'sample kept for the docs build'],
      ['b.py', 2, 'inline', 'inline allow comment'],
    ]);
    expect(report.findings.map((f) => `${f.path}:${f.line}`)).toEqual(['a.py:2', 'b.py:3', 'legacy.md:1']);
    expect(report.summary.suppressed).toBe(2);
  });

  test('config ignore by paths (optionally per rule) and by fingerprint', async () => {
    const root = await tree();
    const first = await scan(root);
    const b3 = first.findings.find((f) => f.path === 'b.py')!;
    const config = parseConfig(
      `ignore:\n  - paths: ["*.md"]\n    rules: [published-api-credentials]\n    reason: upstream docs\n  - paths: ["a.py"]\n    rules: [test-dc-in-release]\n    reason: wrong rule\n  - fingerprint: ${b3.fingerprint}\n    reason: reviewed\n`,
      'cfg.yml',
    );
    const report = await scan(root, {}, config);
    expect(report.findings.map((f) => `${f.path}:${f.line}`)).toEqual(['a.py:2']);
    const kinds = report.suppressed.map((f) => `${f.path}:${f.line} ${f.suppression.kind} ${f.suppression.reason}`);
    expect(kinds).toContain('legacy.md:1 config upstream docs');
    expect(kinds).toContain('b.py:3 config reviewed');
  });

  test('fingerprints survive moved lines and tell two equal matches in one file apart', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'c.py'), 'API_ID = 17349\nAPI_ID = 17349\n');
    const before = (await scan(root)).findings.map((f) => f.fingerprint);
    expect(new Set(before).size).toBe(2);
    await writeFile(join(root, 'c.py'), '\n\n# moved down\nAPI_ID = 17349\n\nAPI_ID = 17349\n');
    const after = (await scan(root)).findings.map((f) => f.fingerprint);
    expect(after).toEqual(before);
  });

  test('--write-baseline writes ignore entries that make the next run pass, keeping the rest of the file', async () => {
    const root = await tree();
    const file = join(root, 'baseline.yml');
    await writeFile(file, '# our settings\nfail-on: warning\n');
    const report = await scan(root);
    expect((await writeBaseline(file, report.findings)).added).toBe(3);
    expect((await writeBaseline(file, report.findings)).added).toBe(0);
    const text = await readFile(file, 'utf8');
    expect(text).toMatch(/^# our settings\nfail-on: warning\n/);
    const config = parseConfig(text, 'baseline.yml');
    const next = await scan(root, {}, config);
    expect(next.findings).toEqual([]);
    expect(next.suppressed.filter((f) => f.suppression.kind === 'baseline')).toHaveLength(3);
    expect(next.result).toBe('pass');
    await writeFile(join(root, 'new.py'), 'api_id = 2040\n');
    const later = await scan(root, {}, config);
    expect(later.findings.map((f) => f.path)).toEqual(['new.py']);
  });
});
