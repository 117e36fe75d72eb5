import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { spawnSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
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

describe('workflow commands and terminal escapes from file names and file text', () => {
  const NAMES = ['x\n::error file=a.py,line=1::pwned\n.py', '::error file=b.py::lead.py', '\u001b]8;;https:evil.example\u0007link\u001b]8;;\u0007\u001b[2J.py', 'bidi\u202eyp.py'];

  test('every line the CLI prints (text report and standard error) keeps names on one line, with no command and no escape', async () => {
    const root = await tempDir();
    for (const name of NAMES) await writeFile(join(root, name), 'api_id = 611335\n');
    await writeFile(join(root, 'allowed.py'), 'api_id = 611335  # tg-compliance:allow -- ok\r::error::suppressed\u001b[31m red\n');
    await symlink('nowhere', join(root, 'lnk\n::warning::from-stderr'));
    const r = spawnSync(process.execPath, [CLI, '--checks', 'credentials', '--artifacts', 'lnk*', root], { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' } });
    expect(r.status).toBe(1);
    for (const stream of [r.stdout, r.stderr]) {
      for (const line of stream.split(/\r\n|\r|\n/)) expect(line).not.toMatch(/^\s*::/);
      expect(stream).not.toMatch(/[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/);
    }
    expect(r.stdout).toContain('x\\n::error file=a.py,line=1::pwned\\n.py\n');
    expect(r.stdout).toContain('\\x3a:error file=b.py::lead.py\n');
    expect(r.stdout).toContain('\\x1b]8;;https:evil.example\\x07link\\x1b]8;;\\x07\\x1b[2J.py\n');
    expect(r.stdout).toContain('bidi\\u202eyp.py\n');
    expect(r.stdout).toContain('1 × inline: ok\\r::error::suppressed\\x1b[31m red');
    expect(r.stderr).toContain('lnk\\n::warning::from-stderr');
  });
});
