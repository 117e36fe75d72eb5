export const id = 606;
export const ids = [606];
export const modules = {

/***/ 5606:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  credentialsCheck: () => (/* binding */ credentialsCheck)
});

// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/checks/credentials/scan-files.ts + 7 modules
var scan_files = __webpack_require__(7911);
;// CONCATENATED MODULE: ./src/checks/credentials/switched-guards.ts
/**
 * A value guarded by a test switch does not ship, unless a release build turns that switch on: then it is an error
 * again, and says where the switch is turned on. Needs the findings of every file, so it runs after the threads.
 */
function countSwitchedOnGuards(findings) {
    const onInRelease = new Map();
    for (const f of findings) {
        if (!f.switchOnInRelease)
            continue;
        const name = f.switchOnInRelease.toUpperCase();
        const seen = onInRelease.get(name);
        // The first place in path and line order names the switch, whatever order the threads answered in.
        if (!seen || f.path < seen.path || (f.path === seen.path && f.line < seen.line))
            onInRelease.set(name, f);
    }
    return findings.map(({ guardSwitch, switchOnInRelease: _, team: _team, ...f }) => {
        const on = guardSwitch ? onInRelease.get(guardSwitch.toUpperCase()) : undefined;
        return on ? { ...f, level: 'error', message: `${f.message} ${guardSwitch} is turned on in a release build at ${on.path}:${on.line}, so it ships.` } : f;
    });
}

// EXTERNAL MODULE: ./src/files/read-text.ts
var read_text = __webpack_require__(1499);
// EXTERNAL MODULE: ./src/files/read-regular.ts
var read_regular = __webpack_require__(4610);
// EXTERNAL MODULE: ./src/checks/credentials/context.ts
var context = __webpack_require__(7895);
;// CONCATENATED MODULE: ./src/checks/credentials/implementation-overrides.ts




const HEADER = /\.(?:h|hh|hpp|hxx)$/i;
const IMPLEMENTATIONS = ['.cpp', '.cc', '.cxx', '.mm', '.m', '.c'];
const MAX_IMPLEMENTATION_BYTES = 4 * 1024 * 1024;
/**
 * A header's member default (`int32_t currentApiId = 6;`) that its implementation file sets from elsewhere
 * (`currentApiId = apiId;` in the .cpp/.cc/.mm of the same name) ships only when that value is missing: a warning
 * naming the override, as an override in the same file is. Needs other files than the one scanned, so it runs after
 * the scan, on its errors only.
 */
