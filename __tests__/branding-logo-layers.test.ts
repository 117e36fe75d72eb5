import { afterAll, expect, test } from '@jest/globals';
import { adaptiveXml, checkApp, foreground, PLANE_GLYPH, RES } from './helpers/adaptive-icons.js';
import { removeTempDirs } from './helpers/fixtures.js';
import { catIcon, draw, onAdaptiveCanvas, WHITE } from './helpers/icon-drawing.js';
import { encodePng } from './helpers/icon-files.js';

afterAll(removeTempDirs);

const ANDROID = 'xmlns:android="http://schemas.android.com/apk/res/android"';
const layerList = (...items: string[]) => `<?xml version="1.0" encoding="utf-8"?>\n<layer-list ${ANDROID}>\n${items.map((i) => `    ${i}\n`).join('')}</layer-list>\n`;
const BLUE_GRADIENT = `<shape ${ANDROID}>\n  <gradient android:type="linear" android:angle="90" android:startColor="#289AD1" android:endColor="@color/top"/>\n</shape>\n`;
// A raster layer over the gradient: a faint white rim, mostly transparent, as Telegram's own icons have.
const CLIP = encodePng(draw(432, onAdaptiveCanvas([{ shape: { kind: 'ring', cx: 0.5, cy: 0.5, r: 0.5, width: 0.02 }, colour: WHITE }])));

/** The layers of a background: a blue linear gradient <shape> (through a reference and inline), and a raster over it. */
const GRADIENT_BACKGROUND = {
  [`${RES}/drawable/icon_background.xml`]: layerList('<item android:drawable="@drawable/icon_gradient"/>', '<item android:drawable="@mipmap/icon_clip" android:left="0dp"/>'),
  [`${RES}/drawable/icon_gradient.xml`]: BLUE_GRADIENT,
  [`${RES}/values/colors.xml`]: '<resources><color name="top">#38AEEB</color></resources>\n',
  [`${RES}/mipmap-xxxhdpi/icon_clip.png`]: CLIP,
};

test('a plane foreground over a <layer-list> of a blue linear gradient <shape> and a raster is the logo', async () => {
  const { logo, skipped } = await checkApp({
    [`${RES}/mipmap-anydpi-v26/ic_launcher.xml`]: adaptiveXml('@drawable/icon_background'),
    [`${RES}/mipmap-xxxhdpi/ic_launcher_foreground.png`]: foreground(PLANE_GLYPH),
    ...GRADIENT_BACKGROUND,
  });
  expect(skipped).toEqual([]);
  expect(logo).toHaveLength(1);
  expect(logo[0].path).toBe(`${RES}/mipmap-anydpi-v26/ic_launcher.xml`);
  expect(logo[0].message).toContain(
    'Its background @drawable/icon_background (a <layer-list> of @drawable/icon_gradient (a linear gradient #FF289AD1 to #FF38AEEB at 90°) under @mipmap/icon_clip) under its foreground',
  );
  expect(logo[0].related?.map((r) => r.path)).toEqual([`${RES}/mipmap-xxxhdpi/icon_clip.png`, `${RES}/mipmap-xxxhdpi/ic_launcher_foreground.png`]);
});

test('a cat over the same gradient <layer-list>, or the plane over an inline one of another colour, is not the logo', async () => {
  const cat = await checkApp({
    [`${RES}/mipmap-anydpi-v26/ic_launcher.xml`]: adaptiveXml('@drawable/icon_background'),
    [`${RES}/mipmap-xxxhdpi/ic_launcher_foreground.png`]: foreground(catIcon()),
    ...GRADIENT_BACKGROUND,
  });
  expect(cat.skipped).toEqual([]);
  expect(cat.logo).toEqual([]);
  // The plane on an inline <layer-list> of white: no blue disk.
  const white = await checkApp({
    [`${RES}/mipmap-anydpi-v26/ic_launcher.xml`]: `<adaptive-icon ${ANDROID}>\n  <background><layer-list><item><shape><solid android:color="#FFFFFF"/></shape></item></layer-list></background>\n  <foreground android:drawable="@mipmap/ic_launcher_foreground"/>\n</adaptive-icon>\n`,
    [`${RES}/mipmap-xxxhdpi/ic_launcher_foreground.png`]: foreground(PLANE_GLYPH),
  });
  expect(white.skipped).toEqual([]);
  expect(white.logo).toEqual([]);
});

