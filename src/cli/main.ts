import { realpath, stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import { writeBaseline } from '../baseline.js';
import { CATALOGUE_VERSION } from '../checks/credentials/catalogue.js';
import { configuredBaseline, withBaseline } from '../config/baseline-file.js';
import { loadConfig } from '../config/load.js';
import { writeReportFile } from '../files/write-report.js';
import { UsageError } from '../config/schema.js';
import { exitStatusOf, failedChecks } from '../decision.js';
import { runEngine } from '../engine.js';
import { changedSince, gitTop } from '../git.js';
import type { RunSettings } from '../settings.js';
import { stderrLogger } from '../log.js';
import { resolveOptions, settingsOf } from '../options.js';
import { renderPieces } from '../report/render.js';
import { terminalText } from '../report/terminal-text.js';
import { VERSION } from '../version.js';
import { HELP, parseCliArgs, type Subcommand } from './args.js';
import { apiUrlOf, publicationNotRun, publicationTarget, repositoryInfo, repositoryName } from './publication-target.js';
import { repositoryProblem } from '../checks/publication/place.js';
import { requireOutputFolder } from './output-folder.js';
import { writeStdout } from './write-stdout.js';

/** Loaded on use, like the checks: a scan does not load the GitHub client or the merge. */
const SUBCOMMANDS: Record<Subcommand, (argv: readonly string[]) => Promise<number>> = {
  merge: async (argv) => (await import('./merge.js')).runMerge(argv),
  'list-repos': async (argv) => (await import('./list-repos.js')).runListRepos(argv),
  matrix: async (argv) => (await import('./matrix.js')).runMatrix(argv),
};

/** Runs the CLI; returns the exit status (0 pass, 1 findings at fail-on, 2 usage/config/internal error). */
export async function main(argv: readonly string[], runtime: { workerScript?: string } = {}): Promise<number> {
  try {
    return await run(argv, runtime.workerScript);
  } catch (err) {
    if (err instanceof UsageError) {
      process.stderr.write(`tg-compliance: error: ${terminalText(err.message)}\n`);
      return 2;
    }
    throw err;
  }
}

async function run(argv: readonly string[], workerScript: string | undefined): Promise<number> {
  const [first, ...rest] = argv;
  const subcommand = Object.hasOwn(SUBCOMMANDS, first ?? '') ? SUBCOMMANDS[first as Subcommand] : undefined;
  return subcommand ? subcommand(rest) : scan(argv, workerScript);
}

async function scan(argv: readonly string[], workerScript: string | undefined): Promise<number> {
  const args = parseCliArgs(argv);
  if (args.help) {
    await writeStdout(HELP);
    return 0;
  }
  if (args.version) {
    await writeStdout(`tg-compliance ${VERSION} (catalogue ${CATALOGUE_VERSION})\n`);
    return 0;
  }
  const badRepository = args.repository === undefined ? undefined : repositoryProblem(args.repository);
  if (badRepository) throw new UsageError(`--repository: ${badRepository}`);
  if (args.output) await requireOutputFolder(args.output, '--output');
  const target = await directory(args.path);
  const top = await gitTop(target);
  const root = top ?? target;
  const fileConfig = await loadConfig(root, args.config);
  const baseline =
    args.baseline !== undefined ? { name: args.baseline, file: resolve(args.baseline), label: `--baseline "${args.baseline}"`, confine: false } : configuredBaseline(root, fileConfig);
  const { config, notes: configNotes } = await withBaseline(root, fileConfig, baseline);
  const options = resolveOptions(
    { checks: args.checks, failOn: args.failOn, maxFileSize: args.maxFileSize, ...args.settings },
    config,
    (name) => `--${name}`,
  );
  const log = stderrLogger(args.verbose);
  const changedFiles = args.since ? await changedSince(root, args.since) : undefined;
  const publication = options.checks.includes('publication');
  const apiUrl = publication ? apiUrlOf(args.apiUrl, process.env.GITHUB_API_URL) : (args.apiUrl ?? (process.env.GITHUB_API_URL || 'https://api.github.com'));
  const repository = await repositoryName(args.repository, apiUrl, target, top, log);
  const token = process.env.GITHUB_TOKEN || undefined;
  const notRun = publication ? publicationNotRun(repository, options.mirror, process.env) : undefined;
  const settings: Partial<RunSettings> = {
    ...settingsOf(options),
    apiUrl,
    token,
    workerScript,
    ...(publication && !notRun ? await publicationTarget(repository, args.ref, top, { apiUrl, token }, log) : {}),
  };
  const scanned = await runEngine({
    root, target, checks: options.checks, failOn: options.failOn, maxFileSize: options.maxFileSize, config, changedFiles,
    reportFiles: args.output ? [resolve(args.output)] : [], settings, notRun: notRun ? { publication: notRun } : undefined, configNotes, log,
  });
  const report = { ...scanned, ...(await repositoryInfo(repository, apiUrl, top)) };

  if (args.writeBaseline) {
    // The findings a baseline already accepts stay accepted when the baseline is written to a new file.
    const accepted = [...report.findings, ...report.suppressed.filter((f) => f.suppression.kind === 'baseline')];
    const { added, leftOut } = await writeBaseline(resolve(args.writeBaseline), accepted);
    const environmental = leftOut > 0 ? ` (${leftOut} left out: they depend on this run's token and network, not on the code)` : '';
    process.stderr.write(`tg-compliance: wrote ${added} baseline entries to ${terminalText(args.writeBaseline)}${environmental}\n`);
    return 0;
  }
  const useColor = !args.output && args.format === 'text' && process.stdout.isTTY === true && !process.env.NO_COLOR;
  const text = renderPieces(report, args.format, { color: useColor });
  if (args.output) await writeReportFile(args.output, text, { label: `--output: "${args.output}"` });
  else await writeStdout(text);

  if (report.result === 'error') process.stderr.write(`tg-compliance: error: ${terminalText(failedChecks(report.checks))}\n`);
  return exitStatusOf(report.result);
}

async function directory(path: string): Promise<string> {
  let abs: string;
  try {
    abs = await realpath(resolve(path));
  } catch {
    throw new UsageError(`PATH "${path}" does not exist`);
  }
  if (!(await stat(abs)).isDirectory()) throw new UsageError(`PATH "${path}" is not a folder`);
  return abs;
}
