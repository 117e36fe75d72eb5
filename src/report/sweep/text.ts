import type { MergedReport } from '../../sweep/model.js';
import { placeText } from '../../findings.js';
import { worstFinding } from '../../sweep/merge.js';
import { plural } from '../plural.js';

/** A line per repository (verdict, counts, worst finding), the unreachable ones, notices, and the totals last. */
export function renderMergedText(merged: MergedReport, options: { color?: boolean } = {}): string {
  const paint = (code: number, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const out: string[] = [];
  for (const r of merged.repositories) {
    const s = r.summary;
    const worst = worstFinding(r.report.findings);
    const verdict = r.result === 'pass' ? paint(32, '✔ pass') : paint(31, `✖ ${r.result}`);
    out.push(`${verdict}  ${r.name}: ${plural(s.errors, 'error')}, ${plural(s.warnings, 'warning')}, ${plural(s.notes, 'note')}`);
    if (worst) out.push(`    worst: ${worst.level} ${worst.ruleId} at ${placeText(worst)}: ${worst.message}`);
  }
  for (const u of merged.unreachable) out.push(`${paint(33, '? unreachable')}  ${u.name}: ${u.reason}`);
  if (out.length > 0) out.push('');
  for (const n of merged.notices) out.push(paint(2, `notice: ${n}`));
  if (merged.notices.length > 0) out.push('');
  const t = merged.totals;
  const total =
    `${plural(t.repositories, 'repository', 'repositories')} (${t.failed} failed, ${t.passed} passed, ${t.incomplete > 0 ? `${t.incomplete} incomplete, ` : ''}${t.unreachable} unreachable): ` +
    `${plural(t.errors, 'error')}, ${plural(t.warnings, 'warning')}, ${plural(t.notes, 'note')}${t.suppressed ? `, ${t.suppressed} suppressed` : ''}`;
  if (merged.result === 'error') out.push(paint(31, `✖ ${total}; not a pass: a check failed in ${plural(t.incomplete, 'repository', 'repositories')}`));
  else out.push(merged.result === 'fail' ? paint(31, `✖ ${total} (fail-on: ${merged.failOn})`) : paint(32, `✔ ${total}`));
  return `${out.join('\n')}\n`;
}
