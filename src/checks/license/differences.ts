import { endOfTerms, type PreparedReference, type PreparedText } from './similarity.js';

// Where a file and its closest license text part ways, in words: what was added before, inside or after the
// terms, what restrictive wording no license text has, and what is missing.

export interface Difference {
  where: 'before' | 'inside' | 'after-terms' | 'missing';
  /** Index of its first word: in the file, or for 'missing' in the reference. */
  at: number;
  words: number;
  /** The first words of the differing text (normalised), for the message. */
  excerpt: string;
  /** The added text reads like a restriction (commercial use, permission required, ...). */
  restrictive: boolean;
  /** For additions inside: where the title block ends (changes before it are not counted). */
  titleEnd?: number;
}

/** Covered bigrams in a row that mark where the license text really starts and ends. */
const SOLID_RUN = 12;
/** Shortest added run inside the terms, and after them, that counts as a change (shorter: a name or a date). */
const MIN_INSIDE = 8;
const MIN_AFTER = 8;
const MIN_MISSING = 8;
// Wording that restricts use or distribution; reported only where the reference text does not have it.
const RESTRICTIVE_SOURCE = String.raw`\b(?:non-?commercial|commercial(?:ly)? (?:use|uses|purposes?|distribution|products?)|(?:sell|sold|resell|resale)\b|for profit|(?:may|must|shall|can) not|cannot|not (?:be )?(?:used|permitted|allowed|sold|redistributed|distributed|modified)|prohibit\w*|forbid\w*|without (?:the )?(?:prior |express )?(?:written )?(?:permission|consent|approval)|written (?:permission|consent)|restrict\w*|except (?:for|that|by|when|in)|only (?:for|by|if|with)|solely|exclusively|military|government\w*|personal use|educational use|evaluation)\b`;
const RESTRICTIVE = new RegExp(RESTRICTIVE_SOURCE);

export interface Shape {
  /** Word index where the license text starts, and one past where it ends. */
  start: number;
  end: number;
  differences: Difference[];
}

/** Matches shorter than this inside a changed stretch are chance ("of the", "this license"), not resynchronisation. */
const SYNC = 3;

/**
 * Marks positions that belong to a run of at least `min` consecutive matches: isolated matching bigrams inside
 * an added paragraph do not split it into small pieces.
 */
