import { compare, type Difference } from './differences.js';
import { licenseFromName } from './spdx-names.js';
import { REFERENCES, type ReferenceLicense } from './references.js';
import { plausibleLength, prepare, prepareReference, recall, similarity, type PreparedFile, type PreparedReference, type PreparedText, type Similarity } from './similarity.js';

export type { Difference } from './differences.js';

/**
 * exact: the license's terms are all there and nothing else changes them (a notice or an exception before the
 *   text is fine); modified: the terms are there but text was added inside or after them, or a restriction
 *   before them; partial: too much of the terms is missing (truncated or rewritten); stub: a short file that only
 *   names a license; unknown: close to no known text.
 */
export type MatchStatus = 'exact' | 'modified' | 'partial' | 'stub' | 'unknown';

export interface LicenseMatch {
  status: MatchStatus;
  /** The closest (or, for a stub, the named) license. */
  license?: ReferenceLicense;
  /** Other licenses held whole in the same file. */
  also?: ReferenceLicense[];
  similarity?: Similarity;
  differences: Difference[];
  /** Normalised text before the license's terms begin: notices, "or later", exceptions. */
  preamble: string;
  /** The preamble grants an exception or additional permission (e.g. Telegram Desktop's OpenSSL exception). */
  exception: boolean;
  /** Words in the file after normalisation. */
  words: number;
}

/** Share of the terms that must be present to recognise a license. */
export const MIN_RECALL = 0.97;
/** Below this the file is not even a damaged copy of the closest text. */
const MIN_PARTIAL_RECALL = 0.4;
const STUB_WORDS = 300;

const EXCEPTION = /\b(?:exception|additional permission|special permission|linking permission)\b/;

let prepared: PreparedReference[] | undefined;
/** Reference texts are prepared once, on first use. */
export function preparedReferences(): PreparedReference[] {
  prepared ??= REFERENCES.map(prepareReference);
  return prepared;
}

/** A file's text prepared for comparison; the references go first, as they define the vocabulary. */
export function prepareFile(text: string): PreparedFile {
  preparedReferences();
  return prepare(text);
}

export function matchLicense(text: string): LicenseMatch {
  const file = prepareFile(text);
  const ranked = rank(file);
  const best = ranked[0];
  // A damaged copy: enough of the terms, or a shorter piece that is nearly all license text (a cut-off copy).
  const damaged = best && (best.sim.recall >= MIN_PARTIAL_RECALL || (best.sim.precision >= 0.9 && file.words.length >= 100));
  if (!best || !damaged) {
    const named = file.words.length <= STUB_WORDS ? licenseFromName(text) : undefined;
    const license = named ? REFERENCES.find((r) => r.id === named.id) : undefined;
    if (license) return { status: 'stub', license, differences: [], preamble: file.normalised, exception: false, words: file.words.length };
    return { status: 'unknown', license: best?.ref.license, similarity: best?.sim, differences: [], preamble: '', exception: false, words: file.words.length };
  }
  // Another license held whole in the same file: its text is not an addition (COPYING.LESSER with the GPL after it).
  // The file must be long enough for both: BSD-3-Clause holds all of BSD-2-Clause's terms, AGPL-1.0 nearly all of
  // GPL-2.0's, yet each is one license.
  const also = ranked.slice(1).filter((r) => r.sim.recall >= MIN_RECALL && file.words.length >= best.ref.coreLength + 0.8 * r.ref.coreLength);
  const shape = compare(file, [best.ref, ...also.map((r) => r.ref)]);
  // LGPL-3.0 is a set of additional permissions on top of GPL-3.0: a file holding both is LGPL-3.0.
  const lgpl = also.find((r) => r.ref.license.id === 'LGPL-3.0' && best.ref.license.id === 'GPL-3.0');
  const license = lgpl ? lgpl.ref.license : best.ref.license;
  const preambleText = file.normalised.slice(0, shape.start < file.offsets.length ? file.offsets[shape.start] : file.normalised.length).trim();
  const differences = shape.differences;
  let status: MatchStatus = 'exact';
  if (best.sim.recall < MIN_RECALL) status = 'partial';
  else if (differences.some((d) => d.where !== 'missing')) status = 'modified';
  return {
    status,
    license,
    also: also.map((r) => r.ref.license).filter((l) => l !== license).concat(lgpl ? [best.ref.license] : []),
    similarity: lgpl ? lgpl.sim : best.sim,
    differences,
    preamble: preambleText,
    exception: EXCEPTION.test(preambleText),
    words: file.words.length,
  };
}

interface Ranked {
  ref: PreparedReference;
  sim: Similarity;
}

/**
 * References by how much of their terms the file holds; among those within 3 points of the best, the one that
 * explains more of the file wins (BSD-3-Clause holds all of BSD-2-Clause's terms, GPL-3.0 most of AGPL-3.0's).
 */
export function rank(file: PreparedText): Ranked[] {
  const byRecall = preparedReferences()
    .filter((ref) => plausibleLength(file.words.length, ref))
    .map((ref) => ({ ref, recall: recall(file, ref) }))
    .sort((a, b) => b.recall - a.recall);
  if (byRecall.length === 0) return [];
  const top = byRecall[0].recall;
  // Only the close ones need the costlier measures.
  const near = byRecall
    .filter((s) => s.recall >= top - 0.03)
    .map((s) => ({ ref: s.ref, sim: similarity(file, s.ref) }))
    .sort((a, b) => b.sim.recall + b.sim.precision - (a.sim.recall + a.sim.precision));
  const rest = byRecall.filter((s) => s.recall < top - 0.03).map((s) => ({ ref: s.ref, sim: { recall: s.recall, precision: Number.NaN, dice: Number.NaN } }));
  return [...near, ...rest];
}
