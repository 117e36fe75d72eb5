import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { EMPTY_CONFIG, type RequireGpl } from '../src/config/schema.js';
import type { Report } from '../src/report/model.js';
import { copyFixture, removeTempDirs, scan } from './helpers/fixtures.js';
import { afterTerms, fsfText, licenseFixture, spdxText } from './helpers/license-texts.js';

afterAll(removeTempDirs);

/** Copies a tree, writes the given license files into it, and runs the license check alone. */
async function scanTree(tree: string, files: Record<string, string>, requireGpl: RequireGpl = 'auto'): Promise<Report> {
  const root = await copyFixture(`license/trees/${tree}`);
  for (const [path, text] of Object.entries(files)) {
    await mkdir(join(root, path, '..'), { recursive: true });
    await writeFile(join(root, path), text);
  }
  return scan(root, { checks: ['license'], settings: { requireGpl } });
}

function rules(report: Report): string[] {
  return report.findings.map((f) => `${f.ruleId}:${f.level}:${f.path}`).sort();
}

describe('GPL duty from upstream markers', () => {
  test('an Android fork under MIT is an error naming the upstream and its evidence', async () => {
    const report = await scanTree('android-mit', { LICENSE: spdxText('MIT') });
    expect(rules(report)).toEqual(['license-not-gpl:error:LICENSE']);
    const [f] = report.findings;
    expect(f.line).toBeUndefined(); // about the file as a whole
    expect(f.message).toContain('MIT');
    expect(f.message).toContain('Telegram for Android');
    expect(f.message).toContain('TMessagesProj/src/main/java/org/telegram/messenger/BuildVars.java');
    expect(report.result).toBe('fail');
  });

  test('an Android fork under GPL-3.0 passes: GPL-2.0-or-later code can go out under GPL-3.0', async () => {
    const report = await scanTree('android-mit', { LICENSE: fsfText('GPL-3') });
    expect(report.findings).toEqual([]);
    expect(report.checks.license.status).toBe('ran');
  });

  test('a Desktop fork under GPL-2.0 only is incompatible with Desktop GPL-3.0-or-later code', async () => {
    const report = await scanTree('desktop-gpl2', { LICENSE: fsfText('GPL-2') });
    expect(rules(report)).toEqual(['license-incompatible:error:LICENSE']);
    const [f] = report.findings;
    expect(f.message).toContain('Telegram Desktop');
    expect(f.message).toContain('GPL-3.0 or AGPL-3.0');
    expect(f.message).toContain('Evidence: the path Telegram/SourceFiles/core/application.cpp');
  });

  test('the Telegram Desktop LICENSE shape (OpenSSL exception before GPL-3.0) is recognised and carries Desktop code', async () => {
    const report = await scanTree('desktop-ok', { LICENSE: licenseFixture('desktop-LICENSE') });
    expect(report.findings).toEqual([]);
  });

  test('a TDLib-only app under MIT has no GPL duty: a note, not an error', async () => {
    const report = await scanTree('tdlib-mit', { LICENSE: spdxText('MIT') });
    expect(rules(report)).toEqual(['license-not-gpl:note:LICENSE']);
    expect(report.findings[0].message).toContain('only non-GPL upstreams found (TDLib (tdlib/td))');
    expect(report.result).toBe('pass');
  });

  test('require-gpl true puts a TDLib app under the duty', async () => {
    const report = await scanTree('tdlib-mit', { LICENSE: spdxText('MIT') }, 'true');
    expect(rules(report)).toEqual(['license-not-gpl:error:LICENSE']);
    expect(report.findings[0].message).toContain('require-gpl is true');
  });

  test('require-gpl false lifts the duty of an Android fork', async () => {
    const report = await scanTree('android-mit', { LICENSE: spdxText('MIT') }, 'false');
    expect(rules(report)).toEqual(['license-not-gpl:note:LICENSE']);
  });

  test('an LGPL license cannot carry GPL code', async () => {
    const report = await scanTree('android-mit', { LICENSE: fsfText('LGPL-2.1') });
    expect(rules(report)).toEqual(['license-not-gpl:error:LICENSE']);
    expect(report.findings[0].message).toContain('LGPL-2.1');
  });
});

describe('config ignore paths', () => {
  test('upstream code under an ignored path (test fixtures) brings no duty; a rule-specific entry for other rules does not hide it', async () => {
    const root = await copyFixture('license/trees/android-mit');
    await writeFile(join(root, 'LICENSE'), spdxText('MIT'));
    const fixturesIgnored = { ...EMPTY_CONFIG, ignore: [{ paths: ['TMessagesProj/**'], reason: 'test fixtures' }] };
    const ignored = await scan(root, { checks: ['license'] }, fixturesIgnored);
    expect(rules(ignored)).toEqual(['license-not-gpl:note:LICENSE']);
    const otherRule = { ...EMPTY_CONFIG, ignore: [{ paths: ['TMessagesProj/**'], rules: ['published-api-credentials'], reason: 'x' }] };
    expect(rules(await scan(root, { checks: ['license'] }, otherRule))).toEqual(['license-not-gpl:error:LICENSE']);
  });
});

describe('missing license', () => {
  test('with a duty: an error about LICENSE, the file the fix would create', async () => {
    const report = await scanTree('missing', {}, 'true');
    expect(rules(report)).toEqual(['license-missing:error:LICENSE']);
    expect(report.findings[0]).toMatchObject({ path: 'LICENSE', fileToCreate: true });
    expect(report.findings[0].line).toBeUndefined();
  });

  test('without a duty: a note', async () => {
    const report = await scanTree('missing', {}, 'false');
    expect(rules(report)).toEqual(['license-missing:note:LICENSE']);
  });

  test('a REUSE LICENSES/ folder counts as a license; a file named for a license without a reference text is taken at its name', async () => {
    const report = await scanTree('missing', { 'LICENSES/GPL-3.0-or-later.txt': spdxText('GPL-3.0-only'), 'LICENSES/CC0-1.0.txt': spdxText('CC0-1.0') }, 'true');
    expect(report.findings).toEqual([]);
  });
});

