import { describe, expect, it } from '@jest/globals';
import type { Finding } from '../src/findings.js';
import type { Report } from '../src/report/model.js';
import { renderText } from '../src/report/text.js';
import { ruleById } from '../src/rules.js';

function report(findings: Finding[], failOn: Report['failOn'], result: Report['result']): Report {
  const count = (level: Finding['level']) => findings.filter((f) => f.level === level).length;
  return {
    tool: { name: 'telegram-compliance', version: '0.0.0', catalogue: '0' },
    root: '/tmp/x',
    findings,
    suppressed: [],
    skipped: [],
    summary: { errors: count('error'), warnings: count('warning'), notes: count('note'), suppressed: 0 },
    checks: { publication: { status: 'ran', files: 1, bytes: 10, ms: 1 } },
    failOn,
    result,
  };
}

const own: Finding = { ruleId: 'source-unverified', level: 'warning', message: 'The ref is unknown.', path: 'README.md', line: 1, column: 1, fingerprint: 'a', help: 'Pass --ref with a tag.' };
const plain: Finding = { ruleId: 'published-api-credentials', level: 'error', message: 'api_id 611335 in the source.', path: 'a.txt', line: 2, column: 1, fingerprint: 'b' };

describe('the text report', () => {
  it("prints a finding's own fix and not the rule's general help that would contradict it", () => {
    const text = renderText(report([own], 'error', 'pass'));
    expect(text).toContain('fix: Pass --ref with a tag.');
    expect(text).not.toContain('How to fix source-unverified');
    expect(text).not.toContain(ruleById('source-unverified')!.help);
  });

  it("prints the rule's general help for findings without a fix of their own", () => {
    const text = renderText(report([plain, { ...plain, ruleId: 'source-unverified', level: 'warning', fingerprint: 'c' }, own], 'error', 'fail'));
    expect(text).toContain(`How to fix published-api-credentials: ${ruleById('published-api-credentials')!.help}`);
    expect(text).toContain(`How to fix source-unverified: ${ruleById('source-unverified')!.help}`);
  });

  it('puts no pass mark over findings when fail-on is never, and says why the run passes', () => {
    const last = renderText(report([plain, { ...plain, fingerprint: 'd' }], 'never', 'pass')).trim().split('\n').at(-1);
    expect(last).toBe('○ 2 errors, 0 warnings, 0 notes in 1 file scanned (fail-on: never, so findings do not fail the run)');
    expect(last).not.toContain('✔');
  });

  it('keeps the pass mark when there is nothing to report, and under a level below the findings', () => {
    expect(renderText(report([], 'never', 'pass')).trim()).toBe('✔ 0 errors, 0 warnings, 0 notes in 1 file scanned');
    expect(renderText(report([own], 'error', 'pass')).trim().split('\n').at(-1)).toBe('✔ 0 errors, 1 warning, 0 notes in 1 file scanned');
  });
});
