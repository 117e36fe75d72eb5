import type { EventInfo } from '../github/event.js';
import { settingsOf, type RunOptions } from '../options.js';
import type { RunSettings } from '../settings.js';

/**
 * What checks learn about this run from the event: the repository, the commit (GITHUB_SHA: on a release, the
 * released commit) and, on release events, the release's tag, which the publication check looks for upstream.
 * Pull-request and merge-queue commits are temporary merges that no branch holds: there is no released commit to
 * look for, only the repository's visibility.
 */
const TEMPORARY_COMMITS = new Set(['pull_request', 'pull_request_target', 'merge_group']);

export function runSettings(event: EventInfo, options: RunOptions, token: string | undefined): Partial<RunSettings> {
  return {
    ...settingsOf(options),
    repository: event.repository ? `${event.repository.owner}/${event.repository.repo}` : undefined,
    ref: TEMPORARY_COMMITS.has(event.name) ? undefined : event.sha,
    releaseTag: event.name === 'release' ? event.releaseTag : undefined,
    apiUrl: event.apiUrl,
    token,
  };
}
