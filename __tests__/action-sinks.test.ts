import { describe, expect, test } from '@jest/globals';
import type { Finding, Level } from '../src/findings.js';
import { planAnnotations } from '../src/action/sinks/annotations.js';
import { checkAnnotations, conclusionOf } from '../src/action/sinks/check-run.js';
import { commentBody } from '../src/action/sinks/comment.js';
import { SUMMARY_MAX_BYTES } from '../src/action/sinks/summary.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { Report } from '../src/report/model.js';

function finding(level: Level, i: number, message = `finding ${i}`): Finding {
  return { ruleId: 'published-api-credentials', level, message, path: `src/f${String(i).padStart(5, '0')}.kt`, line: i + 1, column: 1, fingerprint: `fp${i}` };
}

function report(findings: Finding[], failOn: Report['failOn'] = 'error'): Report {
  const count = (l: Level) => findings.filter((f) => f.level === l).length;
  return {
    tool: { name: 'telegram-compliance', version: '0.1.0', catalogue: 'test' },
    root: '/w',
    findings,
    suppressed: [],
    skipped: [],
    summary: { errors: count('error'), warnings: count('warning'), notes: count('note'), suppressed: 0 },
    checks: { credentials: { status: 'ran', files: findings.length, bytes: 100, ms: 1 } },
    failOn,
    result: findings.some((f) => f.level === 'error') && failOn !== 'never' ? 'fail' : 'pass',
  };
}

const many = (level: Level, n: number, from = 0) => Array.from({ length: n }, (_, i) => finding(level, from + i));

describe('planAnnotations', () => {
  test('errors first, 10 per level, the pointer notice before the notes', () => {
    const plan = planAnnotations([...many('note', 12, 0), ...many('warning', 3, 100), ...many('error', 15, 200)]);
    expect(plan.map((c) => c.kind)).toEqual([...Array(10).fill('error'), ...Array(3).fill('warning'), ...Array(10).fill('notice')]);
    expect(plan[13]).toEqual({ kind: 'notice', message: '8 more findings are not annotated here (GitHub shows 10 per level and step): see the job summary for all 30.' });
    expect(plan[0].properties).toEqual({ title: 'published-api-credentials', file: 'src/f00200.kt', startLine: 201, endLine: 201 });
  });

  test('notices printed before share the 10: fewer notes, and the pointer still shows', () => {
    const plan = planAnnotations(many('note', 9), 2);
    expect(plan.map((c) => (c.properties ? 'note' : 'pointer'))).toEqual(['pointer', ...Array(7).fill('note')]);
    expect(plan[0].message).toContain('2 more findings are not annotated here');
  });

  test('no pointer when everything is shown', () => {
    const plan = planAnnotations([...many('note', 10), ...many('error', 10, 50)]);
    expect(plan).toHaveLength(20);
    expect(plan.every((c) => c.properties)).toBe(true);
  });
});

describe('check run', () => {
  test('conclusion per DESIGN §4', () => {
    expect(conclusionOf(report([finding('error', 1)]))).toBe('failure');
    expect(conclusionOf(report([finding('warning', 1)]))).toBe('neutral');
    expect(conclusionOf(report([finding('error', 1)], 'never'))).toBe('neutral');
    expect(conclusionOf(report([]))).toBe('success');
  });

  test('annotation levels and the cap', () => {
    const a = checkAnnotations([finding('note', 1), finding('error', 2)]);
    expect(a.map((x) => x.annotation_level)).toEqual(['failure', 'notice']);
    expect(checkAnnotations(many('warning', 1500))).toHaveLength(1000);
  });
});

describe('size limits', () => {
  const long = (i: number) => `Привет ${'ю'.repeat(400)} ${i}`;
  const huge = report(Array.from({ length: 5000 }, (_, i) => finding('error', i, long(i))));

  test('the job summary stays under 1 MiB and says what it left out', () => {
    const md = renderMarkdown(huge, { maxLength: SUMMARY_MAX_BYTES, scanned: 'the whole tree' });
    expect(Buffer.byteLength(md)).toBeLessThan(1024 * 1024);
    expect(md).toMatch(/… and \d+ more findings not shown here \(size limit\)/);
    expect(md).toContain('| credentials | ran | 5000 | 0 | 0 |');
  });

  test('the comment stays under 65,536 characters and starts with the marker', () => {
    const body = commentBody(huge, { scanned: 'x', link: () => undefined, earlierFailure: false });
    expect(body.length).toBeLessThan(65_536);
    expect(body.startsWith('<!-- telegram-compliance -->\n')).toBe(true);
    expect(body).toContain('more findings not shown here');
  });

  test('a pass after a failure says so', () => {
    expect(commentBody(report([]), { scanned: 'x', link: () => undefined, earlierFailure: true })).toContain('An earlier run failed; this commit passes.');
  });
});
