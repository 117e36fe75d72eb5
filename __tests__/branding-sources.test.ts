import { describe, expect, test } from '@jest/globals';
import { decodeAndroidString } from '../src/checks/branding/sources/android-escapes.js';
import { readManifestLabels } from '../src/checks/branding/sources/android-manifest.js';
import { readStringResources, stringReference } from '../src/checks/branding/sources/android-resources.js';
import { desktopEntryTitles } from '../src/checks/branding/sources/desktop-entry.js';
import { electronBuilderTitles } from '../src/checks/branding/sources/electron-builder.js';
import { infoPlistTitles } from '../src/checks/branding/sources/info-plist.js';
import { packageJsonTitles, webManifestTitles } from '../src/checks/branding/sources/json-titles.js';
import { infoPlistStringsTitles } from '../src/checks/branding/sources/strings-file.js';
import { windowsRcTitles } from '../src/checks/branding/sources/windows-rc.js';
import { appstreamTitles } from '../src/checks/branding/sources/appstream.js';
import { gradleStringResources } from '../src/checks/branding/sources/gradle-res-value.js';
import { gradleManifestPlaceholders } from '../src/checks/branding/sources/gradle-placeholders.js';
import { xcodeSettingTitles } from '../src/checks/branding/sources/xcode-settings.js';
import { xcstringsTitles } from '../src/checks/branding/sources/xcstrings.js';
import { titleFileKind } from '../src/checks/branding/select.js';
import { TitleFileError } from '../src/checks/branding/types.js';

const values = (titles: { key: string; value: string }[]) => titles.map((t) => [t.key, t.value]);

describe('Android string resources', () => {
  test.each([
    ['"  Telegram   Lite "', '  Telegram   Lite '], // quotes keep whitespace and are dropped
    ['  Telegram \n   Lite  ', 'Telegram Lite'], // otherwise whitespace collapses
    ["Lite \\'for\\' Telegram", "Lite 'for' Telegram"],
    ['\\u0054elegram', 'Telegram'],
    ['\\"Tele\\"gram', '"Tele"gram'],
    ['\\@Telegram', '@Telegram'],
  ])('decodes %j as %j', (raw, decoded) => {
    expect(decodeAndroidString(raw)).toBe(decoded);
  });

  test('reads names, text content and where the text starts', () => {
    const text = '<resources>\n  <string name="a"><b>Tele</b>gram</string>\n  <string name="b">&#84;elegram &amp; Co</string>\n  <string name="c"/>\n</resources>';
    const strings = readStringResources(text);
    expect(strings.map((s) => [s.name, s.value])).toEqual([
      ['a', 'Telegram'],
      ['b', 'Telegram & Co'],
      ['c', ''],
    ]);
    expect(text.slice(strings[1].offset, strings[1].offset + 5)).toBe('&#84;');
  });

  test('decodes only the strings kept by name, and every @string/ reference', () => {
    const text = '<resources><string name="a">A</string><string name="b">B</string><string name="c"> @string/a </string><string name="d">"@string/b"</string></resources>';
    expect(readStringResources(text, (name) => name === 'b').map((s) => [s.name, s.value])).toEqual([
      ['b', 'B'],
      ['c', '@string/a'],
      ['d', '@string/b'],
    ]);
  });

  test.each([
    ['@string/app_name', 'app_name'],
    ['@com.example.lib:string/brand', 'brand'],
    ['@android:string/ok', undefined],
    ['@drawable/icon', undefined],
    ['Telegram', undefined],
  ])('reference %s -> %s', (value, name) => {
    expect(stringReference(value)).toBe(name);
  });

  test('a label made of one Gradle placeholder names it', () => {
    const labels = readManifestLabels('<application android:label="${appName}"/>');
    expect(labels).toEqual([expect.objectContaining({ literal: '${appName}', placeholder: 'appName' })]);
    expect(readManifestLabels('<application android:label="${appName} Beta"/>')[0].placeholder).toBeUndefined();
  });

  test('manifest labels: application always, activities only in the launcher, comments never', () => {
    const manifest = `<manifest>
  <application android:label='Telegram &amp; Co'>
    <activity android:label="@string/main"><intent-filter><category android:name="android.intent.category.LEANBACK_LAUNCHER"/></intent-filter></activity>
    <activity android:label="@string/screen"><intent-filter><action android:name="android.intent.action.VIEW"/></intent-filter></activity>
    <!-- <activity android:label="@string/old"><category android:name="android.intent.category.LAUNCHER"/></activity> -->
  </application>
</manifest>`;
    const labels = readManifestLabels(manifest);
    expect(labels.map((l) => [l.element, l.literal ?? `@${l.reference}`])).toEqual([
      ['application', 'Telegram & Co'],
      ['activity', '@main'],
    ]);
    expect(manifest.slice(labels[0].offset, labels[0].offset + 8)).toBe('Telegram');
  });
});

