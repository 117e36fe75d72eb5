import { afterAll, expect, test } from '@jest/globals';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { removeTempDirs, tempDir } from './helpers/fixtures.js';

afterAll(removeTempDirs);

const LISTING = 'fastlane/metadata/android/ru-RU/full_description.txt';

async function forkWithListing(text: string): Promise<string> {
  const root = await tempDir();
  await mkdir(join(root, 'fastlane/metadata/android/ru-RU'), { recursive: true });
  await writeFile(join(root, LISTING), text);
  return root;
}

async function runCli(root: string, format: 'json' | 'sarif', extra: string[] = []): Promise<{ code: number; report: any }> {
  const out = join(await tempDir(), `report.${format}`);
  const code = await main(['--checks', 'listing', '--format', format, '--output', out, ...extra, root]);
  return { code, report: JSON.parse(await readFile(out, 'utf8')) };
}

test('--checks listing: a listing without the notice is a warning in the JSON report, with the sentence in its language', async () => {
  const root = await forkWithListing('Telegram — самый быстрый мессенджер.\n');
  const { code, report } = await runCli(root, 'json');
  expect(code).toBe(0); // a warning, below the default fail-on (error)
  expect(report.checks).toEqual({ listing: expect.objectContaining({ status: 'ran', files: 1 }) });
  expect(report.findings).toEqual([
    expect.objectContaining({
      ruleId: 'store-listing-api-notice',
      level: 'warning',
      path: LISTING,
      line: 1,
      message: expect.stringContaining('in Russian: "Это неофициальное приложение, которое использует Telegram API."'),
    }),
  ]);
  expect((await runCli(root, 'json', ['--fail-on', 'warning'])).code).toBe(1);
});

test('--checks listing: the same finding in SARIF, with the rule and its help in the driver', async () => {
  const { report } = await runCli(await forkWithListing('Telegram — самый быстрый мессенджер.\n'), 'sarif');
  const [run] = report.runs;
  const rules = run.tool.driver.rules.map((r: { id: string }) => r.id);
  expect(rules).toEqual(expect.arrayContaining(['store-listing-api-notice', 'intro-api-notice']));
  expect(run.results).toEqual([
    expect.objectContaining({
      ruleId: 'store-listing-api-notice',
      level: 'warning',
      locations: [expect.objectContaining({ physicalLocation: expect.objectContaining({ artifactLocation: expect.objectContaining({ uri: LISTING }), region: expect.objectContaining({ startLine: 1 }) }) })],
    }),
  ]);
});

test('--checks listing passes a listing that says it is an unofficial Telegram client', async () => {
  const { code, report } = await runCli(await forkWithListing('Неофициальный клиент Telegram.\nTelegram — самый быстрый мессенджер.\n'), 'json');
  expect(report.findings).toEqual([]);
  expect(code).toBe(0);
});
