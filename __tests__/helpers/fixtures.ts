import { cp, mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { EMPTY_CONFIG, type Config } from '../../src/config/schema.js';
import { runEngine, type EngineOptions } from '../../src/engine.js';
import { silentLogger } from '../../src/log.js';
import type { Report } from '../../src/report/model.js';

export const FIXTURES = join(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');
export const REPO_ROOT = join(FIXTURES, '..', '..');

const made: string[] = [];

/** Copies a fixture tree to a fresh temporary folder, outside this repository and its config. */
export async function copyFixture(name: string): Promise<string> {
  const dir = await tempDir();
  await cp(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

export async function tempDir(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'tgc-test-'));
  made.push(dir);
  return dir;
}

/** A fresh temporary folder holding these files (workspace-relative paths, folders made as needed). */
export async function tree(files: Record<string, string | Buffer>): Promise<string> {
  const root = await tempDir();
  for (const [path, content] of Object.entries(files)) {
    await mkdir(dirname(join(root, path)), { recursive: true });
    await writeFile(join(root, path), content);
  }
  return root;
}

export async function removeTempDirs(): Promise<void> {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
}

export async function scan(root: string, overrides: Partial<EngineOptions> = {}, config: Config = EMPTY_CONFIG): Promise<Report> {
  return runEngine({
    root,
    target: root,
    checks: ['credentials'],
    failOn: 'error',
    maxFileSize: 100 * 1024 * 1024,
    config,
    log: silentLogger,
    ...overrides,
  });
}

export { dirname };