describe('Apple files', () => {
  test('Info.plist: only the two title keys, CDATA and entities decoded', () => {
    const plist = '<plist><dict><key>CFBundleName</key>\n<string><![CDATA[Tele & gram]]></string><key>CFBundleDisplayName</key><string>A &lt;B&gt;</string><key>CFBundleExecutable</key><string>Telegram</string></dict></plist>';
    expect(values(infoPlistTitles(plist, 'App/Info.plist'))).toEqual([
      ['CFBundleName', 'Tele & gram'],
      ['CFBundleDisplayName', 'A <B>'],
    ]);
  });

  test('a plist that is not XML is refused with a reason when named Info.plist, and holds no titles otherwise', () => {
    expect(() => infoPlistTitles('{ CFBundleName = Telegram; }', 'App/Info.plist')).toThrow(TitleFileError);
    expect(infoPlistTitles('{ CFBundleName = Telegram; }', 'Data/Emoji.plist')).toEqual([]);
  });

  test('InfoPlist.strings: quoted or bare keys, escapes, comments skipped', () => {
    const strings = '// "CFBundleName" = "Telegram";\nCFBundleName = "Tele\\"gram\\" \\U0054";\n/* CFBundleDisplayName = "x"; */ "CFBundleDisplayName"="A;B"; "Other" = "Telegram";';
    const titles = infoPlistStringsTitles(strings);
    expect(values(titles)).toEqual([
      ['CFBundleName', 'Tele"gram" T'],
      ['CFBundleDisplayName', 'A;B'],
    ]);
    expect(strings.slice(titles[0].offset, titles[0].offset + 4)).toBe('Tele');
  });
});

