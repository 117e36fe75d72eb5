import type { FileEntry } from '../../../files/types.js';

// `…/res/mipmap-xxhdpi/ic_launcher.png`: the resource root, the type, the folder's qualifiers and the name (a
// nine-patch's `.9` dropped).
const RESOURCE = /^(.*?res)\/(mipmap|drawable)(-[^/]+)?\/([^/]+?)(?:\.9)?\.(png|webp|jpe?g|xml)$/;
// The default configuration's values files, where `@color/` resources are defined.
const VALUES = /^(.*?res)\/values\/[^/]+\.xml$/;
const DENSITY: Record<string, number> = { ldpi: 120, mdpi: 160, tvdpi: 213, hdpi: 240, xhdpi: 320, xxhdpi: 480, xxxhdpi: 640 };

/** The tree's drawable and mipmap files by resource (`mipmap/ic_launcher`) and resource root, and its values files. */
export interface ResourceIndex {
  drawables: Map<string, Map<string, FileEntry[]>>;
  values: Map<string, FileEntry[]>;
}

export function indexResources(files: readonly FileEntry[]): ResourceIndex {
  const index: ResourceIndex = { drawables: new Map(), values: new Map() };
  for (const file of files) {
    const values = VALUES.exec(file.path);
    if (values) index.values.set(values[1], [...(index.values.get(values[1]) ?? []), file]);
    const m = RESOURCE.exec(file.path);
    if (!m) continue;
    const id = `${m[2]}/${m[4]}`;
    const byRoot = index.drawables.get(id) ?? new Map<string, FileEntry[]>();
    index.drawables.set(id, byRoot);
    byRoot.set(m[1], [...(byRoot.get(m[1]) ?? []), file]);
  }
  return index;
}

/**
 * The resource roots a reference from `root` resolves in: the root itself, then its module's `src/main/res`, which
 * every variant of the module merges (a flavor's icon may draw on a main layer). Library modules are not followed.
 */
export function lookupRoots(root: string): string[] {
  const main = root.replace(/\/src\/[^/]+\/res$/, '/src/main/res');
  return main === root ? [root] : [root, main];
}

/** The files of `type/name` in the first of the lookup roots that has it, with that root. */
export function resourceFiles(index: ResourceIndex, root: string, id: string): { root: string; files: FileEntry[] } | undefined {
  const byRoot = index.drawables.get(id);
  for (const candidate of lookupRoots(root)) {
    const files = byRoot?.get(candidate);
    if (files) return { root: candidate, files };
  }
  return undefined;
}

/** The screen density a resource folder is for (`mipmap-xxxhdpi`: 640); the default, mdpi, when it names none. */
export function folderDensity(path: string): number {
  const folder = path.split('/').at(-2) ?? '';
  for (const qualifier of folder.split('-').slice(1)) {
    if (qualifier in DENSITY) return DENSITY[qualifier];
  }
  return DENSITY.mdpi;
}

/** Whether the file is in an `anydpi` folder, which Android prefers over every density's file. */
export function isAnyDensity(path: string): boolean {
  return /(?:^|\/)[^/]*-anydpi(?:-[^/]*)?\/[^/]+$/.test(path);
}
