import type { Result } from '../decision.js';
import type { FailOn, Level } from '../findings.js';
import type { Report } from '../report/model.js';

/** One repository's JSON report, as the sweep read it. */
export interface ScannedRepository {
  /** OWNER/NAME from the report, else the report file's name. */
  name: string;
  url?: string;
  revision?: string;
  /** Decided again at the merge's fail-on: `error` when one of its checks failed. */
  result: Result;
  /** Counted from the findings (a report's own summary is not trusted). */
  summary: Report['summary'];
  report: Report;
}

/** A repository the sweep could not scan (its clone failed) or whose report could not be read. */
export interface UnreachableRepository {
  name: string;
  url?: string;
  reason: string;
}

/** What a per-repository job leaves when it cannot clone: `{ "repository": { "name": "OWNER/NAME" }, "unreachable": "why" }`. */
export interface UnreachableEntry {
  repository: { name: string; url?: string };
  unreachable: string;
}

export interface RuleTotal {
  ruleId: string;
  /** Repositories with at least one unsuppressed finding of this rule. */
  repositories: number;
  counts: Record<Level, number>;
}

/** Many repositories' reports as one: every format of `tg-compliance merge` renders this. */
export interface MergedReport {
  tool: { name: string; version: string; catalogue: string };
  failOn: FailOn;
  result: Result;
  /** Things a reader must know about the merge itself (mixed tool versions, repeated repositories, failed checks). */
  notices: string[];
  totals: {
    repositories: number;
    passed: number;
    failed: number;
    /** Repositories whose scan had a failed check (result `error`). */
    incomplete: number;
    unreachable: number;
    errors: number;
    warnings: number;
    notes: number;
    suppressed: number;
    rules: RuleTotal[];
  };
  /** Failing repositories first (most errors first), then incomplete ones, then passing ones, by name. */
  repositories: ScannedRepository[];
  unreachable: UnreachableRepository[];
}