describe('JSON, YAML, .desktop and .rc files', () => {
  test('package.json: productName and build.productName; comments, trailing commas and repeated keys as JSON.parse would', () => {
    const json = '{\n  // note\n  "productName": "First", "productName": "Telegram",\n  "build": { "productName": "Unofficial Telegram", },\n}';
    const titles = packageJsonTitles(json);
    expect(values(titles)).toEqual([
      ['productName', 'Telegram'],
      ['build.productName', 'Unofficial Telegram'],
    ]);
    expect(json.slice(titles[0].offset, titles[0].offset + 8)).toBe('Telegram');
  });

  test('malformed JSON is refused with the offset', () => {
    expect(() => packageJsonTitles('{"productName": "Telegram"')).toThrow(/not valid JSON: expected "," or "}" at offset 26/);
  });

  test('manifest.json counts only when it looks like a web app or extension manifest', () => {
    expect(values(webManifestTitles('{"name": "Telegram", "version": "1"}', 'tool/manifest.json'))).toEqual([]);
    expect(values(webManifestTitles('{"name": "Telegram", "manifest_version": 3}', 'ext/manifest.json'))).toEqual([['name', 'Telegram']]);
    expect(values(webManifestTitles('{"name": "Telegram"}', 'app.webmanifest'))).toEqual([['name', 'Telegram']]);
  });

  test('electron-builder YAML: plain and quoted values; broken YAML is refused', () => {
    const plain = 'productName: Telegram Lite\n';
    expect(electronBuilderTitles(plain, 'electron-builder.yml')[0]).toMatchObject({ value: 'Telegram Lite', offset: 13 });
    expect(electronBuilderTitles("productName: 'Tele''gram'\n", 'electron-builder.yaml')[0]).toMatchObject({ value: "Tele'gram", offset: 14 });
    expect(electronBuilderTitles('{"productName": "Telegram"}', 'electron-builder.json')[0].value).toBe('Telegram');
    expect(() => electronBuilderTitles('productName: [unclosed\n', 'electron-builder.yml')).toThrow(TitleFileError);
  });

  test('.desktop: Name and localised names of the Desktop Entry group, CRLF, escapes and intltool templates', () => {
    const entry = '[Desktop Entry]\r\nName=Tele\\sgram\r\nName[sr@latin]=Telegram\r\n_Name=Telegram\r\nNoName=x\r\n[Desktop Action a]\r\nName=Telegram\r\n';
    const titles = desktopEntryTitles(entry);
    expect(values(titles)).toEqual([
      ['Name', 'Tele gram'],
      ['Name[sr@latin]', 'Telegram'],
      ['_Name', 'Telegram'],
    ]);
    expect(entry.slice(titles[1].offset, titles[1].offset + 8)).toBe('Telegram');
  });

  test('.rc: string literals only, "" and C escapes, trailing NULs dropped', () => {
    const rc = 'VALUE "ProductName", "The ""Tele\\x67ram"" App\\0"\nVALUE "FileDescription", PRODUCT_NAME\n/* VALUE "FileDescription", "Telegram" */';
    expect(values(windowsRcTitles(rc))).toEqual([['ProductName', 'The "Telegram" App']]);
  });
});

describe('build settings and catalogs', () => {
  test('Gradle resValue: Groovy and Kotlin, either quote, escapes, comments and slashes in strings', () => {
    const gradle = [
      "exclude 'META-INF/*.kotlin_module'",
      'resValue "string", "app_name", "Tele\\"gram\\""',
      "resValue('string', 'AppName', 'Telegram \\'X\\'')",
      '/* resValue "string", "app_name", "Old" */',
      'resValue "color", "app_name", "#fff"',
      "def url = 'https://example.org/*' // resValue \"string\", \"x\", \"y\"",
    ].join('\n');
    expect(gradleStringResources(gradle).map((s) => [s.name, s.value, s.source])).toEqual([
      ['app_name', 'Telegram', 'Gradle resValue'], // the escaped quotes are aapt's quoting, dropped
      ['AppName', "Telegram 'X'", 'Gradle resValue'],
    ]);
  });

  test('Gradle manifestPlaceholders: Groovy maps, Kotlin maps, indexing and put', () => {
    const gradle = [
      'manifestPlaceholders = [appName: "Tele\\"gram\\"", "channel": \'x\']',
      'manifestPlaceholders += mapOf("label" to "Kotlin Telegram", "other" to "y")',
      'manifestPlaceholders["kLabel"] = "Indexed"',
      "manifestPlaceholders.put('pLabel', 'Put')",
      '// manifestPlaceholders = [old: "Old"]',
    ].join('\n');
    const found = gradleManifestPlaceholders(gradle);
    expect(found.map((p) => [p.name, p.value])).toEqual([
      ['appName', 'Tele"gram"'],
      ['channel', 'x'],
      ['label', 'Kotlin Telegram'],
      ['other', 'y'],
      ['kLabel', 'Indexed'],
      ['pLabel', 'Put'],
    ]);
    expect(gradle.slice(found[2].offset, found[2].offset + 6)).toBe('Kotlin');
  });

  test('Xcode INFOPLIST_KEY_ settings: quoted, bare, conditional; comments skipped', () => {
    const pbx = '\t\tINFOPLIST_KEY_CFBundleDisplayName = Telegram;\n\t\tINFOPLIST_KEY_CFBundleName = "Tele \\"gram\\"";\n\t\t/* INFOPLIST_KEY_CFBundleName = X; */\n';
    const titles = xcodeSettingTitles(pbx, 'App.xcodeproj/project.pbxproj');
    expect(values(titles)).toEqual([
      ['INFOPLIST_KEY_CFBundleDisplayName', 'Telegram'],
      ['INFOPLIST_KEY_CFBundleName', 'Tele "gram"'],
    ]);
    expect(pbx.slice(titles[0].offset, titles[0].offset + 8)).toBe('Telegram');
    expect(values(xcodeSettingTitles('INFOPLIST_KEY_CFBundleDisplayName[sdk=iphoneos*] = My App // note\n', 'a.xcconfig'))).toEqual([
      ['INFOPLIST_KEY_CFBundleDisplayName[sdk=iphoneos*]', 'My App'],
    ]);
  });

  test('string catalog: every language, plural and device variations included', () => {
    const catalog = JSON.stringify({
      strings: {
        CFBundleName: {
          localizations: {
            de: { stringUnit: { value: 'Telegram' } },
            fr: { variations: { device: { iphone: { stringUnit: { value: 'Télégram' } }, mac: { stringUnit: { value: 'Mac' } } } } },
          },
        },
        Other: { localizations: { en: { stringUnit: { value: 'Telegram' } } } },
      },
    });
    expect(values(xcstringsTitles(catalog))).toEqual([
      ['CFBundleName (de)', 'Telegram'],
      ['CFBundleName (fr)', 'Télégram'],
      ['CFBundleName (fr)', 'Mac'],
    ]);
  });

  test("AppStream: the component's names, not the developer's", () => {
    const xml = '<component><name>App</name><name xml:lang="de">Telegram</name><developer><name>Telegram FZ</name></developer><!-- <name>Old</name> --></component>';
    expect(values(appstreamTitles(xml))).toEqual([
      ['name', 'App'],
      ['name[de]', 'Telegram'],
    ]);
  });
});

