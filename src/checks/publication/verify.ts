import { resilientFetch, type ResilienceOptions } from '../../github/fetch.js';
import { createOctokit } from '../../github/octokit.js';
import type { Logger } from '../../log.js';
import type { RunSettings } from '../../settings.js';
import { describeFailure, type Failure } from './failure.js';
import { GitHubRepo, statusOf, type RepoInfo } from './github-api.js';
import { commitOf, type AdvertisedRef } from './pkt-line.js';
import { sameApi, webHostOf, type GitHubPlace, type GitHttpPlace, type Place, type PublicGitHub } from './place.js';
import { describeRelease, short, type Release } from './release.js';
import { fetchAdvertisement } from './smart-http.js';

export type VerdictRule = 'source-not-public' | 'release-not-published' | 'source-unverified';
export interface Verdict {
  rule: VerdictRule;
  message: string;
  /** What to do about it, when the verdict has its own fix (the finding's `help`). */
  fix?: string;
  /** Stable content for the fingerprint: what the verdict is about, never a transient reason. */
  key: string;
}

export interface PublicationDeps {
  publicGitHub: PublicGitHub;
  resilience?: Partial<ResilienceOptions>;
  /** Base fetch for smart HTTP (GitHub requests go through Octokit's). */
  fetch?: typeof fetch;
}

export interface PublicationInput {
  repository?: GitHubPlace;
  mirror?: Place;
  release?: Release;
}

/** Answers: where is the source public, and is the released commit there? Every failure becomes a verdict. */
export async function verifyPublication(input: PublicationInput, settings: RunSettings, deps: PublicationDeps, log: Logger): Promise<Verdict[]> {
  const net = new Network(settings, deps);
  const onPublicGitHub = sameApi(settings.apiUrl, deps.publicGitHub.apiUrl);
  const own = input.repository;
  let ownInfo: RepoInfo | undefined;
  let place: Place | undefined;
  let placeInfo: RepoInfo | undefined;

  if (own) {
    try {
      ownInfo = await net.repo(own).info();
    } catch (err) {
      const failure = net.describe(err, own);
      if (!input.mirror) return [unverified(own.label, `Cannot tell whether ${own.owner}/${own.repo} is public: ${failure.reason}`, failure)];
      log.debug(`publication: ${failure.reason}; checking the mirror only`);
    }
    if (ownInfo) {
      const visibleToAll = ownInfo.visibility === 'public' && !ownInfo.private;
      if (visibleToAll && onPublicGitHub) {
        place = own;
        placeInfo = ownInfo;
      } else if (!input.mirror) {
        const host = webHostOf(own.apiUrl, deps.publicGitHub);
        const why = visibleToAll
          ? `${own.owner}/${own.repo} is public on the GitHub Enterprise Server ${host}, which only that server's users can see`
          : `${own.owner}/${own.repo} is ${ownInfo.visibility}`;
        return [{ rule: 'source-not-public', key: own.label, message: `${why}, and no public mirror is declared: users of the app cannot get its source.` }];
      }
    }
  }
  place ??= input.mirror;
  if (!place) {
    return [unverified('repository', 'The repository is unknown, so publication cannot be checked', {
      reason: 'no repository',
      fix: 'Pass --repository OWNER/NAME (or run at the top of a clone whose origin remote is on GitHub), or declare the public mirror.',
    })];
  }

  if (place !== own) {
    const mirrorVerdict = await checkMirrorPublic(place, settings, deps, net, onPublicGitHub);
    if (mirrorVerdict.verdict) return [mirrorVerdict.verdict];
    placeInfo = mirrorVerdict.info;
  }

  const release = input.release ? { ...input.release } : undefined;
  if (!release) {
    log.debug(`publication: ${place.label} is public; no ref or release tag given, so no commit was looked for`);
    return [];
  }
  if (release.tag && !release.sha && own && ownInfo && place !== own) {
    try {
      const sha = await net.repo(own).tagCommit(release.tag);
      if (sha) release.sha = sha;
    } catch (err) {
      log.debug(`publication: could not resolve tag ${release.tag} in ${own.label}: ${net.describe(err, own).reason}`);
    }
  }
  return place.kind === 'github'
    ? releaseOnGitHub(place, placeInfo!, release, net)
    : releaseOnGitHttp(place, release, net.advertisement);
}

async function checkMirrorPublic(
  mirror: Place,
  settings: RunSettings,
  deps: PublicationDeps,
  net: Network,
  onPublicGitHub: boolean,
): Promise<{ verdict?: Verdict; info?: RepoInfo }> {
  const notPublic = (why: string): { verdict: Verdict } => ({
    verdict: { rule: 'source-not-public', key: mirror.label, message: `The declared ${mirror.label} ${why}: users of the app cannot get its source there.` },
  });
  if (mirror.kind === 'github') {
    if (!onPublicGitHub && sameApi(mirror.apiUrl, settings.apiUrl)) {
      return notPublic(`is on the same GitHub Enterprise Server (${webHostOf(settings.apiUrl, deps.publicGitHub)}), which only its users can see; declare a mirror on a public host`);
    }
    try {
      const info = await net.repo(mirror).info();
      if (info.private || info.visibility !== 'public') return notPublic(`is ${info.visibility}`);
      return { info };
    } catch (err) {
      const status = statusOf(err);
      if (status === 404) return notPublic(`cannot be found (404): it is private or does not exist, and a public repository is visible to every reader`);
      const failure = net.describe(err, mirror);
      return { verdict: unverified(mirror.label, `Cannot tell whether the ${mirror.label} is public: ${failure.reason}`, failure) };
    }
  }
  try {
    const ad = await net.advertise(mirror);
    if (ad.kind === 'denied') return notPublic(`does not let anonymous readers fetch (HTTP ${ad.status} for its ref advertisement)`);
    return {};
  } catch (err) {
    const failure = net.describe(err, mirror);
    return { verdict: unverified(mirror.label, `Cannot tell whether the ${mirror.label} is public: ${failure.reason}`, failure) };
  }
}

