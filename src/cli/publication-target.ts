import { webHostOf } from '../checks/publication/place.js';
import { originUrl, repositoryFromRemote, resolveRef } from '../git.js';
import { UsageError } from '../config/schema.js';
import type { Logger } from '../log.js';
import type { RunSettings } from '../settings.js';
import type { RepositoryInfo } from '../report/model.js';
import { describeRepository } from '../report/repository.js';

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

/**
 * The repository the run is about: --repository, else the origin remote, read only when PATH is the top of a git work
 * tree (a fixture folder inside another repository is not that repository).
 */
export async function repositoryName(repository: string | undefined, apiUrl: string, target: string, top: string | undefined, log: Logger): Promise<string | undefined> {
  if (repository || top !== target || !top) return repository;
  const url = await originUrl(top);
  if (!url) return undefined;
  const name = repositoryFromRemote(url, webHostOf(apiUrl));
  if (!name) log.debug(`the origin remote is not on ${webHostOf(apiUrl)}; pass --repository`);
  return name;
}

/** The repository and release the publication check looks at: --ref resolved to a commit (and its tag) in the work tree when git can. */
export async function publicationTarget(repo: string | undefined, ref: string | undefined, top: string | undefined): Promise<Pick<RunSettings, 'repository' | 'ref' | 'releaseTag'>> {
  if (!ref || !top) return { repository: repo, ref };
  const resolved = await resolveRef(top, ref);
  if (!resolved) return { repository: repo, ref };
  return { repository: repo, ref: resolved.sha, releaseTag: resolved.tag };
}

/** The report's `repository`, when the run's repository is known: its page on the API's web host and the commit scanned. */
export async function repositoryInfo(name: string | undefined, apiUrl: string, top: string | undefined): Promise<{ repository?: RepositoryInfo }> {
  const head = name && top ? await resolveRef(top, 'HEAD') : undefined;
  return describeRepository(name, `https://${webHostOf(apiUrl)}/${name}`, head?.sha);
}
