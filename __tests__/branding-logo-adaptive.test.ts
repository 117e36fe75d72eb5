import { afterAll, expect, test } from '@jest/globals';
import { adaptiveXml, checkApp, foreground, PLANE_GLYPH, RES } from './helpers/adaptive-icons.js';
import { removeTempDirs } from './helpers/fixtures.js';
import { BLUE, BLUE_BOTTOM, catIcon, draw, onAdaptiveCanvas, star, WHITE, type Layer } from './helpers/icon-drawing.js';
import { encodePng } from './helpers/icon-files.js';
import { encodeWebpLossless } from './helpers/webp-files.js';

afterAll(removeTempDirs);

const STAR_GLYPH: Layer[] = [{ shape: star(5), colour: WHITE }];

const COLOURS = `<resources>\n  <color name="ic_launcher_background">@color/brand</color>\n  <color name="brand">#37AEE2</color>\n</resources>\n`;

test('an adaptive icon whose raster foreground is the plane, on a @color/ blue background, is the logo', async () => {
  const { logo, skipped } = await checkApp({
    [`${RES}/mipmap-anydpi-v26/ic_launcher.xml`]: adaptiveXml('@color/ic_launcher_background'),
    [`${RES}/values/ic_launcher_background.xml`]: COLOURS,
    [`${RES}/mipmap-xxxhdpi/ic_launcher_foreground.png`]: foreground(PLANE_GLYPH),
    [`${RES}/mipmap-mdpi/ic_launcher_foreground.png`]: foreground(STAR_GLYPH, 108),
    [`${RES}/drawable/ic_launcher_monochrome.xml`]: '<vector xmlns:android="http://schemas.android.com/apk/res/android"/>\n',
  });
  expect(skipped).toEqual([]);
  expect(logo).toHaveLength(1);
  expect(logo[0].path).toBe(`${RES}/mipmap-anydpi-v26/ic_launcher.xml`);
  expect(logo[0].line).toBeUndefined();
  // The highest density's file is the layer (the mdpi one is another glyph), and the colour is resolved through a reference.
  expect(logo[0].message).toMatch(
    /^app\/src\/main\/res\/mipmap-anydpi-v26\/ic_launcher\.xml is the adaptive icon \(Android 8\+\) of the Android launcher icon @mipmap\/ic_launcher in app\/src\/main\/res \(android:icon of <application> in app\/src\/main\/AndroidManifest\.xml\)\. Its background @color\/ic_launcher_background \(#FF37AEE2\) under its foreground @mipmap\/ic_launcher_foreground \(app\/src\/main\/res\/mipmap-xxxhdpi\/ic_launcher_foreground\.png\), composed as a launcher shows them, are Telegram's official logo: its perceptual hash is \d+ of 63 bits from /,
  );
  expect(logo[0].related?.map((r) => r.path)).toEqual([`${RES}/mipmap-xxxhdpi/ic_launcher_foreground.png`]);
});

test('the same with a raster background (WebP, another density than the foreground) and a literal colour', async () => {
  const backdrop = encodeWebpLossless(draw(324, [{ shape: { kind: 'rect', x: 0, y: 0, w: 1, h: 1 }, colour: BLUE, bottom: BLUE_BOTTOM }]));
  const { logo, skipped } = await checkApp({
    [`${RES}/mipmap-anydpi-v26/ic_launcher.xml`]: adaptiveXml('@mipmap/ic_launcher_background'),
    [`${RES}/mipmap-xxhdpi/ic_launcher_background.webp`]: backdrop,
    [`${RES}/mipmap-xxxhdpi/ic_launcher_foreground.png`]: foreground(PLANE_GLYPH),
    // A flavor's adaptive icon draws on the main source set's layers.
    'app/src/beta/res/mipmap-anydpi-v26/ic_launcher.xml': adaptiveXml('#FF37AEE2'),
    [`${RES}/drawable/ic_launcher_monochrome.xml`]: '<vector xmlns:android="http://schemas.android.com/apk/res/android"/>\n',
  });
  expect(skipped).toEqual([]);
  expect(logo.map((f) => f.path).sort()).toEqual(['app/src/beta/res/mipmap-anydpi-v26/ic_launcher.xml', `${RES}/mipmap-anydpi-v26/ic_launcher.xml`]);
  const main = logo.find((f) => f.path.startsWith(RES))!;
  expect(main.message).toContain(`Its background @mipmap/ic_launcher_background (${RES}/mipmap-xxhdpi/ic_launcher_background.webp) under its foreground`);
  expect(main.related?.map((r) => r.path)).toEqual([`${RES}/mipmap-xxhdpi/ic_launcher_background.webp`, `${RES}/mipmap-xxxhdpi/ic_launcher_foreground.png`]);
  expect(logo.find((f) => f.path.startsWith('app/src/beta'))!.message).toContain('Its background #FF37AEE2 (#FF37AEE2) under');
});

test.each([
  ['a star', STAR_GLYPH],
  ['a cat', catIcon()],
])('an adaptive icon with %s in the foreground on the same blue is not the logo', async (_name, glyph) => {
  const { logo, skipped } = await checkApp({
    [`${RES}/mipmap-anydpi-v26/ic_launcher.xml`]: adaptiveXml('@color/ic_launcher_background'),
    [`${RES}/values/colors.xml`]: COLOURS,
    [`${RES}/mipmap-xxxhdpi/ic_launcher_foreground.png`]: foreground(glyph),
  });
  expect(skipped).toEqual([]);
  expect(logo).toEqual([]);
});

test('a raster legacy icon that is the logo is reported where it was, naming its adaptive icon when that is the logo too', async () => {
  const { logo } = await checkApp({
    [`${RES}/mipmap-anydpi-v26/ic_launcher.xml`]: adaptiveXml('@android:color/black'),
    [`${RES}/mipmap-xxxhdpi/ic_launcher.png`]: encodePng(draw(192, [{ shape: { kind: 'disk', cx: 0.5, cy: 0.5, r: 0.5 }, colour: BLUE, bottom: BLUE_BOTTOM }, ...PLANE_GLYPH])),
    [`${RES}/mipmap-xxxhdpi/ic_launcher_foreground.png`]: encodePng(draw(432, onAdaptiveCanvas([{ shape: { kind: 'disk', cx: 0.5, cy: 0.5, r: 0.5 }, colour: BLUE }, ...PLANE_GLYPH]))),
  });
  expect(logo).toHaveLength(1);
  expect(logo[0].path).toBe(`${RES}/mipmap-xxxhdpi/ic_launcher.png`);
  expect(logo[0].message).toMatch(/Its adaptive icon app\/src\/main\/res\/mipmap-anydpi-v26\/ic_launcher\.xml \(Android 8\+\), composed, is the logo too: its perceptual hash is \d+ of 63 bits/);
  expect(logo[0].related?.map((r) => r.path)).toEqual([`${RES}/mipmap-anydpi-v26/ic_launcher.xml`, `${RES}/mipmap-xxxhdpi/ic_launcher_foreground.png`]);
});

test.each([
  [
    'a vector background',
    { [`${RES}/drawable/ic_launcher_background.xml`]: '<?xml version="1.0"?>\n<vector xmlns:android="http://schemas.android.com/apk/res/android"/>\n' },
    '@drawable/ic_launcher_background',
    `adaptive icon (Android 8+) whose background @drawable/ic_launcher_background is a vector drawable (${RES}/drawable/ic_launcher_background.xml): not rasterised, not inspected`,
  ],
  [
    'a layer-list background whose item is missing, even beside a raster of the same name in a density folder it overrides',
    {
      [`${RES}/drawable-anydpi/ic_launcher_background.xml`]: '<layer-list xmlns:android="http://schemas.android.com/apk/res/android"><item android:drawable="@mipmap/x"/></layer-list>\n',
      [`${RES}/drawable-xxxhdpi/ic_launcher_background.png`]: encodePng(draw(64, [{ shape: { kind: 'rect', x: 0, y: 0, w: 1, h: 1 }, colour: BLUE }])),
    },
    '@drawable/ic_launcher_background',
    `adaptive icon (Android 8+) whose background @drawable/ic_launcher_background is a <layer-list> (${RES}/drawable-anydpi/ic_launcher_background.xml) whose item 1 @mipmap/x is in no drawable or mipmap folder of ${RES}: not found, not inspected`,
  ],
  [
    'a colour no values file defines',
    { [`${RES}/values/colors.xml`]: '<resources><!-- <color name="ic_launcher_background">#37AEE2</color> --></resources>\n' },
    '@color/ic_launcher_background',
    `adaptive icon (Android 8+) whose background is the colour @color/ic_launcher_background, which no values/*.xml of ${RES} defines, not inspected`,
  ],
  ['a background drawable that is not in the tree', {}, '@drawable/missing', `adaptive icon (Android 8+) whose background @drawable/missing is in no drawable or mipmap folder of ${RES}: not found, not inspected`],
  ['a system colour of unknown value', {}, '@android:color/holo_blue_light', 'adaptive icon (Android 8+) whose background is the system colour @android:color/holo_blue_light, whose value is not known here, not inspected'],
])('%s is listed as not inspected, with the reason', async (_name, files, background, reason) => {
  const { logo, skipped } = await checkApp({
    [`${RES}/mipmap-anydpi-v26/ic_launcher.xml`]: adaptiveXml(background),
    [`${RES}/mipmap-xxxhdpi/ic_launcher_foreground.png`]: foreground(PLANE_GLYPH),
    ...files,
  });
  expect(logo).toEqual([]);
  expect(skipped).toEqual([{ path: `${RES}/mipmap-anydpi-v26/ic_launcher.xml`, reason }]);
});

test('a foreground that does not decode, or is drawn inside the XML, is listed with the reason; the next icon is still checked', async () => {
  const manifest = `<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="org.example.chat">
  <application android:label="Chat" android:icon="@mipmap/ic_launcher" android:roundIcon="@mipmap/ic_launcher_round">
    <activity-alias android:name=".Alt" android:icon="@mipmap/ic_launcher_alt" android:targetActivity=".Main">
      <intent-filter><action android:name="android.intent.action.MAIN"/><category android:name="android.intent.category.LAUNCHER"/></intent-filter>
    </activity-alias>
  </application>
</manifest>
`;
  const { logo, skipped } = await checkApp({
    'app/src/main/AndroidManifest.xml': manifest,
    [`${RES}/mipmap-anydpi-v26/ic_launcher.xml`]: adaptiveXml('#37AEE2', '@mipmap/broken'),
    [`${RES}/mipmap-xxxhdpi/broken.png`]: encodePng(draw(64, PLANE_GLYPH)).subarray(0, 40),
    [`${RES}/mipmap-anydpi-v26/ic_launcher_alt.xml`]:
      '<adaptive-icon xmlns:android="http://schemas.android.com/apk/res/android"><background android:drawable="#37AEE2"/><foreground><inset android:drawable="@mipmap/x" android:inset="16%"/></foreground></adaptive-icon>\n',
    [`${RES}/mipmap-anydpi-v26/ic_launcher_round.xml`]: adaptiveXml('#37AEE2'),
    [`${RES}/mipmap-xxxhdpi/ic_launcher_foreground.png`]: foreground(PLANE_GLYPH),
  });
  expect(logo.map((f) => f.path)).toEqual([`${RES}/mipmap-anydpi-v26/ic_launcher_round.xml`]);
  expect(skipped.map((s) => s.path)).toEqual([`${RES}/mipmap-anydpi-v26/ic_launcher.xml`, `${RES}/mipmap-anydpi-v26/ic_launcher_alt.xml`]);
  expect(skipped[0].reason).toMatch(/^adaptive icon \(Android 8\+\) whose foreground @mipmap\/broken could not be decoded \(app\/src\/main\/res\/mipmap-xxxhdpi\/broken\.png: PNG could not be decoded: .+\): not inspected$/);
  expect(skipped[1].reason).toBe('adaptive icon (Android 8+) whose foreground is drawn inside the XML as a <inset> drawable (inline): not drawn, not inspected');
});
