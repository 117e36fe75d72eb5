import { REPOSITORY_NAME } from '../github/repository-name.js';
import { plural } from '../report/plural.js';

/** GitHub runs at most this many jobs from one matrix. */
export const MAX_MATRIX_JOBS = 256;

export interface RepositoryList {
  /** Valid OWNER/NAME entries, first occurrence kept, in the order given. */
  names: string[];
  /** One line per entry that is not OWNER/NAME, naming its line number. */
  problems: string[];
}

/** Reads newline-separated OWNER/NAME entries; blank lines and `#` comments are skipped. */
export function parseRepositoryList(text: string, source: string): RepositoryList {
  const seen = new Set<string>();
  const names: string[] = [];
  const problems: string[] = [];
  text.split(/\r?\n/).forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    if (!REPOSITORY_NAME.test(line)) {
      problems.push(`${source}:${i + 1}: "${line.slice(0, 120)}" is not OWNER/NAME`);
      return;
    }
    const key = line.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    names.push(line);
  });
  return { names, problems };
}

/** Consecutive batches of at most `size` repositories. */
export function splitIntoBatches<T>(items: readonly T[], size = MAX_MATRIX_JOBS): T[][] {
  const batches: T[][] = [];
  for (let i = 0; i < items.length; i += size) batches.push(items.slice(i, i + size));
  return batches;
}

export interface SweepMatrix {
  total: number;
  batches: number;
  /** 1-based number of the batch this matrix holds. */
  batch: number;
  /** The matrix values: this batch's repositories (empty when the batch is past the last). */
  repositories: string[];
  /** Markdown for the job summary: how many repositories, and the batches when there is more than one. */
  summary: string;
}

/** The matrix of one batch (1-based) of the sweep. */
export function sweepMatrix(names: readonly string[], batch: number): SweepMatrix {
  const batches = splitIntoBatches(names);
  const repositories = batches[batch - 1] ?? [];
  const first = (batch - 1) * MAX_MATRIX_JOBS + 1;
  let summary: string;
  if (names.length === 0) summary = 'No repository to scan.';
  else if (repositories.length === 0) summary = `Nothing to scan in batch ${batch}: the ${plural(names.length, 'repository', 'repositories')} fill ${plural(batches.length, 'batch', 'batches')}.`;
  else if (batches.length === 1) summary = `Scanning ${plural(names.length, 'repository', 'repositories')}.`;
  else {
    const others = batches.map((_, i) => i + 1).filter((n) => n !== batch);
    const range = `repositories ${first}–${first + repositories.length - 1}`;
    summary =
      `${names.length} repositories: GitHub runs at most ${MAX_MATRIX_JOBS} jobs from one matrix, so the sweep is split into ${batches.length} batches. ` +
      `This run scans batch ${batch} (${range}); run the other${others.length === 1 ? '' : 's'} with \`batch: ${others.join('`, `')}\`.`;
  }
  return { total: names.length, batches: batches.length, batch, repositories, summary };
}

