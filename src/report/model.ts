import type { FailOn, Finding, SuppressedFinding } from '../findings.js';
import type { Skipped } from '../files/types.js';
import type { Result } from '../decision.js';

/** The tool's name in every report (JSON `tool.name`, SARIF `tool.driver.name`). */
export const TOOL_NAME = 'telegram-compliance';

export interface CheckStats {
  status: 'ran' | 'skipped' | 'failed';
  files: number;
  bytes: number;
  ms: number;
  /** Why a check was skipped or failed. */
  reason?: string;
  /** A check that ran and found none of what it checks (no store listing): neither a pass nor a finding. */
  nothingFound?: string;
}

/** The repository a report is about, when the CLI knows it (--repository or the origin remote): the sweep's merge links to it. */
export interface RepositoryInfo {
  /** OWNER/NAME. */
  name: string;
  /** Its web page, e.g. https://github.com/OWNER/NAME. */
  url: string;
  /** The commit scanned. */
  revision?: string;
}

/** Everything a run produced; every reporter renders this and nothing else. */
export interface Report {
  tool: { name: string; version: string; catalogue: string };
  root: string;
  findings: Finding[];
  suppressed: SuppressedFinding[];
  skipped: Skipped[];
  summary: { errors: number; warnings: number; notes: number; suppressed: number };
  checks: Record<string, CheckStats>;
  /** Notes about the configuration and baseline (entries that match nothing, a baseline not written yet); absent when none. */
  configNotes?: string[];
  failOn: FailOn;
  result: Result;
  repository?: RepositoryInfo;
}