describe('which files hold titles', () => {
  test.each([
    ['app/src/main/res/values/strings.xml', 'android-resources'],
    ['app/src/main/res/values-b+sr+Latn/app_name.xml', 'android-resources'],
    ['app/src/main/res/layout/main.xml', undefined],
    ['app/src/main/AndroidManifest.xml', 'android-manifest'],
    ['TMessagesProj/config/release/AndroidManifest_standalone.xml', 'android-manifest'],
    ['app/AndroidManifestHelper.xml', undefined],
    ['Telegram/Telegram-iOS/Info.plist', 'info-plist'],
    ['App/App-Info.plist', 'info-plist'],
    ['App/GoogleService-Info.plist', undefined],
    ['Telegram/Telegram.plist', 'info-plist'],
    ['App/ru.lproj/InfoPlist.strings', 'infoplist-strings'],
    ['App/ru.lproj/Localizable.strings', undefined],
    ['package.json', 'package-json'],
    ['electron-builder.yml', 'electron-builder'],
    ['lib/xdg/org.telegram.desktop.desktop', 'desktop-entry'],
    ['data/app.desktop.in', 'desktop-entry'],
    ['Telegram/Resources/winrc/Telegram.rc', 'windows-rc'],
    ['.npmrc', undefined],
    ['public/manifest.json', 'web-manifest'],
    ['site.webmanifest', 'web-manifest'],
    ['app/build.gradle', 'gradle'],
    ['app/build.gradle.kts', 'gradle'],
    ['App.xcodeproj/project.pbxproj', 'xcode-settings'],
    ['Configs/Release.xcconfig', 'xcode-settings'],
    ['App/InfoPlist.xcstrings', 'xcstrings'],
    ['App/Localizable.xcstrings', undefined],
    ['src-tauri/tauri.conf.json', 'tauri'],
    ['app.json', 'app-json'],
    ['capacitor.config.json', 'capacitor'],
    ['Unigram/Package.appxmanifest', 'appx-manifest'],
    ['data/org.example.App.metainfo.xml', 'appstream'],
    ['data/org.example.App.appdata.xml.in', 'appstream'],
  ])('%s -> %s', (path, kind) => {
    expect(titleFileKind(path)).toBe(kind);
  });
});
