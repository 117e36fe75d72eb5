import type { Report } from './model.js';

/** The JSON report of DESIGN §5; `result` and `failOn` are added for scripts. */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
