import { describe, expect, test } from '@jest/globals';
import { matchLicense, type LicenseMatch } from '../src/checks/license/matcher.js';
import { REFERENCES } from '../src/checks/license/references.js';
import { afterTerms, crlf, fsfText, licenseFixture, markdown, reflow, spdxText } from './helpers/license-texts.js';

// SPDX id of the text → what the matcher must call it.
const SPDX: [string, string][] = [
  ['GPL-1.0-only', 'GPL-1.0'],
  ['GPL-2.0-only', 'GPL-2.0'],
  ['GPL-3.0-only', 'GPL-3.0'],
  ['LGPL-2.0-only', 'LGPL-2.0'],
  ['LGPL-2.1-only', 'LGPL-2.1'],
  ['LGPL-3.0-only', 'LGPL-3.0'],
  ['AGPL-1.0-only', 'AGPL-1.0'],
  ['AGPL-3.0-only', 'AGPL-3.0'],
  ['GPL-2.0-or-later', 'GPL-2.0'],
  ['GPL-3.0-or-later', 'GPL-3.0'],
  ['MIT', 'MIT'],
  ['Apache-2.0', 'Apache-2.0'],
  ['BSD-2-Clause', 'BSD-2-Clause'],
  ['BSD-3-Clause', 'BSD-3-Clause'],
  ['MPL-2.0', 'MPL-2.0'],
  ['BSL-1.0', 'BSL-1.0'],
  ['ISC', 'ISC'],
  ['Unlicense', 'Unlicense'],
];

// The FSF's own copies (line-wrapped, ASCII quotes, older addresses).
const FSF: [string, string][] = [
  ['GPL-1', 'GPL-1.0'],
  ['GPL-2', 'GPL-2.0'],
  ['GPL-3', 'GPL-3.0'],
  ['LGPL-2', 'LGPL-2.0'],
  ['LGPL-2.1', 'LGPL-2.1'],
  ['LGPL-3', 'LGPL-3.0'],
  ['Apache-2.0', 'Apache-2.0'],
  ['MPL-2.0', 'MPL-2.0'],
];

const VARIANTS: [string, (t: string) => string][] = [
  ['as published', (t) => t],
  ['reflowed', (t) => reflow(t)],
  ['with CRLF line endings', crlf],
  ['as Markdown', markdown],
  ['as a comment block', (t) => `/*\n${t.split('\n').map((l) => ` * ${l}`).join('\n')}\n */`],
  ['with a real copyright line', (t) => t.replace(/<year>|\[yyyy\]/, '2024').replace(/<copyright holders>|<owner>|\[name of copyright owner\]/, 'Jane Doe')],
];

function summary(m: LicenseMatch): string {
  return `${m.status} ${m.license?.id ?? '-'}`;
}

describe('recognises each license in every form', () => {
  for (const [spdx, id] of SPDX) {
    test.each(VARIANTS)(`SPDX ${spdx} %s`, (_name, variant) => {
      expect(summary(matchLicense(variant(spdxText(spdx))))).toBe(`exact ${id}`);
    });
  }
  for (const [file, id] of FSF) {
    test.each(VARIANTS.slice(0, 4))(`FSF ${file} %s`, (_name, variant) => {
      const m = matchLicense(variant(fsfText(file)));
      expect(summary(m)).toBe(`exact ${id}`);
      expect(m.similarity!.recall).toBeGreaterThan(0.99);
    });
  }
});

describe('near neighbours stay apart', () => {
  // The two closest references for each GNU text, and how far apart they are.
  test.each([
    ['GPL-3', 'AGPL-3.0'],
    ['LGPL-2', 'LGPL-2.1'],
    ['LGPL-2.1', 'LGPL-2.0'],
    ['GPL-2', 'AGPL-1.0'],
    ['GPL-1', 'GPL-2.0'],
  ])('FSF %s is not %s', (file, neighbour) => {
    const m = matchLicense(fsfText(file));
    expect(m.license!.id).not.toBe(neighbour);
    expect(m.status).toBe('exact');
  });

  test('AGPL-3.0 is not GPL-3.0, nor AGPL-1.0 GPL-2.0', () => {
    expect(matchLicense(spdxText('AGPL-3.0-only')).license!.id).toBe('AGPL-3.0');
    expect(matchLicense(spdxText('AGPL-1.0-only')).license!.id).toBe('AGPL-1.0');
  });

  test('BSD-3-Clause holds all of BSD-2-Clause and is still called BSD-3-Clause', () => {
    expect(matchLicense(spdxText('BSD-3-Clause')).license!.id).toBe('BSD-3-Clause');
  });

  test('the references are the ones named in the brief', () => {
    expect(REFERENCES.map((r) => r.id).sort()).toEqual(
      ['AGPL-1.0', 'AGPL-3.0', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'BSL-1.0', 'GPL-1.0', 'GPL-2.0', 'GPL-3.0', 'ISC', 'LGPL-2.0', 'LGPL-2.1', 'LGPL-3.0', 'MIT', 'MPL-2.0', 'Unlicense'].sort(),
    );
  });
});

