import { placeText, type Finding, type Level } from '../findings.js';
import { ruleById } from '../rules.js';
import { codeSpan, markdownText, markdownUrl } from './markdown-text.js';
import type { Report } from './model.js';
import { failedChecks } from '../decision.js';
import { howToSilence, levelNote, toCreateNote } from './hints.js';

export interface MarkdownOptions {
  /** Turns a finding into a link to its line (the action links to the commit). */
  link?: (f: Finding) => string | undefined;
  /** The rendered text stays under this many UTF-8 bytes (so also characters); rows past it are left out with a note. */
  maxLength?: number;
  /** What was scanned, in words (the action: the PR's files, a push range, the whole tree): Markdown of ours, shown as it is. */
  scanned?: string;
  /** Lines right under the heading (e.g. the sticky comment saying an earlier failure is fixed). */
  preface?: readonly string[];
}

export const LEVEL_ICON = { error: '🔴', warning: '🟡', note: '🔵' } as const;

/** The Markdown report: heading with the verdict, counts, a table of findings, suppressed ones folded. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? 1_000_000;
  const { errors, warnings, notes, suppressed } = report.summary;
  const head: string[] = [
    `## ${report.result === 'pass' ? '✅' : '❌'} Telegram compliance: ${report.result}`,
    ...(report.result === 'error' ? ['', `Not a pass: ${markdownText(failedChecks(report.checks))}.`] : []),
    '',
    ...(options.preface && options.preface.length > 0 ? [...options.preface, ''] : []),
    `**${errors}** errors · **${warnings}** warnings · **${notes}** notes · **${suppressed}** suppressed (fail-on: \`${report.failOn}\`)`,
    '',
  ];
  const perCheck = countsPerCheck(report.findings);
  const checkRows = Object.entries(report.checks).map(([name, c]) => {
    const n = perCheck.get(name) ?? { error: 0, warning: 0, note: 0 };
    const status = c.nothingFound ? `found nothing to check: ${markdownText(c.nothingFound)}` : `${c.status}${c.reason ? `: ${markdownText(c.reason)}` : ''}`;
    return `| ${name} | ${status} | ${n.error} | ${n.warning} | ${n.note} | ${c.files} | ${formatBytes(c.bytes)} | ${c.ms} ms |`;
  });
  const scanned = options.scanned ? [`Scanned: ${options.scanned}.`, ''] : [];
  const checks = [
    '| check | status | errors | warnings | notes | files | bytes | time |',
    '| --- | --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...checkRows,
    '',
    ...scanned,
  ];
  const rows = report.findings.map((f) => {
    const where = codeSpan(placeText(f));
    const link = f.fileToCreate ? undefined : options.link?.(f);
    const location = `${link ? `[${where}](${markdownUrl(link)})` : where}${toCreateNote(f)}`;
    // Only the finding's own fix: each rule's general fix is printed once, under the table.
    const fix = f.help !== undefined ? markdownText(f.help) : '';
    const silence = f.silence ? [f.silence.comment, f.silence.entry].filter((s) => s !== undefined).map(codeSpan).join(' or ') : codeSpan(f.fingerprint);
    return `| ${LEVEL_ICON[f.level]} ${f.level}${levelNote(f)} | ${location} | \`${f.ruleId}\` | ${markdownText(f.message)} | ${fix} | ${silence} |`;
  });
  const table = rows.length > 0 ? ['| level | location | rule | message | fix | to silence (end-of-line comment, or config entry) |', '| --- | --- | --- | --- | --- | --- |'] : ['No findings.'];
  const ruleIds = [...new Set(report.findings.map((f) => f.ruleId))].sort();
  // A rule's help is our text, with its links left live.
  const fixes = ruleIds.length > 0 ? ['', '**How to fix**', '', ...ruleIds.map((id) => `- \`${id}\`: ${ruleById(id)?.help ?? ''}`)] : [];
  const configNotes = report.configNotes?.length ? ['', '**Notes on the configuration**', '', ...report.configNotes.map((n) => `- ${markdownText(n)}`)] : [];
  const footer = [...fixes, ...configNotes];
  const ending = rows.length > 0 ? howToSilence((c) => codeSpan(c)).flatMap((l) => [l, '']) : [];
  const suppressedBlock =
    report.suppressed.length > 0
      ? [
          '',
          `<details><summary>${report.suppressed.length} suppressed</summary>`,
          '',
          '| location | rule | kind | reason |',
          '| --- | --- | --- | --- |',
          ...report.suppressed.map((f) => `| ${codeSpan(placeText(f))} | \`${f.ruleId}\` | ${f.suppression.kind} | ${markdownText(f.suppression.reason)} |`),
          '',
          '</details>',
        ]
      : [];
  const skipped = report.skipped.length > 0 ? ['', `${report.skipped.length} files were skipped (the JSON report lists them with reasons).`] : [];
  const tail = [...suppressedBlock, ...skipped, ''];
  return fit({ head: [...head, ...checks], tableHead: table, rows, footer, tail, ending }, maxLength);
}

function countsPerCheck(findings: readonly Finding[]): Map<string, Record<Level, number>> {
  const out = new Map<string, Record<Level, number>>();
  for (const f of findings) {
    const check = ruleById(f.ruleId)?.check ?? 'other';
    const n = out.get(check) ?? { error: 0, warning: 0, note: 0 };
    n[f.level]++;
    out.set(check, n);
  }
  return out;
}

/** Size in UTF-8 bytes: the job summary's limit is in bytes, the comment's in characters, and bytes bound both. */
export function utf8Size(s: string): number {
  return Buffer.byteLength(s, 'utf8');
}

interface Parts {
  head: string[];
  tableHead: string[];
  rows: string[];
  /** Always kept: under the table (each rule's fix, notes on the configuration). */
  footer: string[];
  /** Kept when it fits: the suppressed list, the skipped count. */
  tail: string[];
  /** Always kept, last: how to silence. */
  ending: string[];
}

/** Findings come before the suppressed list: the list keeps its place only when all fits or it is small. */
function fit({ head, tableHead, rows, footer, tail, ending }: Parts, maxLength: number): string {
  const tailNote = ['', 'The list of suppressed findings is left out here (size limit): see the JSON or SARIF report.', ''];
  const base = utf8Size([...head, ...tableHead, ...footer, ...ending].join('\n')) + 200;
  const tailSize = utf8Size(tail.join('\n'));
  const rowsSize = rows.reduce((n, r) => n + utf8Size(r) + 1, 0);
  const keepTail = base + tailSize + rowsSize <= maxLength || tailSize <= (maxLength - base) / 4;
  const kept: string[] = [];
  let length = base + utf8Size((keepTail ? tail : tailNote).join('\n'));
  for (const row of rows) {
    if (length + utf8Size(row) + 1 > maxLength) break;
    kept.push(row);
    length += utf8Size(row) + 1;
  }
  const cut = rows.length - kept.length;
  const note = cut > 0 ? [``, `… and ${cut} more findings not shown here (size limit): see the JSON or SARIF report.`] : [];
  return [...head, ...tableHead, ...kept, ...note, ...footer, ...(keepTail ? tail : tailNote), ...ending].join('\n');
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}
