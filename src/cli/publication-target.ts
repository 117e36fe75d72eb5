import { webHostOf } from '../checks/publication/place.js';
import { originUrl, repositoryFromRemote, resolveRef } from '../git.js';
import { UsageError } from '../config/schema.js';
import type { Logger } from '../log.js';
import type { RunSettings } from '../settings.js';

/**
 * The repository and release the publication check looks at: --repository, else the origin remote, read only when PATH
 * is the top of a git work tree (a fixture folder inside another repository is not that repository); --ref resolved to a
 * commit (and its tag) in the work tree when git can.
 */
/** --api-url or GITHUB_API_URL, checked to be an http(s) URL. */
export function apiUrlOf(given: string | undefined, env: string | undefined): string {
  const url = given ?? (env || 'https://api.github.com');
  let parsed: URL | undefined;
  try {
    parsed = new URL(url);
  } catch {
    parsed = undefined;
  }
  if (!parsed || !/^https?:$/.test(parsed.protocol)) throw new UsageError(`${given !== undefined ? '--api-url' : 'GITHUB_API_URL'}: "${url}" is not an http(s) URL`);
  return url;
}

export async function publicationTarget(repository: string | undefined, ref: string | undefined, apiUrl: string, target: string, top: string | undefined, log: Logger): Promise<Pick<RunSettings, 'repository' | 'ref' | 'releaseTag'>> {
  let repo = repository;
  if (!repo && top === target) {
    const url = await originUrl(top);
    if (url) {
      repo = repositoryFromRemote(url, webHostOf(apiUrl));
      if (!repo) log.debug(`publication: the origin remote is not on ${webHostOf(apiUrl)}; pass --repository`);
    }
  }
  if (!ref || !top) return { repository: repo, ref };
  const resolved = await resolveRef(top, ref);
  if (!resolved) return { repository: repo, ref };
  return { repository: repo, ref: resolved.sha, releaseTag: resolved.tag };
}
