import { afterAll, describe, expect, test } from '@jest/globals';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfig } from '../src/config/load.js';
import { render } from '../src/report/render.js';
import { FORMATS } from '../src/cli/args.js';
import { mask, maskText } from '../src/pipeline/mask.js';
import { removeTempDirs, scan, tempDir } from './helpers/fixtures.js';

const PRIVATE = 'c0ffee00deadbeef0123456789abcd42';
const TEAM = '5f3e2d1c0b0a09080706050403020100';

describe('private values are masked in every output', () => {
  afterAll(removeTempDirs);

  test('a hardcoded hash and a team never-ship hash never appear whole in text, json, sarif or markdown', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'client.py'), `# telegram\napi_id = 31337042\napi_hash = "${PRIVATE}"\nAPI_HASH_UPPER = "${PRIVATE.toUpperCase()}"\n`);
    await writeFile(join(root, 'settings.gradle'), `def staging = "${TEAM}"\n`);
    const config = parseConfig(`credentials:\n  extra:\n    - { api_id: 424242, api_hash: "${TEAM}", origin: our staging app }\n`, 'cfg.yml');
    const report = await scan(root, {}, config);
    expect(report.findings.map((f) => f.ruleId).sort()).toEqual(['hardcoded-api-credentials', 'hardcoded-api-credentials', 'hardcoded-api-credentials', 'published-api-credentials']);
    for (const format of FORMATS) {
      const out = render(report, format);
      expect(out.length).toBeGreaterThan(100);
      expect(out.toLowerCase()).not.toContain(PRIVATE);
      expect(out.toLowerCase()).not.toContain(TEAM);
      expect(out).toContain(mask(PRIVATE));
      expect(out).toContain(mask(TEAM));
    }
    const team = report.findings.find((f) => f.path === 'settings.gradle')!;
    expect(team.message).toMatch(/never-ship api_hash 5f3e….*our staging app/);
  });

  test('a private hash inside an override statement that a message quotes is masked in every format', async () => {
    const root = await tempDir();
    await writeFile(
      join(root, 'BuildVars.java'),
      `// telegram\nstatic String APP_HASH = "014b35b6184100b085b0d0572f9b5103";\nstatic void init() { APP_HASH = BuildConfig.DEBUG ? "${PRIVATE}" : BuildConfig.HASH; }\n`,
    );
    const report = await scan(root);
    const published = report.findings.find((f) => f.ruleId === 'published-api-credentials')!;
    expect(published.message).toMatch(/overridden at line 3 by `APP_HASH = BuildConfig\.DEBUG \? "c0ff…" : BuildConfig\.HASH`/);
    for (const format of FORMATS) {
      const out = render(report, format);
      expect(out.toLowerCase()).not.toContain(PRIVATE);
      expect(out).toContain('014b35b6184100b085b0d0572f9b5103'); // public values stay whole
    }
  });

  test("the team's own api_id from credentials.extra is masked like its hash", async () => {
    const root = await tempDir();
    await writeFile(join(root, 'tg.py'), `# telegram\napi_id = 424242\nAPI_HASH = "${TEAM}"  # api_id 424242\n`);
    const config = parseConfig(`credentials:\n  extra:\n    - { api_id: 424242, api_hash: "${TEAM}", origin: our staging app }\n`, 'cfg.yml');
    const report = await scan(root, {}, config);
    expect(report.findings.map((f) => f.message).join('\n')).toMatch(/your never-ship api_id 4242…/);
    for (const format of FORMATS) {
      const out = render(report, format);
      expect(out).not.toContain('424242');
      expect(out.toLowerCase()).not.toContain(TEAM);
      expect(out).toContain('4242…');
    }
  });

  test('masking shows at most the first 4 characters, whatever the case', () => {
    expect(mask(PRIVATE)).toBe('c0ff…');
    expect(maskText(`x ${PRIVATE.toUpperCase()} y ${PRIVATE}`, new Set([PRIVATE]))).toBe('x c0ff… y c0ff…');
  });
});
