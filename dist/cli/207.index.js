export const id = 207;
export const ids = [207];
export const modules = {

/***/ 5207:
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
;// CONCATENATED MODULE: ./src/github/errors.ts
/** The HTTP status of an Octokit request error, if it is one. */
function httpStatus(err) {
    const status = err?.status;
    return typeof status === 'number' ? status : undefined;
}
/** 403 or 404 on a write: the token lacks the permission (fork PR, read-only token, private repository). */
function isPermissionError(err) {
    const status = httpStatus(err);
    return status === 403 || status === 404;
}
/** One line about a failed request, without headers or the token. */
function describeError(err) {
    const status = httpStatus(err);
    const message = err instanceof Error ? err.message.split('\n')[0] : String(err);
    return status ? `HTTP ${status}: ${message}` : message;
}

// EXTERNAL MODULE: ./src/github/octokit.ts
var github_octokit = __webpack_require__(6702);
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
        const hint = httpStatus(err) === 404 ? ' (no such organisation, or the token cannot see it)' : '';
        throw new schema/* UsageError */.eb(`list-repos: cannot list the repositories of "${args.org}": ${describeError(err)}${hint}`);
    }
    const text = names.map((n) => `${n}\n`).join('');
    if (args.output)
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(args.output), text);
    else
        process.stdout.write(text);
    return 0;
}


/***/ }),

/***/ 6463:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   u4: () => (/* binding */ resilientFetch)
/* harmony export */ });
/* unused harmony exports DEFAULT_RESILIENCE, RequestTimeoutError */
const DEFAULT_RESILIENCE = {
    timeoutMs: 10_000,
    retries: 2,
    backoffMs: 1_000,
    maxWaitMs: 60_000,
    sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
};
class RequestTimeoutError extends Error {
    name = 'RequestTimeoutError';
}
function resilientFetch(base, options = {}) {
    const o = { ...DEFAULT_RESILIENCE, ...options };
    return async (input, init) => {
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
                if (last)
                    throw timedOut ? new RequestTimeoutError(`no answer within ${o.timeoutMs} ms`) : err;
                await o.sleep(o.backoffMs * 2 ** attempt);
                continue;
            }
            if (last)
                return response;
            const wait = retryDelay(response, o.backoffMs * 2 ** attempt);
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
function retryDelay(response, backoff) {
    const { status, headers } = response;
    if (status >= 500)
        return backoff;
    if (status !== 403 && status !== 429)
        return undefined;
    const retryAfter = retryAfterMs(headers.get('retry-after'));
    if (retryAfter !== undefined)
        return retryAfter;
    if (headers.get('x-ratelimit-remaining') === '0') {
        const reset = Number(headers.get('x-ratelimit-reset'));
        if (Number.isFinite(reset) && reset > 0)
            return Math.max(0, reset * 1000 - Date.now());
    }
    return status === 429 ? backoff : undefined;
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

/***/ 6702:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   Q: () => (/* binding */ createOctokit)
/* harmony export */ });
/* harmony import */ var _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(1845);
/* harmony import */ var _version_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(311);
/* harmony import */ var _fetch_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6463);



const quiet = { debug() { }, info() { }, warn() { }, error() { } };
function createOctokit(options) {
    const base = _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .defaults */ .NT.request?.fetch ?? fetch;
    return new _actions_github_lib_utils__WEBPACK_IMPORTED_MODULE_0__/* .GitHub */ .gq({
        baseUrl: options.baseUrl.replace(/\/+$/, ''),
        userAgent: `telegram-compliance/${_version_js__WEBPACK_IMPORTED_MODULE_2__/* .VERSION */ .x}`,
        ...(options.token ? { auth: `token ${options.token}` } : {}),
        request: { fetch: (0,_fetch_js__WEBPACK_IMPORTED_MODULE_1__/* .resilientFetch */ .u4)(base, options.resilience) },
        log: quiet,
    });
}


/***/ })

};
