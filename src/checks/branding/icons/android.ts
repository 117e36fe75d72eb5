import type { FileEntry } from '../../../files/types.js';
import { launcherElements } from '../sources/android-manifest.js';
import { gradleManifestPlaceholders } from '../sources/gradle-placeholders.js';
import { titleFileKind } from '../select.js';
import { readXmlIcon, type AdaptiveIcon } from './adaptive.js';
import { colourTable } from './android-colours.js';
import { DRAWABLE_REFERENCE, indexResources } from './android-resources.js';
import type { IconGroup, TextReader } from './types.js';

const PLACEHOLDER = /^\$\{(\w+)\}$/;

interface IconReference {
  type: string;
  name: string;
  why: string;
}

/**
 * The launcher icons the manifests name (`android:icon`, `android:roundIcon` of the application and of launcher
 * activities and aliases, also through Gradle manifest placeholders), in every resource folder of the tree that
 * has them, so every flavor and source set: one group per resource folder and name.
 */
export function androidIconGroups(files: readonly FileEntry[], readText: TextReader): IconGroup[] {
  const references = manifestIconReferences(files, readText);
  if (references.length === 0) return [];
  const index = indexResources(files, readText);
  const resolver = { index, colours: colourTable(index, readText), readText };
  const groups = new Map<string, IconGroup>();
  for (const ref of references) {
    for (const [root, members] of index.drawables.get(`${ref.type}/${ref.name}`) ?? []) {
      const key = `${root}/${ref.type}/${ref.name}`;
      if (groups.has(key)) continue;
      const adaptive: AdaptiveIcon[] = [];
      const notRaster: { file: FileEntry; reason: string }[] = [];
      for (const file of members.filter((f) => f.path.endsWith('.xml'))) {
        const xml = readXmlIcon(file, root, resolver);
        if ('adaptive' in xml) adaptive.push(xml.adaptive);
        else notRaster.push({ file, reason: xml.reason });
      }
      groups.set(key, {
        what: `the Android launcher icon @${ref.type}/${ref.name} in ${root} (${ref.why})`,
        key,
        files: members.filter((f) => !f.path.endsWith('.xml')),
        adaptive,
        notRaster,
      });
    }
  }
  return [...groups.values()];
}

function manifestIconReferences(files: readonly FileEntry[], readText: TextReader): IconReference[] {
  const out: IconReference[] = [];
  const wantedPlaceholders = new Map<string, string>();
  for (const file of files) {
    if (titleFileKind(file.path) !== 'android-manifest') continue;
    const text = readText(file);
    if (text === undefined) continue;
    for (const { element, attributes } of launcherElements(text)) {
      for (const attribute of ['android:icon', 'android:roundIcon']) {
        const value = attributes.get(attribute)?.value.trim();
        if (!value) continue;
        const why = `${attribute} of <${element}> in ${file.path}`;
        const m = DRAWABLE_REFERENCE.exec(value);
        if (m) out.push({ type: m[1], name: m[2], why });
        const placeholder = PLACEHOLDER.exec(value)?.[1];
        if (placeholder && !wantedPlaceholders.has(placeholder)) wantedPlaceholders.set(placeholder, why);
      }
    }
  }
  if (wantedPlaceholders.size === 0) return out;
  for (const file of files) {
    if (titleFileKind(file.path) !== 'gradle') continue;
    const text = readText(file);
    if (text === undefined) continue;
    for (const p of gradleManifestPlaceholders(text)) {
      const why = wantedPlaceholders.get(p.name);
      const m = why && DRAWABLE_REFERENCE.exec(p.value.trim());
      if (m) out.push({ type: m[1], name: m[2], why: `manifest placeholder ${p.name} in ${file.path}, for the ${why}` });
    }
  }
  return out;
}
