import type { FileEntry } from '../../../files/types.js';
import type { IconGroup } from './types.js';

// Xcode asset catalogue app icons (iOS, macOS) and iconutil's .iconset folders: every image in the folder is the icon.
const ICON_SET = /^(.*\.(?:appiconset|iconset))\/[^/]+\.(?:png|jpe?g)$/i;
// Linux icon themes: …/hicolor/256x256/apps/org.example.App.png (or scalable/apps/….svg).
const HICOLOR = /^(.*\bhicolor)\/[^/]+\/apps\/([^/]+)\.(?:png|svgz?|xpm)$/i;
const ICO_ICNS = /\.(?:ico|icns)$/i;

/** Icons known by where they are: app icon sets, .icns and .ico files, Linux hicolor theme icons. */
export function iconGroupsByPath(files: readonly FileEntry[]): IconGroup[] {
  const groups = new Map<string, IconGroup>();
  const add = (key: string, what: string, file: FileEntry) => {
    const group = groups.get(key);
    if (group) group.files.push(file);
    else groups.set(key, { what, key, files: [file] });
  };
  for (const file of files) {
    const set = ICON_SET.exec(file.path);
    if (set) {
      add(set[1], `the app icon set ${set[1]}`, file);
      continue;
    }
    const hicolor = HICOLOR.exec(file.path);
    if (hicolor) {
      add(`${hicolor[1]}/${hicolor[2]}`, `the Linux hicolor theme icon ${hicolor[2]} in ${hicolor[1]}`, file);
      continue;
    }
    if (ICO_ICNS.test(file.path)) add(file.path, `the ${file.path.endsWith('.ico') ? 'Windows' : 'macOS'} icon ${file.path}`, file);
  }
  return [...groups.values()];
}