const NOT_DRAWN = `adaptive icon (Android 8+) whose background @drawable/icon_background is a <layer-list> (${RES}/drawable/icon_background.xml) whose item 2 is`;

test.each([
  [
    'a radial gradient',
    `<item><shape><gradient android:type="radial" android:gradientRadius="65%p" android:startColor="#F4817F" android:endColor="#00F4817F"/></shape></item>`,
    `${NOT_DRAWN} a <shape> (inline in ${RES}/drawable/icon_background.xml) whose <gradient> is radial: only linear gradients are drawn, not inspected`,
  ],
  [
    'a gradient at an angle Android does not allow',
    `<item><shape><gradient android:angle="30" android:startColor="#F4817F" android:endColor="#00F4817F"/></shape></item>`,
    `${NOT_DRAWN} a <shape> (inline in ${RES}/drawable/icon_background.xml) whose <gradient> has android:angle="30": only multiples of 45 are drawn, not inspected`,
  ],
  [
    'an inset item',
    `<item android:left="16dp"><shape><solid android:color="#FFFFFF"/></shape></item>`,
    `adaptive icon (Android 8+) whose background @drawable/icon_background is a <layer-list> (${RES}/drawable/icon_background.xml) whose item 2 has android:left="16dp": only items that fill the layer are drawn, not inspected`,
  ],
  [
    'a rounded rectangle',
    `<item><shape><corners android:radius="8dp"/><solid android:color="#FFFFFF"/></shape></item>`,
    `${NOT_DRAWN} a <shape> (inline in ${RES}/drawable/icon_background.xml) with <corners>: only a <solid> colour or a linear <gradient> filling the layer is drawn, not inspected`,
  ],
  ['a selector', `<item><selector/></item>`, `${NOT_DRAWN} a <selector> drawable (inline in ${RES}/drawable/icon_background.xml): not drawn, not inspected`],
  ['a tiled bitmap', `<item><bitmap android:src="@mipmap/icon_clip" android:tileMode="repeat"/></item>`, `${NOT_DRAWN} a <bitmap> (inline in ${RES}/drawable/icon_background.xml) with android:tileMode="repeat": only a bitmap filling the layer is drawn, not inspected`],
  [
    'a vector',
    `<item android:drawable="@drawable/glyph"/>`,
    `adaptive icon (Android 8+) whose background @drawable/icon_background is a <layer-list> (${RES}/drawable/icon_background.xml) whose item 2 @drawable/glyph is a vector drawable (${RES}/drawable/glyph.xml): not rasterised, not inspected`,
  ],
])('a <layer-list> with %s is listed as not inspected, with the reason', async (_name, item, reason) => {
  const { logo, skipped } = await checkApp({
    [`${RES}/mipmap-anydpi-v26/ic_launcher.xml`]: adaptiveXml('@drawable/icon_background'),
    [`${RES}/mipmap-xxxhdpi/ic_launcher_foreground.png`]: foreground(PLANE_GLYPH),
    [`${RES}/drawable/icon_background.xml`]: layerList('<item android:drawable="@drawable/icon_gradient"/>', item),
    [`${RES}/drawable/icon_gradient.xml`]: BLUE_GRADIENT,
    [`${RES}/drawable/glyph.xml`]: `<vector ${ANDROID}/>\n`,
    [`${RES}/values/colors.xml`]: '<resources><color name="top">#38AEEB</color></resources>\n',
    [`${RES}/mipmap-xxxhdpi/icon_clip.png`]: CLIP,
  });
  expect(logo).toEqual([]);
  expect(skipped).toEqual([{ path: `${RES}/mipmap-anydpi-v26/ic_launcher.xml`, reason }]);
});