function overriddenInImplementation(findings, root) {
    const texts = new Map();
    return findings.map((f) => {
        if (f.ruleId !== 'published-api-credentials' || f.level !== 'error' || !HEADER.test(f.path) || !f.key.includes('='))
            return f;
        const name = f.key.slice(0, f.key.indexOf('=')).replace(/^.*[.>]/, '');
        const stem = f.path.slice(0, f.path.lastIndexOf('.'));
        for (const ext of IMPLEMENTATIONS) {
            const path = stem + ext;
            if (!texts.has(path))
                texts.set(path, readSmallText((0,external_node_path_.join)(root, ...path.split('/'))));
            const text = texts.get(path);
            const override = text === undefined ? undefined : new context/* OverrideIndex */.x(text).after(0, name);
            if (override) {
                const line = (0,read_text/* countNewlines */.Dn)(text, 0, override.offset) + 1;
                return { ...f, level: 'warning', message: `${f.message} It is overridden in ${path} at line ${line} by \`${override.statement}\`, so it ships only when that value is missing.` };
            }
        }
        return f;
    });
}
/** The implementation file's text, or undefined when there is none (or it is a link, a device, or too large). */
function readSmallText(abs) {
    try {
        return (0,read_regular/* readRegularFileSync */.c)(abs, MAX_IMPLEMENTATION_BYTES);
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: ./src/checks/credentials/workers.ts + 1 modules
var workers = __webpack_require__(9670);
// EXTERNAL MODULE: ./src/append.ts
var append = __webpack_require__(1871);
;// CONCATENATED MODULE: ./src/checks/credentials/scan-stream.ts






// Files go to the threads in batches, so that a message carries enough work to be worth sending.
const BATCH_FILES = 64;
const BATCH_BYTES = 4 * 1024 * 1024;
// Files this large wait for the end of the walk and then go, largest first, to the threads with the least work:
// dealt as they come, one arriving last could leave a thread working alone.
const LARGE_FILE = 8 * 1024 * 1024;
/**
 * The credentials scan of the files of a walk, as the walk finds them: in this thread for a small tree, on every
 * core as soon as the files seen make threads worth starting, so that scanning overlaps the rest of the walk. No
 * list of all the files is kept: memory does not grow with the tree.
 */
class CredentialsScan {
    ctx;
    threads;
    /** Scans here: every file when there is one thread, else the files of a tree too small for threads. */
    local;
    pool;
    /** Files waiting: until threads are known to pay (bounded by MIN_FILES and MIN_BYTES), then large files. */
    held = [];
    heldBytes = 0;
    batch = [];
    batchBytes = 0;
    constructor(ctx) {
        this.ctx = ctx;
        const { threads, forced } = (0,workers/* threadCount */.Cc)();
        this.threads = ctx.settings.workerScript ? threads : 1;
        if (forced && this.threads > 1)
            this.startThreads();
    }
    add(file) {
        if (this.pool)
            return this.queue(file);
        if (this.threads === 1) {
            this.scanHere([file]);
            return;
        }
        this.held.push(file);
        this.heldBytes += file.size;
        if (this.heldBytes >= workers/* MIN_BYTES */.n6 || this.held.length >= workers/* MIN_FILES */.Xg) {
            const held = this.held;
            this.held = [];
            this.heldBytes = 0;
            this.startThreads();
            for (const f of held)
                this.queue(f);
        }
    }
    async finish() {
        const results = [];
        if (this.pool)
            (0,append/* append */.B)(results, await this.finishThreads(this.pool));
        else
            this.scanHere(this.held);
        if (this.local)
            results.push(this.local.result());
        const found = [];
        const outcome = { findings: [], files: 0, bytes: 0 };
        for (const r of results) {
            (0,append/* append */.B)(found, r.findings);
            outcome.files += r.files;
            outcome.bytes += r.bytes;
            for (const s of r.skipped)
                this.ctx.skip(s.path, s.reason);
        }
        // The config's own list of never-ship values is where they belong: not a finding.
        const ownList = this.ctx.config.file;
        const counted = countSwitchedOnGuards(ownList ? found.filter((f) => !(f.team && (0,external_node_path_.resolve)(this.ctx.root, f.path) === ownList)) : found);
        outcome.findings = overriddenInImplementation(counted, this.ctx.root);
        return outcome;
    }
    scanHere(files) {
        (this.local ??= new scan_files.FileScanner(this.extra)).scan(files);
    }
    get extra() {
        return this.ctx.config.credentials.extra;
    }
    startThreads() {
        this.pool = new workers/* WorkerPool */.T$(this.ctx.settings.workerScript, this.threads, this.extra);
    }
    queue(file) {
        if (file.size >= LARGE_FILE) {
            this.held.push(file);
            return;
        }
        this.batch.push(file);
        this.batchBytes += file.size;
        if (this.batch.length >= BATCH_FILES || this.batchBytes >= BATCH_BYTES)
            this.flush();
    }
    flush() {
        if (this.batch.length === 0)
            return;
        this.pool.send(this.batch);
        this.batch = [];
        this.batchBytes = 0;
    }
    finishThreads(pool) {
        this.flush();
        for (const file of this.held.sort((a, b) => b.size - a.size))
            pool.send([file]);
        this.held = [];
        return pool.finish();
    }
}

;// CONCATENATED MODULE: ./src/checks/credentials/index.ts

const credentialsCheck = {
    name: 'credentials',
    stream: (ctx) => new CredentialsScan(ctx),
    run(ctx) {
        const scan = new CredentialsScan(ctx);
        for (const file of ctx.files)
            scan.add(file);
        return scan.finish();
    },
};


/***/ })

};
