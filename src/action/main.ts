import * as core from '@actions/core';
import { realpath } from 'node:fs/promises';
import { loadConfig } from '../config/load.js';
import { DEFAULT_CONFIG_PATH, UsageError } from '../config/schema.js';
import { insideWorkspace } from './inside.js';
import { runEngine } from '../engine.js';
import type { Logger } from '../log.js';
import { resolveOptions } from '../options.js';
import { renderMarkdown } from '../report/markdown.js';
import { writeAnnotations } from './annotations.js';
import { writeOutputs } from './outputs.js';

const actionLogger: Logger = {
  info: (m) => core.info(m),
  warning: (m) => core.warning(m),
  debug: (m) => core.debug(m),
};

/** The action: inputs → engine → annotations, summary, outputs; the step fails exactly when findings reach fail-on. */
export async function run(): Promise<void> {
  try {
    const workspace = await realpath(process.env.GITHUB_WORKSPACE ?? process.cwd());
    const target = await insideWorkspace(workspace, core.getInput('path'), 'path');
    const configInput = core.getInput('config').trim();
    const config = configInput && configInput !== DEFAULT_CONFIG_PATH ? await loadConfig(workspace, await insideWorkspace(workspace, configInput, 'config')) : await loadConfig(workspace);
    const options = resolveOptions(
      {
        checks: core.getInput('checks'),
        failOn: core.getInput('fail-on'),
        requireGpl: core.getInput('require-gpl'),
        artifacts: core.getMultilineInput('artifacts'),
        mirror: core.getInput('mirror'),
      },
      config,
      (name) => `input ${name}`,
    );
    const settings = {
      requireGpl: options.requireGpl,
      mirror: options.mirror,
      repository: process.env.GITHUB_REPOSITORY,
      ref: process.env.GITHUB_SHA,
      apiUrl: process.env.GITHUB_API_URL ?? 'https://api.github.com',
      token: core.getInput('github-token') || undefined,
      artifacts: options.artifacts,
    };
    const report = await runEngine({ root: workspace, target, checks: options.checks, failOn: options.failOn, maxFileSize: options.maxFileSize, config, settings, log: actionLogger });
    writeAnnotations(report);
    await core.summary.addRaw(renderMarkdown(report, { maxLength: 1_000_000 })).write();
    await writeOutputs(report);
    const failed = Object.entries(report.checks).filter(([, c]) => c.status === 'failed');
    if (failed.length > 0) core.setFailed(`check ${failed.map(([n, c]) => `${n} failed: ${c.reason}`).join('; ')}`);
    else if (report.result === 'fail') {
      core.setFailed(`${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notes} notes (fail-on: ${report.failOn})`);
    }
  } catch (err) {
    core.setFailed(err instanceof UsageError ? err.message : `internal error: ${err instanceof Error ? err.message : String(err)}`);
  }
}
