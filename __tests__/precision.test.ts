// Issue 12: errors that were false on real forks, each with its true twin that must still be an error.
import { afterAll, describe, expect, test } from '@jest/globals';
import type { Report } from '../src/report/model.js';
import { removeTempDirs, scan, tree } from './helpers/fixtures.js';

const levels = (report: Report) => report.findings.map((f) => `${f.path}:${f.line} ${f.level} ${f.ruleId}`).sort();

afterAll(removeTempDirs);

describe('2. vendored code: generic names need Telegram context, enum members are no credentials', () => {
  test('a Chromium enum under jni/ and a generic APP_ID in a file that never speaks of Telegram: nothing', async () => {
    const root = await tree({
      'TMessagesProj/jni/third_party/payments/payment_app.h': 'namespace payments {\nenum class PaymentAppType {\n  UNDEFINED_APP_ID = 0,\n  PAYMENT_APP_ID = 5,\n  OTHER_APP_ID = 6,\n};\n}\n',
      'TMessagesProj/jni/third_party/util/ids.c': 'static const int APP_ID = 5;\n',
    });
    expect(levels(await scan(root, { checks: ['credentials'] }))).toEqual([]);
  });

  test('the true twin: APP_ID = 4 in org/telegram/messenger/BuildVars.java is an error', async () => {
    const root = await tree({ 'TMessagesProj/src/main/java/org/telegram/messenger/BuildVars.java': 'package org.telegram.messenger;\n\npublic class BuildVars {\n    public static int APP_ID = 4;\n}\n' });
    expect(levels(await scan(root, { checks: ['credentials'] }))).toEqual(['TMessagesProj/src/main/java/org/telegram/messenger/BuildVars.java:4 error published-api-credentials']);
  });

  test('a generic name in a file whose path says Telegram, and a long id anywhere, still count', async () => {
    const root = await tree({ 'src/telegram/ids.c': 'static const int APP_ID = 5;\n', 'src/other/ids.c': 'static const int APP_ID = 611335;\n' });
    expect(levels(await scan(root, { checks: ['credentials'] }))).toEqual(['src/other/ids.c:1 error published-api-credentials', 'src/telegram/ids.c:1 error published-api-credentials']);
  });
});

describe('4. ids that are compared, not used', () => {
  test("a session screen's named constants of official ids, compared and switched on: nothing", async () => {
    const root = await tree({
      'Telegram/SourceFiles/settings/sessions.cpp':
        '// telegram desktop\nconstexpr auto DesktopApiId = 2040;\nconstexpr auto AndroidApiId = 6;\n\nQString Type(int apiId) {\n  if (apiId == DesktopApiId) return "Desktop";\n  switch (apiId) {\n  case AndroidApiId: return "Android";\n  }\n  return {};\n}\n',
    });
    expect(levels(await scan(root, { checks: ['credentials'] }))).toEqual([]);
  });

  test('the true twin: the same constant passed to the client is an error', async () => {
    const root = await tree({ 'Telegram/SourceFiles/core/config.cpp': '// telegram desktop\nconstexpr auto ApiId = 2040;\n\nvoid Start() {\n  MTP::Instance::Config config{ ApiId };\n  if (ApiId == 0) return;\n}\n' });
    expect(levels(await scan(root, { checks: ['credentials'] }))).toEqual(['Telegram/SourceFiles/core/config.cpp:2 error published-api-credentials']);
  });
});

describe('6. a test DC address in an address table is no switch', () => {
  test("the clients' DC tables (test beside production addresses): nothing; a list of only the test DC: a warning", async () => {
    const root = await tree({
      'TMessagesProj/jni/tgnet/ConnectionsManager.cpp':
        'void ConnectionsManager::initDatacenters() {\n  if (!testBackend) {\n    addAddress(1, "149.154.175.50", 443);\n    addAddress(2, "149.154.167.51", 443);\n  } else {\n    addAddress(2, "149.154.167.40", 443);\n  }\n}\n',
      'src/net/dc.js': 'export const DEFAULT_DCS = [{ id: 2, host: "149.154.167.40", port: 443 }];\n',
    });
    expect(levels(await scan(root, { checks: ['credentials'] }))).toEqual(['src/net/dc.js:1 warning test-dc-in-release']);
  });
});

describe('3. a header default overridden in its implementation file', () => {
  test('currentApiId = 6 in the header, set from the init parameter in the .cpp: a warning naming the override', async () => {
    const root = await tree({
      'TMessagesProj/jni/tgnet/ConnectionsManager.h': '// telegram\nclass ConnectionsManager {\n  int32_t currentApiId = 6;\n};\n',
      'TMessagesProj/jni/tgnet/ConnectionsManager.cpp': '#include "ConnectionsManager.h"\n\nvoid ConnectionsManager::init(int32_t apiId) {\n  currentApiId = apiId;\n}\n',
    });
    const report = await scan(root, { checks: ['credentials'] });
    expect(levels(report)).toEqual(['TMessagesProj/jni/tgnet/ConnectionsManager.h:3 warning published-api-credentials']);
    expect(report.findings[0].message).toContain('overridden in TMessagesProj/jni/tgnet/ConnectionsManager.cpp at line 4 by `currentApiId = apiId`');
  });

  test('the true twin: a header default with no override anywhere is an error', async () => {
    const root = await tree({
      'TMessagesProj/jni/tgnet/ConnectionsManager.h': '// telegram\nclass ConnectionsManager {\n  int32_t currentApiId = 6;\n};\n',
      'TMessagesProj/jni/tgnet/ConnectionsManager.cpp': '#include "ConnectionsManager.h"\n\nvoid ConnectionsManager::init() {\n  connect(currentApiId);\n}\n',
    });
    expect(levels(await scan(root, { checks: ['credentials'] }))).toEqual(['TMessagesProj/jni/tgnet/ConnectionsManager.h:3 error published-api-credentials']);
  });
});

