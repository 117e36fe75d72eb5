import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { REPO_ROOT, removeTempDirs, tempDir } from './helpers/fixtures.js';

// Where the CLI's output goes and what it says there, as an attacker (or a shell pipeline) arranges it.

const CLI = join(REPO_ROOT, 'dist', 'cli', 'index.js');

afterAll(removeTempDirs);

describe('a reader that goes away, a disk that fills', () => {
  let many: string;
  beforeAll(async () => {
    many = await tempDir();
    await mkdir(join(many, 'src'));
    // Enough findings that the report is far larger than a pipe's buffer.
    for (let i = 0; i < 2000; i++) await writeFile(join(many, 'src', `f${i}.py`), 'api_id = 611335\n');
  });

  function shell(script: string) {
    const r = spawnSync('bash', ['-c', script], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1', CLI, ROOT: many } });
    return { status: r.status, stdout: r.stdout, stderr: r.stderr };
  }

  test.each([
    ['| head -1', 'node "$CLI" --checks credentials "$ROOT" 2>"$ERR" | head -1 >/dev/null; echo "${PIPESTATUS[0]}"', /^tg-compliance: error: cannot write to standard output \(EPIPE: the reader closed the pipe\)\n$/],
    ['> /dev/full', 'node "$CLI" --checks credentials "$ROOT" 2>"$ERR" >/dev/full; echo "$?"', /^tg-compliance: error: cannot write to standard output \(ENOSPC: no space left on the device\)\n$/],
    ['--output /dev/full', 'node "$CLI" --checks credentials --output /dev/full "$ROOT" 2>"$ERR"; echo "$?"', /^tg-compliance: error: --output: "\/dev\/full" cannot be written \(ENOSPC\)\n$/],
    ['--version > /dev/full', 'node "$CLI" --version 2>"$ERR" >/dev/full; echo "$?"', /^tg-compliance: error: cannot write to standard output \(ENOSPC/],
  ])('%s: exit 2 with one line, no stack trace', async (_, script, message) => {
    const err = join(await tempDir(), 'stderr');
    const r = shell(`ERR=${JSON.stringify(err)}; ${script}; cat "$ERR" >&2`);
    expect({ status: r.stdout.trim(), stderr: r.stderr }).toEqual({ status: '2', stderr: expect.stringMatching(message) });
  });
});
