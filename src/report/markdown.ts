import type { Finding } from '../findings.js';
import { ruleById } from '../rules.js';
import type { Report } from './model.js';

export interface MarkdownOptions {
  /** Turns a finding into a link to its line (the action links to the commit). */
  link?: (f: Finding) => string | undefined;
  /** The rendered text stays under this many characters; rows past it are left out with a note. */
  maxLength?: number;
}

const ICON = { error: '🔴', warning: '🟡', note: '🔵' } as const;

/** The Markdown report: heading with the verdict, counts, a table of findings, suppressed ones folded. */
export function renderMarkdown(report: Report, options: MarkdownOptions = {}): string {
  const maxLength = options.maxLength ?? 1_000_000;
  const { errors, warnings, notes, suppressed } = report.summary;
  const head: string[] = [
    `## ${report.result === 'pass' ? '✅' : '❌'} Telegram compliance: ${report.result}`,
    '',
    `**${errors}** errors · **${warnings}** warnings · **${notes}** notes · **${suppressed}** suppressed (fail-on: \`${report.failOn}\`)`,
    '',
  ];
  const checkRows = Object.entries(report.checks).map(
    ([name, c]) => `| ${name} | ${c.status}${c.reason ? `: ${escapeCell(c.reason)}` : ''} | ${c.files} | ${formatBytes(c.bytes)} | ${c.ms} ms |`,
  );
  const checks = ['| check | status | files | bytes | time |', '| --- | --- | ---: | ---: | ---: |', ...checkRows, ''];
  const rows = report.findings.map((f) => {
    const where = `${f.path}:${f.line}`;
    const link = options.link?.(f);
    const fix = f.help ?? ruleById(f.ruleId)?.help ?? '';
    return `| ${ICON[f.level]} ${f.level} | ${link ? `[${escapeCell(where)}](${link})` : `\`${escapeCell(where)}\``} | \`${f.ruleId}\` | ${escapeCell(f.message)} | ${escapeCell(fix)} |`;
  });
  const table = rows.length > 0 ? ['| level | location | rule | message | fix |', '| --- | --- | --- | --- | --- |'] : ['No findings.'];
  const suppressedBlock =
    report.suppressed.length > 0
      ? [
          '',
          `<details><summary>${report.suppressed.length} suppressed</summary>`,
          '',
          '| location | rule | kind | reason |',
          '| --- | --- | --- | --- |',
          ...report.suppressed.map((f) => `| \`${escapeCell(`${f.path}:${f.line}`)}\` | \`${f.ruleId}\` | ${f.suppression.kind} | ${escapeCell(f.suppression.reason)} |`),
          '',
          '</details>',
        ]
      : [];
  const skipped = report.skipped.length > 0 ? ['', `${report.skipped.length} files were skipped (the JSON report lists them with reasons).`] : [];
  const tail = [...suppressedBlock, ...skipped, ''];
  return fit([...head, ...checks], table, rows, tail, maxLength);
}

function fit(head: string[], tableHead: string[], rows: string[], tail: string[], maxLength: number): string {
  const fixed = [...head, ...tableHead, ...tail].join('\n').length + 200;
  const kept: string[] = [];
  let length = fixed;
  for (const row of rows) {
    if (length + row.length + 1 > maxLength) break;
    kept.push(row);
    length += row.length + 1;
  }
  const cut = rows.length - kept.length;
  const note = cut > 0 ? [``, `… and ${cut} more findings not shown here (size limit): see the JSON or SARIF report.`] : [];
  const tailFits = length + tail.join('\n').length <= maxLength;
  return [...head, ...tableHead, ...kept, ...note, ...(tailFits ? tail : [''])].join('\n');
}

function escapeCell(s: string): string {
  return s.replace(/\|/g, '\\|').replace(/\r?\n/g, ' ').replace(/</g, '&lt;');
}

export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  if (n < 1024 ** 2) return `${(n / 1024).toFixed(1)} KiB`;
  if (n < 1024 ** 3) return `${(n / 1024 ** 2).toFixed(1)} MiB`;
  return `${(n / 1024 ** 3).toFixed(2)} GiB`;
}
