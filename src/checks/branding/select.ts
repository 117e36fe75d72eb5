import type { TitleFileKind } from './types.js';

/** Which kind of title file a path is, by its name and folder; undefined for every other file. */
export function titleFileKind(path: string): TitleFileKind | undefined {
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/(?:^|\/)res\/values[^/]*\/[^/]+\.xml$/.test(path)) return 'android-resources';
  // Telegram for Android keeps per-build manifests as config/release/AndroidManifest_standalone.xml and the like.
  if (/^AndroidManifest(?:[-_.][\w.-]*)?\.xml$/.test(name)) return 'android-manifest';
  // Any plist: Xcode's INFOPLIST_FILE can name an app's Info.plist anything (Telegram Desktop's is Telegram.plist).
  if (/.\.plist$/.test(name) && name !== 'GoogleService-Info.plist') return 'info-plist';
  if (name === 'InfoPlist.strings' && /\.lproj\/InfoPlist\.strings$/.test(path)) return 'infoplist-strings';
  if (name === 'package.json') return 'package-json';
  if (/^electron-builder\.(?:ya?ml|json)$/.test(name)) return 'electron-builder';
  if (/.\.desktop(?:\.in)?$/.test(name)) return 'desktop-entry';
  if (/.\.rc(?:\.in)?$/i.test(name)) return 'windows-rc';
  if (name === 'manifest.json' || /.\.webmanifest$/.test(name)) return 'web-manifest';
  if (/.\.gradle(?:\.kts)?$/.test(name)) return 'gradle';
  if (name === 'project.pbxproj' || /.\.xcconfig$/.test(name)) return 'xcode-settings';
  if (name === 'InfoPlist.xcstrings') return 'xcstrings';
  if (name === 'tauri.conf.json') return 'tauri';
  if (name === 'app.json') return 'app-json';
  if (name === 'capacitor.config.json') return 'capacitor';
  if (/\.appxmanifest$/i.test(name) || name === 'AppxManifest.xml') return 'appx-manifest';
  if (/.\.(?:metainfo|appdata)\.xml(?:\.in)?$/.test(name)) return 'appstream';
  return undefined;
}

/** Whether a plist is named as an Info.plist, so it must be readable; other plists are read only when they are XML. */
export function isInfoPlistName(path: string): boolean {
  return /(?:^|\/|[-_ ])Info\.plist$/.test(path);
}
