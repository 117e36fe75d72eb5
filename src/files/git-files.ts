import { spawn } from 'node:child_process';

/**
 * The files a checkout ships, as git lists them: every tracked file, whatever .gitignore says (after
 * actions/checkout, an ignored file in the workspace is a committed one), and every untracked file that .gitignore
 * does not leave out. `onPath` gets each path as raw bytes relative to `cwd`, as soon as git prints it, so that the
 * list is never held whole. Resolves to false when `cwd` is in no git work tree or git cannot run.
 */
export function listGitFiles(cwd: string, pathspec: string, onPath: (path: Buffer) => void): Promise<boolean> {
  return new Promise((resolve, reject) => {
    const args = ['-c', 'core.quotePath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard', '--deduplicate', '--', `:(literal)${pathspec}`];
    const git = spawn('git', args, { cwd, stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, GIT_OPTIONAL_LOCKS: '0' } });
    let pending: Buffer = Buffer.alloc(0);
    let stderr = '';
    let failed: unknown;
    git.stdout.on('data', (data: Buffer) => {
      if (failed) return;
      let buffer = pending.length === 0 ? data : Buffer.concat([pending, data]);
      let at = buffer.indexOf(0);
      try {
        while (at !== -1) {
          if (at > 0) onPath(buffer.subarray(0, at));
          buffer = buffer.subarray(at + 1);
          at = buffer.indexOf(0);
        }
      } catch (err) {
        failed = err;
        git.kill();
      }
      pending = Buffer.from(buffer);
    });
    git.stderr.on('data', (data: Buffer) => {
      if (stderr.length < 4096) stderr += data.toString('utf8');
    });
    git.on('error', () => resolve(false)); // git is not installed
    git.on('close', (code) => {
      if (failed) reject(failed);
      else if (code === 0) resolve(true);
      else if (/not a git repository/i.test(stderr)) resolve(false);
      else reject(new Error(`git ls-files failed (exit ${code}): ${stderr.split('\n')[0]}`));
    });
  });
}

/** Whether `dir` is inside a git work tree (false when git is missing). */
export function insideGitWorkTree(dir: string): Promise<boolean> {
  return new Promise((resolve) => {
    const git = spawn('git', ['rev-parse', '--is-inside-work-tree'], { cwd: dir, stdio: ['ignore', 'pipe', 'ignore'] });
    let out = '';
    git.stdout.on('data', (d: Buffer) => (out += d.toString('utf8')));
    git.on('error', () => resolve(false));
    git.on('close', (code) => resolve(code === 0 && out.trim() === 'true'));
  });
}

/**
 * Which of `paths` (relative to the work tree at `cwd`) git leaves out: untracked and matched by .gitignore. A
 * tracked path is never among them, whatever .gitignore says.
 */
export function gitIgnoredAmong(cwd: string, paths: readonly string[]): Promise<Set<string>> {
  return new Promise((resolve, reject) => {
    const git = spawn('git', ['check-ignore', '-z', '--stdin'], { cwd, stdio: ['pipe', 'pipe', 'pipe'] });
    const out: Buffer[] = [];
    let stderr = '';
    git.stdout.on('data', (d: Buffer) => out.push(d));
    git.stderr.on('data', (d: Buffer) => {
      if (stderr.length < 4096) stderr += d.toString('utf8');
    });
    git.on('error', reject);
    git.on('close', (code) => {
      // 0: some paths are ignored, 1: none is.
      if (code === 0 || code === 1) resolve(new Set(Buffer.concat(out).toString('utf8').split('\0').filter(Boolean)));
      else reject(new Error(`git check-ignore failed (exit ${code}): ${stderr.split('\n')[0]}`));
    });
    git.stdin.on('error', () => undefined); // git may exit before it has read every path: its exit code tells
    git.stdin.end(paths.map((p) => `${p}\0`).join(''));
  });
}
