import type { FileEntry } from '../../../files/types.js';
import type { AdaptiveIcon } from './adaptive.js';

/**
 * One icon as the app ships it, in the sizes its files hold: an Android launcher icon in one resource folder, an
 * app icon set, one .ico or .icns file. Its largest raster file stands for it.
 */
export interface IconGroup {
  /** What the icon is and why it ships, for messages. */
  what: string;
  /** Names the icon across runs (never its size or pixels): part of the finding's fingerprint. */
  key: string;
  files: FileEntry[];
  /** Android adaptive icons (the XML files of the icon) whose layers can be composed. */
  adaptive?: AdaptiveIcon[];
  /** Files of the icon that are not images to decode (vector drawables, adaptive icons that cannot be composed), with why. */
  notRaster?: { file: FileEntry; reason: string }[];
}

/** Reads a small text file of the tree (a manifest, a config); undefined when it cannot be read (already listed). */
export type TextReader = (file: FileEntry) => string | undefined;
