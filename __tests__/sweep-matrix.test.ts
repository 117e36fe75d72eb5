import { describe, expect, test } from '@jest/globals';
import { MAX_MATRIX_JOBS, parseRepositoryList, splitIntoBatches, sweepMatrix } from '../src/sweep/matrix.js';
import { runCli } from './helpers/run-cli.js';

const names = (n: number) => Array.from({ length: n }, (_, i) => `acme/app-${i}`);

describe('the sweep matrix', () => {
  test('600 repositories: batches of at most 256 that hold each repository once, in order', () => {
    const all = names(600);
    const batches = splitIntoBatches(all);
    expect(batches.map((b) => b.length)).toEqual([256, 256, 88]);
    for (const b of batches) expect(b.length).toBeLessThanOrEqual(MAX_MATRIX_JOBS);
    expect(batches.flat()).toEqual(all);
  });

  test('one batch when the list fits, and its summary says so without batches', () => {
    for (const n of [1, 255, 256]) {
      const m = sweepMatrix(names(n), 1);
      expect(m).toMatchObject({ total: n, batches: 1, batch: 1 });
      expect(m.repositories).toEqual(names(n));
      expect(m.summary).not.toMatch(/batch/);
    }
    expect(sweepMatrix(names(257), 1).batches).toBe(2);
  });

  test("each batch's matrix, and a summary naming the batches to run next", () => {
    const all = names(600);
    const third = sweepMatrix(all, 3);
    expect(third.repositories).toEqual(all.slice(512));
    expect(third.summary).toBe(
      '600 repositories: GitHub runs at most 256 jobs from one matrix, so the sweep is split into 3 batches. This run scans batch 3 (repositories 513–600); run the others with `batch: 1`, `2`.',
    );
    expect(sweepMatrix(all, 1).summary).toContain('batch 1 (repositories 1–256)');
    expect(sweepMatrix(all, 4)).toMatchObject({ repositories: [], summary: 'Nothing to scan in batch 4: the 600 repositories fill 3 batches.' });
    expect(sweepMatrix(names(3), 2)).toMatchObject({ repositories: [], summary: 'Nothing to scan in batch 2: the 3 repositories fill 1 batch.' });
    expect(sweepMatrix([], 1)).toMatchObject({ total: 0, batches: 0, repositories: [], summary: 'No repository to scan.' });
  });

  test('the list: comments, blank lines and repeats skipped; a line that is not OWNER/NAME is named', () => {
    const list = parseRepositoryList('# ours\nacme/app\n\n  acme/lib  \nACME/App\nacme/../x\n-rf /\nacme/app;rm -rf ~\nacme/a.b_c-d\n', 'repos.txt');
    expect(list.names).toEqual(['acme/app', 'acme/lib', 'acme/a.b_c-d']);
    expect(list.problems).toEqual([
      'repos.txt:6: "acme/../x" is not OWNER/NAME',
      'repos.txt:7: "-rf /" is not OWNER/NAME',
      'repos.txt:8: "acme/app;rm -rf ~" is not OWNER/NAME',
    ]);
  });

  test('the CLI reads standard input and prints the JSON the workflow reads; bad lines exit 2', async () => {
    const ok = await runCli(['matrix', '--batch', '2'], { input: `${names(600).join('\n')}\n` });
    expect(ok.status).toBe(0);
    const matrix = JSON.parse(ok.stdout);
    expect(Object.keys(matrix)).toEqual(['total', 'batches', 'batch', 'repositories', 'summary']);
    expect(matrix).toMatchObject({ total: 600, batches: 3, batch: 2 });
    expect(matrix.repositories).toEqual(names(600).slice(256, 512));

    const bad = await runCli(['matrix'], { input: 'acme/app\nnot a repo\n' });
    expect(bad.status).toBe(2);
    expect(bad.stderr).toBe('tg-compliance: error: standard input:2: "not a repo" is not OWNER/NAME\n');
    expect(JSON.parse(bad.stdout).repositories).toEqual(['acme/app']);

    const usage = await runCli(['matrix', '--batch', '0']);
    expect(usage.status).toBe(2);
    expect(usage.stderr).toMatch(/--batch: "0" is not a batch number/);
  });
});