test('a <layer-list> that names itself stops at the depth bound, with the reason', async () => {
  const { skipped } = await checkApp({
    [`${RES}/mipmap-anydpi-v26/ic_launcher.xml`]: adaptiveXml('@drawable/loop'),
    [`${RES}/mipmap-xxxhdpi/ic_launcher_foreground.png`]: foreground(PLANE_GLYPH),
    [`${RES}/drawable/loop.xml`]: layerList('<item android:drawable="@drawable/loop"/>'),
  });
  expect(skipped).toHaveLength(1);
  expect(skipped[0].reason).toMatch(/whose item 1 @drawable\/loop is more than 4 drawables deep: not followed, not inspected$/);
});

/** An app module whose adaptive icon takes its layers from the library module `core` (in `folder`) it depends on. */
function appOnLibrary(build: string, settings: Record<string, string>, folder = 'core') {
  return {
    ...settings,
    'app/build.gradle': build,
    [`${folder}/build.gradle`]: "dependencies {\n    implementation project(':app') // a loop is not followed twice\n}\n",
    [`${RES}/mipmap-anydpi-v26/ic_launcher.xml`]: adaptiveXml('@drawable/icon_background'),
    [`${folder}/src/main/res/mipmap-xxxhdpi/ic_launcher_foreground.png`]: foreground(PLANE_GLYPH),
    ...Object.fromEntries(Object.entries(GRADIENT_BACKGROUND).map(([path, content]) => [path.replace(RES, `${folder}/src/main/res`), content])),
  };
}

test.each([
  ['Groovy', "dependencies {\n    implementation project(':core')\n}\n", { 'settings.gradle': "include ':app'\ninclude ':core'\n" }, 'core'],
  ['Kotlin DSL, the library moved by the settings', 'dependencies {\n    api(project(":core"))\n}\n', { 'settings.gradle.kts': 'include(":app", ":core")\nproject(":core").projectDir = file("libs/core")\n' }, 'libs/core'],
])('an app whose adaptive icon takes its layers from a library module it depends on (%s) is found', async (_name, build, settings, folder) => {
  const { logo, skipped } = await checkApp(appOnLibrary(build, settings, folder));
  expect(skipped).toEqual([]);
  expect(logo.map((f) => f.path)).toEqual([`${RES}/mipmap-anydpi-v26/ic_launcher.xml`]);
  expect(logo[0].related?.map((r) => r.path)).toEqual([`${folder}/src/main/res/mipmap-xxxhdpi/icon_clip.png`, `${folder}/src/main/res/mipmap-xxxhdpi/ic_launcher_foreground.png`]);
});

test('a library the app does not depend on for every variant, or whose folder the settings compute, is not looked in', async () => {
  const cases = [
    ["dependencies {\n    debugImplementation project(':core')\n}\n", { 'settings.gradle': "include ':app', ':core'\n" }],
    ["dependencies {\n    implementation project(':core')\n}\n", { 'settings.gradle': "include ':app', ':core'\nproject(':core').projectDir = new File(rootDir, \"../${name}\")\n" }],
    ["dependencies {\n    implementation project(':core')\n}\n", {}],
  ] as const;
  for (const [build, settings] of cases) {
    const { logo, skipped } = await checkApp(appOnLibrary(build, settings));
    expect(logo).toEqual([]);
    expect(skipped).toEqual([{ path: `${RES}/mipmap-anydpi-v26/ic_launcher.xml`, reason: expect.stringMatching(/^adaptive icon \(Android 8\+\) whose foreground @mipmap\/ic_launcher_foreground is in no drawable or mipmap folder of app\/src\/main\/res: not found/) }]);
  }
});
