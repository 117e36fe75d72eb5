import type { Location } from '../credentials/line-index.js';
import type { ManifestLabel } from './sources/android-manifest.js';
import { isAppNameResource, stringReference, type StringResource } from './sources/android-resources.js';
import type { PlacedTitle } from './types.js';

export interface AndroidPieces {
  labels: (ManifestLabel & { path: string; at: Location })[];
  strings: (StringResource & { path: string; at: Location })[];
}

/**
 * Android titles across the tree: literal manifest labels, and the string resources (in every `values*` folder,
 * so localised ones too) that are app-name strings or that a launcher label references, directly or through
 * other `@string/` references.
 */
export function resolveAndroidTitles(pieces: AndroidPieces): PlacedTitle[] {
  const titles: PlacedTitle[] = [];
  const why = new Map<string, string>();
  for (const label of pieces.labels) {
    const key = `<${label.element} android:label>`;
    if (label.literal !== undefined) titles.push({ source: 'AndroidManifest.xml', key, value: label.literal, offset: label.offset, path: label.path, at: label.at });
    else if (label.reference && !why.has(label.reference)) why.set(label.reference, `the ${key} in ${label.path}`);
  }
  const aliases = pieces.strings.flatMap((s) => {
    const target = stringReference(s.value);
    return target ? [{ name: s.name, target }] : [];
  });
  for (let grew = true; grew; ) {
    grew = false;
    for (const { name, target } of aliases) {
      if (why.has(target) || !(why.has(name) || isAppNameResource(name))) continue;
      why.set(target, `referenced by @string/${name}${why.has(name) ? `, ${why.get(name)}` : ''}`);
      grew = true;
    }
  }
  for (const s of pieces.strings) {
    if (stringReference(s.value)) continue;
    const reason = why.get(s.name);
    if (reason === undefined && !isAppNameResource(s.name)) continue;
    titles.push({ source: s.source ?? 'Android string resource', key: s.name, value: s.value, offset: s.offset, why: reason, path: s.path, at: s.at });
  }
  return titles;
}
