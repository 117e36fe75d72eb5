import type { Location } from '../credentials/line-index.js';
import type { ManifestLabel } from './sources/android-manifest.js';
import type { ManifestPlaceholder } from './sources/gradle-placeholders.js';
import { stringReference, type StringResource } from './sources/android-resources.js';
import type { PlacedTitle } from './types.js';

export interface AndroidPieces {
  labels: (ManifestLabel & { path: string; at: Location })[];
  strings: (StringResource & { path: string; at: Location })[];
  placeholders: (ManifestPlaceholder & { path: string; at: Location })[];
}

/**
 * The string resources that are titles because something points at them, with why: a launcher label references
 * them, directly or through other `@string/` references.
 */
export function referencedTitleNames(pieces: AndroidPieces): Map<string, string> {
  const why = new Map<string, string>();
  for (const label of pieces.labels) {
    if (label.reference && !why.has(label.reference)) why.set(label.reference, `the <${label.element} android:label> in ${label.path}`);
  }
  const aliases = pieces.strings.flatMap((s) => {
    const target = stringReference(s.value);
    return target ? [{ name: s.name, target }] : [];
  });
  for (let grew = true; grew; ) {
    grew = false;
    for (const { name, target } of aliases) {
      if (why.has(target) || !why.has(name)) continue;
      why.set(target, `referenced by @string/${name}${why.has(name) ? `, ${why.get(name)}` : ''}`);
      grew = true;
    }
  }
  return why;
}

/**
 * Android titles across the tree: literal manifest labels, the Gradle manifest placeholders a label is made of, and
 * the string resources (in every `values*` folder, so localised ones too, and from Gradle `resValue`) that a
 * launcher label references, directly or through other `@string/` references.
 */
export function resolveAndroidTitles(pieces: AndroidPieces): PlacedTitle[] {
  const titles: PlacedTitle[] = [];
  const placeholderWhy = new Map<string, string>();
  for (const label of pieces.labels) {
    if (label.literal === undefined) continue;
    const key = `<${label.element} android:label>`;
    titles.push({ source: 'AndroidManifest.xml', key, value: label.literal, offset: label.offset, path: label.path, at: label.at });
    if (label.placeholder && !placeholderWhy.has(label.placeholder)) placeholderWhy.set(label.placeholder, `the ${key} in ${label.path}`);
  }
  for (const p of pieces.placeholders) {
    const why = placeholderWhy.get(p.name);
    if (why) titles.push({ source: 'Gradle manifestPlaceholders', key: p.name, value: p.value, offset: p.offset, why, path: p.path, at: p.at });
  }
  const why = referencedTitleNames(pieces);
  for (const s of pieces.strings) {
    if (stringReference(s.value)) continue;
    // A string is a title only when a shipped label resolves to it: a fork's leftover AppName or AppNameBeta that no
    // label names is never shown as the app's name.
    const reason = why.get(s.name);
    if (reason === undefined) continue;
    titles.push({ source: s.source ?? 'Android string resource', key: s.name, value: s.value, offset: s.offset, why: reason, path: s.path, at: s.at });
  }
  return titles;
}
