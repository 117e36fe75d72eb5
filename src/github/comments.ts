import type { Octokit } from './octokit.js';
import type { RepoRef } from './event.js';

/** The hidden first line that marks our sticky comment. */
export const COMMENT_MARKER = '<!-- telegram-compliance -->';

export interface IssueComment {
  id: number;
  body: string;
  author?: string;
  bot: boolean;
}

/**
 * Our sticky comment on a pull request: one that starts with the marker, a bot's first (the workflow token
 * writes as a bot; a personal token writes as its user, whose comment is then the only one with the marker).
 */
export async function findStickyComment(octokit: Octokit, repo: RepoRef, number: number): Promise<IssueComment | undefined> {
  const marked: IssueComment[] = [];
  const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: number, per_page: 100 });
  for await (const page of pages) {
    for (const c of page.data) {
      if (!c.body?.trimStart().startsWith(COMMENT_MARKER)) continue;
      marked.push({ id: c.id, body: c.body, author: c.user?.login, bot: c.user?.type === 'Bot' });
    }
  }
  return marked.find((c) => c.bot) ?? marked[0];
}

export async function createComment(octokit: Octokit, repo: RepoRef, number: number, body: string): Promise<number> {
  const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: number, body });
  return Number(data.id);
}

export async function updateComment(octokit: Octokit, repo: RepoRef, id: number, body: string): Promise<void> {
  await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: id, body });
}