function runs(matched: Uint8Array, min: number): Uint8Array {
  const out = new Uint8Array(matched.length);
  for (let i = 0; i < matched.length; ) {
    if (!matched[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < matched.length && matched[j]) j++;
    if (j - i >= min) out.fill(1, i, j);
    i = j;
  }
  return out;
}

/** Runs of unmatched positions in [from, to), as [start, end) pairs. */
function gaps(inSync: Uint8Array, from: number, to: number): [number, number][] {
  const out: [number, number][] = [];
  for (let i = from; i < to; ) {
    if (inSync[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < to && !inSync[j]) j++;
    out.push([i, j]);
    i = j;
  }
  return out;
}

/**
 * Where the file's text and the references part ways: added runs (before, inside, after the terms) and missing
 * runs. `refs` are the best match and any other license held whole in the same file (LGPL-3.0 with GPL-3.0).
 */
export function compare(file: PreparedText, refs: readonly PreparedReference[]): Shape {
  const n = file.keys.length;
  const covered = new Uint8Array(n);
  for (let i = 0; i < n; i++) covered[i] = refs.some((r) => r.bigrams.has(file.keys[i])) ? 1 : 0;
  const start = licenseStart(file, refs);
  const lastSolid = runs(covered, SOLID_RUN).lastIndexOf(1);
  if (start === -1) return { start: 0, end: file.words.length, differences: [] };
  const end = Math.min(file.words.length, lastSolid + 2);
  const inSync = runs(covered, SYNC);
  const termsEnd = endOfTerms(file.words);
  const differences: Difference[] = [];
  for (const [i, j] of gaps(inSync, start, lastSolid + 1)) {
    const afterTerms = termsEnd !== -1 && i >= termsEnd;
    differences.push({ ...added(file.words, i + 1, j, afterTerms ? 'after-terms' : 'inside'), titleEnd: start + TITLE_BLOCK });
  }
  if (end < file.words.length) differences.push(added(file.words, end, file.words.length, 'after-terms'));
  const kept = differences.filter(significant).map(({ titleEnd: _titleEnd, ...d }) => d);
  const found = merge(file.words, [...kept, ...restrictions(file, refs, { start, end, termsEnd })]);
  for (const ref of refs) found.push(...missing(file, ref).filter(significant));
  return { start, end, differences: found };
}

const HEAD_RUN = 10;
/** Words after the start that hold the title, version, copyright and address: copies vary there without changing the terms. */
const TITLE_BLOCK = 40;

/**
 * Where the license text starts: where the file follows the opening words of a reference (its title and
 * preamble), so that a notice copied from the how-to-apply appendix stays before it; else, for a copy missing
 * its opening, the first stretch of the terms.
 */
function licenseStart(file: PreparedText, refs: readonly PreparedReference[]): number {
  const n = file.keys.length;
  const head = new Uint8Array(n);
  const inTerms = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    head[i] = refs.some((r) => r.head.has(file.keys[i])) ? 1 : 0;
    inTerms[i] = refs.some((r) => r.core.has(file.keys[i])) ? 1 : 0;
  }
  const opening = runs(head, HEAD_RUN).indexOf(1);
  return opening !== -1 ? opening : runs(inTerms, SOLID_RUN).indexOf(1);
}

/** Overlapping or touching additions become one, so a message shows a whole added clause once. */
function merge(w: readonly string[], added: Difference[]): Difference[] {
  const sorted = [...added].sort((a, b) => a.at - b.at);
  const out: Difference[] = [];
  for (const d of sorted) {
    const last = out[out.length - 1];
    if (last && d.at <= last.at + last.words + 2) {
      const to = Math.max(last.at + last.words, d.at + d.words);
      out[out.length - 1] = { ...last, words: to - last.at, excerpt: excerpt(w, last.at, to), restrictive: last.restrictive || d.restrictive };
    } else out.push(d);
  }
  return out;
}

/**
 * Restrictive wording ("commercial use", "may not", "without written permission") whose surrounding words are
 * not in any reference text: catches a short added clause that common bigrams would otherwise hide.
 */
function restrictions(file: PreparedText, refs: readonly PreparedReference[], at: { start: number; end: number; termsEnd: number }): Difference[] {
  const text = file.words.join(' ');
  const wordAt = wordIndexer(text);
  const out: Difference[] = [];
  const re = new RegExp(RESTRICTIVE_SOURCE, 'g');
  let lastWord = -1;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const first = wordAt(m.index);
    const last = wordAt(m.index + m[0].length - 1);
    if (first <= lastWord) continue;
    const window = file.words.slice(Math.max(0, first - 2), last + 3).join(' ');
    if (refs.some((r) => r.joined.includes(` ${window} `))) continue;
    const where: Difference['where'] = first < at.start ? 'before' : at.termsEnd !== -1 && first >= at.termsEnd ? 'after-terms' : first >= at.end ? 'after-terms' : 'inside';
    const from = Math.max(0, first - 4);
    const to = Math.min(file.words.length, last + 6);
    out.push({ where, at: from, words: to - from, excerpt: excerpt(file.words, from, to), restrictive: true });
    lastWord = to;
  }
  return out;
}

/** Maps a character offset in words joined by single spaces to the word's index. */
function wordIndexer(text: string): (offset: number) => number {
  const starts: number[] = [0];
  for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1)) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid] <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
}

function added(w: readonly string[], from: number, to: number, where: Difference['where']): Difference {
  return { where, at: from, words: Math.max(0, to - from), excerpt: excerpt(w, from, to), restrictive: RESTRICTIVE.test(w.slice(from, to).join(' ')) };
}

/** A name, a date or a placeholder is not a change; a restriction is, however short. */
function significant(d: Difference): boolean {
  if (d.restrictive && d.words >= 2) return true;
  if (d.where === 'inside' && d.titleEnd !== undefined && d.at < d.titleEnd) return false;
  const min = d.where === 'missing' ? MIN_MISSING : d.where === 'inside' ? MIN_INSIDE : MIN_AFTER;
  return d.words >= min;
}

function missing(file: PreparedText, ref: PreparedReference): Difference[] {
  const positions = Math.max(0, ref.coreLength - 1);
  const present = new Uint8Array(positions);
  for (let i = 0; i < positions; i++) present[i] = file.bigrams.has(ref.keys[i]) ? 1 : 0;
  return gaps(runs(present, SOLID_RUN), 0, positions).map(([i, j]) => ({ where: 'missing' as const, at: i + 1, words: j - i, excerpt: excerpt(ref.words, i + 1, j), restrictive: false }));
}

const EXCERPT_WORDS = 20;

function excerpt(w: readonly string[], from: number, to: number): string {
  const slice = w.slice(from, Math.min(to, from + EXCERPT_WORDS));
  return slice.join(' ') + (to - from > EXCERPT_WORDS ? ' …' : '');
}
