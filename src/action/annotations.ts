import * as core from '@actions/core';
import type { Report } from '../report/model.js';

/** GitHub shows 10 annotations per level per step: errors first, then a notice pointing to the summary. */
export const SHOWN_PER_LEVEL = 10;

export function writeAnnotations(report: Report): void {
  const perLevel = { error: 0, warning: 0, note: 0 };
  let hidden = 0;
  for (const f of report.findings) {
    if (perLevel[f.level]++ >= SHOWN_PER_LEVEL) {
      hidden++;
      continue;
    }
    const props = { title: f.ruleId, file: f.path, startLine: f.line, startColumn: f.column };
    if (f.level === 'error') core.error(f.message, props);
    else if (f.level === 'warning') core.warning(f.message, props);
    else core.notice(f.message, props);
  }
  if (hidden > 0) core.notice(`${hidden} more findings are not annotated here (GitHub shows ${SHOWN_PER_LEVEL} per level): see the job summary.`);
}
