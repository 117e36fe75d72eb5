import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import Ajv2020 from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { renderSarif } from '../src/report/sarif.js';
import { RULES } from '../src/rules.js';
import { copyFixture, removeTempDirs, scan, tempDir } from './helpers/fixtures.js';
import type { Report } from '../src/report/model.js';

// The official OASIS SARIF 2.1.0 schema, as shipped by Microsoft's @microsoft/sarif-multitool (draft 2020-12).
const SCHEMA = join(import.meta.dirname ?? new URL('.', import.meta.url).pathname, 'schemas', 'sarif-2.1.0.json');

describe('SARIF output', () => {
  let report: Report;
  let sarif: any;
  let validate: (data: unknown) => boolean;
  let errors: () => unknown;
  beforeAll(async () => {
    const ajv = new (Ajv2020 as unknown as typeof Ajv2020.default)({ strict: false, allErrors: true });
    (addFormats as unknown as typeof addFormats.default)(ajv);
    const v = ajv.compile(JSON.parse(await readFile(SCHEMA, 'utf8')));
    validate = (d) => v(d) as boolean;
    errors = () => v.errors;
    const root = await copyFixture('credentials/shapes');
    await writeFile(join(root, 'misc', 'allowed.py'), 'api_id = 4  # tg-compliance:allow -- kept for a test\n');
    report = await scan(root);
    sarif = JSON.parse(renderSarif(report));
  });
  afterAll(removeTempDirs);

  test('validates against the SARIF 2.1.0 schema', () => {
    const ok = validate(sarif);
    if (!ok) console.error(JSON.stringify(errors(), null, 2));
    expect(ok).toBe(true);
  });

  test('the schema rejects a broken document, so the validation above means something', () => {
    const broken = structuredClone(sarif);
    broken.runs[0].results[0].level = 'fatal';
    expect(validate(broken)).toBe(false);
  });

  test('one run, every rule with help, results with relative / paths, lines and fingerprints', () => {
    expect(sarif.version).toBe('2.1.0');
    expect(sarif.runs).toHaveLength(1);
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('telegram-compliance');
    expect(run.tool.driver.rules.map((r: { id: string }) => r.id)).toEqual(RULES.map((r) => r.id));
    for (const rule of run.tool.driver.rules) expect(rule.help.text.length).toBeGreaterThan(20);
    expect(run.results.length).toBe(report.findings.length + report.suppressed.length);
    for (const r of run.results) {
      const uri: string = r.locations[0].physicalLocation.artifactLocation.uri;
      expect(uri).not.toMatch(/^\/|\\|^[A-Za-z]:/);
      expect(r.locations[0].physicalLocation.region.startLine).toBeGreaterThanOrEqual(1);
      expect(r.partialFingerprints['telegramCompliance/v1']).toMatch(/^[0-9a-f]{32}$/);
      expect(r.ruleId).toBe(run.tool.driver.rules[r.ruleIndex].id);
    }
    const suppressed = run.results.filter((r: { suppressions?: unknown[] }) => r.suppressions);
    expect(suppressed).toHaveLength(1);
    expect(suppressed[0].suppressions[0]).toEqual({ kind: 'inSource', justification: 'kept for a test' });
  });

  test('paths with spaces and non-ASCII names are encoded as URIs', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'my config é.env'), 'API_ID=17349\n');
    const one = JSON.parse(renderSarif(await scan(root)));
    expect(one.runs[0].results[0].locations[0].physicalLocation.artifactLocation.uri).toBe('my%20config%20%C3%A9.env');
    expect(validate(one)).toBe(true);
  });
});
