import { afterAll, describe, expect, test } from '@jest/globals';
import type { Report } from '../src/report/model.js';
import { renderText } from '../src/report/text.js';
import { removeTempDirs, scan, tree } from './helpers/fixtures.js';

afterAll(removeTempDirs);

const UNOFFICIAL = 'This is an unofficial app that uses the Telegram API.';
const COPIED = 'Telegram is a messaging app with a focus on speed and security.';

async function listingReport(files: Record<string, string | Buffer>): Promise<Report> {
  return scan(await tree(files), { checks: ['listing'] });
}

const found = (r: Report) => r.findings.map((f) => ({ path: f.path, line: f.line, ruleId: f.ruleId, level: f.level }));

describe('each listing layout: found, judged, reported at its first line', () => {
  const layouts: [string, Record<string, string>, string][] = [
    ['fastlane supply', { 'fastlane/metadata/android/en-US/full_description.txt': COPIED, 'fastlane/metadata/android/en-US/short_description.txt': 'Fast.' }, 'fastlane/metadata/android/en-US/full_description.txt'],
    ['fastlane deliver', { 'fastlane/metadata/en-US/description.txt': COPIED }, 'fastlane/metadata/en-US/description.txt'],
    ['Gradle Play Publisher', { 'app/src/main/play/listings/en-US/full-description.txt': COPIED }, 'app/src/main/play/listings/en-US/full-description.txt'],
    ['F-Droid in-repo metadata', { 'metadata/en-US/description.txt': COPIED, 'metadata/en-US/summary.txt': 'Fast.' }, 'metadata/en-US/description.txt'],
    ['F-Droid build metadata', { 'metadata/org.example.gram.yml': `Categories:\n  - Internet\nSummary: Fast\nDescription: |\n  ${COPIED}\n` }, 'metadata/org.example.gram.yml'],
    ['AppStream', { 'linux/org.example.Gram.metainfo.xml': `<?xml version="1.0"?>\n<component>\n<name>Gram</name>\n<description><p>${COPIED}</p></description>\n</component>\n` }, 'linux/org.example.Gram.metainfo.xml'],
    ['AppStream (appdata)', { 'data/gram.appdata.xml': `<component><description><p>${COPIED}</p></description></component>` }, 'data/gram.appdata.xml'],
    ['snapcraft', { 'snap/snapcraft.yaml': `name: gram\nsummary: Gram\ndescription: |\n  ${COPIED}\n` }, 'snap/snapcraft.yaml'],
  ];

  test.each(layouts)('%s: a copied official description is a warning', async (_name, files, anchor) => {
    const report = await listingReport(files);
    expect(found(report)).toEqual([{ path: anchor, line: 1, ruleId: 'store-listing-api-notice', level: 'warning' }]);
    expect(report.findings[0].message).toContain('This is an unofficial app that uses the Telegram API.');
    expect(report.checks.listing).toEqual(expect.objectContaining({ status: 'ran' }));
  });

  test.each(layouts)('%s: the same listing with the statement passes', async (_name, files) => {
    const fixed = Object.fromEntries(Object.entries(files).map(([p, c]) => [p, c.replace(COPIED, `${COPIED} ${UNOFFICIAL}`)]));
    const report = await listingReport(fixed);
    expect(report.findings).toEqual([]);
    expect(report.checks.listing.files).toBeGreaterThan(0);
  });
});

test('a locale is judged as a whole: the statement in the short description or the title passes the full one', async () => {
  const report = await listingReport({
    'fastlane/metadata/android/en-US/full_description.txt': COPIED,
    'fastlane/metadata/android/en-US/short_description.txt': 'An unofficial Telegram client.',
    'fastlane/metadata/android/de-DE/full_description.txt': 'Telegram ist ein Messenger.',
    'fastlane/metadata/android/de-DE/title.txt': 'Inoffizieller Telegram-Client',
    'fastlane/metadata/android/es-ES/short_description.txt': 'Telegram es rápido.',
  });
  // The Spanish listing has only a short description: its finding is there.
  expect(found(report)).toEqual([{ path: 'fastlane/metadata/android/es-ES/short_description.txt', line: 1, ruleId: 'store-listing-api-notice', level: 'warning' }]);
});

test('three languages: each failing locale gets the sentence in its own language, and English statements pass anywhere', async () => {
  const report = await listingReport({
    'fastlane/metadata/android/ru-RU/full_description.txt': 'Telegram — самый быстрый мессенджер.',
    'fastlane/metadata/android/fa-IR/full_description.txt': 'تلگرام یک پیام رسان سریع است.',
    'fastlane/metadata/android/zh-CN/full_description.txt': 'Telegram 是一款注重速度和安全的通讯应用。',
    'fastlane/metadata/android/pt-BR/full_description.txt': 'Cliente não oficial do Telegram.',
    'fastlane/metadata/android/ar/full_description.txt': `تيليجرام هو تطبيق مراسلة سريع. ${UNOFFICIAL}`,
  });
  const byPath = Object.fromEntries(report.findings.map((f) => [f.path.split('/')[3], f.message]));
  expect(Object.keys(byPath).sort()).toEqual(['fa-IR', 'ru-RU', 'zh-CN']);
  expect(byPath['ru-RU']).toContain('in Russian: "Это неофициальное приложение, которое использует Telegram API."');
  expect(byPath['fa-IR']).toContain('in Persian: "این یک برنامه غیررسمی است که از API تلگرام استفاده می‌کند."');
  expect(byPath['zh-CN']).toContain('in Chinese (Simplified): "这是一个使用 Telegram API 的非官方应用。"');
  expect(byPath['ru-RU']).toContain(`(in English: "${UNOFFICIAL}")`);
});

