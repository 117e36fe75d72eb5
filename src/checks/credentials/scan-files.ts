import type { ExtraCredential } from '../../config/schema.js';
import { DEFAULT_READ, openTextSync } from '../../files/read-text.js';
import type { Skipped } from '../../files/types.js';
import { errorCode } from '../../files/walk.js';
import { buildCatalogue } from './catalogue.js';
import { fileKind } from './file-kind.js';
import { scanCredentials, type CredentialFinding } from './scan.js';

// Every pattern of this check is ASCII: UTF-8 text is scanned as bytes (see ReadOptions.utf8AsBytes).
const READ = { ...DEFAULT_READ, chunkBytes: 1024 * 1024, utf8AsBytes: true };

// Files that hold other services' ids under app_id-like names.
const OTHER_SERVICE_FILES = /(?:^|\/)(?:agconnect-services\.json|google-services\.json|GoogleService-Info\.plist)$/;

export interface FileToScan {
  abs: string;
  path: string;
  size: number;
}

export interface ScanResult {
  findings: CredentialFinding[];
  files: number;
  bytes: number;
  skipped: Skipped[];
}

/** Scans files one after another with one read buffer: the work of one thread. Plain data in, plain data out. */
export function scanFiles(files: readonly FileToScan[], extra: readonly ExtraCredential[]): ScanResult {
  const catalogue = buildCatalogue(extra.map((e) => ({ ...e, kind: 'team' as const })));
  const scratch = Buffer.allocUnsafe(READ.chunkBytes);
  const result: ScanResult = { findings: [], files: 0, bytes: 0, skipped: [] };
  for (const { abs, path, size } of files) {
    if (OTHER_SERVICE_FILES.test(path)) continue;
    try {
      const opened = openTextSync(abs, size, READ, scratch);
      if (opened.binary) {
        result.skipped.push({ path, reason: 'binary file' });
        continue;
      }
      result.files++;
      result.bytes += size;
      let kind: ReturnType<typeof fileKind> | undefined;
      for (const chunk of opened.chunks) {
        kind ??= fileKind(path, () => chunk.text);
        result.findings.push(...scanCredentials({ ...chunk, path, kind }, catalogue));
      }
    } catch (err) {
      result.skipped.push({ path, reason: `could not be read: ${errorCode(err)}` });
    }
  }
  return result;
}
