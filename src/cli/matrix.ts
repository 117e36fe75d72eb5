import { readFile, writeFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { text as readStream } from 'node:stream/consumers';
import { UsageError } from '../config/schema.js';
import { parseRepositoryList, sweepMatrix } from '../sweep/matrix.js';
import { MATRIX_HELP, parseMatrixArgs } from './args.js';

/** `tg-compliance matrix [--batch N] [FILE]`: the sweep's matrix for one batch, as JSON. */
export async function runMatrix(argv: readonly string[]): Promise<number> {
  const args = parseMatrixArgs(argv);
  if (args.help) {
    process.stdout.write(MATRIX_HELP);
    return 0;
  }
  const fromStdin = args.file === undefined || args.file === '-';
  let input: string;
  try {
    input = fromStdin ? await readStream(process.stdin) : await readFile(resolve(args.file!), 'utf8');
  } catch (err) {
    throw new UsageError(`matrix: cannot read "${args.file}" (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  const list = parseRepositoryList(input, fromStdin ? 'standard input' : args.file!);
  for (const p of list.problems) process.stderr.write(`tg-compliance: error: ${p}\n`);
  const json = `${JSON.stringify(sweepMatrix(list.names, args.batch))}\n`;
  if (args.output) await writeFile(resolve(args.output), json);
  else process.stdout.write(json);
  return list.problems.length > 0 ? 2 : 0;
}
