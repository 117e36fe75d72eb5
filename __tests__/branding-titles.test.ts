import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { copyFixture, removeTempDirs, scan, tempDir } from './helpers/fixtures.js';
import type { Report } from '../src/report/model.js';
import { brandingCheck } from '../src/checks/branding/index.js';
import { EMPTY_CONFIG } from '../src/config/schema.js';
import { walk } from '../src/files/walk.js';
import { renderSarif } from '../src/report/sarif.js';
import { silentLogger } from '../src/log.js';
import { DEFAULT_SETTINGS } from '../src/settings.js';
import { gplDutyOnce } from '../src/upstream/duty.js';

// Every title file kind, failing and passing: [path, line, column, key, title].
const EXPECTED: [string, number, number, string, string][] = [
  ['android/app/build.gradle', 7, 45, 'app_name', 'Telegram Lite'], // Gradle resValue, after a '/*' inside a string
  ['android/app/build.gradle', 10, 48, 'appLabel', 'Telegram Turbo'], // manifest placeholder a launcher label is made of
  ['android/app/build.gradle.kts', 3, 47, 'launcher_title', 'TelegramPlus'], // Gradle resValue the application label references
  ['android/app/src/main/AndroidManifest.xml', 6, 63, '<activity android:label>', 'Plus for Telegram'], // literal launcher label
  ['android/app/src/main/res/values-fa/strings.xml', 3, 29, 'app_name', 'تلگرام طلایی'], // localised, Persian; the Cyrillic one joins it
  ['android/app/src/main/res/values/strings.xml', 5, 26, 'brand', 'Telegram & Co'], // application label -> launcher_title -> brand
  ['android/app/src/main/res/values/strings.xml', 6, 32, 'alias_title', "Lite 'for' Telegram"], // launcher alias label, \' escapes
  ['android/app/src/main/res/values/strings.xml', 7, 34, 'app_name_beta', 'Telegram Beta'], // CDATA
  ['electron/electron-builder.yml', 2, 15, 'productName', 'TelegramX'],
  ['electron/package.json', 3, 19, 'productName', 'Telegram Lite'],
  ['ios/App.xcodeproj/project.pbxproj', 9, 42, 'INFOPLIST_KEY_CFBundleDisplayName', 'Telegram Lite'],
  ['ios/App/Info.plist', 6, 10, 'CFBundleDisplayName', 'Telegram & Friends'],
  ['ios/App/InfoPlist.xcstrings', 7, 70, 'CFBundleDisplayName (ru)', 'Телеграм'], // string catalog, one language
  ['ios/App/de.lproj/InfoPlist.strings', 2, 19, 'CFBundleName', 'Telegram "Plus"'], // UTF-16LE without BOM
  ['ios/App/ru.lproj/InfoPlist.strings', 2, 26, 'CFBundleDisplayName', 'Телеграм'], // UTF-16LE with BOM
  ['ios/Config/Release.xcconfig', 3, 43, 'INFOPLIST_KEY_CFBundleName[sdk=macosx*]', 'TelegramMac'],
  ['linux/org.example.lite.desktop', 3, 6, 'Name', 'Telegram Lite'],
  ['linux/org.example.lite.desktop', 4, 10, 'Name[ru]', 'Телеграм Лайт'],
  ['linux/org.example.lite.metainfo.xml', 5, 23, 'name[ru]', 'Телеграм Лайт'], // AppStream; the developer's name is not the title
  ['macos/Telegram.plist', 7, 10, 'CFBundleName', 'Telegram'], // an Info.plist by content, not by name
  ['mobile-js/app.json', 3, 19, 'displayName', 'Telegram Lite'], // React Native; Expo's passes, Heroku's name is no title
  ['mobile-js/capacitor.config.json', 3, 15, 'appName', 'Capacitor Telegram'],
  ['tauri/src-tauri/tauri.conf.json', 2, 19, 'productName', 'Telegram Tauri'],
  ['web/public/manifest.json', 3, 18, 'short_name', 'Telegram'],
  ['web/site.webmanifest', 1, 10, 'name', 'Web for Telegram'],
  ['windows/Lite.rc', 8, 39, 'FileDescription', 'Telegram Lite'], // UTF-16LE with BOM, CRLF
  ['windows/Other.rc', 3, 28, 'FileDescription', 'MyTelegram'],
  ['windows/Package.appxmanifest', 8, 40, 'VisualElements DisplayName', 'Telegram UWP'], // the package's DisplayName passes
];

