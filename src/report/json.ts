import type { MergedReport } from '../sweep/model.js';
import type { Report } from './model.js';

/** The JSON report of DESIGN §5 (`result` and `failOn` are added for scripts), or the sweep's merged report. */
export function renderJson(report: Report | MergedReport): string {
  return [...jsonChunks(report)].join('');
}

/** The lists a report may hold 100,000 entries of: written out one entry at a time. */
const LONG_LISTS = new Set(['findings', 'suppressed']);
/** Characters gathered before a piece is handed to the writer. */
const PIECE_CHARS = 1 << 20;

/**
 * The same text as `JSON.stringify(report, null, 2)` and a line break, in pieces of about 1 MiB: the findings are
 * stringified one by one, so a report of 100,000 findings is never held whole as one string beside its objects.
 */
export function* jsonChunks(report: Report | MergedReport): Generator<string> {
  const holes = new Map<string, readonly unknown[]>();
  const outline = JSON.stringify(
    report,
    function (this: unknown, key: string, value: unknown) {
      if (this !== report || !LONG_LISTS.has(key) || !Array.isArray(value) || value.length === 0) return value;
      holes.set(key, value);
      return `\u0000${key}`;
    },
    2,
  );
  let rest = `${outline}\n`;
  let piece = '';
  for (const [key, list] of holes) {
    const marker = `"\\u0000${key}"`;
    const at = rest.indexOf(marker);
    piece += `${rest.slice(0, at)}[\n`;
    for (let i = 0; i < list.length; i++) {
      piece += `    ${JSON.stringify(list[i], null, 2).replace(/\n/g, '\n    ')}${i < list.length - 1 ? ',' : ''}\n`;
      if (piece.length >= PIECE_CHARS) {
        yield piece;
        piece = '';
      }
    }
    piece += '  ]';
    rest = rest.slice(at + marker.length);
  }
  yield piece + rest;
}
