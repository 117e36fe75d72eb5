import { INVISIBLE, LATIN_NAME, LOOKALIKES, OTHER_SCRIPT_NAMES } from './telegram-names.js';

/** One place where a title says "Telegram": [start, end) in the title as written. */
export interface TelegramWord {
  start: number;
  end: number;
  text: string;
  /** Whether the English word "Unofficial" comes right before it, so ToS 2.3 allows it. */
  unofficial: boolean;
}

/** Stands in for a placeholder (`${productName}`): a token of its own that is neither a letter nor whitespace. */
export const PLACEHOLDER_MARK = '\ufffc';

// "Unofficial" as a whole word (nothing letter-like glued before it), then whitespace only, up to the word.
const UNOFFICIAL_BEFORE = /(?:^|[^\p{L}\p{N}\p{M}_])unofficial\s+$/u;
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-cased copies of a title for matching, and the way back from their indexes to the title's. */
interface Folded {
  /** Look-alike and fullwidth letters turned into ASCII, invisible characters dropped. */
  latin: string;
  /** Other scripts as written, invisible characters dropped. */
  native: string;
  original(index: number): number;
}

/**
 * Every "Telegram" in a title, in any case, inside longer tokens too ("TelegramX", "MyTelegram"), in Latin
 * letters (look-alikes from other scripts and invisible characters inside the word folded away) or in another
 * script (telegram-names.ts). Each is marked `unofficial` when "Unofficial" (any case) stands right before it,
 * separated only by whitespace.
 */
export function telegramWords(title: string): TelegramWord[] {
  const ascii = !NON_ASCII.test(title);
  const lower = ascii ? title.toLowerCase() : '';
  // Most strings are plain ASCII without the word: answer those without folding.
  if (ascii && !lower.includes(LATIN_NAME)) return [];
  const folded: Folded = ascii ? { latin: lower, native: lower, original: (i) => i } : fold(title);
  const hits: { from: number; to: number }[] = [];
  collect(folded.latin, LATIN_NAME, hits);
  if (!ascii) for (const { stem } of OTHER_SCRIPT_NAMES) collect(folded.native, stem, hits);
  hits.sort((a, b) => a.from - b.from);
  const out: TelegramWord[] = [];
  for (const hit of hits) {
    const start = folded.original(hit.from);
    if (out.length > 0 && start < out[out.length - 1].end) continue;
    const end = folded.original(hit.to - 1) + 1;
    out.push({ start, end, text: title.slice(start, end), unofficial: UNOFFICIAL_BEFORE.test(folded.latin.slice(0, hit.from)) });
  }
  return out;
}

/** The places where the title breaks ToS 2.3. */
export function offendingWords(title: string): TelegramWord[] {
  return telegramWords(title).filter((w) => !w.unofficial);
}

function collect(haystack: string, needle: string, into: { from: number; to: number }[]): void {
  for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) {
    into.push({ from: i, to: i + needle.length });
  }
}

function fold(title: string): Folded {
  const latin: string[] = [];
  const native: string[] = [];
  const map: number[] = [];
  for (let i = 0; i < title.length; i++) {
    const c = title[i];
    if (INVISIBLE.test(c)) continue;
    const code = c.charCodeAt(0);
    const ascii = LOOKALIKES[c] ?? (code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : c);
    latin.push(lower(ascii));
    native.push(lower(c));
    map.push(i);
  }
  return { latin: latin.join(''), native: native.join(''), original: (i) => map[i] };
}

/** Lower case that keeps one code unit per code unit, so indexes stay aligned. */
function lower(c: string): string {
  const l = c.toLowerCase();
  return l.length === c.length ? l : c;
}
