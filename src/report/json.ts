import type { MergedReport } from '../sweep/model.js';
import type { Report } from './model.js';

/** The JSON report of DESIGN §5 (`result` and `failOn` are added for scripts), or the sweep's merged report. */
export function renderJson(report: Report | MergedReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
