/**
 * The one rule of every chunked reader (text, bytes): a chunk owns the matches that start in [from, limit), and
 * holds up to `overlap` more units on each side of that range, so that neither a match that straddles `limit` nor
 * the context a scan looks back at (a name before its value, a guard above it) is cut at a chunk edge. The next chunk
 * starts `overlap` units before this one's `limit` and owns from there on.
 */
export interface ChunkWindow {
  from: number;
  limit: number;
}

/** The owned range of a chunk of `length` units whose first `from` units were carried as look-back. */
export function ownedRange(length: number, from: number, atEnd: boolean, overlap: number): ChunkWindow {
  return { from, limit: atEnd ? length : Math.max(from, length - overlap) };
}

/** Where the next chunk's carried units start in this chunk: `overlap` before this chunk's limit. */
export function carryStart(window: ChunkWindow, overlap: number): number {
  return Math.max(0, window.limit - overlap);
}

/** Whether a match starting at `offset` is this chunk's to report. */
export function owns(window: ChunkWindow, offset: number): boolean {
  return offset >= window.from && offset < window.limit;
}
