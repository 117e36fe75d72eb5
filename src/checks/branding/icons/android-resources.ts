import type { FileEntry } from '../../../files/types.js';
import { libraryModules, type LibraryModules } from './gradle-libraries.js';
import type { TextReader } from './types.js';

// `…/res/mipmap-xxhdpi/ic_launcher.png`: the resource root, the type, the folder's qualifiers and the name (a
// nine-patch's `.9` dropped).
const RESOURCE = /^(.*?res)\/(mipmap|drawable)(-[^/]+)?\/([^/]+?)(?:\.9)?\.(png|webp|jpe?g|xml)$/;
// The default configuration's values files, where `@color/` resources are defined.
const VALUES = /^(.*?res)\/values\/[^/]+\.xml$/;
/** `@mipmap/ic_launcher`, `@drawable/bg` (and `@+drawable/…`): the type and the name. */
export const DRAWABLE_REFERENCE = /^@(?:\+)?(mipmap|drawable)\/([\w.]+)$/;
const DENSITY: Record<string, number> = { ldpi: 120, mdpi: 160, tvdpi: 213, hdpi: 240, xhdpi: 320, xxhdpi: 480, xxxhdpi: 640 };

/**
 * The tree's drawable and mipmap files by resource (`mipmap/ic_launcher`) and resource root, its values files, and
 * the library modules each module's resources merge with.
 */
export interface ResourceIndex {
  drawables: Map<string, Map<string, FileEntry[]>>;
  values: Map<string, FileEntry[]>;
  libraries: LibraryModules;
}

export function indexResources(files: readonly FileEntry[], readText: TextReader): ResourceIndex {
  const index: ResourceIndex = { drawables: new Map(), values: new Map(), libraries: libraryModules(files, readText) };
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
 * every variant of the module merges (a flavor's icon may draw on a main layer), then the `src/main/res` of the
 * library modules the module depends on, which the app's resources override.
 */
export function lookupRoots(index: ResourceIndex, root: string): string[] {
  const module = /^(?:(.*)\/)?src\/[^/]+\/res$/.exec(root);
  if (!module) return [root];
  const main = `${module[1] === undefined ? '' : `${module[1]}/`}src/main/res`;
  const libraries = index.libraries(module[1] ?? '').map((dir) => `${dir}/src/main/res`);
  return [...new Set([root, main, ...libraries])];
}

/** The files of `type/name` in the first of the lookup roots that has it, with that root. */
export function resourceFiles(index: ResourceIndex, root: string, id: string): { root: string; files: FileEntry[] } | undefined {
  const byRoot = index.drawables.get(id);
  for (const candidate of lookupRoots(index, root)) {
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
