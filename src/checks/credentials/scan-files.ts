import type { ExtraCredential } from '../../config/schema.js';
import { byteChunkCapacity, openBytesSync, type ByteReadOptions } from '../../files/read-bytes.js';
import { DEFAULT_READ, openTextSync, readWholeText, type ReadOptions } from '../../files/read-text.js';
import { readHead } from '../../files/read-head.js';
import { TOOL_NAME } from '../../report/model.js';
import { isOwnReport } from '../../report/recognise.js';
import type { DiskPath, Skipped } from '../../files/types.js';
import { errorCode } from '../../files/walk.js';
import { buildCatalogue, type Catalogue } from './catalogue.js';
import type { Encoding } from '../../files/decode.js';
import { releaseWorkflow, type FileKind } from '../../files/file-kind.js';
import { createPrefilter, type Prefilter } from './prefilter/prefilter.js';
import { POSITIONAL_PLACEHOLDERS, scanCredentials, type CredentialFinding } from './scan.js';
import { append } from '../../append.js';

// Every pattern of this check is ASCII: UTF-8 text is scanned as bytes (see ReadOptions.utf8AsBytes).
const CREDENTIALS_READ: ReadOptions = { ...DEFAULT_READ, chunkBytes: 1024 * 1024, utf8AsBytes: true };

// Files that hold other services' ids under app_id-like names.
const OTHER_SERVICE_FILES = /(?:^|\/)(?:agconnect-services\.json|google-services\.json|GoogleService-Info\.plist)$/;

export interface FileToScan {
  abs: DiskPath;
  path: string;
  size: number;
  kind: FileKind;
}

export interface ScanResult {
  findings: CredentialFinding[];
  files: number;
  bytes: number;
  skipped: Skipped[];
}

export interface ScanFilesOptions {
  read?: ReadOptions;
  /** Skip chunks that the prefilter rules out (default); false decodes and scans every chunk, as a reference. */
  prefilter?: boolean;
}

/**
 * Scans files one after another with one read buffer (and one prefilter): the work of one thread, batch after batch.
 * Plain data in, plain data out.
 */
export class FileScanner {
  private readonly read: ReadOptions;
  private readonly catalogue: Catalogue;
  private readonly prefilter?: Prefilter;
  private readonly scratch?: Buffer;
  private found: ScanResult = emptyResult();

  constructor(extra: readonly ExtraCredential[], options: ScanFilesOptions = {}) {
    this.read = options.read ?? CREDENTIALS_READ;
    this.catalogue = buildCatalogue(extra.map((e) => ({ ...e, kind: 'team' as const })));
    const prefiltered = new Map<string, unknown>([...this.catalogue.byHash, ...POSITIONAL_PLACEHOLDERS.map((h) => [h, h] as const)]);
    this.prefilter = options.prefilter === false ? undefined : createPrefilter(byteChunkCapacity(byteReadOf(this.read)), prefiltered);
    this.scratch = this.prefilter ? undefined : Buffer.allocUnsafe(this.read.chunkBytes);
  }

  scan(files: readonly FileToScan[]): this {
    const result = this.found;
    for (const file of files) {
      if (OTHER_SERVICE_FILES.test(file.path)) continue;
      try {
        if (file.kind.reportLike && isOwnReportFile(file)) {
          result.skipped.push({ path: file.path, reason: 'a telegram-compliance report: it quotes the values of the files it scanned (not scanned again)' });
          continue;
        }
        const chunks = scanFile(file, this.read, this.catalogue, this.prefilter, this.scratch);
        if (chunks === 'binary') {
          result.skipped.push({ path: file.path, reason: 'binary file' });
          continue;
        }
        result.files++;
        result.bytes += file.size;
        // Chunk by chunk: a file that fails half-way keeps the findings of the chunks read before.
        for (const found of chunks) append(result.findings, found);
      } catch (err) {
        result.skipped.push({ path: file.path, reason: `could not be read: ${errorCode(err)}` });
      }
    }
    return this;
  }

  result(): ScanResult {
    return this.found;
  }

  /** The result so far, handed over: the scanner starts a new one. */
  take(): ScanResult {
    const taken = this.found;
    this.found = emptyResult();
    return taken;
  }
}

