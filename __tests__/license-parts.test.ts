import { describe, expect, test } from '@jest/globals';
import { compatible, parseUpstreamLicense } from '../src/checks/license/compatibility.js';
import { spdxHeaders } from '../src/checks/license/headers.js';
import { findLicenseFiles, nameScore, scannedRoot } from '../src/checks/license/license-files.js';
import { readGradle, readJsonLicense, readPodspec, readPom, readToml } from '../src/checks/license/manifests.js';
import { versionStatements } from '../src/checks/license/or-later.js';
import { readDeclaration } from '../src/checks/license/spdx.js';
import { licenseFromName } from '../src/checks/license/spdx-names.js';
import type { FileEntry } from '../src/files/types.js';
import { UPSTREAMS } from '../src/upstream/catalogue.js';
import { kindOf } from '../src/files/file-kind.js';

const entries = (...paths: string[]): FileEntry[] => paths.map((path) => ({ path, abs: `/x/${path}`, size: 1, kind: kindOf(path) }));
const upstream = (id: string) => UPSTREAMS.find((u) => u.id === id)!;

describe('license files, as GitHub finds and ranks them', () => {
  test.each([
    ['LICENSE', 1],
    ['licence', 1],
    ['UNLICENSE', 1],
    ['LICENSE.md', 0.9],
    ['LICENSE.txt', 0.9],
    ['COPYING', 0.8],
    ['COPYING.md', 0.7],
    ['LICENSE.rst', 0.6],
    ['COPYING.lesser', 0.5],
    ['LICENSE-MIT', 0.4],
    ['LICENSE_1_0.txt', 0.4],
    ['COPYING-GPL', 0.35],
    ['MIT-LICENSE', 0.3],
    ['README.md', 0],
    ['license.js', 0],
    ['LicenseDialog.java', 0],
  ])('%s scores %p', (name, score) => {
    expect(nameScore(name)).toBe(score);
  });

  test('best first; only at the scanned root; a REUSE LICENSES/ folder counts', () => {
    const found = findLicenseFiles(entries('COPYING.LESSER', 'COPYING', 'LICENSES/GPL-3.0-or-later.txt', 'vendor/lib/LICENSE', 'src/main.c'));
    expect(found.map((f) => [f.file.path, f.score, f.reuseId])).toEqual([
      ['COPYING', 0.8, undefined],
      ['COPYING.LESSER', 0.5, undefined],
      ['LICENSES/GPL-3.0-or-later.txt', 0.45, 'GPL-3.0-or-later'],
    ]);
  });

  test('a scan of a sub-folder looks in that folder', () => {
    expect(scannedRoot(entries('app/LICENSE', 'app/src/a.c', 'app/src/b/c.c'))).toBe('app/');
    expect(scannedRoot(entries('LICENSE', 'src/a.c'))).toBe('');
    expect(findLicenseFiles(entries('app/LICENSE', 'app/src/LICENSE')).map((f) => f.file.path)).toEqual(['app/LICENSE']);
  });
});

describe('"or later" statements', () => {
  test.each([
    ['either version 3 of the License, or (at your option) any later version.', '3.0', true],
    ['It is licensed under GNU GPL v. 2 or later.', '2.0', true],
    ['the GNU General Public License, version 2, or (at your option) any later version', '2.0', true],
    ['Licensed GPLv3+', '3.0', true],
    ['SPDX-License-Identifier: GPL-3.0-or-later', '3.0', true],
    ['SPDX-License-Identifier: GPL-2.0+', '2.0', true],
    ['SPDX-License-Identifier: GPL-2.0-only', '2.0', false],
    ['Licensed under the GNU GPL version 2 only.', '2.0', false],
  ])('%j → %s, or later: %p', (text, version, orLater) => {
    expect(versionStatements(text, 'README.md').map((s) => [s.version, s.orLater])[0]).toEqual([version, orLater]);
  });

  test('no statement where none is made', () => {
    expect(versionStatements('Licensed under the GNU General Public License version 3.', 'README.md')).toEqual([]);
  });
});

