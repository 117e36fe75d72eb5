import { webHostOf } from '../checks/publication/place.js';
import { isSha, short } from '../checks/publication/release.js';
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

/** Whether the run is a CI job (CI=true on every major CI service, GITHUB_ACTIONS on GitHub's runners). */
export function inCi(env: NodeJS.ProcessEnv): boolean {
  return (env.CI !== undefined && env.CI !== '' && env.CI !== 'false' && env.CI !== '0') || env.GITHUB_ACTIONS === 'true';
}

/**
 * Why the publication check is not run: outside CI, with no repository and no mirror, a local scan of a plain folder
 * has nothing to check publication against, and a warning would fail `--fail-on warning` for it. In CI an unknown
 * repository stays a source-unverified warning: a release job should know what it releases.
 */
export function publicationNotRun(repository: string | undefined, mirror: string | undefined, env: NodeJS.ProcessEnv): string | undefined {
  if (repository || mirror || inCi(env)) return undefined;
  return 'no repository known (no --repository, no origin remote on GitHub) and not in CI: pass --repository OWNER/NAME (or --mirror) to check that the source is published';
}

/**
 * The repository and release the publication check looks at. --ref is resolved to a commit in the work tree when git
 * can, and a bare name the clone does not have is looked up on GitHub: a tag first, then a branch, as git does. The
 * log says which it took; a bare name that is neither is a usage error.
 */
export async function publicationTarget(
  repo: string | undefined,
  ref: string | undefined,
  top: string | undefined,
  api: { apiUrl: string; token?: string },
  log: Logger,
): Promise<Pick<RunSettings, 'repository' | 'ref' | 'releaseTag' | 'releaseBranch'>> {
  if (!ref) return { repository: repo };
  const local = top ? await resolveRef(top, ref) : undefined;
  if (local) {
    const what = local.tag ? `the tag ${local.tag} (commit ${short(local.sha)})` : local.branch ? `the branch ${local.branch} (commit ${short(local.sha)})` : `the commit ${short(local.sha)}`;
    log.info(`--ref ${ref}: ${what} in the local clone`);
    return { repository: repo, ref: local.sha, releaseTag: local.tag, releaseBranch: local.branch };
  }
  if (isSha(ref) || ref.startsWith('refs/tags/')) return { repository: repo, ref };
  if (!repo) {
    const where = top ? 'neither a tag nor a branch of the local clone' : 'not a full commit SHA and there is no local clone to resolve it in';
    throw new UsageError(`--ref: "${ref}" is ${where}; pass --repository OWNER/NAME to look it up on GitHub`);
  }
  const { resolveRefOnGitHub } = await import('../checks/publication/ref-name.js');
  const found = await resolveRefOnGitHub(repo, ref, api);
  if (found.kind === 'neither') {
    throw new UsageError(`--ref: "${ref}" is neither a tag nor a branch of ${repo}${top ? ' (on GitHub or in the local clone)' : ''}, nor a full commit SHA`);
  }
  if (found.kind === 'unanswered') {
    log.warning(`--ref ${ref}: could not look it up on GitHub: ${found.reason}`);
    return { repository: repo, ref };
  }
  log.info(`--ref ${ref}: the ${found.kind} ${ref} (commit ${short(found.sha)}) of ${repo} on GitHub`);
  return { repository: repo, ref: found.sha, ...(found.kind === 'tag' ? { releaseTag: ref } : { releaseBranch: ref }) };
}

/** The report's `repository`, when the run's repository is known: its page on the API's web host and the commit scanned. */
export async function repositoryInfo(name: string | undefined, apiUrl: string, top: string | undefined): Promise<{ repository?: RepositoryInfo }> {
  const head = name && top ? await resolveRef(top, 'HEAD') : undefined;
  return describeRepository(name, `https://${webHostOf(apiUrl)}/${name}`, head?.sha);
}
