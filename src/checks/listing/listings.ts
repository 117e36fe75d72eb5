import type { RawFinding } from '../../findings.js';
import type { FileEntry } from '../../files/types.js';
import type { CheckContext } from '../types.js';
import { listingText } from './extract.js';
import { saysUnofficialApiApp } from './judge.js';
import { english, languageOf } from './languages/index.js';
import { listingMessage, UNREAD_LANGUAGE } from './messages.js';
import { readSmallText } from '../../files/read-small-text.js';
import { listingPartOf, type ListingPart } from './select.js';
import { ListingFileError } from './types.js';

// A store's description is a few thousand characters; a larger file is generated data, not a listing.
const MAX_LISTING_BYTES = 1024 * 1024;

interface ReadPart {
  file: FileEntry;
  part: ListingPart;
  text: string;
}

export interface ListingsJudged {
  findings: RawFinding[];
  /** The listing files read (those that hold a listing). */
  read: FileEntry[];
}

/** Reads the store listings of the tree and judges each (a locale folder's files together). */
export function judgeListings(tree: readonly FileEntry[], ctx: Pick<CheckContext, 'skip'>): ListingsJudged {
  const listings = new Map<string, ReadPart[]>();
  const read: FileEntry[] = [];
  for (const file of tree) {
    const part = listingPartOf(file.path);
    if (!part) continue;
    const whole = readSmallText(file, 'a store listing', MAX_LISTING_BYTES, ctx);
    if (whole === undefined) continue;
    let text: string | undefined;
    try {
      text = listingText(whole, part.format);
    } catch (err) {
      if (!(err instanceof ListingFileError)) throw err;
      ctx.skip(file.path, err.message);
      continue;
    }
    if (text === undefined) continue;
    read.push(file);
    const parts = listings.get(part.listing) ?? [];
    parts.push({ file, part, text });
    listings.set(part.listing, parts);
  }
  const findings = [...listings.values()].flatMap((parts) => {
    const finding = judge(parts, ctx);
    return finding ? [finding] : [];
  });
  return { findings, read };
}

function judge(parts: ReadPart[], ctx: Pick<CheckContext, 'skip'>): RawFinding | undefined {
  if (saysUnofficialApiApp(parts.map((p) => p.text).join('\n\n'))) return undefined;
  const anchor = parts.reduce((best, p) => (p.part.rank < best.part.rank ? p : best));
  const { layout, locale } = anchor.part;
  // A listing without a locale folder (AppStream, snapcraft, F-Droid build metadata), or fastlane's `default`, is English.
  const language = locale === undefined || locale === 'default' ? english : languageOf(locale);
  if (!language) {
    ctx.skip(anchor.file.path, UNREAD_LANGUAGE);
    return undefined;
  }
  // At line 1 of the file (the pipeline reads its text for the inline suppression comment, where the format takes one).
  return {
    ruleId: 'store-listing-api-notice',
    level: 'warning',
    message: listingMessage(layout, locale, language),
    path: anchor.file.path,
    line: 1,
    column: 1,
    key: `${layout} listing`,
  };
}
