import { attributes, blankXmlComments } from './xml-text.js';
import { decodeAndroidString } from './android-escapes.js';
import { stringReference } from './android-resources.js';

export interface ManifestLabel {
  element: 'application' | 'activity' | 'activity-alias';
  /** The literal label, decoded; undefined when the label references a string resource. */
  literal?: string;
  /** The string resource the label references (`@string/name`). */
  reference?: string;
  /** The Gradle manifest placeholder the label is made of (`${name}`). */
  placeholder?: string;
  offset: number;
}

const LAUNCHER = /android\.intent\.category\.(?:LEANBACK_)?LAUNCHER\b/;

/**
 * The labels that name the app to its users: the `<application>` label, and the labels of activities and
 * activity aliases that appear in the launcher. Other activities' labels are screen titles, not the app's.
 */
export function readManifestLabels(text: string): ManifestLabel[] {
  const xml = blankXmlComments(text);
  const out: ManifestLabel[] = [];
  const start = /<(application|activity-alias|activity)\b([^>]*?)(\/?)>/g;
  for (let m = start.exec(xml); m; m = start.exec(xml)) {
    const element = m[1] as ManifestLabel['element'];
    const label = attributes(m[2], m.index + 1 + element.length).get('android:label');
    if (!label) continue;
    if (element !== 'application') {
      if (m[3] === '/') continue;
      const end = xml.indexOf(`</${element}`, start.lastIndex);
      if (!LAUNCHER.test(xml.slice(start.lastIndex, end === -1 ? xml.length : end))) continue;
    }
    if (label.value.trim().startsWith('@')) {
      const reference = stringReference(label.value);
      if (reference) out.push({ element, reference, offset: label.offset });
      continue;
    }
    const placeholder = /^\s*\$\{(\w+)\}\s*$/.exec(label.value)?.[1];
    out.push({ element, literal: decodeAndroidString(label.value), placeholder, offset: label.offset });
  }
  return out;
}