describe('1. Android strings that no shipped label names are not titles', () => {
  const manifest = (label: string) => `<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application android:label="${label}" />\n</manifest>\n`;

  test("a fork whose label names its own string: the inherited AppName and AppNameBeta in every locale are nothing", async () => {
    const root = await tree({
      'TMessagesProj/src/main/AndroidManifest.xml': manifest('@string/NekoName'),
      'TMessagesProj/src/main/res/values/strings.xml': '<resources>\n  <string name="NekoName">Nekogram</string>\n  <string name="AppName">Telegram</string>\n  <string name="AppNameBeta">Telegram Beta</string>\n  <string name="AppNameAndVersion">Telegram %1$s</string>\n</resources>\n',
      'TMessagesProj/src/main/res/values-de/strings.xml': '<resources>\n  <string name="AppName">Telegram</string>\n  <string name="AppNameBeta">Telegram Beta</string>\n</resources>\n',
    });
    expect(levels(await scan(root, { checks: ['branding'] }))).toEqual([]);
  });

  test('the true twin: a flavor manifest that names AppName makes each translation that says Telegram an error', async () => {
    const root = await tree({
      'TMessagesProj/src/main/AndroidManifest.xml': manifest('@string/NekoName'),
      'TMessagesProj/config/release/AndroidManifest.xml': manifest('@string/AppName'),
      'TMessagesProj/src/main/res/values/strings.xml': '<resources>\n  <string name="NekoName">Nekogram</string>\n  <string name="AppName">Neko</string>\n</resources>\n',
      'TMessagesProj/src/main/res/values-ko/strings.xml': '<resources>\n  <string name="AppName">텔레그램</string>\n</resources>\n',
    });
    expect(levels(await scan(root, { checks: ['branding'] }))).toEqual(['TMessagesProj/src/main/res/values-ko/strings.xml:2 error app-title-telegram']);
  });
});

describe("a value quoted in CMake's message(FATAL_ERROR …)", () => {
  test("Telegram Desktop's own help text is a warning; the same pair in set() is an error", async () => {
    const root = await tree({
      'Telegram/cmake/help.cmake': 'if (TDESKTOP_API_ID STREQUAL "0")\n    message(FATAL_ERROR\n    " > If you build only for tests you can use:\\n"\n    " > api_id: 17349\\n"\n    " > api_hash: 344583e45741c457fe1862106095a5eb\\n"\n    )\nendif()\n',
      'Telegram/cmake/own.cmake': 'set(TDESKTOP_API_ID 17349)\nset(TDESKTOP_API_HASH 344583e45741c457fe1862106095a5eb)\n',
    });
    expect(levels(await scan(root, { checks: ['credentials'] }))).toEqual([
      'Telegram/cmake/help.cmake:4 warning published-api-credentials',
      'Telegram/cmake/help.cmake:5 warning published-api-credentials',
      'Telegram/cmake/own.cmake:1 error published-api-credentials',
      'Telegram/cmake/own.cmake:2 error published-api-credentials',
    ]);
  });
});

describe('5. one finding per title string across its translations', () => {
  const manifest = '<manifest xmlns:android="http://schemas.android.com/apk/res/android">\n  <application android:label="@string/AppName" />\n</manifest>\n';
  const files = (locales: string[]) =>
    Object.fromEntries([
      ['app/src/main/AndroidManifest.xml', manifest],
      ['app/src/main/res/values/strings.xml', '<resources>\n  <string name="AppName">Telegram</string>\n</resources>\n'],
      ...locales.map((l) => [`app/src/main/res/values-${l}/strings.xml`, '<resources>\n  <string name="AppName">Telegram</string>\n</resources>\n']),
    ]);

  test('reported once at the default locale, listing the others; the fingerprint stays when a locale is added', async () => {
    const two = await scan(await tree(files(['de', 'ko'])), { checks: ['branding'] });
    expect(levels(two)).toEqual(['app/src/main/res/values/strings.xml:2 error app-title-telegram']);
    expect(two.findings[0].message).toMatch(/in 2 other locales: de \(app\/src\/main\/res\/values-de\/strings\.xml:2\), ko \(/);
    const three = await scan(await tree(files(['de', 'ko', 'nl'])), { checks: ['branding'] });
    expect(three.findings.map((f) => f.fingerprint)).toEqual(two.findings.map((f) => f.fingerprint));
    expect(three.findings[0].related).toHaveLength(3);
  });
});

describe('recall: a library placeholder passed positionally', () => {
  test('in Python code it is a placeholder warning; the same line in Markdown is nothing', async () => {
    const line = 'client = TelegramClient("session", 12345, "0123456789abcdef0123456789abcdef")\n';
    const root = await tree({ 'bot/main.py': `from telethon import TelegramClient\n${line}`, 'docs/quickstart.md': `\`\`\`python\n${line}\`\`\`\n` });
    const report = await scan(root, { checks: ['credentials'] });
    expect(levels(report)).toEqual(['bot/main.py:2 warning placeholder-api-credentials']);
    expect(report.findings[0].message).toContain('a placeholder from Telethon/Pyrogram/mtcute/tdl docs');
  });
});
