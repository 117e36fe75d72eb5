import type { Octokit } from './octokit.js';
import type { RepoRef } from './event.js';

/** GitHub lists at most 3,000 files of a pull request. */
export const PULL_FILES_LIMIT = 3000;
/** The compare API lists at most 300 files. */
export const COMPARE_FILES_LIMIT = 300;

export interface ChangedFile {
  /** Repository-relative, `/`-separated. */
  path: string;
  status: string;
}

export interface ChangeList {
  files: ChangedFile[];
  /** The API's limit was reached: the list may be incomplete. */
  truncated: boolean;
}

/** Where the changed files come from: the REST API in the action, anything in unit tests. */
export interface ChangeSource {
  pullFiles(repo: RepoRef, number: number): Promise<ChangeList>;
  compare(repo: RepoRef, base: string, head: string): Promise<ChangeList>;
}

export function restChangeSource(octokit: Octokit): ChangeSource {
  return {
    async pullFiles(repo, number) {
      const files: ChangedFile[] = [];
      const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/pulls/{pull_number}/files', { ...repo, pull_number: number, per_page: 100 });
      for await (const page of pages) {
        for (const f of page.data) files.push({ path: f.filename, status: f.status });
        if (files.length >= PULL_FILES_LIMIT) return { files, truncated: true };
      }
      return { files, truncated: false };
    },
    async compare(repo, base, head) {
      const { data } = await octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { ...repo, basehead: `${base}...${head}` });
      const files = (data.files ?? []).map((f) => ({ path: f.filename, status: f.status }));
      return { files, truncated: files.length >= COMPARE_FILES_LIMIT };
    },
  };
}
