import type { Location } from '../credentials/line-index.js';

/** The kinds of file an app title is read from; each has its own extractor under `sources/`. */
export type TitleFileKind =
  | 'android-resources'
  | 'android-manifest'
  | 'info-plist'
  | 'infoplist-strings'
  | 'package-json'
  | 'electron-builder'
  | 'desktop-entry'
  | 'windows-rc'
  | 'web-manifest'
  | 'gradle'
  | 'xcode-settings'
  | 'xcstrings'
  | 'tauri'
  | 'app-json'
  | 'capacitor'
  | 'appx-manifest'
  | 'appstream';

/** A user-visible title as written in a file. */
export interface Title {
  /** What the file is, for messages: "Android string resource", "Info.plist", ... */
  source: string;
  /** The key that holds the title: `app_name`, `CFBundleDisplayName`, `Name[ru]`, ... */
  key: string;
  /** The title as the user sees it: escapes and entities decoded. */
  value: string;
  /** Offset in the file's text where the title text starts. */
  offset: number;
  /** Why this value is a title, when the key alone does not say (e.g. the manifest label that references it). */
  why?: string;
}

/** A title with the place it was read from. */
export interface PlacedTitle extends Title {
  path: string;
  at: Location;
}

/** What an extractor could not read in an otherwise readable file. */
export class TitleFileError extends Error {}
