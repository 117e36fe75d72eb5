import type { IgnoreEntry } from '../config/schema.js';
import { ruleById } from '../rules.js';

const FINGERPRINT = /^[0-9a-f]{32}$/;

export interface ScanCoverage {
  /** The whole tree was scanned (no change set, no sub-folder): an entry that matched nothing is stale, not out of scope. */
  full: boolean;
  /** The checks that ran to the end. */
  ran: ReadonlySet<string>;
  /** Every check asked for ran to the end. */
  allRan: boolean;
}

/**
 * Notes on fingerprint entries of `ignore` (config or baseline) that can match nothing: a malformed fingerprint,
 * or, on a full scan whose checks ran, one no finding matches any more (so a baseline shrinks as the code improves).
 * Each note names the entry by file, line and column.
 */
export function ignoreEntryNotes(entries: readonly IgnoreEntry[], matched: ReadonlySet<IgnoreEntry>, coverage: ScanCoverage): string[] {
  const notes: string[] = [];
  for (const entry of entries) {
    if (entry.fingerprint === undefined || matched.has(entry)) continue;
    const name = `${entry.at ?? 'ignore entry'}: ${entry.fromBaseline ? 'baseline' : 'ignore'} entry "${entry.fingerprint}"`;
    if (!FINGERPRINT.test(entry.fingerprint)) {
      notes.push(`${name} is not a fingerprint (32 lowercase hexadecimal digits): it matches nothing; copy the fingerprint from a report`);
      continue;
    }
    const checked = entry.rules ? entry.rules.every((r) => coverage.ran.has(ruleById(r)?.check ?? '')) : coverage.allRan;
    if (coverage.full && checked) notes.push(`${name}${entry.rules ? ` (${entry.rules.join(', ')})` : ''} matched no finding in this run: the finding is gone, remove the entry`);
  }
  return notes;
}
