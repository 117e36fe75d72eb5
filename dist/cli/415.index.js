export const id = 415;
export const ids = [415];
export const modules = {

/***/ 7210:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   I: () => (/* binding */ describeFailure),
/* harmony export */   e: () => (/* binding */ PlaceError)
/* harmony export */ });
/* harmony import */ var _github_errors_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3116);

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
    if ((0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .isRateLimited */ .Jz)(err)) {
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
            ? `${ctx.host} did not answer in time (${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(message)})`
            : `${ctx.host} could not be reached (${(0,_github_errors_js__WEBPACK_IMPORTED_MODULE_0__/* .oneLine */ .TN)(code || message)})`;
    return { reason: `${detail} (asked for ${ctx.what})`, fix: `Give the job network access to ${ctx.host}, or run again; offline runs cannot check publication.` };
}


/***/ }),

/***/ 4204:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   M: () => (/* binding */ GitHubRepo),
/* harmony export */   c: () => (/* binding */ statusOf)
/* harmony export */ });
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(7210);

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
    throw new _failure_js__WEBPACK_IMPORTED_MODULE_0__/* .PlaceError */ .e({ reason: `the API sent an answer that is not the JSON expected for ${what} (${got})`, fix: 'Run again later; check the API URL (--api-url / GITHUB_API_URL).' });
}


/***/ }),

/***/ 3116:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Jz: () => (/* binding */ isRateLimited),
/* harmony export */   TN: () => (/* binding */ oneLine),
/* harmony export */   Uc: () => (/* binding */ describeError),
/* harmony export */   nG: () => (/* binding */ httpStatus)
/* harmony export */ });
/* unused harmony exports isPermissionError, mayHaveLanded */
/* harmony import */ var _redact_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(8478);

/** Longest part of a server's message that is quoted. */
const QUOTED_MAX = 200;
/** The HTTP status of an Octokit request error, if it is one. */
function httpStatus(err) {
    const status = err?.status;
    return typeof status === 'number' ? status : undefined;
}
function responseHeaders(err) {
    return err?.response?.headers ?? {};
}
/** 403 or 404 on a write: the token lacks the permission (fork PR, read-only token, private repository). */
function isPermissionError(err) {
    const status = httpStatus(err);
    return status === 403 || status === 404;
}
/** A 403/429 that is GitHub's rate limit (primary or secondary), still in force after the waits we allow. */
function isRateLimited(err) {
    const status = httpStatus(err);
    if (status !== 403 && status !== 429)
        return false;
    const headers = responseHeaders(err);
    const message = err?.response?.data?.message;
    return headers['retry-after'] !== undefined || headers['x-ratelimit-remaining'] === '0' || (typeof message === 'string' && /secondary rate limit/i.test(message));
}
/**
 * A write that failed without a refusal from GitHub (5xx, timeout, connection lost): it may have been stored all
 * the same. Octokit reports a request without an answer as status 500 and no response.
 */
function mayHaveLanded(err) {
    const status = httpStatus(err);
    return status === undefined || status >= 500;
}
/**
 * One line about a failed request. Of an answer only its status and the `message` field of a JSON body are shown,
 * redacted and cut short; a body that is not JSON (a proxy's page, an echo of the request) is never quoted.
 */
function describeError(err) {
    const status = httpStatus(err);
    const response = err?.response;
    if (status !== undefined && response) {
        const message = response.data?.message;
        return typeof message === 'string' && message.trim() !== '' ? `HTTP ${status}: ${oneLine(message)}` : `HTTP ${status}`;
    }
    return oneLine(err instanceof Error ? err.message : String(err));
}
/** A redacted first line, at most QUOTED_MAX characters. */
function oneLine(text) {
    const line = (0,_redact_js__WEBPACK_IMPORTED_MODULE_0__/* .redact */ .E)(text).split(/\r?\n/)[0];
    return line.length > QUOTED_MAX ? `${line.slice(0, QUOTED_MAX)}…` : line;
}


