import { afterAll, expect, test } from '@jest/globals';
import { cp, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { removeTempDirs, REPO_ROOT, tempDir, tree } from './helpers/fixtures.js';
import { catIcon, discWith, draw, planeIcon, star } from './helpers/icon-drawing.js';
import { encodePng, icnsOf, icoOf } from './helpers/icon-files.js';
import { runCli } from './helpers/run-cli.js';
import { encodeWebpLossless, vp8xPayload, webpOf } from './helpers/webp-files.js';

afterAll(removeTempDirs);

interface JsonReport {
  findings: { ruleId: string; path: string; line?: number; message: string }[];
  skipped: { path: string; reason: string }[];
}

const plane = (size: number, variation = {}) => encodePng(draw(size, planeIcon(), variation));
const RES = 'app/src/main/res';

const MANIFEST = `<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="org.example.chat">
  <application android:label="Chat" android:icon="@mipmap/ic_launcher" android:roundIcon="@mipmap/ic_launcher_round">
    <activity-alias android:name=".Alt" android:icon="\${altIcon}" android:targetActivity=".Main">
      <intent-filter><action android:name="android.intent.action.MAIN"/><category android:name="android.intent.category.LAUNCHER"/></intent-filter>
    </activity-alias>
    <activity android:name=".Share" android:icon="@mipmap/share_icon"/>
  </application>
</manifest>
`;

async function androidTree(): Promise<string> {
  return tree({
    'app/src/main/AndroidManifest.xml': MANIFEST,
    'app/build.gradle': 'android { defaultConfig { manifestPlaceholders = [altIcon: "@drawable/alt_icon"] } }\n',
    [`${RES}/mipmap-xxxhdpi/ic_launcher.png`]: plane(192),
    [`${RES}/mipmap-mdpi/ic_launcher.png`]: plane(48),
    [`${RES}/mipmap-anydpi-v26/ic_launcher.xml`]:
      '<adaptive-icon xmlns:android="http://schemas.android.com/apk/res/android">\n  <background android:drawable="@color/bg"/>\n  <foreground android:drawable="@drawable/ic_launcher_foreground"/>\n</adaptive-icon>\n',
    [`${RES}/drawable/ic_launcher_foreground.xml`]: '<vector xmlns:android="http://schemas.android.com/apk/res/android"/>\n',
    [`${RES}/mipmap-xxxhdpi/ic_launcher_round.png`]: encodePng(draw(192, catIcon())),
    [`${RES}/drawable-xxhdpi/alt_icon.png`]: plane(144, { tint: { colour: [40, 180, 90], amount: 0.3 }, mask: 'rounded', backdrop: [255, 255, 255] }),
    // A flavor with its own icon, a test icon, an activity that is not in the launcher, a picture no manifest names.
    'app/src/beta/res/mipmap-xxxhdpi/ic_launcher.png': encodePng(draw(192, discWith(star(5)))),
    'app/src/androidTest/res/mipmap-xxxhdpi/ic_launcher.png': plane(192),
    [`${RES}/mipmap-xxxhdpi/share_icon.png`]: plane(192),
    'docs/telegram.png': plane(192),
  });
}

test('an Android launcher icon that is the logo is an error in JSON: the manifest, a flavor, a placeholder, the adaptive icon', async () => {
  const root = await androidTree();
  const out = join(await tempDir(), 'report.json');
  const run = await runCli(['--checks', 'branding', '--format', 'json', '--output', out, root]);
  expect(run.status).toBe(1);
  const report = JSON.parse(await readFile(out, 'utf8')) as JsonReport;
  const logo = report.findings.filter((f) => f.ruleId === 'official-logo');
  expect(logo.every((f) => f.line === undefined)).toBe(true);
  expect(logo.map((f) => f.path).sort()).toEqual([`${RES}/drawable-xxhdpi/alt_icon.png`, `${RES}/mipmap-xxxhdpi/ic_launcher.png`]);
  expect(logo.find((f) => f.path.endsWith('ic_launcher.png'))!.message).toMatch(
    /is the Android launcher icon @mipmap\/ic_launcher in app\/src\/main\/res \(android:icon of <application> in app\/src\/main\/AndroidManifest\.xml\), and it is Telegram's official logo: its perceptual hash is \d+ of 63 bits from /,
  );
  expect(logo.find((f) => f.path.endsWith('alt_icon.png'))!.message).toMatch(/manifest placeholder altIcon in app\/build\.gradle/);
  expect(report.skipped).toContainEqual({
    path: `${RES}/mipmap-anydpi-v26/ic_launcher.xml`,
    reason: `adaptive icon (Android 8+) whose foreground @drawable/ic_launcher_foreground is a vector drawable (${RES}/drawable/ic_launcher_foreground.xml): not rasterised, not inspected`,
  });
});

test('the same finding in SARIF: rule, level, the file without a region, the other sizes as related locations', async () => {
  const root = await androidTree();
  const run = await runCli(['--checks', 'branding', '--format', 'sarif', root]);
  expect(run.status).toBe(1);
  const sarif = JSON.parse(run.stdout);
  const rule = sarif.runs[0].tool.driver.rules.find((r: { id: string }) => r.id === 'official-logo');
  expect(rule.help.text).toMatch(/Terms of Service 2\.4/);
  const result = sarif.runs[0].results.find((r: { ruleId: string; locations: { physicalLocation: { artifactLocation: { uri: string } } }[] }) =>
    r.ruleId === 'official-logo' && r.locations[0].physicalLocation.artifactLocation.uri.endsWith('mipmap-xxxhdpi/ic_launcher.png'));
  expect(result.level).toBe('error');
  // A file-level finding: the file, no region.
  expect(result.locations[0].physicalLocation.region).toBeUndefined();
  expect(result.relatedLocations.map((l: { physicalLocation: { artifactLocation: { uri: string } } }) => l.physicalLocation.artifactLocation.uri)).toEqual([
    `${RES}/mipmap-mdpi/ic_launcher.png`,
  ]);  expect(result.relatedLocations[0].physicalLocation.region).toBeUndefined(); // another file, as a whole
});

test('desktop, Apple and web icons: app icon sets, .ico, .icns, hicolor, web manifest and Electron icons', async () => {
  const root = await tree({
    'macos/Assets.xcassets/AppIcon.appiconset/icon_512.png': plane(512),
    'macos/Assets.xcassets/AppIcon.appiconset/icon_32.png': plane(32),
    'windows/app.ico': icoOf([{ image: draw(64, planeIcon()), as: 'bmp32' }]),
    'macos/app.icns': icnsOf([encodePng(draw(128, catIcon()))]),
    'linux/icons/hicolor/256x256/apps/org.example.Chat.png': plane(256, { padding: 0.04 }),
    'linux/icons/hicolor/scalable/apps/org.example.Other.svg': '<svg xmlns="http://www.w3.org/2000/svg"/>\n',
    'web/manifest.webmanifest': JSON.stringify({ name: 'Chat', icons: [{ src: '/img/icon-192.png', sizes: '192x192' }] }),
    'web/img/icon-192.png': plane(192, { mask: 'circle' }),
    'desktop/package.json': JSON.stringify({ name: 'chat', build: { appId: 'org.example.chat', directories: { buildResources: 'res' } } }),
    'desktop/res/icon.png': plane(256),
  });
  const run = await runCli(['--checks', 'branding', '--format', 'json', root]);
  expect(run.status).toBe(1);
  const report = JSON.parse(run.stdout) as JsonReport;
  expect(report.findings.filter((f) => f.ruleId === 'official-logo').map((f) => f.path).sort()).toEqual([
    'desktop/res/icon.png',
    'linux/icons/hicolor/256x256/apps/org.example.Chat.png',
    'macos/Assets.xcassets/AppIcon.appiconset/icon_512.png',
    'web/img/icon-192.png',
    'windows/app.ico',
  ]);
  expect(report.skipped).toContainEqual({ path: 'linux/icons/hicolor/scalable/apps/org.example.Other.svg', reason: 'SVG (vector) image: not rasterised, not inspected' });
});

test('an app with its own icons passes', async () => {
  const root = await tree({
    'app/src/main/AndroidManifest.xml': MANIFEST.replace(/\$\{altIcon\}/, '@mipmap/ic_launcher'),
    [`${RES}/mipmap-xxxhdpi/ic_launcher.png`]: encodePng(draw(192, discWith(star(6)))),
    [`${RES}/mipmap-xxxhdpi/ic_launcher_round.png`]: encodePng(draw(192, catIcon())),
    'macos/Assets.xcassets/AppIcon.appiconset/icon_512.png': encodePng(draw(512, catIcon(), { mask: 'rounded' })),
  });
  const run = await runCli(['--checks', 'branding', '--format', 'json', root]);
  const report = JSON.parse(run.stdout) as JsonReport;
  expect(report.findings).toEqual([]);
  expect(run.status).toBe(0);
});

test('WebP launcher icons are decoded by the bundle alone (a copy of dist/ without node_modules): the logo is an error, a cat is not', async () => {
  const root = await tree({
    'app/src/main/AndroidManifest.xml': MANIFEST.replace(/\$\{altIcon\}/, '@mipmap/ic_launcher'),
    [`${RES}/mipmap-xxxhdpi/ic_launcher.webp`]: encodeWebpLossless(draw(192, planeIcon(), { mask: 'rounded', padding: 0.04 })),
    [`${RES}/mipmap-mdpi/ic_launcher.webp`]: encodeWebpLossless(draw(48, planeIcon())),
    [`${RES}/mipmap-xxxhdpi/ic_launcher_round.webp`]: encodeWebpLossless(draw(192, catIcon(), { mask: 'circle' })),
    [`${RES}/mipmap-xxxhdpi/share_icon.webp`]: encodeWebpLossless(draw(192, discWith(star(5)))),
    // A flavor whose icon declares 100000 x 100000 pixels: listed as not inspected, the check goes on.
    'app/src/beta/res/mipmap-xxxhdpi/ic_launcher.webp': webpOf([['VP8X', vp8xPayload(100000, 100000)]]),
  });
  const dist = join(await tempDir(), 'dist');
  await cp(join(REPO_ROOT, 'dist'), dist, { recursive: true });
  const run = await runCli(['--checks', 'branding', '--format', 'json', root], { cli: join(dist, 'cli', 'index.js') });
  expect(run.status).toBe(1);
  const report = JSON.parse(run.stdout) as JsonReport;
  const logo = report.findings.filter((f) => f.ruleId === 'official-logo');
  expect(logo.map((f) => f.path)).toEqual([`${RES}/mipmap-xxxhdpi/ic_launcher.webp`]);
  expect(logo[0].message).toMatch(/is the Android launcher icon @mipmap\/ic_launcher in app\/src\/main\/res .* it is Telegram's official logo/);
  expect(report.skipped).toEqual([
    {
      path: 'app/src/beta/res/mipmap-xxxhdpi/ic_launcher.webp',
      reason: 'WebP canvas declares 100000x100000 pixels, over the 4096 px an icon can have: not decoded',
    },
  ]);
});
