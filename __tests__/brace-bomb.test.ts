import { afterAll, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { parseConfig } from '../src/config/load.js';
import { REPO_ROOT, removeTempDirs, tempDir } from './helpers/fixtures.js';

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');
// Prints the process's peak resident memory (KiB) last on standard error.
const PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('peak-rss-kib='+process.resourceUsage().maxRSS+'\\n'))`;
const BOMB = `${'{a,b}'.repeat(22)}/*.apk`;

afterAll(removeTempDirs);

test('a brace-expansion bomb in --artifacts and in the config: exit 2 in one line, peak memory under 512 MB', async () => {
  const flagged = await tempDir();
  const configured = await tempDir();
  await mkdir(join(configured, '.github'));
  await writeFile(join(configured, '.github', 'telegram-compliance.yml'), `artifacts: ["${BOMB}"]\n`);
  for (const args of [['--artifacts', BOMB, flagged], [configured]]) {
    // A heap limit, so that the code before the fix fails here in seconds rather than taking the machine's memory.
    const r = spawnSync(process.execPath, ['--max-old-space-size=400', '--import', PEAK, CLI, '--checks', 'credentials', ...args], { encoding: 'utf8' });
    const lines = r.stderr.trim().split('\n');
    const peak = Number(/^peak-rss-kib=(\d+)$/.exec(lines.pop() ?? '')?.[1]);
    expect({ status: r.status, stderr: lines }).toEqual({ status: 2, stderr: [expect.stringMatching(/^tg-compliance: error: .*its \{…\} groups expand to 4,194,304 patterns, more than the 1,024 allowed/)] });
    expect(peak).toBeGreaterThan(0);
    expect(peak).toBeLessThan(512 * 1024);
  }
});

test('the config names the file, line and column of the bomb', () => {
  expect(() => parseConfig(`fail-on: error\nartifacts:\n  - "${BOMB}"\n`, 'c.yml')).toThrow(/^c\.yml:3:\d+: artifacts glob ".*": its \{…\} groups expand to 4,194,304 patterns/);
});