async function releaseOnGitHub(place: GitHubPlace, info: RepoInfo, release: Release, net: Network): Promise<Verdict[]> {
  const what = describeRelease(release);
  const key = `${place.label}@${release.tag ?? release.sha}`;
  const repo = net.repo(place);
  try {
    if (release.tag) {
      const commit = await repo.tagCommit(release.tag);
      if (!commit) return [notPublished(key, `The release's tag ${release.tag} is not in the public ${place.label}: push the tag there (git push <remote> ${release.tag}) before publishing the release.`)];
      if (release.sha && commit !== release.sha) {
        return [notPublished(key, `Tag ${release.tag} in the public ${place.label} points at ${short(commit)}, but the released commit is ${short(release.sha)}: the published tag is not the released code.`)];
      }
      return [];
    }
    const reach = await repo.reachable(release.sha!, info.defaultBranch);
    if (reach.reachable === true) return [];
    if (reach.reachable === 'unknown') {
      return [
        unverified(key, `Cannot tell whether the released ${what} is in the public ${place.label}: no branch or tag checked reaches it (${reach.checked.join(', ')}), and ${reach.left.join(', ')}`, {
          reason: 'too many branches to compare',
          fix: `Tag the released commit and push the tag there (git tag <name> ${short(release.sha!)} && git push <remote> <name>), then check with the tag as the ref: a tag is looked up directly.`,
        }),
      ];
    }
    return [
      notPublished(
        key,
        `The released ${what} is not reachable from any branch or tag of the public ${place.label} (checked ${reach.checked.join(', ')}). GitHub shows commits of the whole fork network by SHA, which does not publish them: push the commit to a branch or tag there.`,
      ),
    ];
  } catch (err) {
    const failure = net.describe(err, place);
    return [unverified(key, `Cannot tell whether the released ${what} is in the public ${place.label}: ${failure.reason}`, failure)];
  }
}

function releaseOnGitHttp(place: GitHttpPlace, release: Release, cached: Map<string, AdvertisedRef[]>): Verdict[] {
  const what = describeRelease(release);
  const key = `${place.label}@${release.tag ?? release.sha}`;
  const refs = cached.get(place.url) ?? [];
  if (release.tag) {
    const ref = refs.find((r) => r.name === `refs/tags/${release.tag}`);
    if (!ref) return [notPublished(key, `The release's tag ${release.tag} is not advertised by the public ${place.label}: push the tag there (git push <remote> ${release.tag}).`)];
    const commit = commitOf(ref);
    if (release.sha && commit !== release.sha) {
      return [notPublished(key, `Tag ${release.tag} in the public ${place.label} points at ${short(commit)}, but the released commit is ${short(release.sha)}.`)];
    }
    return [];
  }
  const holder = refs.find((r) => commitOf(r) === release.sha);
  if (holder) return [];
  return [
    unverified(key, `The released ${what} is neither a branch head nor a tag of the public ${place.label}. Over smart HTTP a server advertises only the commits its refs point at, so whether the commit is an ancestor of a branch there cannot be proven.`, {
      reason: 'ancestry not provable',
      fix: `Tag the released commit and push the tag to the mirror (git tag <name> ${short(release.sha!)} && git push <remote> <name>), or check with the tag as the ref.`,
    }),
  ];
}

function notPublished(key: string, message: string): Verdict {
  return { rule: 'release-not-published', key, message };
}

function unverified(key: string, message: string, failure: Failure): Verdict {
  const text = /[.:]$/.test(message) ? message : `${message}.`;
  return { rule: 'source-unverified', key, message: text, fix: failure.fix };
}

/** The clients of one run: an Octokit per API (the token only for the API it belongs to) and smart HTTP without credentials. */
class Network {
  readonly advertisement = new Map<string, AdvertisedRef[]>();
  private readonly smartFetch: typeof fetch;

  constructor(
    private readonly settings: RunSettings,
    private readonly deps: PublicationDeps,
  ) {
    this.smartFetch = resilientFetch(deps.fetch ?? fetch, deps.resilience);
  }

  private tokenFor(apiUrl: string): string | undefined {
    return sameApi(apiUrl, this.settings.apiUrl) ? this.settings.token : undefined;
  }

  repo(place: GitHubPlace): GitHubRepo {
    const octokit = createOctokit({ baseUrl: place.apiUrl, token: this.tokenFor(place.apiUrl), resilience: this.deps.resilience });
    return new GitHubRepo(octokit, place.owner, place.repo);
  }

  async advertise(place: GitHttpPlace) {
    const ad = await fetchAdvertisement(place.url, this.smartFetch);
    if (ad.kind === 'refs') this.advertisement.set(place.url, ad.refs);
    return ad;
  }

  describe(err: unknown, place: Place): Failure {
    const host = place.kind === 'github' ? new URL(place.apiUrl).host : new URL(place.url).host;
    const tokenSent = place.kind === 'github' && this.tokenFor(place.apiUrl) !== undefined;
    return describeFailure(err, { what: place.label, host, tokenSent });
  }
}
