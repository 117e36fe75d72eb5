export const id = 730;
export const ids = [730];
export const modules = {

/***/ 7730:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  createPublicationCheck: () => (/* binding */ createPublicationCheck),
  publicationCheck: () => (/* binding */ publicationCheck)
});

// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/upstream/duty.ts
var upstream_duty = __webpack_require__(8589);
;// CONCATENATED MODULE: ./src/checks/publication/anchor.ts
const README = /^readme(?:\.(?:md|markdown|rst|txt|adoc|org))?$/i;
/** The root README, where repository-wide publication findings are anchored; README.md (the file the fix creates) when there is none. */
function readmeOf(tree) {
    const candidates = tree.filter((f) => !f.path.includes('/') && README.test(f.path));
    return candidates.find((f) => /\.md$/i.test(f.path)) ?? candidates[0];
}
/**
 * Where repository-wide publication findings stand: line 1 of the README, where an inline `tg-compliance:allow`
 * comment can go; README.md as the file the fix creates when there is none.
 */
function anchorAt(readme) {
    return readme ? { path: readme.path, line: 1, column: 1 } : { path: 'README.md', fileToCreate: true };
}

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
;// CONCATENATED MODULE: ./src/checks/publication/directions.ts

/** Files that hold the text users read in the app's about or settings screens. */
const STRING_RESOURCES = /(?:^|\/)(?:strings[^/]*\.xml|[^/]*\.strings|[^/]*\.arb|[^/]*\.po|[^/]*\.resw|[^/]*\.resx)$/i;
const ABOUT_OR_SETTINGS = /(?:^|\/)[^/]*(?:about|settings|credits|licen[cs]e)[^/]*\.(?:java|kt|swift|m|mm|cpp|cc|h|hpp|cs|ts|tsx|js|jsx|dart|xml|json|qml|ui|xaml|html|vue|svelte)$/i;
const MAX_FILES = 300;
const MAX_BYTES = 2 * 1024 * 1024;
/** Any link to a repository on a code host, used when the public place is not known (URLs bounded: linear time). */
const ANY_REPOSITORY = /\b(?:github\.com|gitlab\.com|codeberg\.org|bitbucket\.org|sr\.ht|git\.sr\.ht)\/[\w.-]+\/[\w.-]+|https?:\/\/\S{1,256}?\.git\b/i;
/**
 * Whether the README or the app's about/settings strings link to the public source (GPLv3 §6(d), GPLv2 §3). `targets`
 * are web URLs of the public place; with none known, a link to any repository on a code host counts.
 */
