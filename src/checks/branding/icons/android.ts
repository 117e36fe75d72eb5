import type { FileEntry } from '../../../files/types.js';
import { launcherElements } from '../sources/android-manifest.js';
import { gradleManifestPlaceholders } from '../sources/gradle-placeholders.js';
import { titleFileKind } from '../select.js';
import type { IconGroup, TextReader } from './types.js';

// `…/res/mipmap-xxhdpi/ic_launcher.png`: the resource folder, the type and the name (a nine-patch's `.9` dropped).
const RESOURCE = /^(.*?res)\/(mipmap|drawable)(?:-[^/]+)?\/([^/]+?)(?:\.9)?\.(png|webp|jpe?g|xml)$/;
const REFERENCE = /^@(?:\+)?(mipmap|drawable)\/([\w.]+)$/;
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
  const resources = new Map<string, Map<string, FileEntry[]>>();
  for (const file of files) {
    const m = RESOURCE.exec(file.path);
    if (!m) continue;
    const id = `${m[2]}/${m[3]}`;
    const byFolder = resources.get(id) ?? new Map<string, FileEntry[]>();
    resources.set(id, byFolder);
    byFolder.set(m[1], [...(byFolder.get(m[1]) ?? []), file]);
  }
  const groups = new Map<string, IconGroup>();
  for (const ref of references) {
    for (const [folder, members] of resources.get(`${ref.type}/${ref.name}`) ?? []) {
      const key = `${folder}/${ref.type}/${ref.name}`;
      if (groups.has(key)) continue;
      const xml = members.filter((f) => f.path.endsWith('.xml'));
      groups.set(key, {
        what: `the Android launcher icon @${ref.type}/${ref.name} in ${folder} (${ref.why})`,
        key,
        files: members.filter((f) => !f.path.endsWith('.xml')),
        notRaster: xml.map((file) => ({ file, reason: xmlIconReason(file, readText, resources) })),
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
        const m = REFERENCE.exec(value);
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
      const m = why && REFERENCE.exec(p.value.trim());
      if (m) out.push({ type: m[1], name: m[2], why: `manifest placeholder ${p.name} in ${file.path}, for the ${why}` });
    }
  }
  return out;
}

/** Why an XML launcher icon is not inspected: an adaptive icon (naming its foreground), a vector, another drawable. */
function xmlIconReason(file: FileEntry, readText: TextReader, resources: Map<string, Map<string, FileEntry[]>>): string {
  const text = readText(file);
  if (text === undefined) return 'XML drawable that could not be read: not inspected';
  if (/<adaptive-icon\b/.test(text)) {
    const foreground = /<foreground\b[^>]*?android:drawable\s*=\s*["']\s*@(?:\+)?(mipmap|drawable)\/([\w.]+)\s*["']/.exec(text);
    if (!foreground) return 'adaptive icon whose foreground is drawn inline: layers are not composed, not inspected';
    const [, type, name] = foreground;
    const layerFiles = [...(resources.get(`${type}/${name}`)?.values() ?? [])].flat();
    const raster = layerFiles.some((f) => !f.path.endsWith('.xml'));
    return raster
      ? `adaptive icon (Android 8+) whose foreground @${type}/${name} is a raster image: its layers are not composed, so it is not inspected`
      : `adaptive icon (Android 8+) whose foreground @${type}/${name} is a vector drawable: not rasterised, not inspected`;
  }
  if (/<vector\b/.test(text)) return 'vector drawable: not rasterised, not inspected';
  const root = /<([\w-]+)[\s>]/.exec(text.replace(/<\?[\s\S]*?\?>|<!--[\s\S]*?-->/g, ''))?.[1];
  return `<${root ?? 'unknown'}> XML drawable: not inspected`;
}
