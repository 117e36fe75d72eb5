import * as core from '@actions/core';
import { COMMENT_MARKER, createComment, findStickyComment, tokenLogin, updateComment } from '../../github/comments.js';
import { mayHaveLanded } from '../../github/errors.js';
import { renderMarkdown } from '../../report/markdown.js';
import type { Report } from '../../report/model.js';
import type { Finding } from '../../findings.js';
import type { Sink } from './types.js';

/** GitHub refuses comments of 65,536 characters or more. */
export const COMMENT_MAX = 65_000;

export function commentBody(report: Report, options: { scanned: string; link: (f: Finding) => string | undefined; earlierFailure: boolean }): string {
  const preface = report.result === 'pass' && options.earlierFailure ? ['An earlier run failed; this commit passes.'] : [];
  const budget = COMMENT_MAX - COMMENT_MARKER.length - 1;
  return `${COMMENT_MARKER}\n${renderMarkdown(report, { link: options.link, scanned: options.scanned, preface, maxLength: budget })}`;
}

/** One sticky comment per pull request, edited in place; none is created while everything passes. */
export const commentSink: Sink = {
  name: 'PR comment',
  permission: 'pull-requests: write',
  applies: ({ event }) => event.pullRequest !== undefined,
  unavailable({ event, octokit }) {
    const pr = event.pullRequest!;
    if (!octokit || !event.repository) return 'no github-token';
    if (event.name === 'pull_request' && pr.fork) return `pull request from a fork (${pr.headRepo ?? 'deleted repository'}): its token is read-only`;
    return undefined;
  },
  async write({ report, event, octokit, scanned, link }) {
    const pr = event.pullRequest!;
    const repo = event.repository!;
    const author = await tokenLogin(octokit!);
    const existing = await findStickyComment(octokit!, repo, pr.number, author);
    if (existing) {
      const earlierFailure = existing.body.includes('Telegram compliance: fail') || existing.body.includes('An earlier run failed');
      await updateComment(octokit!, repo, existing.id, commentBody(report, { scanned, link, earlierFailure }));
      return;
    }
    if (report.result === 'pass') {
      core.info('No PR comment: this run passes and no earlier comment exists.');
      return;
    }
    const body = commentBody(report, { scanned, link, earlierFailure: false });
    try {
      await createComment(octokit!, repo, pr.number, body);
    } catch (err) {
      // A POST that failed after reaching GitHub may have stored the comment: look before anything is written again.
      if (!mayHaveLanded(err)) throw err;
      const landed = await findStickyComment(octokit!, repo, pr.number, author);
      if (!landed) throw err;
      if (landed.body !== body) await updateComment(octokit!, repo, landed.id, body);
    }
  },
};
