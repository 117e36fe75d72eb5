import type { Result } from '../../decision.js';
import type { MergedReport, ScannedRepository } from '../../sweep/model.js';
import { placeText } from '../../findings.js';
import { worstFinding } from '../../sweep/merge.js';
import { blobLink } from '../links.js';
import { LEVEL_ICON, utf8Size } from '../markdown.js';
import { codeSpan, markdownText } from '../markdown-text.js';

/** The job summary's limit is 1 MiB; this leaves room for what the workflow adds around the report. */
const MERGED_MARKDOWN_LIMIT = 1_000_000;

const MESSAGE_CHARS = 200;

const VERDICT: Record<Result, string> = { pass: '✅ pass', fail: '❌ fail', error: '⚠️ error (a check failed)' };

interface Section {
  head: string[];
  rows: string[];
  /** What the reader sees when rows are left out. */
  more: (left: number) => string;
  /** Largest share of the row budget this section may take (the repositories table takes what is left). */
  share: number;
}

/** The sweep's Markdown: verdict, a table of repositories, totals per rule, unreachable repositories; under `maxBytes` UTF-8 bytes. */
export function renderMergedMarkdown(merged: MergedReport, maxBytes = MERGED_MARKDOWN_LIMIT): string {
  const t = merged.totals;
  const head = [
    `## ${merged.result === 'pass' ? '✅' : '❌'} Telegram compliance sweep: ${merged.result}`,
    '',
    `**${t.repositories}** repositories: **${t.failed}** failed · **${t.passed}** passed · ${t.incomplete > 0 ? `**${t.incomplete}** incomplete (a check failed) · ` : ''}**${t.unreachable}** unreachable — ` +
      `**${t.errors}** errors · **${t.warnings}** warnings · **${t.notes}** notes · **${t.suppressed}** suppressed (fail-on: \`${merged.failOn}\`)`,
    '',
  ];
  const notices: Section = {
    head: [],
    rows: merged.notices.map((n) => `> ⚠️ ${markdownText(n)}`),
    more: (left) => `> … and ${left} more notices (size limit): see the JSON report.`,
    share: 0.1,
  };
  const rules: Section = {
    head: ['### Findings per rule', '', '| rule | repositories | errors | warnings | notes |', '| --- | ---: | ---: | ---: | ---: |'],
    rows: t.rules.map((r) => `| ${codeSpan(r.ruleId)} | ${r.repositories} | ${r.counts.error} | ${r.counts.warning} | ${r.counts.note} |`),
    more: (left) => `… and ${left} more rules (size limit): see the JSON report.`,
    share: 0.1,
  };
  const unreachable: Section = {
    head: ['### Unreachable', '', '| repository | reason |', '| --- | --- |'],
    rows: merged.unreachable.map((u) => `| ${repositoryCell(u.name, u.url)} | ${markdownText(truncate(u.reason))} |`),
    more: (left) => `… and ${left} more unreachable repositories (size limit): see the JSON report.`,
    share: 0.25,
  };
  const repositories: Section = {
    head: ['| repository | result | errors | warnings | notes | suppressed | worst finding |', '| --- | --- | ---: | ---: | ---: | ---: | --- |'],
    rows: merged.repositories.map(repositoryRow),
    more: (left) => `… and ${left} more repositories not shown here (size limit): see the JSON report.`,
    share: 1,
  };
  const order = [notices, repositories, rules, unreachable].filter((s) => s.rows.length > 0);
  const fixed = [...head, ...order.flatMap((s) => [...s.head, s.more(merged.totals.repositories), ''])];
  let budget = maxBytes - utf8Size(fixed.join('\n')) - 64;
  const total = budget;
  const kept = new Map<Section, string[]>();
  for (const section of [notices, rules, unreachable, repositories]) {
    const rows = take(section.rows, Math.min(budget, Math.floor(total * section.share)));
    kept.set(section, rows);
    budget -= rows.reduce((n, r) => n + utf8Size(r) + 1, 0);
  }
  const out = [...head];
  for (const section of order) {
    const rows = kept.get(section)!;
    const left = section.rows.length - rows.length;
    out.push(...section.head, ...rows, ...(left > 0 ? ['', section.more(left)] : []), '');
  }
  if (merged.repositories.length === 0 && merged.unreachable.length === 0) out.push('No report to merge.', '');
  return out.join('\n');
}

function repositoryRow(r: ScannedRepository): string {
  const worst = worstFinding(r.report.findings);
  let finding = '';
  if (worst) {
    const where = placeText(worst);
    const link = r.url && r.revision ? blobLink(r.url, r.revision, worst.path, worst.line) : undefined;
    const location = link ? `[${codeSpan(where)}](${safeUrl(link)})` : codeSpan(where);
    finding = `${LEVEL_ICON[worst.level]} ${codeSpan(worst.ruleId)} at ${location}: ${markdownText(truncate(worst.message))}`;
  }
  const s = r.summary;
  return `| ${repositoryCell(r.name, r.url)} | ${VERDICT[r.result]} | ${s.errors} | ${s.warnings} | ${s.notes} | ${s.suppressed} | ${finding} |`;
}

/** Names are OWNER/NAME (checked when read), so only the URL needs care. */
function repositoryCell(name: string, url: string | undefined): string {
  return url ? `[${name}](${safeUrl(url)})` : name;
}

/** Rows from the start while they fit in `budget` bytes. */
function take(rows: readonly string[], budget: number): string[] {
  const kept: string[] = [];
  let used = 0;
  for (const row of rows) {
    const n = utf8Size(row) + 1;
    if (used + n > budget) break;
    kept.push(row);
    used += n;
  }
  return kept;
}

function truncate(s: string): string {
  return s.length > MESSAGE_CHARS ? `${s.slice(0, MESSAGE_CHARS - 1)}…` : s;
}

/** A URL that cannot end the Markdown link early. */
function safeUrl(url: string): string {
  return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

