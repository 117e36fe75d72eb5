import { atOrAbove, type FailOn, type Finding } from './findings.js';
import type { CheckStats } from './report/model.js';

/** `error`: a check failed, so the run cannot say the release is clean (exit 2); never reads as a pass. */
export type Result = 'pass' | 'fail' | 'error';

/** The one place where the verdict is decided: a failed check outranks findings, findings at fail-on fail. */
export function decide(findings: readonly Finding[], failOn: FailOn, checks: Readonly<Record<string, CheckStats>>): Result {
  if (Object.values(checks).some((c) => c.status === 'failed')) return 'error';
  return findings.some((f) => atOrAbove(f.level, failOn)) ? 'fail' : 'pass';
}

/** The exit status of a verdict: 0 pass, 1 findings at fail-on, 2 a check failed. */
export function exitStatusOf(result: Result): 0 | 1 | 2 {
  return result === 'pass' ? 0 : result === 'fail' ? 1 : 2;
}

/** The checks that failed, each with its reason, for the line that says why a run is `error`. */
export function failedChecks(checks: Readonly<Record<string, CheckStats>>): string {
  return Object.entries(checks)
    .filter(([, c]) => c.status === 'failed')
    .map(([name, c]) => `the ${name} check failed (${c.reason ?? 'no reason given'})`)
    .join('; ');
}
