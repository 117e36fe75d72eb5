import { placeText, type RawFinding } from '../findings.js';

const LISTED = 3;

interface Place {
  /** The finding's file: a place in that same file is not a link (a web build scanned as source and as artifact). */
  path: string;
  text: string;
}

/**
 * Links the findings of one catalogued value: a source finding of a value that an artifact carries says where it
 * ships, and the artifact finding says where the source writes it.
 */
export function linkShipped(raw: readonly RawFinding[]): RawFinding[] {
  const shipsIn = new Map<string, Place[]>();
  const writtenAt = new Map<string, Place[]>();
  for (const f of raw) {
    if (!f.value) continue;
    const [places, text] = f.shipsIn ? [shipsIn, f.shipsIn] : [writtenAt, placeText(f)];
    const list = places.get(f.value);
    if (list) list.push({ path: f.path, text });
    else places.set(f.value, [{ path: f.path, text }]);
  }
  if (shipsIn.size === 0) return [...raw];
  // One note per value, side and file: a value found thousands of times is listed once per file, not once per finding.
  const notes = new Map<string, string | undefined>();
  return raw.map((f) => {
    if (!f.value) return f;
    const key = `${f.shipsIn ? 'artifact' : 'source'}\0${f.value}\0${f.path}`;
    if (!notes.has(key)) {
      const others = (f.shipsIn ? writtenAt : shipsIn).get(f.value)?.filter((p) => p.path !== f.path) ?? [];
      notes.set(key, others.length === 0 ? undefined : f.shipsIn ? `Written in the source at ${listed(others)}.` : `This value ships: also found in ${listed(others)}.`);
    }
    const note = notes.get(key);
    return note ? { ...f, message: `${f.message} ${note}` } : f;
  });
}

function listed(places: readonly Place[]): string {
  const all = [...new Set(places.map((p) => p.text))].sort();
  const shown = all.slice(0, LISTED).join(', ');
  return all.length > LISTED ? `${shown} and ${all.length - LISTED} more` : shown;
}
