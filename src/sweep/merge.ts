import { CATALOGUE_VERSION } from '../checks/credentials/catalogue.js';
import { decide, failedChecks, type Result } from '../decision.js';
import { LEVEL_RANK, type FailOn, type Finding, type Level } from '../findings.js';
import { plural } from '../report/plural.js';
import { VERSION } from '../version.js';
import type { MergedReport, RuleTotal, ScannedRepository, UnreachableRepository } from './model.js';
import { nameFromFile, type ReadEntry } from './read-report.js';

/** One report from many: per repository the verdict at `failOn`, totals per level and per rule, and what the reader must know. */
export function mergeReports(entries: readonly ReadEntry[], failOn: FailOn): MergedReport {
  const notices: string[] = [];
  const seen = new Map<string, string>();
  const repositories: ScannedRepository[] = [];
  const unreachable: UnreachableRepository[] = [];
  for (const e of entries) {
    const name = e.kind === 'report' ? (e.report.repository?.name ?? nameFromFile(e.file)) : e.kind === 'unreachable' ? e.entry.repository.name : nameFromFile(e.file);
    const key = name.toLowerCase();
    const earlier = seen.get(key);
    if (earlier !== undefined) {
      notices.push(`${name} appears in both ${earlier} and ${e.file}: only the first is counted.`);
      continue;
    }
    seen.set(key, e.file);
    if (e.kind === 'report') {
      const r = e.report;
      const summary = { errors: levelCount(r.findings, 'error'), warnings: levelCount(r.findings, 'warning'), notes: levelCount(r.findings, 'note'), suppressed: r.suppressed.length };
      const result = decide(r.findings, failOn, r.checks);
      repositories.push({ name, url: r.repository?.url, revision: r.repository?.revision, result, summary, report: r });
      if (result === 'error') notices.push(`${name}: ${failedChecks(r.checks)}, so its findings are incomplete.`);
    } else if (e.kind === 'unreachable') {
      unreachable.push({ name, url: e.entry.repository.url, reason: e.entry.unreachable });
    } else {
      unreachable.push({ name, reason: `report unreadable: ${e.problem}` });
    }
  }
  const versions = versionNotice(repositories);
  if (versions) notices.unshift(versions);

  repositories.sort(byVerdict);
  unreachable.sort((a, b) => compareText(a.name, b.name));
  const findings = repositories.flatMap((r) => r.report.findings);
  const everyCheck = Object.fromEntries(repositories.flatMap((r) => Object.entries(r.report.checks).map(([check, stats]) => [`${r.name} ${check}`, stats])));
  const sum = (key: keyof ScannedRepository['summary']) => repositories.reduce((n, r) => n + r.summary[key], 0);
  const count = (result: Result) => repositories.filter((r) => r.result === result).length;
  return {
    tool: { name: 'telegram-compliance', version: VERSION, catalogue: CATALOGUE_VERSION },
    failOn,
    result: decide(findings, failOn, everyCheck),
    notices,
    totals: {
      repositories: repositories.length + unreachable.length,
      passed: count('pass'),
      failed: count('fail'),
      incomplete: count('error'),
      unreachable: unreachable.length,
      errors: sum('errors'),
      warnings: sum('warnings'),
      notes: sum('notes'),
      suppressed: sum('suppressed'),
      rules: ruleTotals(repositories),
    },
    repositories,
    unreachable,
  };
}

/** The finding a reader should see first in a repository: the reports are sorted, but a merge does not trust that. */
export function worstFinding(findings: readonly Finding[]): Finding | undefined {
  let worst: Finding | undefined;
  for (const f of findings) if (!worst || LEVEL_RANK[f.level] > LEVEL_RANK[worst.level]) worst = f;
  return worst;
}

function versionNotice(repositories: readonly ScannedRepository[]): string | undefined {
  const byVersion = new Map<string, number>();
  for (const r of repositories) {
    const key = `${r.report.tool.version} (catalogue ${r.report.tool.catalogue})`;
    byVersion.set(key, (byVersion.get(key) ?? 0) + 1);
  }
  if (byVersion.size < 2) return undefined;
  const list = [...byVersion].sort(([a], [b]) => compareText(a, b)).map(([v, n]) => `${v}: ${plural(n, 'repository', 'repositories')}`);
  return `Reports from ${byVersion.size} tool versions are merged (${list.join('; ')}): rules, levels and the catalogue may differ between them.`;
}

function ruleTotals(repositories: readonly ScannedRepository[]): RuleTotal[] {
  const totals = new Map<string, RuleTotal>();
  for (const r of repositories) {
    const inThisRepository = new Set<string>();
    for (const f of r.report.findings) {
      const t = totals.get(f.ruleId) ?? { ruleId: f.ruleId, repositories: 0, counts: { error: 0, warning: 0, note: 0 } };
      t.counts[f.level]++;
      if (!inThisRepository.has(f.ruleId)) {
        inThisRepository.add(f.ruleId);
        t.repositories++;
      }
      totals.set(f.ruleId, t);
    }
  }
  return [...totals.values()].sort((a, b) => b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || b.counts.note - a.counts.note || compareText(a.ruleId, b.ruleId));
}

/** Failing repositories first, then those whose scan is incomplete, then passing ones. */
const VERDICT_ORDER: Record<Result, number> = { fail: 0, error: 1, pass: 2 };

function byVerdict(a: ScannedRepository, b: ScannedRepository): number {
  return (
    VERDICT_ORDER[a.result] - VERDICT_ORDER[b.result] ||
    b.summary.errors - a.summary.errors ||
    b.summary.warnings - a.summary.warnings ||
    b.summary.notes - a.summary.notes ||
    compareText(a.name, b.name)
  );
}

function levelCount(findings: readonly Finding[], level: Level): number {
  let n = 0;
  for (const f of findings) if (f.level === level) n++;
  return n;
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
