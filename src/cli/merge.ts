import { writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { exitStatusOf } from '../decision.js';
import { parseFailOn } from '../options.js';
import { renderMerged } from '../report/sweep/render.js';
import { mergeReports } from '../sweep/merge.js';
import { readSweepEntry, type ReadEntry } from '../sweep/read-report.js';
import { MERGE_HELP, parseMergeArgs } from './args.js';

/** How many report files are read at once. */
const READ_CONCURRENCY = 8;

/** `tg-compliance merge REPORT.json...`: exit 0 pass, 1 merged findings at --fail-on, 2 a usage error, an unreadable report or a failed check. */
export async function runMerge(argv: readonly string[]): Promise<number> {
  const args = parseMergeArgs(argv);
  if (args.help) {
    process.stdout.write(MERGE_HELP);
    return 0;
  }
  const failOn = parseFailOn(args.failOn, '--fail-on') ?? 'error';
  const entries = await readAll(args.reports);
  const invalid = entries.filter((e) => e.kind === 'invalid');
  for (const e of invalid) process.stderr.write(`tg-compliance: error: ${e.problem}\n`);

  const merged = mergeReports(entries, failOn);
  const useColor = !args.output && args.format === 'text' && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const text = renderMerged(merged, args.format, { color: useColor });
  if (args.output) await writeFile(resolve(args.output), text);
  else process.stdout.write(text);
  if (invalid.length > 0) return 2;
  return exitStatusOf(merged.result);
}

/** Every file read, in the order given. */
async function readAll(files: readonly string[]): Promise<ReadEntry[]> {
  const entries: ReadEntry[] = new Array(files.length);
  let next = 0;
  const worker = async () => {
    while (next < files.length) {
      const i = next++;
      entries[i] = await readSweepEntry(files[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
  return entries;
}
