import { readFileSync } from 'node:fs';

/** The events the action knows; any other falls back to a full scan with a notice. */
export const KNOWN_EVENTS = ['pull_request', 'pull_request_target', 'push', 'release', 'workflow_dispatch', 'merge_group', 'schedule'] as const;
export type KnownEvent = (typeof KNOWN_EVENTS)[number];

export const ZERO_SHA = /^0+$/;

export interface RepoRef {
  owner: string;
  repo: string;
}

export interface PullRequestInfo {
  number: number;
  /** The PR head commit: check runs go here, never on the merge commit. */
  headSha: string;
  /** owner/name of the head repository; undefined when the fork was deleted. */
  headRepo?: string;
  baseRepo: string;
  /** The head lives in another repository: the pull_request token cannot write. */
  fork: boolean;
  /** Files the PR changes, as the payload counts them. */
  changedFiles?: number;
}

export interface PushInfo {
  before: string;
  after: string;
  /** A new branch or tag: there is no `before` to compare with. */
  created: boolean;
  forced: boolean;
}

/** What the action needs from the runner's environment and the event payload. */
export interface EventInfo {
  name: string;
  known: boolean;
  repository?: RepoRef;
  /** GITHUB_SHA: the commit the workflow runs on (the merge commit on pull_request). */
  sha?: string;
  serverUrl: string;
  apiUrl: string;
  pullRequest?: PullRequestInfo;
  push?: PushInfo;
  releaseTag?: string;
}

type Payload = Record<string, unknown>;

export function readEvent(env: NodeJS.ProcessEnv = process.env): EventInfo {
  const name = env.GITHUB_EVENT_NAME ?? '';
  const payload = readPayload(env.GITHUB_EVENT_PATH);
  const [owner, repo] = (env.GITHUB_REPOSITORY ?? '').split('/');
  const info: EventInfo = {
    name,
    known: (KNOWN_EVENTS as readonly string[]).includes(name),
    repository: owner && repo ? { owner, repo } : undefined,
    sha: env.GITHUB_SHA || undefined,
    serverUrl: (env.GITHUB_SERVER_URL || 'https://github.com').replace(/\/+$/, ''),
    apiUrl: (env.GITHUB_API_URL || 'https://api.github.com').replace(/\/+$/, ''),
  };
  if (name === 'pull_request' || name === 'pull_request_target') info.pullRequest = pullRequest(payload);
  if (name === 'push') info.push = push(payload);
  if (name === 'release') info.releaseTag = str(obj(payload.release).tag_name);
  return info;
}

function pullRequest(payload: Payload): PullRequestInfo | undefined {
  const pr = obj(payload.pull_request);
  const number = typeof pr.number === 'number' ? pr.number : typeof payload.number === 'number' ? payload.number : undefined;
  const head = obj(pr.head);
  const base = obj(pr.base);
  const headSha = str(head.sha);
  const baseRepo = str(obj(base.repo).full_name);
  if (number === undefined || !headSha || !baseRepo) return undefined;
  const headRepo = str(obj(head.repo).full_name);
  return {
    number,
    headSha,
    headRepo,
    baseRepo,
    fork: headRepo === undefined || headRepo.toLowerCase() !== baseRepo.toLowerCase(),
    changedFiles: typeof pr.changed_files === 'number' ? pr.changed_files : undefined,
  };
}

function push(payload: Payload): PushInfo | undefined {
  const before = str(payload.before);
  const after = str(payload.after);
  if (!after) return undefined;
  return {
    before: before ?? '',
    after,
    created: payload.created === true || !before || ZERO_SHA.test(before),
    forced: payload.forced === true,
  };
}

function readPayload(path: string | undefined): Payload {
  if (!path) return {};
  try {
    return obj(JSON.parse(readFileSync(path, 'utf8')));
  } catch {
    return {};
  }
}

function obj(v: unknown): Payload {
  return v !== null && typeof v === 'object' && !Array.isArray(v) ? (v as Payload) : {};
}

function str(v: unknown): string | undefined {
  return typeof v === 'string' && v !== '' ? v : undefined;
}
