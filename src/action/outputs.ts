import * as core from '@actions/core';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { jsonChunks } from '../report/json.js';
import type { Report } from '../report/model.js';

export async function writeOutputs(report: Report, sarifPath = ''): Promise<void> {
  const dir = join(process.env.RUNNER_TEMP || tmpdir(), 'telegram-compliance');
  await mkdir(dir, { recursive: true });
  const jsonPath = join(dir, 'report.json');
  await writeFile(jsonPath, jsonChunks(report));
  core.setOutput('result', report.result);
  core.setOutput('errors', report.summary.errors);
  core.setOutput('warnings', report.summary.warnings);
  core.setOutput('notes', report.summary.notes);
  core.setOutput('findings', report.findings.length);
  core.setOutput('suppressed', report.summary.suppressed);
  core.setOutput('sarif-file', sarifPath);
  core.setOutput('report-json', jsonPath);
}
