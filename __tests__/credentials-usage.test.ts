import { afterAll, describe, expect, test } from '@jest/globals';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { FIXTURES, removeTempDirs, scan, tempDir } from './helpers/fixtures.js';

const SHAPES = join(FIXTURES, 'credentials', 'shapes');
const levels = (report: Awaited<ReturnType<typeof scan>>) => report.findings.map((f) => `${f.path}:${f.line} ${f.level}`);

describe('where a value leads decides its level', () => {
  afterAll(removeTempDirs);

  test('Telegram Desktop: guarded samples are warnings naming the guard; a release that turns the switch on makes them errors', async () => {
    const root = await tempDir();
    await cp(join(SHAPES, 'desktop'), root, { recursive: true });
    const guarded = await scan(root);
    expect(levels(guarded)).toEqual([
      'snap/snapcraft.yaml:4 error',
      'snap/snapcraft.yaml:5 error',
      'Telegram/SourceFiles/config.h:10 warning',
      'Telegram/SourceFiles/config.h:11 warning',
      'Telegram/cmake/telegram_options.cmake:5 warning',
      'Telegram/cmake/telegram_options.cmake:6 warning',
    ]);
    const cmake = guarded.findings.find((f) => f.path.endsWith('.cmake'))!;
    expect(cmake.message).toMatch(/guarded: built only when TDESKTOP_API_TEST/);

    await mkdir(join(root, '.github/workflows'), { recursive: true });
    await writeFile(
      join(root, '.github/workflows/nightly.yml'),
      'on:\n  schedule:\n    - cron: "0 3 * * *"\njobs:\n  b:\n    steps:\n      - run: cmake -DTDESKTOP_API_TEST=ON .\n',
    );
    const nightly = await scan(root);
    expect(nightly.findings.find((f) => f.path.endsWith('.cmake'))!.level).toBe('warning');
    expect(nightly.findings.find((f) => f.path.endsWith('nightly.yml'))!.level).toBe('warning');

    await writeFile(join(root, '.github/workflows/release.yml'), 'on:\n  push:\n    tags: ["v*"]\njobs:\n  b:\n    steps:\n      - run: cmake -DTDESKTOP_API_TEST=ON .\n');
    const released = await scan(root);
    const byPath = (p: string) => released.findings.filter((f) => f.path.endsWith(p)).map((f) => f.level);
    expect(byPath('release.yml')).toEqual(['error']);
    expect(byPath('telegram_options.cmake')).toEqual(['error', 'error']);
    expect(byPath('config.h')).toEqual(['warning', 'warning']);
    expect(released.findings.find((f) => f.path.endsWith('.cmake'))!.message).toMatch(/turned on in a release build at \.github\/workflows\/release\.yml:7, so it ships/);
  });

  test('Android forks: APP_ID = 4 overridden from BuildConfig is a warning naming the override; without it, an error', async () => {
    const root = await tempDir();
    await writeFile(
      join(root, 'BuildVars.java'),
      'package org.telegram.messenger;\npublic class BuildVars {\n    public static int APP_ID = 4;\n    static {\n        APP_ID = BuildConfig.APP_ID;\n    }\n}\n',
    );
    const overridden = await scan(root);
    expect(levels(overridden)).toEqual(['BuildVars.java:3 warning']);
    expect(overridden.findings[0].message).toMatch(/overridden at line 5 by `APP_ID = BuildConfig.APP_ID`, so it ships only when that value is missing/);
    await writeFile(join(root, 'BuildVars.java'), 'package org.telegram.messenger;\npublic class BuildVars {\n    public static int APP_ID = 4;\n}\n');
    expect(levels(await scan(root))).toEqual(['BuildVars.java:3 error']);
  });

  test('a fallback default ships: error', async () => {
    const root = await tempDir();
    await writeFile(join(root, 'config.js'), 'export const apiId = process.env.API_ID || 17349;\n');
    const report = await scan(root);
    expect(levels(report)).toEqual(['config.js:1 error']);
    expect(report.findings[0].message).toMatch(/as a fallback default/);
  });
});
