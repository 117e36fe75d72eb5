export const id = 769;
export const ids = [769];
export const modules = {

/***/ 1769:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   resolveRefOnGitHub: () => (/* binding */ resolveRefOnGitHub)
/* harmony export */ });
/* harmony import */ var _github_octokit_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(302);
/* harmony import */ var _failure_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(7210);
/* harmony import */ var _github_api_js__WEBPACK_IMPORTED_MODULE_2__ = __webpack_require__(4204);



/**
 * Resolves a bare name the way git does, a tag first, then a branch, in the repository OWNER/NAME through the GitHub
 * API. "Neither" only when the repository itself answers: a private repository is 404 to a reader without access.
 */
async function resolveRefOnGitHub(repository, name, api) {
    const [owner, repo] = repository.split('/');
    const github = new _github_api_js__WEBPACK_IMPORTED_MODULE_2__/* .GitHubRepo */ .M((0,_github_octokit_js__WEBPACK_IMPORTED_MODULE_0__/* .createOctokit */ .Q)({ baseUrl: api.apiUrl, token: api.token, resilience: api.resilience }), owner, repo);
    try {
        const tag = await github.tagCommit(name);
        if (tag)
            return { kind: 'tag', sha: tag };
        const branch = await github.branchCommit(name);
        if (branch)
            return { kind: 'branch', sha: branch };
        await github.info();
        return { kind: 'neither' };
    }
    catch (err) {
        const failure = (0,_failure_js__WEBPACK_IMPORTED_MODULE_1__/* .describeFailure */ .I)(err, { what: `repository ${repository}`, host: new URL(api.apiUrl).host, tokenSent: api.token !== undefined });
        return { kind: 'unanswered', reason: `${failure.reason}. ${failure.fix}` };
    }
}


/***/ })

};
