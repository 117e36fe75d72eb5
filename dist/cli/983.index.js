export const id = 983;
export const ids = [983];
export const modules = {

/***/ 7983:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runListRepos: () => (/* binding */ runListRepos)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/github/errors.ts
var errors = __webpack_require__(3116);
// EXTERNAL MODULE: ./src/github/octokit.ts + 1 modules
var github_octokit = __webpack_require__(302);
;// CONCATENATED MODULE: ./src/github/repositories.ts
/** OWNER/NAME of an organisation's repositories (every page), forks and archived ones left out unless asked for, sorted. */
async function listOrganisationRepositories(octokit, org, filter) {
    const topic = filter.topic?.toLowerCase();
    const names = [];
    const pages = octokit.paginate.iterator('GET /orgs/{org}/repos', { org, type: 'all', per_page: 100 });
    for await (const page of pages) {
        for (const repo of page.data) {
            if (repo.fork && !filter.includeForks)
                continue;
            if (repo.archived && !filter.includeArchived)
                continue;
            if (topic && !(repo.topics ?? []).includes(topic))
                continue;
            names.push(repo.full_name);
        }
    }
    return names.sort();
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
// EXTERNAL MODULE: ./src/cli/publication-target.ts
var publication_target = __webpack_require__(5220);
;// CONCATENATED MODULE: ./src/cli/list-repos.ts








/** `tg-compliance list-repos --org NAME`: the organisation's repositories, one OWNER/NAME a line. */
async function runListRepos(argv) {
    const args = (0,cli_args/* parseListReposArgs */.QT)(argv);
    if (args.help) {
        process.stdout.write(cli_args/* LIST_REPOS_HELP */.t9);
        return 0;
    }
    const octokit = (0,github_octokit/* createOctokit */.Q)({ baseUrl: (0,publication_target/* apiUrlOf */.po)(args.apiUrl, process.env.GITHUB_API_URL), token: process.env.GITHUB_TOKEN || undefined });
    let names;
    try {
        names = await listOrganisationRepositories(octokit, args.org, { topic: args.topic, includeForks: args.includeForks, includeArchived: args.includeArchived });
    }
    catch (err) {
        const hint = (0,errors/* httpStatus */.nG)(err) === 404 ? ' (no such organisation, or the token cannot see it)' : '';
        throw new schema/* UsageError */.eb(`list-repos: cannot list the repositories of "${args.org}": ${(0,errors/* describeError */.Uc)(err)}${hint}`);
    }
    const text = names.map((n) => `${n}\n`).join('');
    if (args.output)
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(args.output), text);
    else
        process.stdout.write(text);
    return 0;
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
