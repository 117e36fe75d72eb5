import type { RawFinding } from '../findings.js';

const LISTED = 3;

/**
 * Links the findings of one catalogued value: a source finding of a value that an artifact carries says where it
 * ships, and the artifact finding says where the source writes it.
 */
export function linkShipped(raw: readonly RawFinding[]): RawFinding[] {
  const shipsIn = new Map<string, Set<string>>();
  const writtenAt = new Map<string, Set<string>>();
  for (const f of raw) {
    if (!f.value) continue;
    const [places, place] = f.shipsIn ? [shipsIn, f.shipsIn] : [writtenAt, `${f.path}:${f.line}`];
    const set = places.get(f.value) ?? new Set<string>();
    set.add(place);
    places.set(f.value, set);
  }
  if (shipsIn.size === 0) return [...raw];
  return raw.map((f) => {
    if (!f.value) return f;
    if (f.shipsIn) {
      const written = writtenAt.get(f.value);
      return written ? { ...f, message: `${f.message} Written in the source at ${list(written)}.` } : f;
    }
    const ships = shipsIn.get(f.value);
    return ships ? { ...f, message: `${f.message} This value ships: also found in ${list(ships)}.` } : f;
  });
}

function list(places: ReadonlySet<string>): string {
  const all = [...places].sort();
  const shown = all.slice(0, LISTED).join(', ');
  return all.length > LISTED ? `${shown} and ${all.length - LISTED} more` : shown;
}