describe('SPDX expressions and license names', () => {
  test('expressions become leaves with base id and or-later', () => {
    expect(readDeclaration('MIT OR Apache-2.0')).toMatchObject({ conjunction: 'or', leaves: [{ base: 'MIT' }, { base: 'Apache-2.0' }] });
    expect(readDeclaration('GPL-2.0+')!.leaves[0]).toMatchObject({ base: 'GPL-2.0', orLater: true });
    expect(readDeclaration('GPL-3.0-only')!.leaves[0]).toMatchObject({ base: 'GPL-3.0', orLater: false });
    expect(readDeclaration('GPL-3.0')!.leaves[0]).toMatchObject({ base: 'GPL-3.0', orLater: undefined });
  });

  test('an exception unknown to the parser is kept aside and the rest read', () => {
    expect(readDeclaration('GPL-3.0-or-later WITH OpenSSL-exception')!.leaves[0]).toMatchObject({ base: 'GPL-3.0', orLater: true, exception: 'OpenSSL-exception' });
  });

  test('legacy "MIT/Apache-2.0" and plain names', () => {
    expect(readDeclaration('MIT/Apache-2.0')).toMatchObject({ conjunction: 'or', note: 'read "/" as OR' });
    expect(readDeclaration('The GNU General Public License v3.0 (https://www.gnu.org/licenses/gpl-3.0.txt)')!.leaves[0].base).toBe('GPL-3.0');
    expect(readDeclaration('something else entirely')).toBeUndefined();
  });

  test.each([
    ['GNU GPL v3', 'GPL-3.0', undefined],
    ['GPLv2+', 'GPL-2.0', true],
    ['GNU Lesser General Public License v2.1 or later', 'LGPL-2.1', true],
    ['GNU Affero General Public License v3.0', 'AGPL-3.0', undefined],
    ['GNU General Public License v3 or later (GPLv3+)', 'GPL-3.0', true],
  ])('%j names %s (or later: %p)', (name, id, orLater) => {
    expect(licenseFromName(name)).toEqual({ id, orLater });
  });

  test.each([
    ['Apache License, Version 2.0', 'Apache-2.0'],
    ['BSD 3-Clause "New" or "Revised" License', 'BSD-3-Clause'],
    ['https://www.gnu.org/licenses/lgpl-3.0.html', 'LGPL-3.0'],
    ['The MIT License', 'MIT'],
  ])('%j names %s', (name, id) => {
    expect(licenseFromName(name)?.id).toBe(id);
  });
});

