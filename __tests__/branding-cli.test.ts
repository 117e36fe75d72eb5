import { afterAll, expect, test } from '@jest/globals';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { main } from '../src/cli/main.js';
import { copyFixture, removeTempDirs, tempDir } from './helpers/fixtures.js';

afterAll(removeTempDirs);

async function runCli(root: string): Promise<{ code: number; report: { findings: { ruleId: string; path: string }[]; checks: Record<string, { status: string }> } }> {
  const out = join(await tempDir(), 'report.json');
  const code = await main(['--checks', 'branding', '--format', 'json', '--output', out, root]);
  return { code, report: JSON.parse(await readFile(out, 'utf8')) };
}

test('--checks branding fails on a tree with Telegram titles, through the CLI and its JSON report', async () => {
  const { code, report } = await runCli(await copyFixture('branding/titles'));
  expect(code).toBe(1);
  expect(report.checks).toEqual({ branding: expect.objectContaining({ status: 'ran' }) });
  expect(report.findings).toHaveLength(28);
  expect(new Set(report.findings.map((f) => f.ruleId))).toEqual(new Set(['app-title-telegram']));
});

test('--checks branding passes when every title has "Unofficial" right before "Telegram"', async () => {
  const root = await tempDir();
  await mkdir(join(root, 'linux'));
  await writeFile(join(root, 'linux/app.desktop'), '[Desktop Entry]\nName=Unofficial Telegram Lite\nName[ru]=Unofficial Телеграм Лайт\n');
  await writeFile(join(root, 'package.json'), '{"productName": "Unofficial TelegramX"}\n');
  const { code, report } = await runCli(root);
  expect(report.findings).toEqual([]);
  expect(code).toBe(0);
});
