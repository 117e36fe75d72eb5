import { HashScanner } from './byte-scanner.js';
import type { ArtifactSession } from './session.js';

/** Scans a stream of bytes for the session's values, chunk by chunk. */
export async function scanRaw(s: ArtifactSession, label: string, chunks: AsyncIterable<Uint8Array>): Promise<void> {
  const scanner = new HashScanner(s.hashes);
  for await (const chunk of chunks) {
    s.spend(chunk.byteLength);
    for (const match of scanner.push(chunk)) s.found(label, match);
  }
}
