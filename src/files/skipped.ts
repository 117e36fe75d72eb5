import type { Skipped } from './types.js';

/** A file left out, and by whom: a check's name, or undefined for the walk. */
export interface SkipNote extends Skipped {
  by?: string;
}

/**
 * One entry per path, sorted by path. A file left out once keeps its reason as it is; a file left out by several
 * checks (or by the walk and a check) gets each distinct reason once, with the checks that gave it.
 */
export function mergeSkipped(notes: readonly SkipNote[]): Skipped[] {
  const byPath = new Map<string, Map<string, Set<string>>>();
  const count = new Map<string, number>();
  for (const n of notes) {
    count.set(n.path, (count.get(n.path) ?? 0) + 1);
    const reasons = byPath.get(n.path) ?? new Map<string, Set<string>>();
    byPath.set(n.path, reasons);
    const by = reasons.get(n.reason) ?? new Set<string>();
    reasons.set(n.reason, by);
    if (n.by) by.add(n.by);
  }
  const out: Skipped[] = [];
  for (const [path, reasons] of byPath) {
    const reason =
      count.get(path) === 1
        ? [...reasons.keys()][0]
        : [...reasons].map(([text, by]) => (by.size > 0 ? `${text} (${[...by].join(', ')})` : text)).join('; ');
    out.push({ path, reason });
  }
  return out.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
}