describe('manifest readers', () => {
  test('package.json: license string, legacy licenses array, line of the value', () => {
    expect(readJsonLicense('{\n  "name": "x",\n  "license": "MIT"\n}', 'package.json', 'package.json')).toEqual({ ok: true, licenses: [{ path: 'package.json', line: 3, field: 'package.json license', value: 'MIT' }] });
    expect(readJsonLicense('{"licenses": [{"type": "MIT"}, {"type": "GPL-2.0"}]}', 'package.json', 'package.json')).toMatchObject({ licenses: [{ value: '(MIT OR GPL-2.0)' }] });
    expect(readJsonLicense('{ nope', 'package.json', 'package.json')).toMatchObject({ ok: false });
  });

  test('composer.json: an array is a choice', () => {
    expect(readJsonLicense('{"license": ["GPL-3.0-or-later", "MIT"]}', 'composer.json', 'composer.json')).toMatchObject({ licenses: [{ value: '(GPL-3.0-or-later OR MIT)' }] });
  });

  test('Cargo.toml and pyproject.toml: only the package tables, inline tables and classifiers', () => {
    const cargo = '[package]\nname = "x"\nlicense = "MIT OR Apache-2.0"\n\n[dependencies.foo]\nlicense = "ignored"\n';
    expect(readToml(cargo, 'Cargo.toml', ['package'], 'Cargo.toml')).toMatchObject({ licenses: [{ line: 3, value: 'MIT OR Apache-2.0' }] });
    const py = '[tool.poetry]\nlicense = "GPL-3.0-or-later"\n[project]\nlicense = { text = "GPL-3.0-only" }\nclassifiers = ["License :: OSI Approved :: GNU General Public License v3 (GPLv3)"]\n';
    expect(readToml(py, 'pyproject.toml', ['project', 'tool.poetry'], 'pyproject.toml').ok && (readToml(py, 'pyproject.toml', ['project', 'tool.poetry'], 'pyproject.toml') as { licenses: { value: string }[] }).licenses.map((l) => l.value)).toEqual([
      'GPL-3.0-or-later',
      'GPL-3.0-only',
      'GNU General Public License v3 (GPLv3)',
    ]);
  });

  test('podspec: string and hash forms', () => {
    expect(readPodspec("s.license = 'MIT'\ns.license = { :type => 'BSD-3-Clause', :file => 'LICENSE' }", 'x.podspec')).toMatchObject({ licenses: [{ line: 1, value: 'MIT' }, { line: 2, value: 'BSD-3-Clause' }] });
  });

  test('Gradle (Groovy and Kotlin DSL) and Maven POM', () => {
    expect(readGradle("licenses {\n  license {\n    name = 'GPL-3.0'\n  }\n}", 'build.gradle')).toMatchObject({ licenses: [{ line: 3, value: 'GPL-3.0' }] });
    expect(readGradle('licenses {\n  license {\n    name.set("Apache-2.0")\n    url.set("https://www.apache.org/licenses/LICENSE-2.0")\n  }\n}', 'build.gradle.kts')).toMatchObject({ licenses: [{ value: 'Apache-2.0 (https://www.apache.org/licenses/LICENSE-2.0)' }] });
    expect(readPom('<project>\n<licenses>\n<license>\n<name>GPLv3</name>\n</license>\n</licenses>\n</project>', 'pom.xml')).toMatchObject({ licenses: [{ line: 4, value: 'GPLv3' }] });
  });

  test('SPDX headers: the expression without comment closers', () => {
    expect(spdxHeaders("/* SPDX-License-Identifier: GPL-3.0-or-later */\n<!-- SPDX-License-Identifier: MIT -->\n# SPDX-License-Identifier: MIT OR Apache-2.0\n['SPDX-License-Identifier: GPL-2.0+', '2.0'],", 'a')).toEqual([
      { path: 'a', line: 1, expression: 'GPL-3.0-or-later' },
      { path: 'a', line: 2, expression: 'MIT' },
      { path: 'a', line: 3, expression: 'MIT OR Apache-2.0' },
      { path: 'a', line: 4, expression: 'GPL-2.0+' },
    ]);
    expect(spdxHeaders(`${'code();\n'.repeat(40)}// SPDX-License-Identifier: MIT`, 'b')).toEqual([]);
  });
});

describe('can the license carry the upstream (telegram-ids.md §4)', () => {
  test.each([
    ['telegram-android', 'GPL', '2.0', true],
    ['telegram-android', 'GPL', '3.0', true],
    ['telegram-android', 'AGPL', '3.0', true],
    ['telegram-android', 'GPL', '1.0', false],
    ['telegram-android', 'LGPL', '2.1', false],
    ['telegram-desktop', 'GPL', '3.0', true],
    ['telegram-desktop', 'AGPL', '3.0', true],
    ['telegram-desktop', 'GPL', '2.0', false],
    ['telegram-macos', 'GPL', '2.0', true],
    ['telegram-macos', 'GPL', '3.0', false],
    ['telegram-web-k', 'GPL', '3.0', true],
    ['telegram-web-k', 'GPL', '2.0', false],
  ] as const)('%s under %s-%s: %p', (id, family, version, ok) => {
    expect(compatible(upstream(id), { family, version }).ok).toBe(ok);
  });

  test('an upstream that states no "or later" is read as -only, and the reading says so', () => {
    const c = compatible(upstream('telegram-macos'), { family: 'GPL', version: '3.0' });
    expect(c.allowed).toBe('GPL-2.0');
    expect(c.upstreamReading).toContain('read as "-only"');
    expect(parseUpstreamLicense('GPL-3.0-or-later WITH OpenSSL-exception')).toEqual({ family: 'GPL', version: '3.0', orLater: true });
  });
});
