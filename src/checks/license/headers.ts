import type { FileEntry } from '../../files/types.js';
import { readHead } from '../../files/read-head.js';
import { versionStatements, type VersionStatement } from './or-later.js';

export interface SpdxHeader {
  path: string;
  line: number;
  expression: string;
}

export interface HeaderSample {
  headers: SpdxHeader[];
  statements: VersionStatement[];
  files: number;
  bytes: number;
}

/** Source files read for headers: a bounded sample, so a huge tree costs the same as a small one. */
export const MAX_HEADER_FILES = 300;
const HEAD_BYTES = 3072;
const SOURCE = /\.(?:c|cc|cpp|cxx|h|hh|hpp|m|mm|swift|java|kt|kts|js|mjs|cjs|ts|tsx|jsx|go|rs|py|rb|php|cs|dart|scala|lua|sh|cmake|vue|svelte)$/i;

/** Picks source files across the tree (every n-th, in path order) rather than the first few folders. */
export function sampleSources(tree: readonly FileEntry[], root: string, max = MAX_HEADER_FILES): FileEntry[] {
  const sources = tree.filter((f) => f.path.startsWith(root) && SOURCE.test(f.path) && !f.kind.vendored);
  if (sources.length <= max) return sources;
  const step = sources.length / max;
  return Array.from({ length: max }, (_, i) => sources[Math.floor(i * step)]);
}

/** Reads the first bytes of each sampled file for SPDX-License-Identifier lines and "or later" notices. */
export async function readHeaders(files: readonly FileEntry[]): Promise<HeaderSample> {
  const sample: HeaderSample = { headers: [], statements: [], files: 0, bytes: 0 };
  for (const file of files) {
    const head = readHead(file.abs, HEAD_BYTES, { textOnly: true });
    if (head === undefined) continue;
    sample.files++;
    sample.bytes += head.length;
    sample.headers.push(...spdxHeaders(head, file.path));
    const header = commentHeader(head);
    if (header) sample.statements.push(...versionStatements(header, file.path, 1));
  }
  return sample;
}

/** A header is at the top of a file: an identifier further down is code or documentation talking about one. */
const HEADER_LINES = 30;

export function spdxHeaders(text: string, path: string): SpdxHeader[] {
  const out: SpdxHeader[] = [];
  const lines = text.split('\n').slice(0, HEADER_LINES);
  lines.forEach((line, i) => {
    // Only the characters an SPDX expression has: a comment closer or a quote ends it.
    const m = /SPDX-License-Identifier:\s*([A-Za-z0-9.+:() -]+)/.exec(line);
    if (!m) return;
    const expression = m[1].replace(/(?<!\s)\s*(?:-->|--\s*$).*$/, '').trim();
    if (expression) out.push({ path, line: i + 1, expression });
  });
  return out;
}

/** The leading comment block of a file (the first 60 lines at most), where license notices sit. */
function commentHeader(head: string): string {
  return head.split('\n').slice(0, 60).join('\n');
}
