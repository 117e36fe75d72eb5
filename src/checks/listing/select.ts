/** The ways a store listing is kept in a repository, each read by one tool that uploads it or one store that reads it. */
export type ListingLayout = 'fastlane-supply' | 'fastlane-deliver' | 'play-publisher' | 'fdroid-locale' | 'fdroid-build' | 'appstream' | 'snapcraft';

/** How a listing file's text is read: whole, or the description fields of a structured file. */
export type ListingFormat = 'text' | 'fdroid-yaml' | 'appstream' | 'snapcraft-yaml';

export interface ListingPart {
  layout: ListingLayout;
  format: ListingFormat;
  /**
   * The listing it belongs to: the files of one locale folder (full and short description, title) are one listing,
   * judged together; a structured file is a listing of its own.
   */
  listing: string;
  /** The locale folder's name; undefined where the layout has none (its text is the default, English). */
  locale?: string;
  /** Where the listing's finding goes: the long description when the listing has one. */
  rank: number;
}

interface TextLayout {
  layout: ListingLayout;
  pattern: RegExp;
  /** File names of the locale folder, in the order the finding prefers them. */
  files: readonly string[];
}

// Each pattern gives the locale folder, its name (en-US, pt_BR, zh-Hant, fa, or fastlane deliver's `default`) and
// the file's name. The long description comes first: the finding is anchored at the first of these a listing has.
const TEXT_LAYOUTS: readonly TextLayout[] = [
  { layout: 'fastlane-supply', pattern: /^(.*(?:^|\/)fastlane\/metadata\/android\/((?:[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*|default)))\/([^/]+)$/, files: ['full_description.txt', 'short_description.txt', 'title.txt'] },
  { layout: 'fastlane-deliver', pattern: /^(.*(?:^|\/)fastlane\/metadata\/((?:[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*|default)))\/([^/]+)$/, files: ['description.txt', 'subtitle.txt', 'promotional_text.txt', 'name.txt'] },
  { layout: 'play-publisher', pattern: /^(.*(?:^|\/)play\/listings\/((?:[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*|default)))\/([^/]+)$/, files: ['full-description.txt', 'short-description.txt', 'title.txt'] },
  // F-Droid's own layout in the app's repository (Telegram FOSS keeps metadata/en-US/description.txt).
  { layout: 'fdroid-locale', pattern: /^(.*(?:^|\/)metadata\/((?:[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*|default)))\/([^/]+)$/, files: ['description.txt', 'summary.txt', 'name.txt'] },
];

/** Which part of which listing a path is; undefined for every other file. */
export function listingPartOf(path: string): ListingPart | undefined {
  for (const { layout, pattern, files } of TEXT_LAYOUTS) {
    const m = pattern.exec(path);
    if (!m) continue;
    const rank = files.indexOf(m[3]);
    // A file of another name in the folder (changelogs, keywords, images) is not read.
    return rank === -1 ? undefined : { layout, format: 'text', listing: m[1], locale: m[2], rank };
  }
  const name = path.slice(path.lastIndexOf('/') + 1);
  if (/(?:^|\/)metadata\/[^/]+\.ya?ml$/.test(path)) return { layout: 'fdroid-build', format: 'fdroid-yaml', listing: path, rank: 0 };
  if (/.\.(?:metainfo|appdata)\.xml(?:\.in)?$/.test(name)) return { layout: 'appstream', format: 'appstream', listing: path, rank: 0 };
  if (/^\.?snapcraft\.yaml$/.test(name)) return { layout: 'snapcraft', format: 'snapcraft-yaml', listing: path, rank: 0 };
  return undefined;
}

/** Where each layout's listing shows, for messages. */
export const LAYOUT_NAMES: Record<ListingLayout, string> = {
  'fastlane-supply': 'Google Play listing (fastlane supply; F-Droid reads it too)',
  'fastlane-deliver': 'App Store listing (fastlane deliver)',
  'play-publisher': 'Google Play listing (Gradle Play Publisher)',
  'fdroid-locale': 'F-Droid listing',
  'fdroid-build': 'F-Droid build metadata',
  appstream: 'AppStream listing (software centres, Flathub)',
  snapcraft: 'Snap Store listing (snapcraft.yaml)',
};
