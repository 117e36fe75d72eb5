/**
 * Appends every item of `items` to `target`. `target.push(...items)` passes each item as an argument and throws
 * "Maximum call stack size exceeded" past about 120,000 of them (findings of a hostile tree, skipped links).
 */
export function append<T>(target: T[], items: Iterable<T>): void {
  for (const item of items) target.push(item);
}
