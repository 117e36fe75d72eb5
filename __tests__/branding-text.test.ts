import { afterAll, expect, test } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { titleMessage } from '../src/checks/branding/messages.js';
import { blankCComments } from '../src/checks/branding/text.js';
import { readWholeText } from '../src/files/read-text.js';
import { offendingWords } from '../src/checks/branding/title-word.js';
import { removeTempDirs, tempDir } from './helpers/fixtures.js';

afterAll(removeTempDirs);

test.each([
  ['UTF-8', 'utf8' as const, Buffer.alloc(0)],
  ['UTF-16LE with a BOM', 'utf16le' as const, Buffer.from([0xff, 0xfe])],
  ['UTF-16LE without a BOM', 'utf16le' as const, Buffer.alloc(0)],
])('reads a %s file whole across many small chunks, the overlap dropped', async (_name, encoding, bom) => {
  const text = Array.from({ length: 200 }, (_, i) => `"CFBundleName" = "Телеграм ${i}";`).join('\n');
  const file = join(await tempDir(), 'InfoPlist.strings');
  const bytes = Buffer.concat([bom, Buffer.from(text, encoding)]);
  await writeFile(file, bytes);
  const read = await readWholeText(file, bytes.length, { chunkBytes: 64, overlapChars: 16 });
  expect(read).toEqual({ binary: false, text });
});

test('C comments are blanked outside strings only, offsets and newlines kept', () => {
  const code = 'a "x // y" // gone\n/* b\nc */ d \'e /* f\'';
  const blanked = blankCComments(code, `"'`);
  expect(blanked).toBe('a "x // y"        \n    \n     d \'e /* f\'');
  expect(blanked.length).toBe(code.length);
});

test('a title with a line break is shown on one line in the message', () => {
  const title = { source: 'Android string resource', key: 'app_name', value: 'Telegram\nLite', offset: 0 };
  expect(titleMessage(title, offendingWords(title.value))).toContain('app title "Telegram\\nLite"');
});
