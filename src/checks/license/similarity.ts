import { normalise, words, wordsAt } from './normalise.js';
import type { ReferenceLicense } from './references.js';

/**
 * A text prepared for comparison: its normalised words as integer ids, and the set of word bigrams (pairs of
 * neighbours) as numbers. Bigrams keep word order locally, so texts that share a vocabulary but not their
 * sentences (GPL-3.0 and AGPL-3.0, LGPL-2.0 and LGPL-2.1) stay apart, while reflowing or re-punctuating a text
 * changes nothing. Integers instead of strings keep a 35 kB text under a few milliseconds.
 */
export interface PreparedText {
  words: string[];
  /** Bigram key at each word position i (words i and i+1). */
  keys: Int32Array;
  bigrams: Set<number>;
}

export interface PreparedReference extends PreparedText {
  license: ReferenceLicense;
  /** Bigrams of the terms only: up to "END OF TERMS AND CONDITIONS", without the optional how-to-apply appendix. */
  core: Set<number>;
  /** Words in the core. */
  coreLength: number;
  /** Bigrams of the opening words (title, version, preamble): where a copy of the text starts. */
  head: Set<number>;
  /** The words joined by single spaces, with a space at each end, for phrase look-ups. */
  joined: string;
}

const HEAD_WORDS = 150;

// Word ids shared by all reference texts. A word no reference has can never complete a reference bigram, so all
// such words share one id: keys stay small integers (a*2^15+b fits V8's small-integer range, fast in a Set).
const vocabulary = new Map<string, number>();
const UNKNOWN = 0;
const ID_SPACE = 2 ** 15;

function ids(w: readonly string[], intern: boolean): Int32Array {
  const keys = new Int32Array(Math.max(0, w.length - 1));
  let prev = UNKNOWN;
  for (let i = 0; i < w.length; i++) {
    let id = vocabulary.get(w[i]);
    if (id === undefined) {
      if (intern && vocabulary.size + 1 < ID_SPACE) {
        id = vocabulary.size + 1;
        vocabulary.set(w[i], id);
      } else id = UNKNOWN;
    }
    if (i > 0) keys[i - 1] = prev * ID_SPACE + id;
    prev = id;
  }
  return keys;
}

function prepareWords(w: string[], intern: boolean): PreparedText {
  const keys = ids(w, intern);
  return { words: w, keys, bigrams: new Set(keys) };
}

/** A file's text: also keeps the normalised text and where each word starts in it, to cut out a preamble. */
export interface PreparedFile extends PreparedText {
  normalised: string;
  offsets: number[];
}

export function prepare(text: string): PreparedFile {
  const normalised = normalise(text);
  const { words: w, offsets } = wordsAt(normalised);
  return { ...prepareWords(w, false), normalised, offsets };
}

export function prepareReference(license: ReferenceLicense): PreparedReference {
  const w = words(normalise(license.text));
  const all = prepareWords(w, true);
  for (const extra of license.appendix ?? []) for (const k of prepareWords(words(normalise(extra)), true).keys) all.bigrams.add(k);
  const end = endOfTerms(w);
  const coreLength = end === -1 ? w.length : end;
  return { ...all, license, core: new Set(all.keys.subarray(0, Math.max(0, coreLength - 1))), coreLength, head: new Set(all.keys.subarray(0, HEAD_WORDS)), joined: ` ${w.join(' ')} ` };
}

const END_OF_TERMS = ['end', 'of', 'terms', 'and', 'conditions'];

/** Index of the first word after "end of terms and conditions", or -1. */
export function endOfTerms(w: readonly string[]): number {
  outer: for (let i = 0; i + END_OF_TERMS.length <= w.length; i++) {
    for (let j = 0; j < END_OF_TERMS.length; j++) if (w[i + j] !== END_OF_TERMS[j]) continue outer;
    return i + END_OF_TERMS.length;
  }
  return -1;
}

export interface Similarity {
  /** Share of the reference's terms (core bigrams) found in the file: low when the file is truncated. */
  recall: number;
  /** Share of the file's word positions the reference explains: low when text is added before, inside or after. */
  precision: number;
  /** Sørensen–Dice coefficient of the two bigram sets (licensee's measure, on bigrams instead of words). */
  dice: number;
}

export function recall(file: PreparedText, ref: PreparedReference): number {
  let inCore = 0;
  for (const b of ref.core) if (file.bigrams.has(b)) inCore++;
  return ref.core.size === 0 ? 0 : inCore / ref.core.size;
}

export function similarity(file: PreparedText, ref: PreparedReference): Similarity {
  let shared = 0;
  const [small, large] = file.bigrams.size < ref.bigrams.size ? [file.bigrams, ref.bigrams] : [ref.bigrams, file.bigrams];
  for (const b of small) if (large.has(b)) shared++;
  let explained = 0;
  for (const k of file.keys) if (ref.bigrams.has(k)) explained++;
  return {
    recall: recall(file, ref),
    precision: file.keys.length === 0 ? 0 : explained / file.keys.length,
    dice: file.bigrams.size + ref.bigrams.size === 0 ? 0 : (2 * shared) / (file.bigrams.size + ref.bigrams.size),
  };
}

/**
 * Cheap prefilter before any set work: a file with fewer words than a fifth of the terms cannot hold them. (No
 * upper bound: a file may hold several licenses, and recall costs the reference's size, not the file's.)
 */
export function plausibleLength(fileWords: number, ref: PreparedReference): boolean {
  return fileWords >= ref.coreLength * 0.2;
}
