import { realpath } from 'node:fs';
import { promisify } from 'node:util';
import { join, relative, sep } from 'node:path';
import { PULL_FILES_LIMIT, COMPARE_FILES_LIMIT, type ChangeSource } from '../github/changed-files.js';
import { describeError } from '../github/errors.js';
import type { EventInfo } from '../github/event.js';
import type { ScopeMode } from './inputs.js';
import { plural } from '../report/plural.js';

/** What per-file checks scan on this run; repository-wide checks always see the whole tree. */
export interface Scope {
  /** Workspace-relative `/` paths; undefined means the whole tree. */
  changedFiles?: string[];
  /** What was scanned, in words, for the summary. */
  description: string;
  notices: string[];
  warnings: string[];
}

export interface ScopeRequest {
  mode: ScopeMode;
  event: EventInfo;
  /** Lists changed files; undefined without a token or repository. */
  source?: ChangeSource;
  /** The commit checked out in the workspace, if git could tell. */
  checkedOutHead?: string;
}

const WHOLE = 'the whole tree';

/** DESIGN §4: auto = the PR's files or the push's range, the whole tree otherwise; every fallback says why. */
export async function resolveScope(req: ScopeRequest): Promise<Scope> {
  const { mode, event } = req;
  const full = (description: string, notice?: string): Scope => ({ description, notices: notice ? [notice] : [], warnings: [] });
  if (!event.known) return full(WHOLE, `the ${event.name ? `"${event.name}"` : 'unnamed'} event is not one this action knows: scanning ${WHOLE}.`);
  if (mode === 'full') return full(`${WHOLE} (scope: full)`);

  if (event.name === 'pull_request' || event.name === 'pull_request_target') {
    const pr = event.pullRequest;
    if (!pr) return full(WHOLE, `the ${event.name} payload names no pull request: scanning ${WHOLE}.`);
    if (event.name === 'pull_request_target' && req.checkedOutHead !== pr.headSha) {
      const scope = full(`${WHOLE} as checked out${req.checkedOutHead ? ` at ${short(req.checkedOutHead)}` : ''}`);
      scope.warnings.push(
        `pull_request_target: the checked-out commit (${req.checkedOutHead ? short(req.checkedOutHead) : 'unknown'}) is not the pull request head (${short(pr.headSha)}), so this run scans ${WHOLE} as checked out, not the pull request's changes.`,
      );
      return scope;
    }
    if (pr.changedFiles !== undefined && pr.changedFiles > PULL_FILES_LIMIT) {
      return full(WHOLE, `pull request #${pr.number} changes ${pr.changedFiles} files, more than GitHub lists (${PULL_FILES_LIMIT}): scanning ${WHOLE}.`);
    }
    if (!req.source || !event.repository) return full(WHOLE, `no token or repository to list the files of pull request #${pr.number}: scanning ${WHOLE}.`);
    try {
      const list = await req.source.pullFiles(event.repository, pr.number);
      if (list.truncated) return full(WHOLE, `pull request #${pr.number} changes ${PULL_FILES_LIMIT} files or more, GitHub's limit: scanning ${WHOLE}.`);
      const files = present(list.files);
      return { changedFiles: files, description: `the ${plural(files.length, 'file')} pull request #${pr.number} changes`, notices: [], warnings: [] };
    } catch (err) {
      return full(WHOLE, `could not list the files of pull request #${pr.number} (${describeError(err)}): scanning ${WHOLE}.`);
    }
  }

  if (event.name === 'push') {
    const push = event.push;
    if (!push) return full(WHOLE, `the push payload names no commits: scanning ${WHOLE}.`);
    if (push.created) return full(WHOLE, `a new branch or tag has no earlier commit to compare with: scanning ${WHOLE}.`);
    if (push.forced) return full(WHOLE, `a force-push rewrote the branch, so ${short(push.before)} may not be its ancestor: scanning ${WHOLE}.`);
    if (!req.source || !event.repository) return full(WHOLE, `no token or repository to compare ${short(push.before)}...${short(push.after)}: scanning ${WHOLE}.`);
    try {
      const list = await req.source.compare(event.repository, push.before, push.after);
      if (list.truncated) return full(WHOLE, `the push changes ${COMPARE_FILES_LIMIT} files or more, more than the compare API lists: scanning ${WHOLE}.`);
      const files = present(list.files);
      return { changedFiles: files, description: `the ${plural(files.length, 'file')} changed in ${short(push.before)}...${short(push.after)}`, notices: [], warnings: [] };
    } catch (err) {
      return full(WHOLE, `could not compare ${short(push.before)}...${short(push.after)} (${describeError(err)}): scanning ${WHOLE}.`);
    }
  }

  if (mode === 'changed') return full(WHOLE, `scope: changed, but a ${event.name} event has no change set: scanning ${WHOLE}.`);
  return full(WHOLE);
}

/**
 * The changed paths as the walker spells them. Windows file names ignore case, so a path the API spells
 * `Src/App.kt` is the file the walker lists as `src/App.kt`: ask the file system for its own spelling.
 */
export async function onDiskSpelling(workspace: string, paths: readonly string[], platform: NodeJS.Platform = process.platform): Promise<string[]> {
  if (platform !== 'win32') return [...paths];
  const root = await realNative(workspace).catch(() => workspace);
  return Promise.all(
    paths.map(async (p) => {
      const real = await realNative(join(root, p)).catch(() => undefined);
      if (!real) return p;
      const rel = relative(root, real);
      return rel.startsWith('..') ? p : rel.split(sep).join('/');
    }),
  );
}

const realNative = promisify(realpath.native);

function present(files: readonly { path: string; status: string }[]): string[] {
  return files.filter((f) => f.status !== 'removed').map((f) => f.path);
}

function short(sha: string): string {
  return sha.slice(0, 7);
}

