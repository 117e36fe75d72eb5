import { atOrAbove, type FailOn, type Finding } from './findings.js';

export type Result = 'pass' | 'fail';

/** The one place where pass or fail is decided. */
export function decide(findings: readonly Finding[], failOn: FailOn): Result {
  return findings.some((f) => atOrAbove(f.level, failOn)) ? 'fail' : 'pass';
}