test('a listing in a language the check does not read is listed as not judged, unless it has a statement it reads', async () => {
  const report = await listingReport({
    'metadata/pl/description.txt': 'Klient platformy komunikacyjnej Telegram.',
    'metadata/it/description.txt': `Client per Telegram. ${UNOFFICIAL}`,
  });
  expect(report.findings).toEqual([]);
  expect(report.skipped).toEqual([{ path: 'metadata/pl/description.txt', reason: expect.stringContaining('not judged') }]);
});

test('no listing in the repository: no finding, and the check says it found none (neither a pass nor a warning)', async () => {
  const none = await listingReport({ 'README.md': COPIED, 'metadata/notes.txt': COPIED, 'snap/snapcraft.yaml': 'name: gram\nadopt-info: gram\n' });
  expect(none.findings).toEqual([]);
  expect(none.skipped).toEqual([]);
  expect(none.checks.listing).toEqual(expect.objectContaining({ status: 'ran', files: 0, nothingFound: 'no store listing in the repository' }));
  // With a listing, nothing is said to be missing.
  const one = await listingReport({ 'fastlane/metadata/android/en-US/full_description.txt': UNOFFICIAL });
  expect(one.findings).toEqual([]);
  expect(one.checks.listing).toEqual({ status: 'ran', files: 1, bytes: UNOFFICIAL.length, ms: expect.any(Number) });
});

test('the text report says the check found nothing to check', async () => {
  const report = await listingReport({ 'README.md': COPIED });
  expect(renderText(report, { color: false })).toContain('check listing found nothing to check: no store listing in the repository');
});

test('listings under test or vendored folders are not the app\'s: never judged', async () => {
  const report = await listingReport({
    'src/test/fastlane/metadata/android/en-US/full_description.txt': COPIED,
    'node_modules/some-app/fastlane/metadata/en-US/description.txt': COPIED,
    'third_party/gram/linux/gram.metainfo.xml': `<component><description><p>${COPIED}</p></description></component>`,
  });
  expect(report.findings).toEqual([]);
  expect(report.checks.listing.files).toBe(0);
});

test('a malformed or binary listing is named in the skipped list, and the others are still judged', async () => {
  const root = await tree({
    'snap/snapcraft.yaml': 'name: gram\ndescription: "unclosed\n  : : [\n',
    'metadata/org.example.gram.yml': Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0, 1, 2, 3]),
    'fastlane/metadata/android/en-US/full_description.txt': COPIED,
  });
  const report = await scan(root, { checks: ['listing'] });
  expect(found(report)).toEqual([{ path: 'fastlane/metadata/android/en-US/full_description.txt', line: 1, ruleId: 'store-listing-api-notice', level: 'warning' }]);
  const skipped = Object.fromEntries(report.skipped.map((s) => [s.path, s.reason]));
  expect(skipped['snap/snapcraft.yaml']).toMatch(/^not valid YAML: /);
  expect(skipped['metadata/org.example.gram.yml']).toBe('binary file where a store listing was expected');
});

test('AppStream: only the default-language description counts; releases and translated paragraphs do not', async () => {
  const xml = (extra: string) =>
    `<component>\n<description><p>${COPIED}</p><p xml:lang="de">Inoffizieller Telegram-Client.</p></description>\n` +
    `<releases><release version="1"><description><p>${UNOFFICIAL}</p></description></release></releases>${extra}\n</component>\n`;
  expect(found(await listingReport({ 'gram.metainfo.xml': xml('') }))).toHaveLength(1);
  expect(found(await listingReport({ 'gram.metainfo.xml': xml('<summary>Unofficial Telegram client</summary>') }))).toEqual([]);
  // Paragraphs are separate sentences: `</p><p>` does not glue "client" and "Telegram" into a statement.
  expect(found(await listingReport({ 'gram.metainfo.xml': '<component><description><p>An unofficial</p><p>Telegram is fast</p></description></component>' }))).toHaveLength(0);
});

test('the finding is stable: editing the listing does not change its fingerprint', async () => {
  const a = await listingReport({ 'fastlane/metadata/android/en-US/full_description.txt': COPIED });
  const b = await listingReport({ 'fastlane/metadata/android/en-US/full_description.txt': `Intro.\n\n${COPIED}\nMore.` });
  expect(a.findings[0].fingerprint).toBe(b.findings[0].fingerprint);
});

test('only the listing files of a locale folder count: a changelog or keywords file saying "unofficial Telegram" does not pass it', async () => {
  const report = await listingReport({
    'fastlane/metadata/android/en-US/full_description.txt': COPIED,
    'fastlane/metadata/android/en-US/changelogs/100.txt': 'Now an unofficial Telegram client.',
    'fastlane/metadata/en-US/keywords.txt': 'unofficial telegram client',
    'fastlane/metadata/en-US/description.txt': COPIED,
  });
  expect(found(report).map((f) => f.path)).toEqual(['fastlane/metadata/android/en-US/full_description.txt', 'fastlane/metadata/en-US/description.txt']);
});

test("fastlane deliver's default folder and a root .snapcraft.yaml are English listings", async () => {
  const report = await listingReport({
    'fastlane/metadata/default/description.txt': COPIED,
    '.snapcraft.yaml': `name: gram\ndescription: ${COPIED}\n`,
  });
  expect(found(report).map((f) => f.path)).toEqual(['.snapcraft.yaml', 'fastlane/metadata/default/description.txt']);
  expect(report.findings.map((f) => f.message)).toEqual([expect.stringContaining(`Add near its start: "${UNOFFICIAL}"`), expect.stringContaining('App Store listing (fastlane deliver) (default for every language) does not say')]);
});
