import * as core from '@actions/core';
import { execFile } from 'node:child_process';
import { realpath, stat } from 'node:fs/promises';
import { promisify } from 'node:util';
import { configuredBaseline, withBaseline } from '../config/baseline-file.js';
import { loadConfig } from '../config/load.js';
import { DEFAULT_CONFIG_PATH, UsageError } from '../config/schema.js';
import { runEngine } from '../engine.js';
import { failedChecks } from '../decision.js';
import type { Finding } from '../findings.js';
import { restChangeSource } from '../github/changed-files.js';
import { oneLine } from '../github/errors.js';
import { readEvent, type EventInfo } from '../github/event.js';
import { createOctokit } from '../github/octokit.js';
import type { Logger } from '../log.js';
import { resolveOptions } from '../options.js';
import { renderSarif } from '../report/sarif.js';
import { readInputs } from './inputs.js';
import { runSettings } from './run-settings.js';
import { writeOutputs } from './outputs.js';
import { bothForms, confined } from './paths.js';
import { isInside } from '../files/inside.js';
import { writeReportFile } from '../files/write-report.js';
import { onDiskSpelling, resolveScope } from './scope.js';
import { annotationsSink } from './sinks/annotations.js';
import { checkRunSink } from './sinks/check-run.js';
import { commentSink } from './sinks/comment.js';
import { writeSinks } from './sinks/run.js';
import { summarySink } from './sinks/summary.js';
import type { Sink } from './sinks/types.js';
import { blobLink } from '../report/links.js';
import { describeRepository } from '../report/repository.js';
import { plural } from '../report/plural.js';
import { codeSpan } from '../report/markdown-text.js';
import { terminalText } from '../report/terminal-text.js';

const actionLogger: Logger = {
  // core.info writes the text as it is (the other levels are escaped workflow commands).
  info: (m) => core.info(terminalText(m)),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
};

/** The action: inputs → scope → engine → sinks and outputs; the step fails exactly when findings reach fail-on. */
export async function run(process_: { workerScript?: string } = {}): Promise<void> {
  try {
    await runAction(process_.workerScript);
  } catch (err) {
    core.setFailed(err instanceof UsageError ? err.message : `internal error: ${oneLine(err instanceof Error ? err.message : String(err))}`);
  }
}

