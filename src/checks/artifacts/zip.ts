import yauzl, { type ZipFile } from 'yauzl';
import { bombReason, unsafeEntryName } from './entry-name.js';
import { formatBytes } from './limits.js';
import { Refusal, reasonOf, type ArtifactSession } from './session.js';
import type { InspectEntry } from './tar.js';

// File names are decoded and checked here, entry by entry, so that one bad name refuses that entry, not the archive.
const OPTIONS: yauzl.Options = { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false };

/** Opens a zip on disk: yauzl reads the central directory and each entry by random access, never the whole file. */
export function openZipFile(abs: string): Promise<ZipFile> {
  return yauzl.openPromise(abs, OPTIONS);
}

/** Opens a nested zip already held in memory (bounded by `maxNestedBytes`). */
export function openZipBuffer(bytes: Buffer): Promise<ZipFile> {
  return yauzl.fromBufferPromise(bytes, OPTIONS);
}

/**
 * Hands every entry that can hold strings to `inspect`, streamed and inflated by yauzl. Refused without reading:
 * path-traversal names, encrypted entries, unknown compression, and entries whose declared sizes mark a zip bomb;
 * an entry that inflates past its declared size is cut off by yauzl's size check.
 */
export async function scanZip(s: ArtifactSession, label: string, zip: ZipFile, depth: number, inspect: InspectEntry): Promise<void> {
  try {
    if (zip.entryCount > s.limits.maxEntries) {
      return s.skip(label, `not inspected: ${zip.entryCount} entries, above the limit of ${s.limits.maxEntries}`);
    }
    let declared = 0;
    for await (const entry of zip.eachEntry()) {
      const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
      // A folder entry holds nothing; one that declares data is read like any other entry.
      if (name.endsWith('/') && entry.uncompressedSize === 0 && entry.compressedSize === 0) continue;
      const entryLabel = `${label}!/${name}`;
      const refusal =
        withPrefix(unsafeEntryName(name)) ??
        (entry.isEncrypted() ? 'not inspected: encrypted entry' : undefined) ??
        (entry.canDecodeFileData() ? undefined : `not inspected: compression method ${entry.compressionMethod} is not supported`) ??
        bombReason(entry.uncompressedSize, entry.compressedSize, s.limits.ratioFloorBytes, s.limits.maxRatio);
      if (refusal) {
        s.skip(entryLabel, refusal);
        continue;
      }
      declared += entry.uncompressedSize;
      if (declared > s.limits.maxScannedBytes) {
        throw new Refusal(`refused: entries declare more than ${formatBytes(s.limits.maxScannedBytes)} in all (limit): the rest was not inspected`, true);
      }
      try {
        const stream = await zip.openReadStreamPromise(entry);
        await inspect(entryLabel, name, stream, depth + 1, entry.uncompressedSize);
      } catch (err) {
        if (err instanceof Refusal && err.fatal) throw err;
        s.skip(entryLabel, reasonOf(err));
      }
    }
  } finally {
    zip.close();
  }
}

function withPrefix(reason: string | undefined): string | undefined {
  return reason && `refused: ${reason}; nothing was extracted or read`;
}
