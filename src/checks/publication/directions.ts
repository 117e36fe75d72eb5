import { readFile } from 'node:fs/promises';
import type { FileEntry } from '../../files/types.js';

/** Files that hold the text users read in the app's about or settings screens. */
const STRING_RESOURCES = /(?:^|\/)(?:strings[^/]*\.xml|[^/]*\.strings|[^/]*\.arb|[^/]*\.po|[^/]*\.resw|[^/]*\.resx)$/i;
const ABOUT_OR_SETTINGS = /(?:^|\/)[^/]*(?:about|settings|credits|licen[cs]e)[^/]*\.(?:java|kt|swift|m|mm|cpp|cc|h|hpp|cs|ts|tsx|js|jsx|dart|xml|json|qml|ui|xaml|html|vue|svelte)$/i;
const MAX_FILES = 300;
const MAX_BYTES = 2 * 1024 * 1024;
/** Any link to a repository on a code host, used when the public place is not known (URLs bounded: linear time). */
const ANY_REPOSITORY = /\b(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org|sr\.ht|git\.sr\.ht)\/[\w.-]+\/[\w.-]+|https?:\/\/\S{1,256}?\.git\b/i;

export interface DirectionsResult {
  found: boolean;
  /** Files read, with their sizes. */
  files: number;
  bytes: number;
  /** What was looked in, for the message. */
  lookedIn: string[];
}

/**
 * Whether the README or the app's about/settings strings link to the public source (GPLv3 §6(d), GPLv2 §3). `targets`
 * are web URLs of the public place; with none known, a link to any repository on a code host counts.
 */
export async function findDirections(tree: readonly FileEntry[], readme: FileEntry | undefined, targets: readonly string[]): Promise<DirectionsResult> {
  const patterns = targets.map(linkPattern);
  const matches = (text: string) => (patterns.length > 0 ? patterns.some((p) => p.test(text)) : ANY_REPOSITORY.test(text));
  const candidates = [...(readme ? [readme] : []), ...tree.filter((f) => f !== readme && (STRING_RESOURCES.test(f.path) || ABOUT_OR_SETTINGS.test(f.path)))];
  const result: DirectionsResult = { found: false, files: 0, bytes: 0, lookedIn: [] };
  for (const file of candidates.slice(0, MAX_FILES)) {
    if (file.size > MAX_BYTES) continue;
    let text: string;
    try {
      text = await readFile(file.abs, 'utf8');
    } catch {
      continue;
    }
    result.files++;
    result.bytes += file.size;
    result.lookedIn.push(file.path);
    if (matches(text)) {
      result.found = true;
      return result;
    }
  }
  return result;
}

/** `https://host/owner/name` matches with or without scheme, `www.` or `.git`, but not `owner/name-fork`. */
function linkPattern(webUrl: string): RegExp {
  const bare = webUrl.replace(/^[a-z]+:\/\//i, '').replace(/\.git$/, '').replace(/\/+$/, '');
  const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?:^|[^\\w.-])(?:www\\.)?${escaped}(?:\\.git)?(?![\\w-]|\\.\\w)`, 'i');
}
