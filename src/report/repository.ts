import { REPOSITORY_NAME } from '../github/repository-name.js';
import type { RepositoryInfo } from './model.js';

/** A full commit id (SHA-1, or SHA-256 in a SHA-256 repository). */
export const COMMIT_ID = /^[0-9a-f]{40}(?:[0-9a-f]{24})?$/;

/** The report's `repository`: only a valid OWNER/NAME, with its web page and the commit scanned when that is a commit id. */
export function describeRepository(name: string | undefined, pageUrl: string, revision: string | undefined): { repository?: RepositoryInfo } {
  if (!name || !REPOSITORY_NAME.test(name)) return {};
  return { repository: { name, url: pageUrl, ...(revision && COMMIT_ID.test(revision) ? { revision } : {}) } };
}
