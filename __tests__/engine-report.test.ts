import { afterAll, describe, expect, test } from '@jest/globals';
import { join } from 'node:path';
import { loadConfig } from '../src/config/load.js';
import { mergeSkipped } from '../src/files/skipped.js';
import { removeTempDirs, scan, tree } from './helpers/fixtures.js';

const TEAM_HASH = 'feedface0123456789abcdef01234567';
const SAMPLE_HASH = '014b35b6184100b085b0d0572f9b5103'; // Telegram for Android's published sample (telegram-ids.md §1)
afterAll(removeTempDirs);

describe("the config's own list of never-ship values", () => {
  const config = `credentials:\n  extra:\n    - { api_id: 7777777, api_hash: "${TEAM_HASH}", origin: our staging app }\n# copied from upstream: ${SAMPLE_HASH}\n`;

  test('is not a finding in the config file; the same values elsewhere are', async () => {
    const root = await tree({ '.github/telegram-compliance.yml': config, '.github/other.yml': `hash: ${TEAM_HASH}\n`, 'app.py': `API_HASH = "${TEAM_HASH}"\napi_id = 7777777\n` });
    const report = await scan(root, {}, await loadConfig(root));
    const where = report.findings.map((f) => `${f.path}:${f.line}`);
    expect(where).toEqual(expect.arrayContaining(['.github/other.yml:1', 'app.py:1', 'app.py:2']));
    // The published sample in the config file is still reported: only the team's own list is exempt.
    expect(report.findings.filter((f) => f.path === '.github/telegram-compliance.yml').map((f) => f.line)).toEqual([4]);
  });

  test('a config given by another name is exempt the same way', async () => {
    const root = await tree({ 'ci/tgc.yml': config, 'app.py': `API_HASH = "${TEAM_HASH}"\n` });
    const report = await scan(root, {}, await loadConfig(root, join(root, 'ci', 'tgc.yml')));
    expect(report.findings.map((f) => `${f.path}:${f.line}`)).toEqual(['app.py:1', 'ci/tgc.yml:4']);
  });
});

describe('skipped files', () => {
  test('a file two checks skip is listed once, with each reason and the checks that gave it', async () => {
    const root = await tree({ LICENSE: Buffer.from([0x47, 0x50, 0x4c, 0, 0, 1, 2, 0, 3]), 'logo.bin': Buffer.from([0, 1, 2, 0]) });
    const report = await scan(root, { checks: ['credentials', 'license'] });
    expect(report.skipped).toEqual([
      { path: 'LICENSE', reason: 'binary file (credentials, license)' },
      { path: 'logo.bin', reason: 'binary file' },
    ]);
  });

  test('distinct reasons are kept, the walk without a check name; one skip keeps its reason as it is', () => {
    expect(
      mergeSkipped([
        { path: 'b', reason: 'binary file', by: 'credentials' },
        { path: 'a', reason: 'symbolic link (not followed)' },
        { path: 'b', reason: 'larger than 1048576 bytes for a license, manifest or notice file', by: 'license' },
        { path: 'b', reason: 'binary file', by: 'branding' },
      ]),
    ).toEqual([
      { path: 'a', reason: 'symbolic link (not followed)' },
      { path: 'b', reason: 'binary file (credentials, branding); larger than 1048576 bytes for a license, manifest or notice file (license)' },
    ]);
  });
});