/***/ }),

/***/ 6463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Tn: () => (/* binding */ isSafeMethod),
/* harmony export */   u4: () => (/* binding */ resilientFetch)
/* harmony export */ });
/* unused harmony exports DEFAULT_RESILIENCE, RequestTimeoutError */
const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
function isSafeMethod(method) {
    return SAFE_METHODS.has(method);
}
const DEFAULT_RESILIENCE = {
    timeoutMs: 10_000,
    retries: 2,
    backoffMs: 1_000,
    maxWaitMs: 60_000,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
    repeatable: isSafeMethod,
};
class RequestTimeoutError extends Error {
    name = 'RequestTimeoutError';
}
function resilientFetch(base, options = {}) {
    const o = { ...DEFAULT_RESILIENCE, ...options };
    return async (input, init) => {
        const request = input instanceof Request ? input : undefined;
        const method = (init?.method ?? request?.method ?? 'GET').toUpperCase();
        const repeatable = o.repeatable(method, new URL(request?.url ?? String(input)));
        for (let attempt = 0;; attempt++) {
            const last = attempt >= o.retries;
            const timeout = AbortSignal.timeout(o.timeoutMs);
            const signal = init?.signal ? AbortSignal.any([init.signal, timeout]) : timeout;
            let response;
            try {
                response = await base(input, { ...init, signal });
            }
            catch (err) {
                if (init?.signal?.aborted)
                    throw err;
                const timedOut = timeout.aborted;
                if (last || !repeatable)
                    throw timedOut ? new RequestTimeoutError(`no answer within ${o.timeoutMs} ms`) : err;
                await o.sleep(o.backoffMs * 2 ** attempt);
                continue;
            }
            if (last)
                return response;
            const wait = retryDelay(response, o.backoffMs * 2 ** attempt, repeatable) ?? (await secondaryLimitWait(response));
            if (wait === undefined)
                return response;
            if (wait > o.maxWaitMs)
                return response;
            await response.body?.cancel().catch(() => undefined);
            await o.sleep(wait);
        }
    };
}
/** How long to wait before retrying this response, or undefined when it should not be retried. */
function retryDelay(response, backoff, repeatable) {
    const { status, headers } = response;
    if (status >= 500)
        return repeatable ? backoff : undefined;
    if (status !== 403 && status !== 429)
        return undefined;
    const limit = rateLimitWait(headers);
    if (limit !== undefined)
        return limit;
    return status === 429 ? backoff : undefined;
}
/** The wait a rate-limit answer asks for (secondary limits: `retry-after`; primary: until `x-ratelimit-reset`). */
function rateLimitWait(headers) {
    const retryAfter = retryAfterMs(headers.get('retry-after'));
    if (retryAfter !== undefined)
        return retryAfter;
    if (headers.get('x-ratelimit-remaining') !== '0')
        return undefined;
    const reset = Number(headers.get('x-ratelimit-reset'));
    return Number.isFinite(reset) && reset > 0 ? Math.max(0, reset * 1000 - Date.now()) : undefined;
}
/** GitHub's advice for a secondary rate limit that names no wait: at least a minute. */
const SECONDARY_LIMIT_WAIT_MS = 60_000;
const SECONDARY_LIMIT = /secondary rate limit/i;
/** A 403 that says it is a secondary rate limit without a header to time it: the minute GitHub asks for. */
async function secondaryLimitWait(response) {
    if (response.status !== 403)
        return undefined;
    const text = await response.clone().text().catch(() => '');
    return SECONDARY_LIMIT.test(text.slice(0, 4096)) ? SECONDARY_LIMIT_WAIT_MS : undefined;
}
/** `retry-after` in seconds or as an HTTP date. */
function retryAfterMs(value) {
    if (!value)
        return undefined;
    if (/^\d+$/.test(value.trim()))
        return Number(value) * 1000;
    const at = Date.parse(value);
    return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}