describe('app-title-telegram on a tree with every title file kind', () => {
  let report: Report;
  beforeAll(async () => {
    report = await scan(await copyFixture('branding/titles'), { checks: ['branding'] });
  });
  afterAll(removeTempDirs);

  test('reports exactly the failing titles, at the title text, and nothing else', () => {
    const got = report.findings.map((f) => [f.path, f.line, f.column]);
    expect(got).toEqual(EXPECTED.map(([path, line, column]) => [path, line, column]));
    for (const f of report.findings) expect(f).toMatchObject({ ruleId: 'app-title-telegram', level: 'error' });
  });

  test.each(EXPECTED)('%s:%i names the key, the title and a fix', (path, line, _column, key, title) => {
    const f = report.findings.find((x) => x.path === path && x.line === line)!;
    expect(f.message).toContain(` ${key} `);
    expect(f.message).toContain(`"${title}"`);
    expect(f.message).toMatch(/Rename it to ".*Unofficial .*" or drop the word/);
  });

  test("one finding per string across its translations, naming the other locales (SARIF relatedLocations)", () => {
    const f = report.findings.find((x) => x.path === 'android/app/src/main/res/values-fa/strings.xml')!;
    expect(f.message).toContain('The same string says Telegram in 1 other locale: ru (android/app/src/main/res/values-ru/strings.xml:3).');
    expect(f.related).toEqual([{ path: 'android/app/src/main/res/values-ru/strings.xml', line: 3, column: 29 }]);
    const sarif = JSON.parse(renderSarif(report));
    const result = sarif.runs[0].results.find((r: { locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) => r.locations[0].physicalLocation.artifactLocation.uri.endsWith('values-fa/strings.xml'));
    expect(result.relatedLocations[0].physicalLocation).toMatchObject({ artifactLocation: { uri: 'android/app/src/main/res/values-ru/strings.xml' }, region: { startLine: 3 } });
  });

  test('says which file kind the title is in, and why a resolved string is a title', () => {
    const byLine = (path: string, line: number) => report.findings.find((f) => f.path === path && f.line === line)!.message;
    expect(byLine('android/app/src/main/res/values/strings.xml', 5)).toContain(
      'Android string resource brand (referenced by @string/launcher_title, the <application android:label> in android/app/src/main/AndroidManifest.xml)',
    );
    expect(byLine('windows/Lite.rc', 8)).toMatch(/^Windows resource script FileDescription /);
    expect(byLine('electron/package.json', 3)).toContain('Rename it to "Unofficial Telegram Lite"');
    expect(byLine('windows/Other.rc', 3)).toContain('Rename it to "My Unofficial Telegram"');
  });

  test('lists a binary Info.plist and a malformed manifest as skipped, with the reason; other binary plists are no title files', () => {
    expect(report.skipped).toEqual([
      { path: 'broken/manifest.json', reason: expect.stringMatching(/^not valid JSON/) },
      { path: 'macos/App/Info.plist', reason: 'binary property list (only XML plists are read for app titles)' },
    ]);
    expect(report.checks.branding).toMatchObject({ status: 'ran', files: 37 });
  });

  test('reads titles from the whole tree even when no file changed', async () => {
    const root = await copyFixture('branding/titles');
    const scoped = await scan(root, { checks: ['branding'], changedFiles: [] });
    expect(scoped.findings.length).toBe(EXPECTED.length);
  });
});

describe('app-title-telegram findings through the pipeline', () => {
  afterAll(removeTempDirs);

  /** strings.xml, and a manifest whose label names app_name: a string is a title only when a label resolves to it. */
  async function strings(body: string): Promise<string> {
    const root = await tempDir();
    await mkdir(join(root, 'app/src/main/res/values'), { recursive: true });
    await writeFile(join(root, 'app/src/main/res/values/strings.xml'), `<resources>\n${body}</resources>\n`);
    await writeFile(join(root, 'app/src/main/AndroidManifest.xml'), '<manifest><application android:label="@string/app_name"/></manifest>\n');
    return root;
  }

  test('an allow comment on the line before suppresses the finding, with its reason', async () => {
    const root = await strings(
      '    <!-- tg-compliance:allow-next-line app-title-telegram -- name approved by Telegram -->\n    <string name="app_name">Telegram</string>\n',
    );
    const report = await scan(root, { checks: ['branding'] });
    expect(report.findings).toEqual([]);
    expect(report.suppressed).toEqual([expect.objectContaining({ line: 3, suppression: { kind: 'inline', reason: 'name approved by Telegram' } })]);
  });

  test('a Telegram for Android fork: AppName renamed, AppNameBeta forgotten, label in a per-build manifest', async () => {
    const root = await strings('    <string name="AppName">Unofficial Telegram Plus</string>\n    <string name="AppNameBeta">Telegram Beta</string>\n');
    await mkdir(join(root, 'app/config/debug'), { recursive: true });
    await writeFile(join(root, 'app/config/debug/AndroidManifest_SDK23.xml'), '<manifest><application android:label="@string/AppNameBeta"/></manifest>\n');
    const report = await scan(root, { checks: ['branding'] });
    expect(report.findings.map((f) => [f.path, f.line, f.message.split(' is the app title')[0]])).toEqual([
      ['app/src/main/res/values/strings.xml', 3, 'Android string resource AppNameBeta (the <application android:label> in app/config/debug/AndroidManifest_SDK23.xml)'],
    ]);
  });

  test('a chain of references through an app-name string reports that string once', async () => {
    const root = await strings('    <string name="launcher">@string/app_name_x</string>\n    <string name="app_name_x">Telegram X</string>\n');
    await writeFile(join(root, 'app/src/main/AndroidManifest.xml'), '<manifest><application android:label="@string/launcher"/></manifest>\n');
    const tree = await walk(root, root, { maxFileSize: 1 << 20 });
    const outcome = await brandingCheck.run({
      root,
      files: tree.files,
      tree: tree.files,
      config: EMPTY_CONFIG,
      settings: DEFAULT_SETTINGS,
      log: silentLogger,
      skip: () => undefined,
      gplDuty: gplDutyOnce('auto', tree.files, []),
    });
    // Raw findings, before the pipeline's dedupe: the string is read and reported once.
    expect(outcome.findings.map((f) => [f.path, f.line])).toEqual([['app/src/main/res/values/strings.xml', 3]]);
    expect(outcome.findings[0].message).toContain('app_name_x (referenced by @string/launcher, the <application android:label> in app/src/main/AndroidManifest.xml)');
    expect(outcome.files).toBe(2);
  });

  test('a title file over 16 MiB is skipped with the reason, not read', async () => {
    const root = await strings(`    <string name="app_name">Telegram</string>\n    <!-- ${'x'.repeat(16 * 1024 * 1024)} -->\n`);
    const report = await scan(root, { checks: ['branding'] });
    expect(report.findings).toEqual([]);
    expect(report.skipped).toEqual([{ path: 'app/src/main/res/values/strings.xml', reason: 'larger than 16 MiB: not read for app titles' }]);
  });

  test('the fingerprint does not change when the title moves to another line', async () => {
    const root = await strings('    <string name="app_name">Telegram</string>\n');
    const before = (await scan(root, { checks: ['branding'] })).findings[0];
    const file = join(root, 'app/src/main/res/values/strings.xml');
    await writeFile(file, (await readFile(file, 'utf8')).replace('<resources>\n', '<resources>\n    <string name="other">x</string>\n\n'));
    const after = (await scan(root, { checks: ['branding'] })).findings[0];
    expect(after.line).toBe(before.line! + 2);
    expect(after.fingerprint).toBe(before.fingerprint);
  });
});
