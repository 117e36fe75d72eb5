import { readManifestLabels, type ManifestLabel } from './sources/android-manifest.js';
import { readStringResources, type StringResource } from './sources/android-resources.js';
import { desktopEntryTitles } from './sources/desktop-entry.js';
import { electronBuilderTitles } from './sources/electron-builder.js';
import { infoPlistTitles } from './sources/info-plist.js';
import { appstreamTitles } from './sources/appstream.js';
import { appxManifestTitles } from './sources/appx-manifest.js';
import { gradleManifestPlaceholders, type ManifestPlaceholder } from './sources/gradle-placeholders.js';
import { gradleStringResources } from './sources/gradle-res-value.js';
import { appJsonTitles, capacitorTitles, packageJsonTitles, tauriTitles, webManifestTitles } from './sources/json-titles.js';
import { infoPlistStringsTitles } from './sources/strings-file.js';
import { windowsRcTitles } from './sources/windows-rc.js';
import { xcodeSettingTitles } from './sources/xcode-settings.js';
import { xcstringsTitles } from './sources/xcstrings.js';
import type { Title, TitleFileKind } from './types.js';

/** What one title file holds: titles that stand on their own, or Android pieces resolved across the tree. */
export type Extracted =
  | { kind: 'titles'; titles: Title[] }
  | { kind: 'manifest'; labels: ManifestLabel[] }
  | { kind: 'resources'; strings: StringResource[]; placeholders?: ManifestPlaceholder[] };

/**
 * Dispatches a title file to the extractor of its kind; `keep` limits which Android string resources are decoded.
 * Throws TitleFileError for a file it cannot read.
 */
export function extract(kind: TitleFileKind, text: string, path: string, keep?: (name: string) => boolean): Extracted {
  switch (kind) {
    case 'android-resources':
      return { kind: 'resources', strings: readStringResources(text, keep) };
    case 'android-manifest':
      return { kind: 'manifest', labels: readManifestLabels(text) };
    case 'info-plist':
      return { kind: 'titles', titles: infoPlistTitles(text, path) };
    case 'infoplist-strings':
      return { kind: 'titles', titles: infoPlistStringsTitles(text) };
    case 'package-json':
      return { kind: 'titles', titles: packageJsonTitles(text) };
    case 'electron-builder':
      return { kind: 'titles', titles: electronBuilderTitles(text, path) };
    case 'desktop-entry':
      return { kind: 'titles', titles: desktopEntryTitles(text) };
    case 'windows-rc':
      return { kind: 'titles', titles: windowsRcTitles(text) };
    case 'web-manifest':
      return { kind: 'titles', titles: webManifestTitles(text, path) };
    case 'gradle':
      return { kind: 'resources', strings: gradleStringResources(text), placeholders: gradleManifestPlaceholders(text) };
    case 'xcode-settings':
      return { kind: 'titles', titles: xcodeSettingTitles(text, path) };
    case 'xcstrings':
      return { kind: 'titles', titles: xcstringsTitles(text) };
    case 'tauri':
      return { kind: 'titles', titles: tauriTitles(text) };
    case 'app-json':
      return { kind: 'titles', titles: appJsonTitles(text) };
    case 'capacitor':
      return { kind: 'titles', titles: capacitorTitles(text) };
    case 'appx-manifest':
      return { kind: 'titles', titles: appxManifestTitles(text) };
    case 'appstream':
      return { kind: 'titles', titles: appstreamTitles(text) };
  }
}