/***/ }),

/***/ 302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  Q: () => (/* binding */ createOctokit)
});

// EXTERNAL MODULE: ./node_modules/@actions/github/lib/utils.js + 21 modules
var utils = __webpack_require__(1845);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/github/fetch.ts
var github_fetch = __webpack_require__(6463);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
;// CONCATENATED MODULE: ./src/github/comments.ts

/** The hidden first line that marks our sticky comment. */
const COMMENT_MARKER = '<!-- telegram-compliance -->';
/** Who the workflow's GITHUB_TOKEN writes as; it cannot ask `GET /user`. */
const WORKFLOW_TOKEN_LOGIN = 'github-actions[bot]';
const COMMENT_UPDATE = /\/repos\/[^/]+\/[^/]+\/issues\/comments\/\d+$/;
/** A comment's PATCH: it replaces the whole body, so sending it twice changes nothing. */
function isCommentUpdate(method, path) {
    return method === 'PATCH' && COMMENT_UPDATE.test(path);
}
/**
 * The login the token writes as: the authenticated user of a personal or OAuth token; `github-actions[bot]` for
 * an installation token (the workflow's GITHUB_TOKEN), which `GET /user` refuses.
 */
async function tokenLogin(octokit) {
    try {
        const { data } = await octokit.request('GET /user');
        if (typeof data?.login === 'string' && data.login !== '')
            return data.login;
    }
    catch (err) {
        const status = httpStatus(err);
        if (status !== 401 && status !== 403 && status !== 404)
            throw err;
    }
    return WORKFLOW_TOKEN_LOGIN;
}
/**
 * Our sticky comment on a pull request: the oldest that starts with the marker and was written by `author`, the
 * token's own login. Anyone can write the marker, so a comment by anybody else is never ours to edit.
 */
async function findStickyComment(octokit, repo, number, author) {
    const pages = octokit.paginate.iterator('GET /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: number, per_page: 100 });
    for await (const page of pages) {
        for (const c of page.data) {
            if (c.user?.login?.toLowerCase() !== author.toLowerCase())
                continue;
            if (c.body?.trimStart().startsWith(COMMENT_MARKER))
                return { id: c.id, body: c.body };
        }
    }
    return undefined;
}
async function createComment(octokit, repo, number, body) {
    const { data } = await octokit.request('POST /repos/{owner}/{repo}/issues/{issue_number}/comments', { ...repo, issue_number: number, body });
    return Number(data.id);
}
async function updateComment(octokit, repo, id, body) {
    await octokit.request('PATCH /repos/{owner}/{repo}/issues/comments/{comment_id}', { ...repo, comment_id: id, body });
}

// EXTERNAL MODULE: ./src/github/redact.ts
var redact = __webpack_require__(8478);
;// CONCATENATED MODULE: ./src/github/octokit.ts





const quiet = { debug() { }, info() { }, warn() { }, error() { } };
/**
 * Requests that may be sent again after a 5xx or a network fault: reads, and a comment's PATCH (it sets the whole
 * body). A check run's PATCH appends its annotations and a POST creates something, so neither is repeated.
 */
function repeatable(method, url) {
    return (0,github_fetch/* isSafeMethod */.Tn)(method) || isCommentUpdate(method, url.pathname);
}
function createOctokit(options) {
    const base = utils/* defaults */.NT.request?.fetch ?? fetch;
    if (options.token)
        (0,redact/* registerToken */.R)(options.token);
    return new utils/* GitHub */.gq({
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: `telegram-compliance/${version/* VERSION */.x}`,
        ...(options.token ? { auth: `token ${options.token}` } : {}),
        request: { fetch: (0,github_fetch/* resilientFetch */.u4)(base, { repeatable, ...options.resilience }) },
        log: quiet,
    });
}


/***/ })

};
