import type { Octokit } from './octokit.js';
import type { RepoRef } from './event.js';
import { httpStatus } from './errors.js';

/** The hidden first line that marks our sticky comment. */
export const COMMENT_MARKER = '<!-- telegram-compliance -->';

/** Who the workflow's GITHUB_TOKEN writes as; it cannot ask `GET /user`. */
export const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';

export interface IssueComment {
  id: number;
  body: string;
}

const COMMENT_UPDATE = /\/repos\/[^/]+\/[^/]+\/issues\/comments\/\d+$/;

/** A comment's PATCH: it replaces the whole body, so sending it twice changes nothing. */
export function isCommentUpdate(method: string, path: string): boolean {
  return method === 'PATCH' && COMMENT_UPDATE.test(path);
}

/**
 * The login the token writes as: the authenticated user of a personal or OAuth token; `github-actions[bot]` for
 * an installation token (the workflow's GITHUB_TOKEN), which `GET /user` refuses.
 */
export async function tokenLogin(octokit: Octokit): Promise<string> {
  try {
    const { data } = await octokit.request('GET /user');
    if (typeof data?.login === 'string' && data.login !== '') return data.login;
  } catch (err) {
    const status = httpStatus(err);
    if (status !== 401 && status !== 403 && status !== 404) throw err;
  }
  return WORKFLOW_TOKEN_LOGIN;
}

/**
 * Our sticky comment on a pull request: the oldest that starts with the marker and was written by `author`, the
 * token's own login. Anyone can write the marker, so a comment by anybody else is never ours to edit.
 */
export async function findStickyComment(octokit: Octokit, repo: RepoRef, number: number, author: string): Promise<IssueComment | undefined> {
  const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: number, per_page: 100 });
  for await (const page of pages) {
    for (const c of page.data) {
      if (c.user?.login?.toLowerCase() !== author.toLowerCase()) continue;
      if (c.body?.trimStart().startsWith(COMMENT_MARKER)) return { id: c.id, body: c.body };
    }
  }
  return undefined;
}

export async function createComment(octokit: Octokit, repo: RepoRef, number: number, body: string): Promise<number> {
  const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: number, body });
  return Number(data.id);
}

export async function updateComment(octokit: Octokit, repo: RepoRef, id: number, body: string): Promise<void> {
  await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: id, body });
}
