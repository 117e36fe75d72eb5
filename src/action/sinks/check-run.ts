import { publishCheckRun, type CheckAnnotation, type CheckConclusion } from '../../github/check-runs.js';
import { compareFindings, messageWithFix, type Finding } from '../../findings.js';
import type { Report } from '../../report/model.js';
import { renderMarkdown } from '../../report/markdown.js';
import type { Sink } from './types.js';

export const CHECK_RUN_NAME = 'telegram-compliance';
/** A check run's summary must stay under 65,535 characters. */
const SUMMARY_MAX = 60_000;
/** Bounds the number of requests: past this, the summary and the SARIF/JSON reports carry the rest. */
export const CHECK_ANNOTATIONS_MAX = 1000;

/** DESIGN §4: failure when the run fails (or a check failed), neutral for findings below fail-on, success otherwise. */
export function conclusionOf(report: Report): CheckConclusion {
  if (report.result !== 'pass') return 'failure';
  return report.findings.length > 0 ? 'neutral' : 'success';
}

/** The API requires a line: a file-level finding is annotated at the file's first. */
export function checkAnnotations(findings: readonly Finding[]): CheckAnnotation[] {
  const level = { error: 'failure', warning: 'warning', note: 'notice' } as const;
  return [...findings]
    .sort(compareFindings)
    .slice(0, CHECK_ANNOTATIONS_MAX)
    .map((f) => ({ path: f.path, start_line: f.line ?? 1, end_line: f.line ?? 1, annotation_level: level[f.level], message: messageWithFix(f), title: f.ruleId }));
}

export const checkRunSink: Sink = {
  name: 'check run',
  permission: 'checks: write',
  unavailable({ event, octokit }) {
    if (!octokit || !event.repository) return 'no github-token';
    if (!(event.pullRequest?.headSha ?? event.sha)) return 'no commit to attach it to (GITHUB_SHA is not set)';
    if (event.name === 'pull_request' && event.pullRequest?.fork) return `pull request from a fork (${event.pullRequest.headRepo ?? 'deleted repository'}): its token is read-only`;
    return undefined;
  },
  async write({ report, event, octokit, scanned, link }) {
    const { errors, warnings, notes } = report.summary;
    await publishCheckRun(octokit!, event.repository!, {
      name: CHECK_RUN_NAME,
      headSha: event.pullRequest?.headSha ?? event.sha!,
      conclusion: conclusionOf(report),
      title: `${errors} errors, ${warnings} warnings, ${notes} notes`,
      summary: renderMarkdown(report, { link, scanned, maxLength: SUMMARY_MAX }),
      annotations: checkAnnotations(report.findings),
    });
  },
};