describe('what the license files hold', () => {
  test('an appended no-commercial-use clause is license-unrecognized, saying what was added and where', async () => {
    const text = afterTerms(fsfText('GPL-3'), 'ADDITIONAL TERM: this software may not be used for commercial purposes.');
    const report = await scanTree('appended', { LICENSE: text }, 'true');
    expect(rules(report)).toEqual(['license-unrecognized:warning:LICENSE']);
    const { message } = report.findings[0];
    expect(message).toContain('GPL-3.0 (100.0% of its terms present');
    expect(message).toContain('after the terms');
    expect(message).toContain('may not be used for commercial purposes');
    expect(message).toContain('further restriction');
  });

  test('a truncated GPL text is license-unrecognized with how much of the terms it holds; it still counts as meant-GPL', async () => {
    const text = fsfText('GPL-3').slice(0, 14000);
    const report = await scanTree('appended', { LICENSE: text }, 'true');
    expect(rules(report)).toEqual(['license-unrecognized:warning:LICENSE']);
    expect(report.findings[0].message).toMatch(/holds only part of GPL-3\.0 \(\d\d\.\d% of its terms present/);
    expect(report.findings[0].message).toContain('words missing from');
  });

  test('a stub naming the GPL is license-unrecognized', async () => {
    const report = await scanTree('appended', { LICENSE: 'This project is licensed under the GNU GPL v3.\n' }, 'true');
    expect(rules(report)).toEqual(['license-unrecognized:warning:LICENSE']);
    expect(report.findings[0].message).toContain('only names GPL-3.0');
  });

  test('a GPL + LGPL pair (COPYING, COPYING.LESSER) passes the duty and both are recognised', async () => {
    const report = await scanTree('pair', { COPYING: fsfText('GPL-3'), 'COPYING.LESSER': fsfText('LGPL-3') }, 'true');
    expect(report.findings).toEqual([]);
    const mit = await scanTree('pair', { 'LICENSE-MIT': spdxText('MIT'), 'COPYING.LESSER': fsfText('LGPL-3') }, 'true');
    // licensee's ranking: COPYING.<ext> (0.5) before LICENSE-<name> (0.4).
    expect(rules(mit)).toEqual(['license-not-gpl:error:COPYING.LESSER']);
    expect(mit.findings[0].message).toContain('COPYING.LESSER: LGPL-3.0; LICENSE-MIT: MIT');
  });

  test('several files with different licenses are all reported', async () => {
    const report = await scanTree('pair', { LICENSE: spdxText('Apache-2.0'), 'LICENSE.md': spdxText('MIT'), COPYING: 'Proprietary. All use prohibited.' }, 'true');
    expect(rules(report)).toEqual(['license-not-gpl:error:LICENSE', 'license-unrecognized:warning:COPYING']);
    const notGpl = report.findings.find((f) => f.ruleId === 'license-not-gpl')!;
    expect(notGpl.message).toContain('LICENSE: Apache-2.0; LICENSE.md: MIT; COPYING: no known license');
  });
});

describe('manifests and SPDX headers', () => {
  test('each disagreeing declaration is a license-mismatch at its file and line; agreeing ones are not', async () => {
    const report = await scanTree('manifests', { LICENSE: spdxText('GPL-3.0-only') });
    const found = report.findings.map((f) => `${f.ruleId}:${f.path}:${f.line}`).sort();
    expect(found).toEqual([
      'license-mismatch:Cargo.toml:4',
      'license-mismatch:ManifestFork.podspec:4',
      'license-mismatch:package.json:4',
      'license-mismatch:pom.xml:5',
      'license-mismatch:src/a.c:1',
    ]);
    const byPath = new Map(report.findings.map((f) => [f.path, f.message]));
    expect(byPath.get('Cargo.toml')).toContain('says GPL-3.0-only, but README.md says "or later"');
    expect(byPath.get('src/a.c')).toContain('SPDX-License-Identifier "MIT" in 3 sampled files (first: src/a.c)');
    expect(byPath.get('pom.xml')).toContain('read the name as MIT');
    expect(byPath.get('package.json')).toContain('LICENSE holds GPL-3.0');
    expect(report.findings.every((f) => f.level === 'warning')).toBe(true);
  });

  test('a malformed manifest is listed as skipped, and the other findings still come', async () => {
    const report = await scanTree('tdlib-mit', { LICENSE: spdxText('MIT'), 'package.json': '{ "license": "MIT", ' });
    expect(report.skipped.map((s) => s.path)).toContain('package.json');
    expect(report.skipped.find((s) => s.path === 'package.json')!.reason).toMatch(/^malformed JSON/);
    expect(rules(report)).toEqual(['license-not-gpl:note:LICENSE']);
  });
});

describe('a license file too large to be one', () => {
  test('is listed as skipped with the reason, and the missing license is still reported', async () => {
    const report = await scanTree('android-mit', { LICENSE: 'GNU GENERAL PUBLIC LICENSE\n'.repeat(50_000) }, 'true');
    expect(report.skipped).toContainEqual({ path: 'LICENSE', reason: expect.stringMatching(/^larger than 1048576 bytes for a license, manifest or notice file/) });
    expect(report.findings.length).toBeGreaterThan(0);
  });
});
