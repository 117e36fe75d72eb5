import { afterAll, expect, test } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type { Report } from '../src/report/model.js';
import { removeTempDirs, scan, tempDir } from './helpers/fixtures.js';

afterAll(removeTempDirs);

async function introReport(files: Record<string, string>): Promise<Report> {
  const root = await tempDir();
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return scan(root, { checks: ['listing'] });
}

const notes = (r: Report) => r.findings.filter((f) => f.ruleId === 'intro-api-notice').map((f) => ({ path: f.path, line: f.line, level: f.level }));

// Telegram for Android's intro, as its forks inherit it, and as a fork that renamed it leaves it.
const androidStrings = (brand: string) =>
  `<?xml version="1.0" encoding="utf-8"?>\n<resources>\n    <string name="AppName">${brand}</string>\n` +
  `    <string name="Page1Title">${brand}</string>\n    <string name="Page1Message">The world\\'s **fastest** messaging app.</string>\n` +
  `    <string name="Page2Message">**${brand}** delivers messages faster than\\nany other application.</string>\n</resources>\n`;

test('an Android intro that still says Telegram passes; one renamed to the fork\'s own name gets a note at its first page', async () => {
  expect(notes(await introReport({ 'TMessagesProj/src/main/res/values/strings.xml': androidStrings('Telegram') }))).toEqual([]);
  const report = await introReport({ 'TMessagesProj/src/main/res/values/strings.xml': androidStrings('Nekogram') });
  expect(notes(report)).toEqual([{ path: 'TMessagesProj/src/main/res/values/strings.xml', line: 4, level: 'note' }]);
  expect(report.findings[0].message).toContain('Page1Title, Page1Message, Page2Message');
});

test('only the default language is read, strings that are not intro pages do not count, and an app without them gets nothing', async () => {
  expect(notes(await introReport({ 'app/src/main/res/values-ru/strings.xml': androidStrings('Nekogram') }))).toEqual([]);
  expect(notes(await introReport({ 'app/src/main/res/values/strings.xml': '<resources><string name="Welcome">Hello</string></resources>' }))).toEqual([]);
  // Mentioning Telegram outside the intro does not pass it.
  const mixed = androidStrings('Nekogram').replace('</resources>', '<string name="About">Uses the Telegram API</string></resources>');
  expect(notes(await introReport({ 'app/src/main/res/values/strings.xml': mixed }))).toHaveLength(1);
});

test('Telegram for iOS Tour strings and Telegram Desktop\'s intro text are read', async () => {
  const ios = (brand: string) => `/* intro */\n"Tour.Title1" = "${brand}";\n"Tour.Text1" = "The world's fastest messaging app.";\n"Other" = "Telegram";\n`;
  expect(notes(await introReport({ 'Telegram/Telegram-iOS/en.lproj/Localizable.strings': ios('Telegram') }))).toEqual([]);
  expect(notes(await introReport({ 'Telegram/Telegram-iOS/en.lproj/Localizable.strings': ios('Swiftgram') }))).toEqual([{ path: 'Telegram/Telegram-iOS/en.lproj/Localizable.strings', line: 2, level: 'note' }]);
  const desktop = (text: string) => `"lng_menu_settings" = "Settings";\n"lng_intro_about" = "${text}";\n`;
  expect(notes(await introReport({ 'Telegram/Resources/langs/lang.strings': desktop('Welcome to the official Telegram Desktop app.') }))).toEqual([]);
  expect(notes(await introReport({ 'Telegram/Resources/langs/lang.strings': desktop('Welcome to Kotatogram.') }))).toEqual([{ path: 'Telegram/Resources/langs/lang.strings', line: 2, level: 'note' }]);
});

test('intro strings under a test or vendored folder are not the app\'s', async () => {
  expect(notes(await introReport({ 'app/src/test/res/values/strings.xml': androidStrings('Nekogram'), 'vendor/x/res/values/strings.xml': androidStrings('Nekogram') }))).toEqual([]);
});

test('intro strings are no store listing: the check still says it found none', async () => {
  const report = await introReport({ 'app/src/main/res/values/strings.xml': androidStrings('Telegram') });
  expect(report.findings).toEqual([]);
  expect(report.checks.listing).toEqual(expect.objectContaining({ files: 1, nothingFound: 'no store listing in the repository' }));
});