async function findDirections(tree, readme, targets) {
    const patterns = targets.map(linkPattern);
    const matches = (text) => (patterns.length > 0 ? patterns.some((p) => p.test(text)) : ANY_REPOSITORY.test(text));
    const candidates = [...(readme ? [readme] : []), ...tree.filter((f) => f !== readme && (STRING_RESOURCES.test(f.path) || ABOUT_OR_SETTINGS.test(f.path)))];
    const result = { found: false, files: 0, bytes: 0, lookedIn: [] };
    for (const file of candidates.slice(0, MAX_FILES)) {
        if (file.size > MAX_BYTES)
            continue;
        let text;
        try {
            text = await (0,promises_.readFile)(file.abs, 'utf8');
        }
        catch {
            continue;
        }
        result.files++;
        result.bytes += file.size;
        result.lookedIn.push(file.path);
        if (matches(text)) {
            result.found = true;
            return result;
        }
    }
    return result;
}
/** `https://host/owner/name` matches with or without scheme, `www.` or `.git`, but not `owner/name-fork`. */
function linkPattern(webUrl) {
    const bare = webUrl.replace(/^[a-z]+:\/\//i, '').replace(/\.git$/, '').replace(/\/+$/, '');
    const escaped = bare.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    return new RegExp(`(?:^|[^\\w.-])(?:www\\.)?${escaped}(?:\\.git)?(?![\\w-]|\\.\\w)`, 'i');
}

// EXTERNAL MODULE: ./src/checks/publication/place.ts
var publication_place = __webpack_require__(2211);
;// CONCATENATED MODULE: ./src/checks/publication/release.ts
const SHA = /^(?:[0-9a-f]{40}|[0-9a-f]{64})$/i;
function isSha(text) {
    return SHA.test(text);
}
/** The release the run is about, undefined when none is named, or a reason when the ref cannot be used. */
function releaseOf(settings) {
    const ref = settings.ref?.trim() || undefined;
    const sha = ref && isSha(ref) ? ref.toLowerCase() : undefined;
    if (settings.releaseTag?.trim())
        return { tag: stripTagPrefix(settings.releaseTag.trim()), sha };
    if (!ref)
        return undefined;
    if (sha)
        return settings.releaseBranch ? { sha, branch: settings.releaseBranch } : { sha };
    if (ref.startsWith('refs/tags/'))
        return { tag: stripTagPrefix(ref) };
    return `the ref "${ref}" is neither a commit SHA nor a tag (refs/tags/NAME), and was not resolved as a tag or branch, so the released commit is unknown`;
}
function stripTagPrefix(tag) {
    return tag.replace(/^refs\/tags\//, '');
}
function release_short(sha) {
    return sha.slice(0, 12);
}
function describeRelease(r) {
    if (r.tag && r.sha)
        return `tag ${r.tag} (commit ${release_short(r.sha)})`;
    if (r.branch && r.sha)
        return `branch ${r.branch} (commit ${release_short(r.sha)})`;
    return r.tag ? `tag ${r.tag}` : `commit ${release_short(r.sha)}`;
}

// EXTERNAL MODULE: ./src/github/fetch.ts
var github_fetch = __webpack_require__(6463);
// EXTERNAL MODULE: ./src/github/octokit.ts + 22 modules
var github_octokit = __webpack_require__(1667);
;// CONCATENATED MODULE: ./src/checks/publication/failure.ts

/** Raised by place queries when the server answered in a way that leaves the question open. */
class PlaceError extends Error {
    failure;
    constructor(failure) {
        super(failure.reason);
        this.failure = failure;
    }
}
const TOKEN = 'GITHUB_TOKEN (CLI) or the github-token input (action)';
/** Turns an error from Octokit or fetch into a reason and a fix. Never includes a token or a request header. */
function describeFailure(err, ctx) {
    const e = (err ?? {});
    if (err instanceof PlaceError)
        return err.failure;
    const response = e.response;
    if (!response)
        return network(err, ctx);
    const status = response.status;
    const headers = response.headers;
    if (status === 401) {
        return { status, reason: `${ctx.host} refused the token (401) for ${ctx.what}`, fix: `Check ${TOKEN}: it is expired, revoked or for another host.` };
    }
    if ((status === 403 || status === 429) && headers['x-ratelimit-remaining'] === '0') {
        const reset = Number(headers['x-ratelimit-reset']);
        const when = Number.isFinite(reset) && reset > 0 ? ` until ${new Date(reset * 1000).toISOString().slice(11, 16)} UTC` : '';
        return {
            status,
            reason: `the API rate limit of ${ctx.host} is used up${when} (${status} for ${ctx.what})`,
            fix: ctx.tokenSent ? 'Run again after the reset, or use a token with its own rate limit.' : `Set ${TOKEN}: anonymous requests share a limit of 60 an hour.`,
        };
    }
    if ((0,errors/* isRateLimited */.Jz)(err)) {
        const retryAfter = headers['retry-after']?.trim() ?? '';
        const after = /^\d{1,9}$/.test(retryAfter) ? `, retry after ${retryAfter} s` : '';
        return { status, reason: `${ctx.host} asked to slow down (secondary rate limit${after}) for ${ctx.what}`, fix: 'Run again later.' };
    }
    if (status === 403) {
        return { status, reason: `${ctx.host} denied access (403) to ${ctx.what}`, fix: `Give the token read access: \`permissions: contents: read\` in the workflow, or a fine-grained token with Metadata and Contents read on it (${TOKEN}).` };
    }
    if (status === 404) {
        return {
            status,
            reason: `${ctx.host} does not show ${ctx.what} (404): it is private and ${ctx.tokenSent ? 'the token cannot read it' : 'no token was given'}, or the name is wrong`,
            fix: ctx.tokenSent
                ? 'Check the name (--repository / the mirror setting), and give the token Contents read access to it.'
                : `Set ${TOKEN} with Contents read access, or pass the right name with --repository.`,
        };
    }
    if (status >= 500)
        return { status, reason: `${ctx.host} answered ${status} for ${ctx.what}, also after retries`, fix: 'Run again later; check the service status of the host.' };
    return { status, reason: `${ctx.host} answered ${status} for ${ctx.what}`, fix: 'Check the API URL (--api-url / GITHUB_API_URL) and the names given.' };
}
function network(err, ctx) {
    const message = err instanceof Error ? err.message : String(err);
    const code = String(err?.cause?.cause?.code ?? err?.cause?.code ?? '');
    const detail = /ENOTFOUND|EAI_AGAIN/.test(code + message)
        ? `the name ${ctx.host} does not resolve (${code || 'DNS failure'})`
        : /within \d+ ms|timeout|TimeoutError/i.test(message + String(err?.name))
            ? `${ctx.host} did not answer in time (${(0,errors/* oneLine */.TN)(message)})`
            : `${ctx.host} could not be reached (${(0,errors/* oneLine */.TN)(code || message)})`;
    return { reason: `${detail} (asked for ${ctx.what})`, fix: `Give the job network access to ${ctx.host}, or run again; offline runs cannot check publication.` };
}

;// CONCATENATED MODULE: ./src/checks/publication/github-api.ts

/** Branches beyond the default one that are compared with the commit, one request each. */
const MAX_BRANCH_COMPARES = 20;
/** Tags and branches listed, 100 per request. */
const MAX_LISTED = 5000;
const MAX_TAG_DEPTH = 4;
class GitHubRepo {
    octokit;
    owner;
    repo;
    constructor(octokit, owner, repo) {
        this.octokit = octokit;
        this.owner = owner;
        this.repo = repo;
    }
    /** Visibility and default branch. A repository GitHub blocks (451, e.g. after a takedown notice) is not public. */
    async info() {
        let data;
        try {
            ({ data } = await this.octokit.request('GET /repos/{owner}/{repo}', { owner: this.owner, repo: this.repo }));
        }
        catch (err) {
            if (statusOf(err) === 451)
                return { private: true, visibility: 'blocked by GitHub (HTTP 451, e.g. after a takedown notice)', defaultBranch: '' };
            throw err;
        }
        // Octokit hands over the text of an answer that is not JSON; reading fields off it would make it "public".
        shaped(data, typeof data === 'object' && data !== null && typeof data.private === 'boolean', `repository ${this.owner}/${this.repo}`);
        const visibility = data.visibility ?? (data.private ? 'private' : 'public');
        return { private: data.private, visibility, defaultBranch: data.default_branch };
    }
    /** The commit a tag names (annotated tags peeled through git/tags), or undefined when the tag does not exist. */
    async tagCommit(tag) {
        let ref;
        try {
            ({ data: ref } = await this.octokit.request('GET /repos/{owner}/{repo}/git/ref/tags/{tag}', { owner: this.owner, repo: this.repo, tag }));
        }
        catch (err) {
            if (statusOf(err) === 404)
                return undefined;
            throw err;
        }
        shaped(ref, typeof ref?.object?.sha === 'string', `tag ${tag}`);
        let object = ref.object;
        for (let depth = 0; object.type === 'tag' && depth < MAX_TAG_DEPTH; depth++) {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/git/tags/{tag_sha}', { owner: this.owner, repo: this.repo, tag_sha: object.sha });
            object = data.object;
        }
        return object.type === 'commit' ? object.sha : undefined;
    }
    /** The commit at the tip of a branch, or undefined when there is no branch of that name. */
    async branchCommit(branch) {
        let ref;
        try {
            ({ data: ref } = await this.octokit.request('GET /repos/{owner}/{repo}/git/ref/heads/{branch}', { owner: this.owner, repo: this.repo, branch }));
        }
        catch (err) {
            if (statusOf(err) === 404)
                return undefined;
            throw err;
        }
        shaped(ref, typeof ref?.object?.sha === 'string' && ref.object.type === 'commit', `branch ${branch}`);
        return ref.object.sha;
    }
    /**
     * Whether `sha` is reachable from a branch or tag of this repository. The compare API answers `identical` or
     * `behind` when the commit is an ancestor of the branch, and 404 when the repository does not know the commit at
     * all. A commit GitHub merely serves (`/commits/{sha}` answers for every commit of the fork network) is not in
     * this repository until a branch or tag reaches it. Tags and branches are listed page by page, so a big
     * repository's refs past the first page count too; only the comparisons with other branches are bounded.
     */
    async reachable(sha, defaultBranch) {
        const onDefault = await this.compare(defaultBranch, sha);
        if (onDefault === 'contains')
            return { reachable: true, from: `branch ${defaultBranch}` };
        if (onDefault === 'unknown commit')
            return { reachable: false, checked: [`branch ${defaultBranch}, where GitHub does not know the commit at all`] };
        const checked = [`branch ${defaultBranch}`];
        const branches = await this.list('branches', (o) => this.octokit.paginate.iterator('GET /repos/{owner}/{repo}/branches', o));
        const others = branches.items.filter((b) => b.name !== defaultBranch);
        const tip = others.find((b) => b.commit.sha === sha);
        if (tip)
            return { reachable: true, from: `branch ${tip.name}` };
        const tags = await this.list('tags', (o) => this.octokit.paginate.iterator('GET /repos/{owner}/{repo}/tags', o));
        const tagged = tags.items.find((t) => t.commit.sha === sha);
        if (tagged)
            return { reachable: true, from: `tag ${tagged.name}` };
        checked.push(`${tags.items.length}${tags.complete ? '' : '+'} tag${tags.items.length === 1 ? '' : 's'}`);
        const compared = others.slice(0, MAX_BRANCH_COMPARES);
        for (const branch of compared) {
            if ((await this.compare(branch.name, sha)) === 'contains')
                return { reachable: true, from: `branch ${branch.name}` };
        }
        if (compared.length > 0)
            checked.push(`${compared.length} other branch${compared.length === 1 ? '' : 'es'}`);
        const left = [];
        if (others.length > compared.length)
            left.push(`${others.length - compared.length} further branches were not compared`);
        if (!branches.complete)
            left.push(`branches past the first ${MAX_LISTED} were not listed`);
        if (!tags.complete)
            left.push(`tags past the first ${MAX_LISTED} were not listed`);
        return left.length > 0 ? { reachable: 'unknown', checked, left } : { reachable: false, checked };
    }
    /** Every item of a list route, page by page up to MAX_LISTED; `complete` is false when more were left. */
    async list(what, pages) {
        const items = [];
        for await (const page of pages({ owner: this.owner, repo: this.repo, per_page: 100 })) {
            shaped(page.data, Array.isArray(page.data), `the ${what} of ${this.owner}/${this.repo}`);
            items.push(...page.data);
            if (items.length >= MAX_LISTED)
                return { items, complete: false };
        }
        return { items, complete: true };
    }
    /** Whether `sha` is the tip of `branch` or one of its ancestors; a commit the repository does not know answers 404. */
    async compare(branch, sha) {
        try {
            const { data } = await this.octokit.request('GET /repos/{owner}/{repo}/compare/{basehead}', { owner: this.owner, repo: this.repo, basehead: `${branch}...${sha}`, per_page: 1 });
            shaped(data, typeof data?.status === 'string', `the comparison ${branch}...${sha}`);
            return data.status === 'identical' || data.status === 'behind' ? 'contains' : 'not contained';
        }
        catch (err) {
            if (statusOf(err) === 404)
                return 'unknown commit';
            throw err;
        }
    }
}
function statusOf(err) {
    return err?.response?.status;
}
/** An answer that is not the JSON the API documents (a proxy's HTML page, a cut-off body) leaves the question open. */
function shaped(data, ok, what) {
    if (ok)
        return;
    // The kind of answer only, never its text: a misconfigured proxy may echo request headers, the token among them.
    const got = typeof data === 'string' ? `${data.length} characters of text` : Array.isArray(data) ? 'a list' : typeof data;
    throw new PlaceError({ reason: `the API sent an answer that is not the JSON expected for ${what} (${got})`, fix: 'Run again later; check the API URL (--api-url / GITHUB_API_URL).' });
}

;// CONCATENATED MODULE: ./src/checks/publication/pkt-line.ts
class PktLineError extends Error {
    name = 'PktLineError';
}
/**
 * Parses the body of `GET info/refs?service=git-upload-pack` (protocol v0/v1): a `# service=` pkt-line and a flush,
 * then `<sha> <ref>[\0capabilities]` lines up to a flush; `<ref>^{}` lines carry the commit an annotated tag peels to.
 */
function parseRefAdvertisement(body) {
    const lines = pktLines(body);
    let i = 0;
    if (lines[i]?.startsWith('# service=')) {
        i++;
        if (lines[i] === null)
            i++;
    }
    const refs = new Map();
    for (; i < lines.length; i++) {
        const line = lines[i];
        if (line === null)
            break;
        const text = line.split('\0')[0].replace(/\n$/, '');
        const m = /^([0-9a-f]{40}|[0-9a-f]{64}) (\S+)$/.exec(text);
        if (!m)
            throw new PktLineError(`unexpected line in the ref advertisement: ${JSON.stringify(text.slice(0, 80))}`);
        const [, sha, name] = m;
        if (name === 'capabilities^{}')
            continue;
        if (name.endsWith('^{}')) {
            const tag = refs.get(name.slice(0, -3));
            if (tag)
                tag.peeled = sha;
            continue;
        }
        refs.set(name, { name, sha });
    }
    return [...refs.values()];
}
/** Splits pkt-lines; a flush packet (`0000`) is `null`. */
function pktLines(body) {
    const out = [];
    const decoder = new TextDecoder();
    let at = 0;
    while (at < body.length) {
        if (at + 4 > body.length)
            throw new PktLineError('truncated pkt-line length');
        const lengthText = decoder.decode(body.subarray(at, at + 4));
        if (!/^[0-9a-f]{4}$/i.test(lengthText))
            throw new PktLineError(`not a pkt-line stream (length "${lengthText}")`);
        const length = parseInt(lengthText, 16);
        if (length === 0) {
            out.push(null);
            at += 4;
            continue;
        }
        if (length < 4 || at + length > body.length)
            throw new PktLineError(`pkt-line length ${length} runs past the end of the answer`);
        out.push(decoder.decode(body.subarray(at + 4, at + length)));
        at += length;
    }
    return out;
}
/** The commit a ref stands for: the peeled commit for an annotated tag, the ref's own object otherwise. */
function commitOf(ref) {
    return ref.peeled ?? ref.sha;
}

;// CONCATENATED MODULE: ./src/checks/publication/smart-http.ts



const MAX_ADVERTISEMENT_BYTES = 32 * 1024 * 1024;
const CONTENT_TYPE = 'application/x-git-upload-pack-advertisement';
/**
 * Reads the refs a git remote advertises to anonymous readers over smart HTTP. Never sends credentials: a mirror is
 * public only if anyone can read it. 401, 403 and 404 mean it is not readable anonymously.
 */
async function fetchAdvertisement(cloneUrl, fetchImpl) {
    const url = `${cloneUrl}/info/refs?service=git-upload-pack`;
    const response = await fetchImpl(url, { headers: { 'user-agent': 'git/2 (telegram-compliance)', accept: `${CONTENT_TYPE}, */*;q=0.1`, 'accept-encoding': 'identity' } });
    const host = new URL(cloneUrl).host;
    if (response.status === 401 || response.status === 403 || response.status === 404) {
        await response.body?.cancel().catch(() => undefined);
        return { kind: 'denied', status: response.status };
    }
    if (!response.ok) {
        await response.body?.cancel().catch(() => undefined);
        throw new PlaceError({ status: response.status, reason: `${host} answered ${response.status} for the ref advertisement of ${cloneUrl}, also after retries`, fix: 'Run again later, or check the mirror URL.' });
    }
    const type = response.headers.get('content-type') ?? '';
    if (!type.startsWith(CONTENT_TYPE)) {
        await response.body?.cancel().catch(() => undefined);
        throw new PlaceError({
            reason: `${cloneUrl} answered with ${type || 'no content type'}, not a smart HTTP ref advertisement (a login page, or a server without smart HTTP)`,
            fix: 'Give the clone URL of the mirror (the one `git clone` takes), on a host that serves smart HTTP.',
        });
    }
    const body = await readCapped(response, MAX_ADVERTISEMENT_BYTES);
    if (!body)
        throw new PlaceError({ reason: `the ref advertisement of ${cloneUrl} is larger than 32 MiB`, fix: 'Declare a mirror with fewer refs.' });
    try {
        return { kind: 'refs', refs: parseRefAdvertisement(body) };
    }
    catch (err) {
        throw new PlaceError({ reason: `the ref advertisement of ${cloneUrl} could not be read: ${(0,errors/* oneLine */.TN)(err.message)}`, fix: 'Check that the mirror URL is a git clone URL.' });
    }
}
/**
 * The body, read as it arrives and counted after decoding (a server may compress it although we ask it not to: a
 * gzip bomb of a few MB decodes to GBs), or undefined as soon as it passes `max` bytes.
 */
async function readCapped(response, max) {
    const chunks = [];
    let total = 0;
    const reader = response.body?.getReader();
    if (!reader)
        return new Uint8Array(0);
    for (let r = await reader.read(); !r.done; r = await reader.read()) {
        total += r.value.length;
        if (total > max) {
            await reader.cancel().catch(() => undefined);
            return undefined;
        }
        chunks.push(r.value);
    }
    return Buffer.concat(chunks);
}

;// CONCATENATED MODULE: ./src/checks/publication/verify.ts








/** Answers: where is the source public, and is the released commit there? Every failure becomes a verdict. */
async function verifyPublication(input, settings, deps, log) {
    const net = new Network(settings, deps);
    const onPublicGitHub = (0,publication_place/* sameApi */.fH)(settings.apiUrl, deps.publicGitHub.apiUrl);
    const own = input.repository;
    let ownInfo;
    let place;
    let placeInfo;
    if (own) {
        try {
            ownInfo = await net.repo(own).info();
        }
        catch (err) {
            const failure = net.describe(err, own);
            if (!input.mirror)
                return [unverified(own.label, `Cannot tell whether ${own.owner}/${own.repo} is public: ${failure.reason}`, failure)];
            log.debug(`publication: ${failure.reason}; checking the mirror only`);
        }
        if (ownInfo) {
            const visibleToAll = ownInfo.visibility === 'public' && !ownInfo.private;
            if (visibleToAll && onPublicGitHub) {
                place = own;
                placeInfo = ownInfo;
            }
            else if (!input.mirror) {
                const host = (0,publication_place/* webHostOf */.C1)(own.apiUrl, deps.publicGitHub);
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
        if (mirrorVerdict.verdict)
            return [mirrorVerdict.verdict];
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
            if (sha)
                release.sha = sha;
        }
        catch (err) {
            log.debug(`publication: could not resolve tag ${release.tag} in ${own.label}: ${net.describe(err, own).reason}`);
        }
    }
    return place.kind === 'github'
        ? releaseOnGitHub(place, placeInfo, release, net)
        : releaseOnGitHttp(place, release, net.advertisement);
}
async function checkMirrorPublic(mirror, settings, deps, net, onPublicGitHub) {
    const notPublic = (why) => ({
        verdict: { rule: 'source-not-public', key: mirror.label, message: `The declared ${mirror.label} ${why}: users of the app cannot get its source there.` },
    });
    if (mirror.kind === 'github') {
        if (!onPublicGitHub && (0,publication_place/* sameApi */.fH)(mirror.apiUrl, settings.apiUrl)) {
            return notPublic(`is on the same GitHub Enterprise Server (${(0,publication_place/* webHostOf */.C1)(settings.apiUrl, deps.publicGitHub)}), which only its users can see; declare a mirror on a public host`);
        }
        try {
            const info = await net.repo(mirror).info();
            if (info.private || info.visibility !== 'public')
                return notPublic(`is ${info.visibility}`);
            return { info };
        }
        catch (err) {
            const status = statusOf(err);
            if (status === 404)
                return notPublic(`cannot be found (404): it is private or does not exist, and a public repository is visible to every reader`);
            const failure = net.describe(err, mirror);
            return { verdict: unverified(mirror.label, `Cannot tell whether the ${mirror.label} is public: ${failure.reason}`, failure) };
        }
    }
    try {
        const ad = await net.advertise(mirror);
        if (ad.kind === 'denied')
            return notPublic(`does not let anonymous readers fetch (HTTP ${ad.status} for its ref advertisement)`);
        return {};
    }
    catch (err) {
        const failure = net.describe(err, mirror);
        return { verdict: unverified(mirror.label, `Cannot tell whether the ${mirror.label} is public: ${failure.reason}`, failure) };
    }
}
async function releaseOnGitHub(place, info, release, net) {
    const what = describeRelease(release);
    const key = `${place.label}@${release.tag ?? release.sha}`;
    const repo = net.repo(place);
    try {
        if (release.tag) {
            const commit = await repo.tagCommit(release.tag);
            if (!commit)
                return [notPublished(key, `The release's tag ${release.tag} is not in the public ${place.label}: push the tag there (git push <remote> ${release.tag}) before publishing the release.`)];
            if (release.sha && commit !== release.sha) {
                return [notPublished(key, `Tag ${release.tag} in the public ${place.label} points at ${release_short(commit)}, but the released commit is ${release_short(release.sha)}: the published tag is not the released code.`)];
            }
            return [];
        }
        const reach = await repo.reachable(release.sha, info.defaultBranch);
        if (reach.reachable === true)
            return [];
        if (reach.reachable === 'unknown') {
            return [
                unverified(key, `Cannot tell whether the released ${what} is in the public ${place.label}: no branch or tag checked reaches it (${reach.checked.join(', ')}), and ${reach.left.join(', ')}`, {
                    reason: 'too many branches to compare',
                    fix: `Tag the released commit and push the tag there (git tag <name> ${release_short(release.sha)} && git push <remote> <name>), then check with the tag as the ref: a tag is looked up directly.`,
                }),
            ];
        }
        return [
            notPublished(key, `The released ${what} is not reachable from any branch or tag of the public ${place.label} (checked ${reach.checked.join(', ')}). GitHub shows commits of the whole fork network by SHA, which does not publish them: push the commit to a branch or tag there.`),
        ];
    }
    catch (err) {
        const failure = net.describe(err, place);
        return [unverified(key, `Cannot tell whether the released ${what} is in the public ${place.label}: ${failure.reason}`, failure)];
    }
}
function releaseOnGitHttp(place, release, cached) {
    const what = describeRelease(release);
    const key = `${place.label}@${release.tag ?? release.sha}`;
    const refs = cached.get(place.url) ?? [];
    if (release.tag) {
        const ref = refs.find((r) => r.name === `refs/tags/${release.tag}`);
        if (!ref)
            return [notPublished(key, `The release's tag ${release.tag} is not advertised by the public ${place.label}: push the tag there (git push <remote> ${release.tag}).`)];
        const commit = commitOf(ref);
        if (release.sha && commit !== release.sha) {
            return [notPublished(key, `Tag ${release.tag} in the public ${place.label} points at ${release_short(commit)}, but the released commit is ${release_short(release.sha)}.`)];
        }
        return [];
    }
    const holder = refs.find((r) => commitOf(r) === release.sha);
    if (holder)
        return [];
    return [
        unverified(key, `The released ${what} is neither a branch head nor a tag of the public ${place.label}. Over smart HTTP a server advertises only the commits its refs point at, so whether the commit is an ancestor of a branch there cannot be proven.`, {
            reason: 'ancestry not provable',
            fix: `Tag the released commit and push the tag to the mirror (git tag <name> ${release_short(release.sha)} && git push <remote> <name>), or check with the tag as the ref.`,
        }),
    ];
}
function notPublished(key, message) {
    return { rule: 'release-not-published', key, message };
}
function unverified(key, message, failure) {
    const text = /[.:]$/.test(message) ? message : `${message}.`;
    return { rule: 'source-unverified', key, message: text, fix: failure.fix };
}
/** The clients of one run: an Octokit per API (the token only for the API it belongs to) and smart HTTP without credentials. */
class Network {
    settings;
    deps;
    advertisement = new Map();
    smartFetch;
    constructor(settings, deps) {
        this.settings = settings;
        this.deps = deps;
        this.smartFetch = (0,github_fetch/* resilientFetch */.u4)(deps.fetch ?? fetch, deps.resilience);
    }
    tokenFor(apiUrl) {
        return (0,publication_place/* sameApi */.fH)(apiUrl, this.settings.apiUrl) ? this.settings.token : undefined;
    }
    repo(place) {
        const octokit = (0,github_octokit/* createOctokit */.Q)({ baseUrl: place.apiUrl, token: this.tokenFor(place.apiUrl), resilience: this.deps.resilience });
        return new GitHubRepo(octokit, place.owner, place.repo);
    }
    async advertise(place) {
        const ad = await fetchAdvertisement(place.url, this.smartFetch);
        if (ad.kind === 'refs')
            this.advertisement.set(place.url, ad.refs);
        return ad;
    }
    describe(err, place) {
        const host = place.kind === 'github' ? new URL(place.apiUrl).host : new URL(place.url).host;
        const tokenSent = place.kind === 'github' && this.tokenFor(place.apiUrl) !== undefined;
        return describeFailure(err, { what: place.label, host, tokenSent });
    }
}

;// CONCATENATED MODULE: ./src/checks/publication/index.ts







/** The publication check with its network dependencies; tests give it loopback servers and short time limits. */
function createPublicationCheck(deps = { publicGitHub: publication_place/* GITHUB_DOT_COM */.Q$ }) {
    return {
        async run(ctx) {
            const outcome = { findings: [], files: 0, bytes: 0 };
            const readme = readmeOf(ctx.tree);
            const anchor = anchorAt(readme);
            const { settings } = ctx;
            const verdicts = [];
            const repository = settings.repository ? (0,publication_place/* parseRepository */.SU)(settings.repository, settings.apiUrl, deps.publicGitHub) : undefined;
            if (settings.repository && !repository) {
                verdicts.push({ rule: 'source-unverified', key: 'repository', message: `The repository "${settings.repository}" is not OWNER/NAME.`, fix: 'Pass --repository OWNER/NAME.' });
            }
            let mirror;
            if (settings.mirror) {
                const parsed = (0,publication_place/* parseMirror */.v0)(settings.mirror, settings.apiUrl, deps.publicGitHub);
                if (typeof parsed === 'string')
                    verdicts.push({ rule: 'source-unverified', key: 'mirror', message: `${capitalise(parsed)}.`, fix: 'Set mirror (input, --mirror or config) to OWNER/NAME or an https:// clone URL.' });
                else
                    mirror = parsed;
            }
            const release = releaseOf(settings);
            if (typeof release === 'string') {
                verdicts.push({ rule: 'source-unverified', key: 'ref', message: `${capitalise(release)}.`, fix: 'Pass --ref with a commit SHA, a tag or a branch, or run inside the git work tree so the ref can be resolved.' });
            }
            if (verdicts.length === 0) {
                try {
                    verdicts.push(...(await verifyPublication({ repository, mirror, release: release }, settings, deps, ctx.log)));
                }
                catch (err) {
                    // Anything unforeseen still ends as a finding, so the other checks' results and this one's cause both show.
                    const reason = (0,errors/* oneLine */.TN)(err instanceof Error ? err.message : String(err));
                    verdicts.push({ rule: 'source-unverified', key: 'internal', message: `Publication could not be checked: ${reason}.`, fix: 'Check the API URL (--api-url / GITHUB_API_URL) and the mirror setting.' });
                }
            }
            const needsDuty = verdicts.some((v) => v.rule === 'source-not-public');
            const duty = needsDuty ? await ctx.gplDuty() : undefined;
            for (const v of verdicts) {
                let level = v.rule === 'release-not-published' ? 'error' : v.rule === 'source-unverified' ? 'warning' : 'note';
                let message = v.message;
                if (v.rule === 'source-not-public') {
                    level = duty.duty ? 'error' : 'note';
                    message += ` ${capitalise((0,upstream_duty/* describeDuty */.a)(duty))}${duty.duty ? '' : ', so this is a note'}.`;
                }
                outcome.findings.push({ ...finding(v.rule, level, message, v.key, anchor), ...(v.fix ? { help: v.fix } : {}) });
            }
            const targets = [mirror?.webUrl ?? repository?.webUrl].filter((t) => t !== undefined);
            const directions = await findDirections(ctx.tree, readme, targets);
            outcome.files += directions.files;
            outcome.bytes += directions.bytes;
            if (!directions.found) {
                const where = targets.length > 0 ? `a link to ${targets[0]}` : 'a link to the source repository';
                const looked = directions.lookedIn.length > 0 ? `looked in ${directions.lookedIn.length} file${directions.lookedIn.length === 1 ? '' : 's'}: ${directions.lookedIn.slice(0, 3).join(', ')}${directions.lookedIn.length > 3 ? ', ...' : ''}` : 'there is no README and no about or settings strings';
                outcome.findings.push(finding('source-directions-missing', 'note', `Neither the README nor the app's about/settings strings hold ${where} (${looked}). Users must be told where to get the source (GPLv3 §6(d), GPLv2 §3).`, targets[0] ?? 'source', anchor));
            }
            return outcome;
        },
    };
}
const publicationCheck = createPublicationCheck();
function finding(ruleId, level, message, key, anchor) {
    return { ruleId, level, message, key, ...anchor };
}
function capitalise(s) {
    return s.charAt(0).toUpperCase() + s.slice(1);
}


/***/ })

};