async function runAction(workerScript: string | undefined): Promise<void> {
  const inputs = readInputs();
  const given = process.env.GITHUB_WORKSPACE || process.cwd();
  const workspace = await realpath(given).catch(() => {
    throw new UsageError(`the workspace "${given}" does not exist`);
  });
  const workspaces = await bothForms(given);
  const runnerTemp = process.env.RUNNER_TEMP ? await bothForms(process.env.RUNNER_TEMP) : [];

  const target = await realpath(confined('path', inputs.path, workspace, workspaces)).catch((err: unknown) => {
    throw err instanceof UsageError ? err : new UsageError(`input path: "${inputs.path}" does not exist in the workspace`);
  });
  if (!isInside(workspace, target)) throw new UsageError(`input path: "${inputs.path}" leads outside the workspace (through a symbolic link)`);
  if (!(await stat(target)).isDirectory()) throw new UsageError(`input path: "${inputs.path}" is not a folder`);
  const sarifPath = inputs.sarifFile ? confined('sarif-file', inputs.sarifFile, given, [...workspaces, ...runnerTemp], 'the workspace and RUNNER_TEMP') : '';
  const configInput = inputs.config || DEFAULT_CONFIG_PATH;
  const configPath = confined('config', configInput, workspace, workspaces);
  const fileConfig = await loadConfig(workspace, configInput === DEFAULT_CONFIG_PATH ? undefined : configPath, { confine: true, label: `input config: "${configInput}"` });
  const baseline = inputs.baseline
    ? { name: inputs.baseline, file: confined('baseline', inputs.baseline, workspace, workspaces), label: `input baseline: "${inputs.baseline}"`, confine: true }
    : configuredBaseline(workspace, fileConfig);
  const { config, notes: configNotes } = await withBaseline(workspace, fileConfig, baseline);
  const options = resolveOptions(inputs.raw, config, (name) => `input ${name}`);

  const event = readEvent();
  const octokit = inputs.token ? createOctokit({ baseUrl: event.apiUrl, token: inputs.token }) : undefined;
  const head = event.name === 'pull_request_target' ? await checkedOutHead(workspace) : undefined;
  const scope = await resolveScope({ mode: inputs.scope, event, source: octokit ? restChangeSource(octokit) : undefined, checkedOutHead: head });
  const notices = [...scope.notices];
  for (const w of scope.warnings) core.warning(w);
  const changedFiles = scope.changedFiles ? await onDiskSpelling(workspace, scope.changedFiles) : undefined;
  if (changedFiles && changedFiles.length === 0) notices.push('No changed file to scan: per-file checks have nothing to do; repository-wide checks still run.');
  for (const n of notices) core.notice(n);

  const settings = { ...runSettings(event, options, inputs.token), workerScript };
  const engineReport = await runEngine({ root: workspace, target, checks: options.checks, failOn: options.failOn, maxFileSize: options.maxFileSize, config, changedFiles, reportFiles: sarifPath ? [sarifPath] : [], settings, configNotes, log: actionLogger });
  for (const note of engineReport.configNotes ?? []) {
    notices.push(note);
    core.notice(note);
  }
  const commit = scannedCommit(event, head);
  const report = { ...engineReport, ...describeRepository(event.repository && `${event.repository.owner}/${event.repository.repo}`, repositoryPage(event), commit) };
  if (!changedFiles && Object.values(report.checks).every((c) => c.files === 0)) {
    notices.push('Nothing to scan: no file in the scanned folder.');
    core.notice(notices.at(-1)!);
  }

  const sinks: Sink[] = [annotationsSink, summarySink];
  if (inputs.comment) sinks.push(commentSink);
  if (inputs.checkRun) sinks.push(checkRunSink);
  const scanned = inputs.path === '.' ? scope.description : `${scope.description}, under ${codeSpan(inputs.path)}`;
  await writeSinks(sinks, { report, event, octokit, scanned, earlierNotices: notices.length, link: linkTo(event, commit) });

  if (sarifPath) {
    await writeReportFile(sarifPath, renderSarif(report), { label: `input sarif-file: "${inputs.sarifFile}"`, inside: { folders: [...workspaces, ...runnerTemp], where: 'the workspace and RUNNER_TEMP' } });
  }
  await writeOutputs(report, sarifPath);

  if (report.result === 'error') core.setFailed(failedChecks(report.checks));
  else if (report.result === 'fail') {
    const { errors, warnings, notes } = report.summary;
    core.setFailed(`${plural(errors, 'error')}, ${plural(warnings, 'warning')}, ${plural(notes, 'note')} (fail-on: ${report.failOn})`);
  }
}

/** The commit whose files were read: the PR head (not the merge commit), what pull_request_target checked out, else GITHUB_SHA. */
function scannedCommit(event: EventInfo, checkedOut: string | undefined): string | undefined {
  if (event.name === 'pull_request_target') return checkedOut ?? event.sha;
  return event.pullRequest?.headSha ?? event.sha;
}

/** `{server}/{owner}/{repo}`. */
function repositoryPage(event: EventInfo): string {
  return `${event.serverUrl}/${event.repository?.owner}/${event.repository?.repo}`;
}

/** `{server}/{repo}/blob/{sha}/{path}#L{line}`. */
function linkTo(event: EventInfo, sha: string | undefined): (f: Finding) => string | undefined {
  if (!event.repository || !sha) return () => undefined;
  const page = repositoryPage(event);
  return (f) => blobLink(page, sha, f.path, f.line);
}

async function checkedOutHead(workspace: string): Promise<string | undefined> {
  try {
    const { stdout } = await promisify(execFile)('git', ['rev-parse', 'HEAD'], { cwd: workspace });
    return stdout.trim() || undefined;
  } catch {
    return undefined;
  }
}