// The reports of a large tree stay far below this; a larger file is scanned like any other.
const MAX_REPORT_BYTES = 64 * 1024 * 1024;

function isOwnReportFile(file: FileToScan): boolean {
  if (file.size > MAX_REPORT_BYTES || !readHead(file.abs, 4096)?.includes(TOOL_NAME)) return false;
  const whole = readWholeText(file.abs, file.size);
  return !whole.binary && isOwnReport(whole.text);
}

function byteReadOf(read: ReadOptions): ByteReadOptions {
  return { chunkBytes: read.chunkBytes, overlapBytes: read.overlapChars };
}

function emptyResult(): ScanResult {
  return { findings: [], files: 0, bytes: 0, skipped: [] };
}

type ChunkFindings = Iterable<CredentialFinding[]>;
type Scanned = 'binary' | { encoding: Encoding; chunks: ChunkFindings };

/**
 * One file's findings, chunk by chunk: as its first bytes say it is encoded, and as raw bytes too where that would
 * leave text unscanned: a source file with a stray NUL byte (it would read as binary), or a file whose UTF-16 byte
 * order mark sits in front of UTF-8 text. The patterns are ASCII: UTF-16 text holds none of them as raw bytes, so
 * nothing is found twice.
 */
function scanFile(file: FileToScan, read: ReadOptions, catalogue: Catalogue, prefilter?: Prefilter, scratch?: Buffer): ChunkFindings | 'binary' {
  const scan = (sniffing: boolean): Scanned => (prefilter ? scanBytes(file, prefilter, read, catalogue, sniffing) : scanText(file, read, catalogue, scratch, sniffing));
  const sniffed = scan(true);
  if (sniffed === 'binary') return file.kind.sourceText ? chunksOf(scan(false)) : 'binary';
  if (sniffed.encoding === 'utf-8') return sniffed.chunks;
  return (function* () {
    yield* sniffed.chunks;
    yield* chunksOf(scan(false));
  })();
}

function chunksOf(scanned: Scanned): ChunkFindings {
  return scanned === 'binary' ? [] : scanned.chunks;
}

/** Whether a file builds a release: a release path, or a workflow whose triggers are release or tag events. */
function buildsRelease(kind: FileKind, firstText: () => string): boolean {
  return kind.releasePath || (kind.workflow && releaseWorkflow(firstText()));
}

/** UTF-8 files as bytes in the prefilter's memory: only the chunks it lets through are decoded and scanned. */
function scanBytes(file: FileToScan, prefilter: Prefilter, read: ReadOptions, catalogue: Catalogue, sniffing: boolean): Scanned {
  const { memory } = prefilter;
  const opened = openBytesSync(file.abs, memory, prefilter.dataOffset, byteReadOf(read), prefilter.newlines, sniffing);
  if (opened.kind === 'binary') return 'binary';
  if (opened.kind === 'utf-16') return scanText(file, read, catalogue, undefined, true);
  const { path, kind } = file;
  return {
    encoding: 'utf-8',
    chunks: (function* () {
      let release: boolean | undefined;
      for (const chunk of opened.chunks) {
        const text = () => memory.toString('latin1', chunk.start, chunk.end);
        release ??= buildsRelease(kind, text);
        if (!prefilter.mayMatch(chunk.start, chunk.end)) continue;
        yield scanCredentials({ text: text(), line: chunk.line, column: chunk.column, from: chunk.from, limit: chunk.limit, bytes: true, path, kind, release }, catalogue);
      }
    })(),
  };
}

/** Any file decoded to text, every chunk scanned. */
function scanText(file: FileToScan, read: ReadOptions, catalogue: Catalogue, scratch: Buffer | undefined, sniffing: boolean): Scanned {
  const opened = openTextSync(file.abs, file.size, read, scratch, sniffing);
  if (opened.binary) return 'binary';
  const { path, kind } = file;
  return {
    encoding: opened.encoding,
    chunks: (function* () {
      let release: boolean | undefined;
      for (const chunk of opened.chunks) {
        release ??= buildsRelease(kind, () => chunk.text);
        yield scanCredentials({ ...chunk, path, kind, release }, catalogue);
      }
    })(),
  };
}
