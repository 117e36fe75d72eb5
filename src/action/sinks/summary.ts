import * as core from '@actions/core';
import { renderMarkdown } from '../../report/markdown.js';
import type { Sink } from './types.js';

/** The job summary's limit is 1 MiB per step; stay clearly below it. */
export const SUMMARY_MAX_BYTES = 1_000_000;

export const summarySink: Sink = {
  name: 'job summary',
  unavailable: () => (process.env.GITHUB_STEP_SUMMARY ? undefined : 'GITHUB_STEP_SUMMARY is not set (not on a runner)'),
  async write({ report, scanned, link }) {
    await core.summary.addRaw(renderMarkdown(report, { link, scanned, maxLength: SUMMARY_MAX_BYTES })).write();
  },
};
