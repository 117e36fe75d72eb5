import { isMap, isScalar, parseDocument, type Document } from 'yaml';
import type { FileEntry } from '../../../files/types.js';
import { titleFileKind } from '../select.js';
import type { IconGroup, TextReader } from './types.js';

/**
 * Icons that configs name by path: a web app manifest's (or browser extension's) `icons`, and electron-builder's
 * `icon` settings (with its default `build/icon.*`) and Electron Forge's `packagerConfig.icon`.
 */
export function referencedIconGroups(files: readonly FileEntry[], readText: TextReader): IconGroup[] {
  const byPath = new Map(files.map((f) => [f.path, f]));
  const groups: IconGroup[] = [];
  for (const file of files) {
    const kind = titleFileKind(file.path);
    if (kind !== 'web-manifest' && kind !== 'package-json' && kind !== 'electron-builder') continue;
    const text = readText(file);
    if (text === undefined) continue;
    const folder = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/')) : '';
    const named = kind === 'web-manifest' ? webManifestIcons(text) : electronIcons(text, kind, file.path);
    const found = new Set<FileEntry>();
    for (const candidate of named) {
      for (const path of candidatePaths(folder, candidate)) {
        const entry = byPath.get(path);
        if (entry) found.add(entry);
      }
    }
    if (found.size === 0) continue;
    const what = kind === 'web-manifest' ? `the icons of the web manifest ${file.path}` : `the Electron app icon set in ${file.path}`;
    groups.push({ what, key: `${file.path}#icons`, files: [...found] });
  }
  return groups;
}

function webManifestIcons(text: string): string[] {
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return [];
  }
  const icons = (root as { icons?: unknown } | null)?.icons;
  if (Array.isArray(icons)) return icons.flatMap((icon) => (typeof (icon as { src?: unknown })?.src === 'string' ? [(icon as { src: string }).src] : []));
  // A browser extension: "icons": { "48": "icon48.png", ... }.
  if (icons && typeof icons === 'object') return Object.values(icons).filter((v): v is string => typeof v === 'string');
  return [];
}

// electron-builder's icon settings, relative to its buildResources folder or to the project.
const BUILDER_ICON_KEYS = [['icon'], ['mac', 'icon'], ['win', 'icon'], ['linux', 'icon'], ['nsis', 'installerIcon'], ['dmg', 'icon']];

function electronIcons(text: string, kind: 'package-json' | 'electron-builder', path: string): string[] {
  const get = configReader(text, kind === 'electron-builder' && !path.endsWith('.json'));
  const builder = kind === 'package-json' ? ['build'] : [];
  const forgeIcon = kind === 'package-json' ? get(['config', 'forge', 'packagerConfig', 'icon']) : undefined;
  const isBuilder = kind === 'electron-builder' || get(['build']) !== undefined;
  if (!isBuilder && forgeIcon === undefined) return [];
  const out: string[] = [];
  if (typeof forgeIcon === 'string') out.push(...['', '.icns', '.ico', '.png'].map((ext) => forgeIcon + ext));
  if (!isBuilder) return out;
  const resourcesSetting = get([...builder, 'directories', 'buildResources']);
  const resources = typeof resourcesSetting === 'string' ? resourcesSetting : 'build';
  const named = BUILDER_ICON_KEYS.map((key) => get([...builder, ...key])).filter((v): v is string => typeof v === 'string');
  for (const icon of named) out.push(`${resources}/${icon}`, icon);
  for (const ext of ['icns', 'ico', 'png']) out.push(`${resources}/icon.${ext}`);
  return out;
}

/** Reads a value at a key path of a JSON or YAML config; undefined when absent or unreadable (titles report those). */
function configReader(text: string, yaml: boolean): (path: string[]) => unknown {
  if (yaml) {
    const doc: Document = parseDocument(text);
    if (doc.errors.length > 0) return () => undefined;
    return (path) => {
      const node = doc.getIn(path, true);
      if (isScalar(node)) return node.value;
      return isMap(node) ? {} : undefined;
    };
  }
  let root: unknown;
  try {
    root = JSON.parse(text);
  } catch {
    return () => undefined;
  }
  return (path) => path.reduce<unknown>((node, key) => (node && typeof node === 'object' && !Array.isArray(node) ? (node as Record<string, unknown>)[key] : undefined), root);
}

/** The tree paths a configured icon path can mean: relative to the config's folder, without `./`, `..` kept inside. */
function candidatePaths(folder: string, written: string): string[] {
  const clean = written.split(/[?#]/)[0].replace(/\\/g, '/');
  if (/^[a-z][\w+.-]*:/i.test(clean)) return [];
  const parts: string[] = folder ? folder.split('/') : [];
  for (const part of clean.replace(/^\/+/, '').split('/')) {
    if (part === '' || part === '.') continue;
    if (part === '..') {
      if (parts.length === 0) return [];
      parts.pop();
    } else parts.push(part);
  }
  return parts.length > 0 ? [parts.join('/')] : [];
}
