import { attributes, blankXmlComments } from './xml-text.js';
import { decodeAndroidString } from './android-escapes.js';
import { stringReference } from './android-resources.js';

export type LauncherElementName = 'application' | 'activity' | 'activity-alias';

export interface ManifestLabel {
  element: LauncherElementName;
  /** The literal label, decoded; undefined when the label references a string resource. */
  literal?: string;
  /** The string resource the label references (`@string/name`). */
  reference?: string;
  /** The Gradle manifest placeholder the label is made of (`${name}`). */
  placeholder?: string;
  offset: number;
}

/** An element that presents the app to its users, with its attributes. */
export interface LauncherElement {
  element: LauncherElementName;
  attributes: Map<string, { value: string; offset: number }>;
}

const LAUNCHER = /android\.intent\.category\.(?:LEANBACK_)?LAUNCHER\b/;
const EVERY_LAUNCHER = /android\.intent\.category\.(?:LEANBACK_)?LAUNCHER\b/g;

/**
 * The `<application>` element, and the activities and activity aliases that appear in the launcher: their labels
 * and icons are the app's. Other activities' labels are screen titles, not the app's.
 */
export function launcherElements(text: string): LauncherElement[] {
  const xml = blankXmlComments(text);
  const out: LauncherElement[] = [];
  const start = /<(application|activity-alias|activity)\b([^<>]*?)(\/?)>/g;
  // An element never closed from some point on is not searched for again (thousands of them would be quadratic).
  const unclosed = new Set<string>();
  let lastLauncher: number | undefined;
  for (let m = start.exec(xml); m; m = start.exec(xml)) {
    const element = m[1] as LauncherElementName;
    if (element !== 'application') {
      if (m[3] === '/') continue;
      const end = unclosed.has(element) ? -1 : xml.indexOf(`</${element}`, start.lastIndex);
      if (end === -1) unclosed.add(element);
      // Never closed: its body runs to the end of the file, where the last launcher category is known once.
      const launcher = end === -1 ? (lastLauncher ??= lastIndexOf(xml, EVERY_LAUNCHER)) >= start.lastIndex : LAUNCHER.test(xml.slice(start.lastIndex, end));
      if (!launcher) continue;
    }
    out.push({ element, attributes: attributes(m[2], m.index + 1 + element.length) });
  }
  return out;
}

/** The labels that name the app to its users (see launcherElements). */
export function readManifestLabels(text: string): ManifestLabel[] {
  const out: ManifestLabel[] = [];
  for (const { element, attributes } of launcherElements(text)) {
    const label = attributes.get('android:label');
    if (!label) continue;
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

/** Where the last match of the global `pattern` starts in `text`; -1 when there is none. */
function lastIndexOf(text: string, pattern: RegExp): number {
  let last = -1;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) last = m.index;
  return last;
}
