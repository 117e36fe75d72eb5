export const id = 614;
export const ids = [614];
export const modules = {

/***/ 1614:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMatrix: () => (/* binding */ runMatrix)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: external "node:stream/consumers"
var consumers_ = __webpack_require__(8321);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/github/repository-name.ts
var repository_name = __webpack_require__(9623);
// EXTERNAL MODULE: ./src/report/plural.ts
var plural = __webpack_require__(1190);
;// CONCATENATED MODULE: ./src/sweep/matrix.ts


/** GitHub runs at most this many jobs from one matrix. */
const MAX_MATRIX_JOBS = 256;
/** Reads newline-separated OWNER/NAME entries; blank lines and `#` comments are skipped. */
function parseRepositoryList(text, source) {
    const seen = new Set();
    const names = [];
    const problems = [];
    text.split(/\r?\n/).forEach((raw, i) => {
        const line = raw.trim();
        if (line === '' || line.startsWith('#'))
            return;
        if (!repository_name/* REPOSITORY_NAME */.N.test(line)) {
            problems.push(`${source}:${i + 1}: "${line.slice(0, 120)}" is not OWNER/NAME`);
            return;
        }
        const key = line.toLowerCase();
        if (seen.has(key))
            return;
        seen.add(key);
        names.push(line);
    });
    return { names, problems };
}
/** Consecutive batches of at most `size` repositories. */
function splitIntoBatches(items, size = MAX_MATRIX_JOBS) {
    const batches = [];
    for (let i = 0; i < items.length; i += size)
        batches.push(items.slice(i, i + size));
    return batches;
}
/** The matrix of one batch (1-based) of the sweep. */
function sweepMatrix(names, batch) {
    const batches = splitIntoBatches(names);
    const repositories = batches[batch - 1] ?? [];
    const first = (batch - 1) * MAX_MATRIX_JOBS + 1;
    let summary;
    if (names.length === 0)
        summary = 'No repository to scan.';
    else if (repositories.length === 0)
        summary = `Nothing to scan in batch ${batch}: the ${(0,plural/* plural */.L)(names.length, 'repository', 'repositories')} fill ${(0,plural/* plural */.L)(batches.length, 'batch', 'batches')}.`;
    else if (batches.length === 1)
        summary = `Scanning ${(0,plural/* plural */.L)(names.length, 'repository', 'repositories')}.`;
    else {
        const others = batches.map((_, i) => i + 1).filter((n) => n !== batch);
        const range = `repositories ${first}–${first + repositories.length - 1}`;
        summary =
            `${names.length} repositories: GitHub runs at most ${MAX_MATRIX_JOBS} jobs from one matrix, so the sweep is split into ${batches.length} batches. ` +
                `This run scans batch ${batch} (${range}); run the other${others.length === 1 ? '' : 's'} with \`batch: ${others.join('`, `')}\`.`;
    }
    return { total: names.length, batches: batches.length, batch, repositories, summary };
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/matrix.ts






/** `tg-compliance matrix [--batch N] [FILE]`: the sweep's matrix for one batch, as JSON. */
async function runMatrix(argv) {
    const args = (0,cli_args/* parseMatrixArgs */.Sm)(argv);
    if (args.help) {
        process.stdout.write(cli_args/* MATRIX_HELP */._P);
        return 0;
    }
    const fromStdin = args.file === undefined || args.file === '-';
    let input;
    try {
        input = fromStdin ? await (0,consumers_.text)(process.stdin) : await (0,promises_.readFile)((0,external_node_path_.resolve)(args.file), 'utf8');
    }
    catch (err) {
        throw new schema/* UsageError */.eb(`matrix: cannot read "${args.file}" (${err.code ?? err.message})`);
    }
    const list = parseRepositoryList(input, fromStdin ? 'standard input' : args.file);
    for (const p of list.problems)
        process.stderr.write(`tg-compliance: error: ${p}\n`);
    const json = `${JSON.stringify(sweepMatrix(list.names, args.batch))}\n`;
    if (args.output)
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(args.output), json);
    else
        process.stdout.write(json);
    return list.problems.length > 0 ? 2 : 0;
}


/***/ })

};