describe('notices and exceptions before the text', () => {
  test('the Telegram Desktop LICENSE (OpenSSL exception, then GPL-3.0) is GPL-3.0 with an exception', () => {
    const m = matchLicense(licenseFixture('desktop-LICENSE'));
    expect(summary(m)).toBe('exact GPL-3.0');
    expect(m.exception).toBe(true);
    expect(m.preamble).toContain('special exception');
    expect(m.preamble).toContain('openssl');
    expect(m.similarity!.precision).toBeLessThan(0.995);
  });

  test('an "or later" notice before the text is kept as the preamble', () => {
    const notice = 'Copyright (C) 2024 Jane\n\nThis program is free software; you can redistribute it and/or modify it under the terms of the GNU General Public License as published by the Free Software Foundation; either version 2 of the License, or (at your option) any later version.\n\n';
    const m = matchLicense(notice + fsfText('GPL-2'));
    expect(summary(m)).toBe('exact GPL-2.0');
    expect(m.preamble).toContain('either version 2 of the license, or (at your option) any later version');
  });

  test('a restriction before the text is a change', () => {
    const m = matchLicense('You may not use this software for commercial purposes.\n\n' + fsfText('GPL-3'));
    expect(m.status).toBe('modified');
    expect(m.differences[0]).toMatchObject({ where: 'before', restrictive: true });
  });
});

describe('damaged and added texts', () => {
  test('a clause appended at the end is reported with its words', () => {
    const m = matchLicense(`${fsfText('GPL-3')}\n\nThis software may not be sold or used for commercial purposes.\n`);
    expect(m.status).toBe('modified');
    expect(m.similarity!.recall).toBe(1);
    const added = m.differences.filter((d) => d.where === 'after-terms');
    expect(added).toHaveLength(1);
    expect(added[0].restrictive).toBe(true);
    expect(added[0].excerpt).toContain('may not be sold or used for commercial purposes');
  });

  test('a short clause between END OF TERMS AND CONDITIONS and the appendix is found although its words are common', () => {
    const m = matchLicense(afterTerms(spdxText('GPL-3.0-only'), 'Commercial use of this program is prohibited.'));
    expect(m.status).toBe('modified');
    expect(m.differences.some((d) => d.where === 'after-terms' && d.restrictive && d.excerpt.includes('commercial use of this program is prohibited'))).toBe(true);
  });

  test('a clause edited inside the terms of a short license is reported', () => {
    const m = matchLicense(spdxText('MIT').replace('without restriction', 'without restriction, except for use by military organisations'));
    expect(m.status).toBe('modified');
    expect(m.differences[0]).toMatchObject({ where: 'inside', restrictive: true });
  });

  test('the how-to-apply appendix is optional: the terms alone are exact', () => {
    const text = fsfText('GPL-3');
    expect(summary(matchLicense(text.slice(0, text.indexOf('END OF TERMS AND CONDITIONS') + 30)))).toBe('exact GPL-3.0');
  });

  test.each([0.3, 0.6, 0.85])('a GPL-3.0 text cut at %p of its length is partial, with the missing tail', (share) => {
    const text = fsfText('GPL-3');
    const m = matchLicense(text.slice(0, Math.floor(text.length * share)));
    expect(summary(m)).toBe('partial GPL-3.0');
    expect(m.similarity!.recall).toBeLessThan(0.97);
    expect(m.differences.some((d) => d.where === 'missing' && d.words > 100)).toBe(true);
  });

  test.each([
    ['This project is licensed under the GNU General Public License v3.0.', 'GPL-3.0'],
    ['GPL-3.0-or-later', 'GPL-3.0'],
    ['Licensed under the GNU Lesser General Public License version 2.1.', 'LGPL-2.1'],
    ['MIT License\n\nCopyright (c) 2024 Jane', 'MIT'],
  ])('a stub %j names %s but is not the text', (text, id) => {
    expect(summary(matchLicense(text))).toBe(`stub ${id}`);
  });

  test('a proprietary notice is unknown', () => {
    expect(matchLicense('Copyright 2024 Acme Inc. All rights reserved. Unauthorized copying of this file is strictly prohibited.').status).toBe('unknown');
  });
});

describe('several licenses in one file', () => {
  test('LGPL-3.0 followed by the GPL-3.0 it builds on is LGPL-3.0', () => {
    const m = matchLicense(`${fsfText('LGPL-3')}\n\n${fsfText('GPL-3')}`);
    expect(summary(m)).toBe('exact LGPL-3.0');
    expect(m.also!.map((l) => l.id)).toEqual(['GPL-3.0']);
    // spdx-license-list's own LGPL-3.0 text is that combination too.
    expect(summary(matchLicense(spdxText('LGPL-3.0-only')))).toBe('exact LGPL-3.0');
  });

  test('a license whose terms contain another one is still one license (BSD-3-Clause ⊃ BSD-2-Clause, AGPL-1.0 ≈ GPL-2.0 + §2(d))', () => {
    expect(matchLicense(spdxText('BSD-3-Clause')).also).toEqual([]);
    expect(matchLicense(spdxText('AGPL-1.0-only')).also).toEqual([]);
  });

  test('GPL-2.0 and GPL-3.0 in one file: both held', () => {
    const m = matchLicense(`${fsfText('GPL-2')}\n\n${fsfText('GPL-3')}`);
    expect(m.status).toBe('exact');
    expect([m.license!.id, ...m.also!.map((l) => l.id)].sort()).toEqual(['GPL-2.0', 'GPL-3.0']);
  });
});
