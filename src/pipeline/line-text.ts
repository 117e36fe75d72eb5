import { lstatSync } from 'node:fs';
import { join } from 'node:path';
import type { RawFinding } from '../findings.js';
import { readWholeText } from '../files/read-text.js';

// A file larger than this is not read again: its findings get no inline suppression comment, only an ignore entry.
const MAX_REREAD_BYTES = 16 * 1024 * 1024;

/**
 * The text of each finding's line and the line before, which inline suppression reads, for the findings whose check
 * did not keep them: every file with such findings is read once more. A file-level finding, a file to create and a
 * place inside an artifact have no line of their own.
 */
export function withLineText(raw: readonly RawFinding[], root: string): RawFinding[] {
  const wanted = new Map<string, Set<number>>();
  for (const f of raw) {
    if (!needsLineText(f)) continue;
    const lines = wanted.get(f.path) ?? new Set<number>();
    lines.add(f.line!).add(f.line! - 1);
    wanted.set(f.path, lines);
  }
  const found = new Map<string, Map<number, string>>();
  for (const [path, lines] of wanted) found.set(path, linesOf(join(root, ...path.split('/')), lines));
  return raw.map((f) => {
    if (!needsLineText(f)) return f;
    const lines = found.get(f.path)!;
    const lineText = lines.get(f.line!);
    return lineText === undefined ? f : { ...f, lineText, previousLineText: lines.get(f.line! - 1) };
  });
}

function needsLineText(f: RawFinding): boolean {
  return f.line !== undefined && f.lineText === undefined && !f.fileToCreate && f.shipsIn === undefined;
}

/** The given lines of a text file (1-based); none when it is gone, not a regular file, binary or too large. */
function linesOf(abs: string, wanted: ReadonlySet<number>): Map<number, string> {
  const out = new Map<number, string>();
  try {
    const stat = lstatSync(abs);
    if (!stat.isFile() || stat.size > MAX_REREAD_BYTES) return out;
    const whole = readWholeText(abs, stat.size);
    if (whole.binary) return out;
    whole.text.split(/\r\n|\r|\n/).forEach((text, i) => {
      if (wanted.has(i + 1)) out.set(i + 1, text);
    });
  } catch {
    // Read by a check moments ago; if it cannot be read now, its findings simply get no inline comment.
  }
  return out;
}
