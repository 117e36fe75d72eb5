import { afterAll, describe, expect, test } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { planAnnotations } from '../src/action/sinks/annotations.js';
import { checkAnnotations } from '../src/action/sinks/check-run.js';
import type { Finding, RawFinding } from '../src/findings.js';
import { withLineText } from '../src/pipeline/line-text.js';
import { runPipeline } from '../src/pipeline/pipeline.js';
import { renderJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import type { Report } from '../src/report/model.js';
import { renderSarif } from '../src/report/sarif.js';
import { renderText } from '../src/report/text.js';
import { removeTempDirs, tempDir } from './helpers/fixtures.js';

afterAll(removeTempDirs);

// A finding about a whole file (a license text, an icon, a store listing) has no line, in every output.

const fileLevel: Finding = { ruleId: 'license-not-gpl', level: 'error', message: 'LICENSE is MIT.', path: 'LICENSE', fingerprint: 'f'.repeat(32) };
const onLine: Finding = { ruleId: 'license-mismatch', level: 'warning', message: 'package.json says MIT.', path: 'LICENSE', line: 3, column: 2, fingerprint: 'e'.repeat(32) };

function report(findings: Finding[]): Report {
  return {
    tool: { name: 'telegram-compliance', version: '0.0.0', catalogue: '0' },
    root: '/tmp/x',
    findings,
    suppressed: [],
    skipped: [],
    summary: { errors: 1, warnings: 1, notes: 0, suppressed: 0 },
    checks: { license: { status: 'ran', files: 1, bytes: 10, ms: 1 } },
    failOn: 'error',
    result: 'fail',
  };
}

describe('a file-level finding', () => {
  const both = report([fileLevel, onLine]);

  test('comes first in its file and reads "file" in the text report, the bare path in the summary', () => {
    expect(renderText(both)).toMatch(/^LICENSE\n {2}file {5}error {4}license-not-gpl\n[\s\S]*\n {2}3:2 {6}warning {2}license-mismatch\n/);
    const md = renderMarkdown(both, { link: (f) => `https://github.com/o/r/blob/abc/${f.path}${f.line === undefined ? '' : `#L${f.line}`}` });
    expect(md).toContain('`LICENSE`');
    expect(md).not.toContain('LICENSE:undefined');
  });

  test('has no region in SARIF and no line in JSON', () => {
    const [first, second] = JSON.parse(renderSarif(both)).runs[0].results;
    expect(first.locations[0].physicalLocation).toEqual({ artifactLocation: { uri: 'LICENSE', uriBaseId: '%SRCROOT%' } });
    expect(second.locations[0].physicalLocation.region).toEqual({ startLine: 3, startColumn: 2 });
    const json = JSON.parse(renderJson(both));
    expect(Object.keys(json.findings[0])).not.toContain('line');
    expect(json.findings[1].line).toBe(3);
  });

  test('is a file annotation without a line; the check-run API, which needs one, gets line 1', () => {
    const [command] = planAnnotations([fileLevel]);
    expect(command.properties).toEqual({ title: 'license-not-gpl', file: 'LICENSE' });
    expect(checkAnnotations([fileLevel])[0]).toMatchObject({ path: 'LICENSE', start_line: 1, end_line: 1 });
  });
});

describe('the pipeline reads the line text inline suppression needs', () => {
  test("a finding on a line is silenced by a comment there, though its check kept no line text; a file-level finding is not read for one", async () => {
    const root = await tempDir();
    await writeFile(join(root, 'a.c'), '/* SPDX-License-Identifier: MIT */ // tg-compliance:allow license-mismatch -- vendored file\nint x;\n');
    await writeFile(join(root, 'b.c'), '// tg-compliance:allow-next-line license-mismatch -- vendored\n/* SPDX-License-Identifier: MIT */\n');
    await writeFile(join(root, 'c.c'), '/* SPDX-License-Identifier: MIT */\n');
    const raw: RawFinding[] = ['a.c', 'b.c', 'c.c'].map((path) => ({ ruleId: 'license-mismatch', level: 'warning', message: 'm', path, line: path === 'b.c' ? 2 : 1, column: 1, key: path }));
    raw.push({ ruleId: 'license-not-gpl', level: 'error', message: 'm', path: 'a.c', key: 'file' });
    const lined = withLineText(raw, root);
    expect(lined[3]).toEqual(raw[3]);
    expect(lined[2]).toMatchObject({ lineText: '/* SPDX-License-Identifier: MIT */' });
    const { findings, suppressed } = runPipeline(lined, { ignore: [], credentials: { extra: [] } });
    expect(suppressed.map((f) => `${f.path} ${f.suppression.kind} ${f.suppression.reason}`)).toEqual(['a.c inline vendored file', 'b.c inline vendored']);
    expect(findings.map((f) => `${f.path} ${f.ruleId}`)).toEqual(['a.c license-not-gpl', 'c.c license-mismatch']);
    expect(findings[1].silence?.comment).toBe('// tg-compliance:allow license-mismatch -- why this is accepted');
  });
});
