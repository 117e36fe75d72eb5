import { draw, onAdaptiveCanvas, PLANE, WHITE, type Layer } from './icon-drawing.js';
import { scan, tree } from './fixtures.js';
import { encodePng } from './icon-files.js';

/** Android adaptive icon fixtures: an app whose manifest names @mipmap/ic_launcher, and its layers drawn at test time. */
export const RES = 'app/src/main/res';
export const MANIFEST = `<manifest xmlns:android="http://schemas.android.com/apk/res/android" package="org.example.chat">
  <application android:label="Chat" android:icon="@mipmap/ic_launcher"/>
</manifest>
`;
export const PLANE_GLYPH: Layer[] = [{ shape: { kind: 'polygon', points: PLANE }, colour: WHITE }];

/** A foreground layer: the glyph in the shown part of a transparent 108 dp canvas, at xxxhdpi (432 px). */
export const foreground = (glyph: readonly Layer[], size = 432) => encodePng(draw(size, onAdaptiveCanvas(glyph)));

export function adaptiveXml(background: string, foreground = '@mipmap/ic_launcher_foreground'): string {
  return `<?xml version="1.0" encoding="utf-8"?>
<adaptive-icon xmlns:android="http://schemas.android.com/apk/res/android">
    <background android:drawable="${background}"/>
    <foreground android:drawable="${foreground}"/>
    <monochrome android:drawable="@drawable/ic_launcher_monochrome"/>
</adaptive-icon>
`;
}

/** Scans the app (its manifest, then the files given) with the branding check: official-logo findings and what was skipped. */
export async function checkApp(files: Record<string, string | Buffer>) {
  const root = await tree({ 'app/src/main/AndroidManifest.xml': MANIFEST, ...files });
  const report = await scan(root, { checks: ['branding'] });
  return { logo: report.findings.filter((f) => f.ruleId === 'official-logo'), skipped: report.skipped };
}
