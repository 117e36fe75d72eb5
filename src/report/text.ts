import { compareLocation, type Finding } from '../findings.js';
import { ruleById } from '../rules.js';
import type { Report } from './model.js';
import { failedChecks } from '../decision.js';
import { howToSilence, levelNote, toCreateNote } from './hints.js';
import { plural } from './plural.js';
import { terminalText } from './terminal-text.js';

/**
 * What a person reads in a terminal: findings grouped by file, each with line, level, rule, message and fix. Every
 * text that came from the tree (names, messages, reasons) goes through terminalText before it is painted.
 */
export function renderText(report: Report, options: { color?: boolean } = {}): string {
  const paint = (code: number, s: string) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const levelText = { error: paint(31, 'error  '), warning: paint(33, 'warning'), note: paint(36, 'note   ') };
  const out: string[] = [];
  const byFile = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byFile.get(f.path) ?? [];
    list.push(f);
    byFile.set(f.path, list);
  }
  for (const path of [...byFile.keys()].sort()) {
    const inFile = byFile.get(path)!.sort(compareLocation);
    out.push(paint(1, terminalText(path) + toCreateNote(inFile[0])));
    for (const f of inFile) {
      out.push(`  ${(f.line === undefined ? 'file' : `${f.line}:${f.column}`).padEnd(8)} ${levelText[f.level]}  ${f.ruleId}${levelNote(f)}`);
      out.push(`    ${terminalText(f.message)}`);
      if (f.help) out.push(`    ${paint(2, `fix: ${terminalText(f.help)}`)}`);
      out.push(...silenceLines(f).map((l) => `    ${paint(2, l)}`));
    }
    out.push('');
  }
  // A finding's own fix stands under it; the rule's general help is only for the findings that have none.
  const rules = [...new Set(report.findings.filter((f) => !f.help).map((f) => f.ruleId))].sort();
  for (const id of rules) {
    const help = ruleById(id)?.help;
    if (help) out.push(`${paint(1, `How to fix ${id}:`)} ${help}`);
  }
  if (rules.length > 0) out.push('');
  if (report.suppressed.length > 0) {
    const byReason = new Map<string, number>();
    for (const f of report.suppressed) {
      const key = `${f.suppression.kind}: ${f.suppression.reason}`;
      byReason.set(key, (byReason.get(key) ?? 0) + 1);
    }
    out.push(paint(2, `${report.suppressed.length} suppressed (--format json lists them):`));
    for (const [reason, n] of byReason) out.push(paint(2, `  ${n} × ${terminalText(reason)}`));
    out.push('');
  }
  for (const [name, c] of Object.entries(report.checks)) {
    if (c.status !== 'ran') out.push(paint(2, `check ${name} ${c.status}: ${terminalText(c.reason ?? '')}`));
    else if (c.nothingFound) out.push(paint(2, `check ${name} found nothing to check: ${terminalText(c.nothingFound)}`));
  }
  if (report.skipped.length > 0) out.push(paint(2, skippedSummary(report)));
  for (const note of report.configNotes ?? []) out.push(paint(36, `note: ${terminalText(note)}`));
  if (report.findings.length > 0) out.push(...howToSilence((c) => c).map((l) => paint(2, l)));
  const { errors, warnings, notes, suppressed } = report.summary;
  const files = Object.values(report.checks).reduce((n, c) => Math.max(n, c.files), 0);
  const total = `${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notes, 'note')}${suppressed ? `, ${suppressed} suppressed` : ''} in ${plural(files, 'file')} scanned`;
  if (report.result === 'error') out.push(paint(31, `✖ ${total}; not a pass: ${terminalText(failedChecks(report.checks))}`));
  else if (report.result === 'fail') out.push(paint(31, `✖ ${total} (fail-on: ${report.failOn})`));
  // With fail-on never nothing fails the run, but a pass mark over findings would read as "no problems".
  else if (report.failOn === 'never' && report.findings.length > 0) out.push(`○ ${total} (fail-on: never, so findings do not fail the run)`);
  else out.push(paint(32, `✔ ${total}`));
  return `${out.join('\n')}\n`;
}

/** The finding's fingerprint and its ready-to-paste suppressions (our text: rule id, fingerprint, comment syntax). */
function silenceLines(f: Finding): string[] {
  if (!f.silence) return [`fingerprint: ${f.fingerprint}`];
  return [
    ...(f.silence.comment ? [`silence: ${f.silence.comment}   (at the end of line ${f.line})`] : []),
    `${f.silence.comment ? '     or' : 'silence:'} ${f.silence.entry}   (under ignore: in the config)`,
  ];
}

function skippedSummary(report: Report): string {
  const counts = new Map<string, number>();
  for (const s of report.skipped) {
    const open = s.reason.indexOf('(');
    const reason = open >= 0 && s.reason.endsWith(')') ? s.reason.slice(0, open).trimEnd() : s.reason;
    counts.set(reason, (counts.get(reason) ?? 0) + 1);
  }
  return `skipped: ${[...counts].map(([reason, n]) => `${n} ${terminalText(reason)}`).join(', ')} (--format json lists them)`;
}

