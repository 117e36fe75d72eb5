import { describe, expect, test } from '@jest/globals';
import { NORMALISATION_STEPS, normalise, step, words } from '../src/checks/license/normalise.js';

// Each step on its own: [step, input, expected output].
const CASES: [string, string, string][] = [
  ['line-endings', '\uFEFFa\r\nb\rc\fd', 'a\nb\nc\nd'],
  ['markdown', '# GNU GENERAL PUBLIC LICENSE\n> quoted line\n---\nsee [the FSF](https://fsf.org) and **this License** and `code`\n```text\nbody', 'GNU GENERAL PUBLIC LICENSE\nquoted line\n\nsee the FSF and this License and code\n\nbody'],
  ['comment-prefixes', '/*\n * Permission is hereby granted\n * to any person\n */', '\nPermission is hereby granted\nto any person\n'],
  ['comment-prefixes', '// a\n// b\n# c', 'a\nb\nc'],
  ['comment-prefixes', 'plain text\n* one bullet\nmore text', 'plain text\n* one bullet\nmore text'],
  ['bullets', '  * first\n  - second\n• third\nnot-a-bullet', 'first\nsecond\nthird\nnot-a-bullet'],
  ['copyright-lines', 'Copyright (c) 2024 Jane Doe\n© 2020 Acme\n(C) 2019 X\nCopyright 2001 Y. All rights reserved.\nkeep intact all the\ncopyright notice and disclaimer', '\n\n\n\nkeep intact all the\ncopyright notice and disclaimer'],
  ['case', 'GNU General Public LICENSE', 'gnu general public license'],
  ['quotes', '“This License” ‘you’ ``x\'\' `show w\'', '"This License" \'you\' "x" \'show w\''],
  ['dashes', 'program--to a — b – c − d', 'program-to a - b - c - d'],
  ['urls', 'see <https://www.gnu.org/licenses/>. or http://fsf.org/ or www.gnu.org/x; mail a.b@fsf.org', 'see  url . or  url  or  url ; mail  email '],
  ['spelling', 'this licence is authorised by the organisation; licences', 'this license is authorized by the organization; licenses'],
  ['whitespace', '  a \t b\n\n c\u00a0d  ', 'a b c d'],
  ['fsf-address', 'inc., 51 franklin street, fifth floor, boston, ma 02110-1301 usa', 'inc.,  fsfaddress '],
  ['fsf-address', 'inc., 675 mass ave, cambridge, ma 02139, usa', 'inc.,  fsfaddress '],
  ['fsf-address', 'inc., 59 temple place, suite 330, boston, ma 02111-1307 usa', 'inc.,  fsfaddress '],
];

describe('normalisation steps, each on its own', () => {
  test.each(CASES)('%s: %j', (name, input, expected) => {
    expect(step(name).apply(input)).toBe(expected);
  });

  test('every step has a case and a description', () => {
    const tested = new Set(CASES.map(([name]) => name));
    for (const s of NORMALISATION_STEPS) {
      expect(tested.has(s.name)).toBe(true);
      expect(s.does.length).toBeGreaterThan(10);
    }
  });

  test('an unknown step name is an error', () => {
    expect(() => step('nope')).toThrow('no normalisation step nope');
  });
});

describe('the whole pipeline', () => {
  test('copies that differ only in form normalise to the same words', () => {
    const a = 'GNU GENERAL PUBLIC LICENSE\nVersion 3, 29 June 2007\n\nCopyright (C) 2007 Free Software Foundation, Inc. <https://fsf.org/>\n"The Program" refers to any copyrightable work -- licensed under this Licence.';
    const b = '# GNU General Public License\r\n\r\n**Version 3, 29 June 2007**\r\n\r\nCopyright © 2007 Free Software Foundation, Inc. <http://fsf.org/>\r\n“The Program” refers to any\r\n    copyrightable work — licensed under this License.';
    expect(words(normalise(a))).toEqual(words(normalise(b)));
  });

  test('words are runs of letters and digits', () => {
    expect(words("the program's name, v3.0")).toEqual(['the', 'program', 's', 'name', 'v3', '0']);
  });
});
