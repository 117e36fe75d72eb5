import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { createGunzip } from 'node:zlib';
import { bombReason } from './entry-name.js';
import type { PullReader } from './pull-reader.js';
import { Refusal, type ArtifactSession } from './session.js';

/**
 * The decompressed bytes of a gzip stream, streamed through Node's zlib. Stops with a refusal when the output
 * outgrows the input past the ratio limit (a gzip bomb), before inflating further.
 */
export async function* gunzipped(s: ArtifactSession, reader: PullReader): AsyncGenerator<Uint8Array> {
  let compressed = 0;
  async function* counted(): AsyncGenerator<Buffer> {
    for await (const piece of reader.take(Infinity)) {
      compressed += piece.length;
      yield piece;
    }
  }
  const gunzip = createGunzip({ chunkSize: 64 * 1024 });
  const feeding = pipeline(Readable.from(counted()), gunzip).then(
    () => undefined,
    (err: unknown) => err,
  );
  let expanded = 0;
  try {
    for await (const chunk of gunzip as AsyncIterable<Buffer>) {
      expanded += chunk.length;
      const bomb = bombReason(expanded, compressed, s.limits.ratioFloorBytes, s.limits.maxRatio, 'gzip');
      if (bomb) throw new Refusal(bomb);
      yield chunk;
    }
  } finally {
    // Stopping early ends the feed with a premature-close error; a corrupt stream already failed the loop above.
    gunzip.destroy();
    await feeding;
  }
}
