export const id = 606;
export const ids = [606,911];
export const modules = {

/***/ 7895:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   h: () => (/* binding */ findGuard),
/* harmony export */   x: () => (/* binding */ OverrideIndex)
/* harmony export */ });
/** What surrounds a value: a guard that keeps it out of normal builds, or a later assignment that replaces it. */
// 60 lines of guard context at most; a window this wide holds them on any real source.
const GUARD_LOOKBACK = 16 * 1024;
const PREPROCESSOR = /^[ \t]*#[ \t]*(if|ifdef|ifndef|elif|else|endif|error)\b(.*)$/;
// CMake's #error: the build stops there, and a value quoted inside its text (" > api_id: 17349") is only text.
const CMAKE_FATAL = /^[ \t]*message[ \t]*\([ \t]*(?:FATAL_ERROR|SEND_ERROR)\b/i;
const CMAKE_BLOCK = /^[ \t]*(if|elseif|else|endif)[ \t]*\((.*)\)/i;
const IDENTIFIER = /[A-Za-z_]\w*/g;
/** A test switch is a whole name with TEST as one of its `_` parts: TDESKTOP_API_TEST, TEST_MODE, not LATEST_SDK. */
function firstTestSwitch(condition) {
    for (const m of condition.matchAll(IDENTIFIER)) {
        if (m[0].split('_').some((part) => part.toUpperCase() === 'TEST'))
            return { name: m[0], index: m.index };
    }
    return undefined;
}
const NEGATION_BEFORE = /(?:!\s*(?:defined\s*\(?\s*)?|\bNOT\s+(?:DEFINED\s+)?)$/i;
/** The test switch a condition names, and whether the condition holds when that switch is on. */
function testSwitchIn(directive, condition) {
    const named = firstTestSwitch(condition);
    if (!named)
        return undefined;
    const negated = NEGATION_BEFORE.test(condition.slice(0, named.index)) !== (directive === 'ifndef');
    return { name: named.name, holdsWhenOn: !negated };
}
/**
 * Looks back from `offset` through the enclosing preprocessor or CMake blocks (at most 60 lines) for a guard: an
 * `#error` before the value in the same branch, or a branch built only when a test switch is on. The branch
 * matters: the `#else` of `#ifdef TDESKTOP_API_TEST`, and `#ifndef`/`if (NOT ...)`, are what ships.
 */
function findGuard(text, offset) {
    // Only the text just before the value is read: a long line costs this window, not the line, per finding.
    const from = Math.max(0, offset - GUARD_LOOKBACK);
    const before = text.slice(from, offset);
    let end = before.lastIndexOf('\n');
    let depth = 0;
    // In the current block: whether the value's branch is an #else (every condition above must then be false), and
    // whether a branch directive has been passed (an #error above it belongs to another branch).
    let inElse = false;
    let branchSeen = false;
    for (let n = 0; n < 60 && end > 0; n++) {
        const start = before.lastIndexOf('\n', end - 1) + 1;
        if (start === 0 && from > 0)
            break; // a line cut by the window's start: never read as a directive
        const line = before.slice(start, end);
        end = start - 1;
        const pp = PREPROCESSOR.exec(line);
        const cm = pp ? null : CMAKE_BLOCK.exec(line);
        const directive = (pp?.[1] ?? cm?.[1] ?? '').toLowerCase();
        const condition = (pp?.[2] ?? cm?.[2] ?? '').trim();
        if (!directive) {
            if (!branchSeen && CMAKE_FATAL.test(line))
                return { description: 'message(FATAL_ERROR …) stops the build before it' };
            continue;
        }
        if (directive === 'endif') {
            depth++;
            continue;
        }
        if (depth > 0) {
            if (directive.startsWith('if'))
                depth--;
            continue;
        }
        if (directive === 'error') {
            if (!branchSeen)
                return { description: `#error "${condition.slice(0, 80)}" stops the build before it` };
            continue;
        }
        if (directive === 'else') {
            if (!branchSeen)
                inElse = true;
            branchSeen = true;
            continue;
        }
        // An #if, #ifdef, #ifndef, #elif or elseif: the value's branch needs it true (the first one met, unless the
        // value is in the #else) or false (every other one of the block).
        const needsTrue = !branchSeen && !inElse;
        branchSeen = true;
        const named = testSwitchIn(directive, condition);
        if (named && named.holdsWhenOn === needsTrue) {
            return { description: `built only when ${needsTrue ? condition.slice(0, 80) : `not (${condition.slice(0, 80)})`}`, switchName: named.name };
        }
        if (directive.startsWith('if')) {
            // The block starts here: go on outwards, in the enclosing block's branch.
            inElse = false;
            branchSeen = false;
        }
    }
    return undefined;
}
// Every `name = <not a literal>` in the text (the value in a lookahead, so that a later assignment on the same line
// is found too). One pass, indexed by name: searching forward from each finding would
// rescan the rest of the file once per finding (quadratic on a file with thousands of them).
const NON_LITERAL_ASSIGNMENT = /(?<![\w"'])(\w+)[ \t]*=(?!=)[ \t]*(?![ \t"'\d-])(?=([^;\n]{1,120}))/g;
/** The override lookups of one text, built on the first lookup. */
class OverrideIndex {
    text;
    byName;
    constructor(text) {
        this.text = text;
    }
    /** The first override of `identifier`'s last name after `afterOffset`. */
    after(afterOffset, identifier) {
        const name = identifier.replace(/^.*[.>]/, '').replace(/^-+D?/, '');
        if (!/^\w+$/.test(name))
            return undefined;
        const list = this.index().get(name);
        if (!list)
            return undefined;
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
            const mid = (lo + hi) >> 1;
            if (list[mid].offset < afterOffset)
                lo = mid + 1;
            else
                hi = mid;
        }
        return list.slice(lo).find((o) => o.member || !mentionsBare(o.value, name));
    }
    index() {
        if (this.byName)
            return this.byName;
        this.byName = new Map();
        for (const m of this.text.matchAll(NON_LITERAL_ASSIGNMENT)) {
            const target = targetStart(this.text, m.index);
            if (isNamedArgument(this.text, target))
                continue;
            const value = m[2].trim();
            const list = this.byName.get(m[1]) ?? [];
            list.push({ offset: m.index, statement: `${m[1]} = ${value}`, value, member: MEMBER_TARGET.test(this.text.slice(target, m.index)) });
            this.byName.set(m[1], list);
        }
        return this.byName;
    }
}
// What comes before a named argument: the call's `(` or the previous argument's `,`, then only blanks.
const ARGUMENT_BEFORE = /[(,]\s*$/;
const CALL_LOOKBACK = 400;
/** `f(a, api_id=x)`, over lines too; not `int a = 1, APP_ID = x;`, whose `,` is in no open parenthesis. */
function isNamedArgument(text, target) {
    const from = Math.max(0, target - CALL_LOOKBACK);
    if (!ARGUMENT_BEFORE.test(text.slice(from, target)))
        return false;
    let depth = 0;
    for (let i = target - 1; i >= from; i--) {
        const c = text[i];
        if (c === ')' || c === ']')
            depth++;
        else if (c === '(' || c === '[') {
            if (depth === 0)
                return true;
            depth--;
        }
        else if (depth === 0 && (c === ';' || c === '{' || c === '}'))
            return false;
    }
    return false;
}
const WORD = /\w/;
/** Whether `value` uses `name` itself, as a bare word (not `BuildConfig.NAME`, not the string "NAME"). */
function mentionsBare(value, name) {
    for (let at = value.indexOf(name); at !== -1; at = value.indexOf(name, at + 1)) {
        const before = value[at - 1] ?? ' ';
        const after = value[at + name.length] ?? ' ';
        if (!WORD.test(before) && !'."\''.includes(before) && !WORD.test(after) && !'"\''.includes(after))
            return true;
    }
    return false;
}
const MEMBER_TARGET = /^(?:this|self)\s*(?:\.|->)$/;
/** Where the assigned expression starts: `this.apiId = ...` starts at `this`, a plain `APP_ID = ...` at its name. */
function targetStart(text, nameStart) {
    let at = nameStart;
    for (;;) {
        let i = at;
        while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t'))
            i--;
        if (text[i - 1] === '.')
            i--;
        else if (text[i - 1] === '>' && text[i - 2] === '-')
            i -= 2;
        else
            return at;
        while (i > 0 && (text[i - 1] === ' ' || text[i - 1] === '\t'))
            i--;
        const end = i;
        while (i > 0 && WORD.test(text[i - 1]))
            i--;
        if (i === end)
            return at;
        at = i;
    }
}


/***/ }),

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
        if (!seen || f.path < seen.path || (f.path === seen.path && (f.line ?? 0) < (seen.line ?? 0)))
            onInRelease.set(name, f);
    }
    return findings.map(({ guardSwitch, switchOnInRelease: _, team: _team, ...f }) => {
        const on = guardSwitch ? onInRelease.get(guardSwitch.toUpperCase()) : undefined;
        return on ? { ...f, level: 'error', message: `${f.message} ${guardSwitch} is turned on in a release build at ${on.path}:${on.line}, so it ships.` } : f;
    });
}

// EXTERNAL MODULE: ./src/files/read-text.ts + 1 modules
var read_text = __webpack_require__(5718);
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

// EXTERNAL MODULE: ./src/checks/credentials/workers.ts
var workers = __webpack_require__(4955);
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
    stream: (ctx) => new CredentialsScan(ctx),
    run(ctx) {
        const scan = new CredentialsScan(ctx);
        for (const file of ctx.files)
            scan.add(file);
        return scan.finish();
    },
};


/***/ }),

/***/ 6933:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   r: () => (/* binding */ LineIndex)
/* harmony export */ });
/* harmony import */ var _files_read_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5718);

const MAX_LINE_TEXT = 1000;
/**
 * Turns offsets into 1-based lines and columns. Offsets that grow (the usual order) cost only the text between them:
 * newlines are counted once, and the current line's bounds and the column so far are kept, so thousands of findings
 * on one long line cost what the line costs, not the line once per finding.
 */
class LineIndex {
    text;
    firstLine;
    firstColumn;
    bytes;
    lastOffset = 0;
    lastLine;
    /** The line that holds lastOffset, once located. */
    line;
    /** Columns (characters) from that line's start to lastOffset. */
    columnSoFar = 0;
    constructor(text, firstLine, 
    /** Characters before text[0] on its line. */
    firstColumn = 0, 
    /** `bytes`: the text holds UTF-8 bytes one character each, so columns and line texts are decoded here. */
    bytes = false) {
        this.text = text;
        this.firstLine = firstLine;
        this.firstColumn = firstColumn;
        this.bytes = bytes;
        this.lastLine = firstLine;
    }
    locate(offset) {
        const line = this.moveTo(offset);
        const decode = this.bytes ? _files_read_text_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8Of */ .vw : (s) => s;
        return {
            line: this.lastLine,
            column: this.columnSoFar + 1 + (line.start === 0 ? this.firstColumn : 0),
            lineText: decode(clip(this.text, line.start, line.end, offset)),
            previousLineText: line.previousStart >= 0 ? decode(clip(this.text, line.previousStart, line.start - 1, line.start - 1)) : undefined,
        };
    }
    /** Where the line that holds `offset` starts. */
    lineStartOf(offset) {
        return this.moveTo(offset).start;
    }
    /** Whether the number stands as a token of its own on the line that holds `offset`. */
    lineContainsNumber(offset, n) {
        // A window around the offset, so that a long line costs the window, not the line, per finding.
        const from = Math.max(0, offset - 2 * MAX_LINE_TEXT);
        const window = this.text.slice(from, offset + 2 * MAX_LINE_TEXT);
        const at = offset - from;
        const end = window.indexOf('\n', at);
        const line = window.slice(window.lastIndexOf('\n', at - 1) + 1, end === -1 ? window.length : end);
        return new RegExp(`(?<![\\w.])${n}(?![\\w.])`).test(line);
    }
    moveTo(offset) {
        if (offset < this.lastOffset || !this.line) {
            this.lastOffset = 0;
            this.lastLine = this.firstLine;
            this.line = this.lineAt(0);
            this.columnSoFar = 0;
        }
        const newlines = (0,_files_read_text_js__WEBPACK_IMPORTED_MODULE_0__/* .countNewlines */ .Dn)(this.text, this.lastOffset, offset);
        if (newlines > 0) {
            this.lastLine += newlines;
            this.line = this.lineAt(this.text.lastIndexOf('\n', offset - 1) + 1); // found within the text just counted
            this.columnSoFar = this.width(this.line.start, offset);
        }
        else {
            this.columnSoFar += this.width(this.lastOffset, offset);
        }
        this.lastOffset = offset;
        return this.line;
    }
    lineAt(start) {
        let end = this.text.indexOf('\n', start);
        if (end === -1)
            end = this.text.length;
        const previousStart = start > 0 ? this.text.lastIndexOf('\n', start - 2) + 1 : -1;
        return { start, end, previousStart };
    }
    width(from, to) {
        return this.bytes ? (0,_files_read_text_js__WEBPACK_IMPORTED_MODULE_0__/* .utf8Of */ .vw)(this.text.slice(from, to)).length : to - from;
    }
}
function clip(text, start, end, around) {
    if (end - start <= MAX_LINE_TEXT)
        return text.slice(start, end);
    const from = Math.max(start, around - MAX_LINE_TEXT / 2);
    return text.slice(from, Math.min(end, from + MAX_LINE_TEXT));
}


/***/ }),

/***/ 7911:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  FileScanner: () => (/* binding */ FileScanner)
});

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: ./src/files/decode.ts
var decode = __webpack_require__(409);
// EXTERNAL MODULE: ./src/files/chunk-window.ts
var chunk_window = __webpack_require__(4647);
;// CONCATENATED MODULE: ./src/files/read-bytes.ts



/** The room a reader's buffer needs from its offset: a chunk plus the context carried from the previous one. */
function byteChunkCapacity(options) {
    return 2 * options.overlapBytes + options.chunkBytes;
}
/**
 * Opens a file and, when it is UTF-8 text, reads it in chunks into `buffer` from offset `at`, which must have room
 * for `byteChunkCapacity(options)`. Nothing is decoded: the caller looks at the bytes and decodes only what it needs.
 * Binary files are told after their first bytes; UTF-16 files are told too, for a decoding reader (openTextSync).
 * `sniffing: false` takes the file as UTF-8 bytes whatever its first bytes say.
 */
function openBytesSync(abs, buffer, at, options, newlines, sniffing = true) {
    const fd = (0,external_node_fs_.openSync)(abs, 'r');
    let handedOver = false;
    try {
        const bytesRead = (0,external_node_fs_.readSync)(fd, buffer, at, options.chunkBytes, 0);
        const sniffed = sniffing ? (0,decode/* sniff */.Z)(buffer.subarray(at, at + Math.min(bytesRead, 8192))) : decode/* AS_BYTES */.D;
        if (sniffed.binary)
            return { kind: 'binary' };
        if (sniffed.encoding !== 'utf-8')
            return { kind: 'utf-16' };
        handedOver = true;
        return { kind: 'utf-8', chunks: chunksOf(fd, buffer, at, bytesRead, sniffed.bomLength, options, newlines) };
    }
    finally {
        if (!handedOver)
            (0,external_node_fs_.closeSync)(fd);
    }
}
function* chunksOf(fd, buffer, at, firstRead, bomLength, options, newlines) {
    try {
        let start = at + bomLength;
        let end = at + firstRead;
        let position = firstRead;
        let atEnd = firstRead < options.chunkBytes;
        let line = 1;
        let column = 0;
        let from = 0;
        for (;;) {
            const window = (0,chunk_window/* ownedRange */.Vl)(end - start, from, atEnd, options.overlapBytes);
            yield { start, end, line, column, ...window };
            if (atEnd)
                return;
            const next = start + (0,chunk_window/* carryStart */.C0)(window, options.overlapBytes);
            line += newlines(start, next);
            const lastNewline = next > start ? buffer.lastIndexOf(10, next - 1) : -1;
            column = lastNewline < start ? column + (next - start) : next - lastNewline - 1;
            const kept = end - next;
            from = start + window.limit - next;
            buffer.copyWithin(at, next, end);
            const n = (0,external_node_fs_.readSync)(fd, buffer, at + kept, options.chunkBytes, position);
            position += n;
            atEnd = n < options.chunkBytes;
            start = at;
            end = at + kept + n;
        }
    }
    finally {
        (0,external_node_fs_.closeSync)(fd);
    }
}

// EXTERNAL MODULE: ./src/files/read-text.ts + 1 modules
var read_text = __webpack_require__(5718);
// EXTERNAL MODULE: ./src/files/read-head.ts
var read_head = __webpack_require__(6470);
// EXTERNAL MODULE: ./src/report/model.ts
var model = __webpack_require__(6867);
;// CONCATENATED MODULE: ./src/report/recognise.ts

/**
 * Whether a file's text is one of this tool's own JSON or SARIF reports: its findings quote the values of the files
 * it scanned (public hashes whole), so scanning it again would report them twice. Only a whole report of the exact
 * shape counts, and a file left out for it is listed as skipped, never passed silently.
 */
function isOwnReport(text) {
    if (!text.includes(model/* TOOL_NAME */.l))
        return false;
    let parsed;
    try {
        parsed = JSON.parse(text);
    }
    catch {
        return false;
    }
    if (!isObject(parsed))
        return false;
    const tool = parsed.tool;
    if (isObject(tool) && tool.name === model/* TOOL_NAME */.l) {
        return ['findings', 'suppressed', 'skipped'].every((key) => Array.isArray(parsed[key])) && isObject(parsed.summary) && isObject(parsed.checks);
    }
    const runs = parsed.runs;
    return typeof parsed.version === 'string' && parsed.version.startsWith('2.1') && Array.isArray(runs) && runs.length > 0 && runs.every(isOwnSarifRun);
}
function isOwnSarifRun(run) {
    if (!isObject(run) || !isObject(run.tool) || !Array.isArray(run.results))
        return false;
    const driver = run.tool.driver;
    return isObject(driver) && driver.name === model/* TOOL_NAME */.l;
}
function isObject(value) {
    return typeof value === 'object' && value !== null && !Array.isArray(value);
}

// EXTERNAL MODULE: ./src/files/walk.ts + 2 modules
var walk = __webpack_require__(767);
// EXTERNAL MODULE: ./src/checks/credentials/catalogue.ts
var credentials_catalogue = __webpack_require__(7817);
// EXTERNAL MODULE: ./src/files/file-kind.ts
var file_kind = __webpack_require__(5484);
;// CONCATENATED MODULE: ./src/checks/credentials/prefilter/kernel-wasm.ts
// Generated by scripts/build-kernel.mjs from kernel.wat: do not edit.
const KERNEL_WASM_BASE64 = 'AGFzbQEAAAABDgJgA39/fwF/YAJ/fwF/Ag8BA2VudgZtZW1vcnkCAAEDAwIAAQcZAgpjYW5kaWRhdGVzAAAIbmV3bGluZXMAAQrgAwL8AgIDfxV7QSD9DyELQfAA/Q8hDUHpAP0PIQ5B6AD9DyEPQfQA/Q8hEEHlAP0PIRFB8wD9DyESQf8A/Q8hE0Eu/Q8hFEEt/Q8hFUEx/Q8hFkE0/Q8hF0E5/Q8hGEEw/Q8hGUE2/Q8hGiAAIQMCQANAIAMgAU8NASAD/QAEACEGIAYgC/1QIQcgA/0ABAEgC/1QIQggA/0ABAIgC/1QIQkgA/0ABAMgC/1QIQogByAN/SMgCCAO/SMgCCAN/SP9UP1OIAkgE/0jIAkgFP0j/VAgCSAV/SMgCSAO/SMgCSAP/SP9UP1Q/VD9TiEMIAwgByAQ/SMgCCAR/SP9TiAJIBL9IyAKIBD9I/1O/U79UCEMIAwgBiAW/SMgCCAX/SP9TiAJIBj9IyAKIBT9I/1O/U79UCEMIAz9U0EBdCAGIBn9cSAa/XcgBiAZ/XH9I/1jciEFIAUEQCACIARBAnRqIANBAnQgBXI2AgAgBEEBaiEECyADQRBqIQMMAAsLIAQLYAICfwF7QQr9DyEEIAAhAgJAA0AgAkEQaiABSw0BIAMgAv0ABAAgBP0j/WRpaiEDIAJBEGohAgwACwsCQANAIAIgAU8NASADIAItAABBCkZqIQMgAkEBaiECDAALCyADCw==';

;// CONCATENATED MODULE: ./src/checks/credentials/binding.ts
// Separators between a name and its value, in the languages of telegram-ids.md §3. Sticky: applied at the name's end.
const SEPARATOR = new RegExp([
    '(["\'\\]]{0,2})[ \\t]*', // closing quote/bracket of a key: "api_id":, ['api_id'] =
    '(?:',
    '(\\)[ \\t]*\\.[ \\t]*(?:unwrap_or|unwrapOr|or_else|orElse|getOrDefault|getOrElse|or)\\w*[ \\t]*\\([ \\t]*(?:\\|[\\w ]{0,10}\\|[ \\t]*)?)', // 2 Rust/Java fallbacks
    '|(\\?\\?|\\|\\||:-)', // 3 JS ?? ||, shell ${X:-default}
    '|(:[ \\t]*[A-Za-z_][\\w<>?.\\[\\]]*[ \\t]*=(?!=))', // 4 typed declaration: const val APP_ID: Int = 4
    '|(:[ \\t]*[A-Za-z_][\\w.]*[ \\t]*\\{\\s*(?:get[ \\t]*\\{\\s*)?return[ \\t]+)', // 5 Swift/Kotlin getter over lines
    '|(\\([ \\t]*\\)[ \\t]*(?::[ \\t]*[\\w.]+[ \\t]*)?(?:\\{\\s*return[ \\t]+|=[ \\t]*))', // 6 getApiId() { return 4; }, get() = 4
    '|(:=|=>|\\?=|\\+=|=(?!=)|:(?!:)|\\|)', // 7 assignment, key: value, Markdown table cell
    '|(,)', // 8 key, value (only after a quoted key)
    '|([ \\t]+(?:[A-Za-z]+[ \\t]+){0,2}DEFAULT)', // 9 SQL column default
    '|(?=[ \\t]))', // 10 whitespace: set(X 1), #define X 1, ENV X 1, --api-id 1
    '[ \\t]*(?:\\(\\s*(?:int|long|Int|Int32|Int64|uint32_t|int32_t)\\s*\\)[ \\t]*)?', // a C cast
    '(\\\\?["\'`])?', // 11 opening quote (escaped in Gradle: "\"abc\"")
].join(''), 'iy');
const PLAIN_VALUE = /[^\s"'`,;(){}\[\]|\\<>]+/y;
function readBinding(text, nameEnd, specialValues) {
    SEPARATOR.lastIndex = nameEnd;
    const m = SEPARATOR.exec(text);
    if (!m)
        return undefined;
    const quotedKey = m[1].length > 0 && m[1][0] !== ']';
    if (m[8] && !quotedKey)
        return undefined;
    const fallback = Boolean(m[2] || m[3]) || (Boolean(m[8]) && isDefaultArgument(text, nameEnd));
    const valueStart = SEPARATOR.lastIndex;
    for (const special of specialValues) {
        if (text.startsWith(special, valueStart))
            return { valueStart, value: special, fallback, quotedKey };
    }
    const quote = m[11]?.replace('\\', '');
    let value;
    if (quote) {
        const close = text.indexOf(quote, valueStart);
        if (close === -1 || close - valueStart > 128)
            return undefined;
        value = text.slice(valueStart, m[11].length === 2 && text[close - 1] === '\\' ? close - 1 : close);
        if (value.includes('\n'))
            return undefined;
    }
    else {
        PLAIN_VALUE.lastIndex = valueStart;
        value = PLAIN_VALUE.exec(text)?.[0];
    }
    if (!value)
        return undefined;
    return { valueStart, value, fallback, quotedKey };
}
// getenv("API_ID", "4"), os.environ.get('API_HASH', '...'), System.getProperty("api.id", "4")
const DEFAULT_CALL = /(?:getenv|get|getProperty|GetEnvironmentVariable|Getenv|env|getString|getInt|optString|optInt|fetch|ENV\.fetch)[ \t]*\([ \t]*["'][^"'\n]{0,80}$/;
function isDefaultArgument(text, nameEnd) {
    const from = Math.max(0, nameEnd - 120);
    return DEFAULT_CALL.test(text.slice(from, nameEnd));
}

// EXTERNAL MODULE: ./src/checks/credentials/context.ts
var context = __webpack_require__(7895);
;// CONCATENATED MODULE: ./src/checks/credentials/names.ts
const OTHER_SERVICES = /huawei|hms|agc|agconnect|firebase|mobilesdk|facebook|fb_|fbapp|wechat|weixin|wx_|onesignal|algolia|admob|google|gcm|fcm|msal|azure|aws|amplitude|appcenter|sentry|mixpanel|yandex|vk_|vkontakte|alipay|baidu|whatsapp|appsflyer|branch|bugsnag|crashlytics|flurry|adjust|unity|steam|discord|twitter|line_|kakao|naver|instagram|spotify|dropbox|github|gitlab|slack|stripe|paypal|oauth|openai|pushwoosh|mapbox/i;
const TELEGRAM_WORD = /telegram|tdesktop|^tg|_tg|tgx|^td_|tdlib|mtproto|testapp|offical/i;
/**
 * `word` is the keyword the scanner hit (`api_id`, `AppHash`, ...) and `identifier` the whole name around it.
 * Returns undefined for names of other services and for words that only contain the keyword by accident.
 */
function classifyName(identifier, word) {
    if (OTHER_SERVICES.test(identifier))
        return undefined;
    const lower = word.toLowerCase();
    const kind = lower.endsWith('hash') ? 'hash' : 'id';
    const isApp = lower.startsWith('app');
    return { kind, needsTelegramContext: isApp && !TELEGRAM_WORD.test(identifier) };
}
/** True where the keyword starts a word of the identifier: after a non-letter, or as a camelCase hump. */
function startsWord(text, at) {
    if (at === 0)
        return true;
    const prev = text.charCodeAt(at - 1);
    const isLetter = (c) => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
    if (!isLetter(prev))
        return true;
    const cur = text.charCodeAt(at);
    const prevLower = prev >= 97 && prev <= 122;
    const curUpper = cur >= 65 && cur <= 90;
    return prevLower && curUpper;
}
const IDENT = /[A-Za-z0-9_.$\-]/;
const IDENT_TAIL = /[A-Za-z0-9_]/;
/** The full identifier around a keyword hit: `process.env.TELEGRAM_API_ID`, `-DTDESKTOP_API_ID`, `kApiId`. */
function identifierAround(text, start, end) {
    let s = start;
    while (s > 0 && start - s < 80 && IDENT.test(text[s - 1]))
        s--;
    let e = end;
    while (e < text.length && e - end < 80 && IDENT_TAIL.test(text[e]))
        e++;
    return { start: s, end: e };
}

// EXTERNAL MODULE: ./src/checks/credentials/line-index.ts
var line_index = __webpack_require__(6933);
;// CONCATENATED MODULE: ./src/checks/credentials/scan.ts






// Three cheap passes find the places worth a closer look. Each is a pattern V8 scans fast on its own (spelt-out
// letter cases instead of the `i` flag; no alternation with character classes up front): combined, they are
// several times slower. The catalogued hashes are matched as literals (Catalogue.hashPattern). The prefilter
// (prefilter/kernel.wat) knows the fingerprint of each: change them together.
const NAME_TRIGGER = /[Aa][Pp][IiPp][_.\-]?(?:[Ii][Dd]|[Hh][Aa][Ss][Hh])/g;
const SWITCH_TRIGGER = /[Tt][Ee][Ss][Tt](?:_?[Mm][Oo][Dd][Ee]|_?[Dd][Cc]|[Ss]ervers)|TDESKTOP_API_TEST|149\.154\.167\.40/g;
const HEX32 = /^[0-9a-fA-F]{32}$/;
// An integer literal as the languages write one: 2040, 2040L, 1_025_907, 0x7F8 (an api_id fits in 32 bits).
const INTEGER_LITERAL = /^(?:0[xX]([0-9a-fA-F](?:_?[0-9a-fA-F]){0,7})|([0-9](?:_?[0-9]){0,9}))(?:[uU]?[lL]{0,2}|[lL]{1,2}[uU]?)$/;
/** The number an integer literal stands for, or undefined for anything else. */
function integerLiteral(value) {
    const m = INTEGER_LITERAL.exec(value);
    if (!m)
        return undefined;
    return m[1] !== undefined ? Number.parseInt(m[1].replaceAll('_', ''), 16) : Number(m[2].replaceAll('_', ''));
}
// Ids this short are common in other code (enum members, other services' app ids); longer ones are distinctive.
const SMALL_ID = 10_000;
const TELEGRAM_CONTEXT = /telegram|tdesktop|tdlib|mtproto|api_?hash|app_?hash|apphash|pyrogram|telethon|gramjs|BuildVars|gotd/i;
const SPECIAL_VALUES = [credentials_catalogue/* PLACEHOLDER_GET_ONE */.gm, '[API_ID]', '[API_HASH]'];
const TEST_DC_ADDRESS = '149.154.167.40';
// The docs' placeholder hashes that look like real ones (32 hex digits): found even when passed without a name.
const POSITIONAL_PLACEHOLDERS = [...credentials_catalogue/* PLACEHOLDER_HASHES */.VX.keys()].filter((h) => /^[0-9a-f]{32}$/.test(h));
// The end of a client constructor's arguments before a positional api_hash: `Client("name", 12345, "`.
const CLIENT_CALL = /(\w{0,40}Client)[ \t]*\([^,()\n]{0,80},[ \t]*\d{1,10}[ \t]*,[ \t]*["']$/;
// Telegram's production data centers (DC1-DC5, IPv4), as the official clients list them.
const PRODUCTION_DC = /149\.154\.175\.(?:5[0-9]|100)|149\.154\.167\.(?:5[01]|9[12])|91\.108\.56\.\d/;
const TEST_DC_NAMES = new Set(['usetestdc', 'testmode', 'testservers']);
const TEST_DC_ON = /^[ \t"']*(?:[:=]|\(|[ \t])[ \t]*(?:true|1)\b/i;
const API_TEST_ON = /^[ \t]*(?:=|[ \t])[ \t]*(?:ON|1|TRUE|YES)\b/i;
function scanCredentials(input, catalogue) {
    const { text } = input;
    const lines = new line_index/* LineIndex */.r(text, input.line, input.column ?? 0, input.bytes);
    const out = [];
    const boundHashes = new Map();
    let telegramContext;
    const overrides = new context/* OverrideIndex */.x(text);
    // Overrides come after their values: their own index keeps `lines` moving forward only.
    const overrideLines = new line_index/* LineIndex */.r(text, input.line, input.column ?? 0, input.bytes);
    const guards = new Map();
    const inTelegramContext = () => (telegramContext ??= TELEGRAM_CONTEXT.test(text) || TELEGRAM_CONTEXT.test(input.path));
    const comparedOnly = new Map();
    let hasProductionDc;
    const emit = (f, offset) => {
        if (!(0,chunk_window/* owns */.S4)({ from: input.from ?? 0, limit: input.limit }, offset))
            return;
        const loc = lines.locate(offset);
        out.push({ ...f, path: input.path, line: loc.line, column: loc.column, lineText: loc.lineText, previousLineText: loc.previousLineText });
    };
    for (const m of text.matchAll(NAME_TRIGGER))
        onName(m.index, m[0]);
    for (const m of text.matchAll(catalogue.hashPattern)) {
        const at = m.index;
        if (isAlnum(text.charCodeAt(at - 1)) || isAlnum(text.charCodeAt(at + 32)))
            continue;
        emitPublishedHash(m[0], at, catalogue.byHash.get(m[0]), boundHashes.get(at));
    }
    if (!input.kind.docs)
        for (const hash of POSITIONAL_PLACEHOLDERS)
            for (let at = text.indexOf(hash); at !== -1; at = text.indexOf(hash, at + 1))
                onPositionalHash(at, hash);
    for (const m of text.matchAll(SWITCH_TRIGGER)) {
        if (m[0] === 'TDESKTOP_API_TEST')
            onApiTest(m.index, m[0]);
        else
            onTestDc(m.index, m[0]);
    }
    return out;
    function onName(at, word) {
        if (!startsWord(text, at))
            return;
        const ident = identifierAround(text, at, at + word.length);
        const identifier = text.slice(ident.start, ident.end);
        const name = classifyName(identifier, word);
        if (!name || credentials_catalogue/* PLACEHOLDER_WORDS */.mM.has(identifier))
            return;
        const binding = readBinding(text, ident.end, SPECIAL_VALUES);
        if (!binding)
            return;
        const { value, valueStart } = binding;
        if (name.kind === 'hash') {
            const published = HEX32.test(value) ? catalogue.byHash.get(value.toLowerCase()) : undefined;
            if (published) {
                // Lower-case values are found by the literal pass, which then knows the name; other cases only here.
                if (value === value.toLowerCase())
                    boundHashes.set(valueStart, { name: identifier, binding });
                else
                    emitPublishedHash(value, valueStart, published, { name: identifier, binding });
                return;
            }
            const placeholder = credentials_catalogue/* PLACEHOLDER_HASHES */.VX.get(value.toLowerCase()) ?? credentials_catalogue/* PLACEHOLDER_WORDS */.mM.get(value) ?? (value === credentials_catalogue/* PLACEHOLDER_GET_ONE */.gm ? 'library docs' : undefined);
            if (placeholder)
                return emitPlaceholder(identifier, value, placeholder, valueStart);
            if (HEX32.test(value) && !input.kind.docs) {
                emit({
                    ruleId: 'hardcoded-api-credentials',
                    level: 'warning',
                    message: `${identifier} holds an api_hash written in the source (${value}): keep your own api_hash in a CI secret or a git-ignored file, not in the code.`,
                    key: `${identifier}=${value}`,
                    secrets: [value],
                }, valueStart);
            }
            else if (HEX32.test(value)) {
                emit({
                    ruleId: 'hardcoded-api-credentials',
                    level: 'warning',
                    message: `The documentation shows an api_hash (${value}) for ${identifier}: if it is a real one, revoke it and show a placeholder instead.`,
                    key: `${identifier}=${value}`,
                    secrets: [value],
                }, valueStart);
            }
            return;
        }
        const id = integerLiteral(value);
        if (id !== undefined) {
            const published = catalogue.byId.get(id);
            if (published) {
                // APP_ID = 5 in vendored code (a Chromium enum) is not Telegram's: a generic name with a small id needs a
                // Telegram file; an enum member is no assignment of a credential; a constant only compared against
                // (`if (apiId == DesktopApiId)`) names a known app, it is not the app's own id (telegram-ids.md §3).
                if (name.needsTelegramContext && id < SMALL_ID && !inTelegramContext())
                    return;
                if (isEnumMember(text, ident.start))
                    return;
                const shortName = identifier.replace(/^.*[.>]/, '');
                if (!comparedOnly.has(shortName))
                    comparedOnly.set(shortName, usedOnlyInComparisons(text, shortName, ident.end - shortName.length));
                if (comparedOnly.get(shortName))
                    return;
                return emitPublishedId(identifier, value, published, binding);
            }
            const placeholder = credentials_catalogue/* PLACEHOLDER_IDS */.h7.get(String(id));
            if (placeholder)
                return emitPlaceholder(identifier, value, placeholder, valueStart);
            if (id === 0 || input.kind.docs)
                return;
            if (name.needsTelegramContext && !inTelegramContext())
                return;
            if (!name.needsTelegramContext && !inTelegramContext() && !/api[_.\-]?id/i.test(identifier))
                return;
            emit({
                ruleId: 'hardcoded-api-credentials',
                level: 'warning',
                message: `${identifier} is set to ${value} in the source${binding.fallback ? ' as a fallback default' : ''}: pass your api_id from a CI secret or a git-ignored file instead.`,
                key: `${identifier}=${value}`,
            }, valueStart);
            return;
        }
        const source = credentials_catalogue/* PLACEHOLDER_WORDS */.mM.get(value) ?? (SPECIAL_VALUES.includes(value) ? 'library docs' : undefined);
        if (source)
            emitPlaceholder(identifier, value, source, valueStart);
    }
    function emitPublishedHash(hash, at, c, bound) {
        const pairedId = c.apiId !== undefined && lines.lineContainsNumber(at, c.apiId) ? ` with its api_id ${c.apiId}` : '';
        const use = usage(at, bound?.name, bound?.binding);
        emit({
            ruleId: 'published-api-credentials',
            level: use.level,
            guardSwitch: use.guardSwitch,
            message: `${describe(c, true)} api_hash ${hash}${pairedId} is in this file${use.text}. ${origin(c)}`,
            key: `hash:${hash.toLowerCase()}`,
            secrets: (0,credentials_catalogue/* isPublic */.Ul)(c) ? undefined : [hash],
            value: hash.toLowerCase(),
            team: c.kind === 'team',
        }, at);
    }
    function emitPublishedId(identifier, value, c, binding) {
        const use = usage(binding.valueStart, identifier, binding);
        emit({
            ruleId: 'published-api-credentials',
            level: use.level,
            guardSwitch: use.guardSwitch,
            message: `${identifier} is set to ${describe(c, false)} api_id ${c.apiId}${String(c.apiId) === value ? '' : ` (written ${value})`}${use.text}. ${origin(c)}`,
            key: `${identifier}=${value}`,
            team: c.kind === 'team',
        }, binding.valueStart);
    }
    function emitPlaceholder(identifier, value, source, start) {
        if (input.kind.docs)
            return;
        emit({
            ruleId: 'placeholder-api-credentials',
            level: 'warning',
            message: `${identifier} is set to ${JSON.stringify(value)}, a placeholder from ${source}: the app cannot log in with it (API_ID_INVALID). Pass your own value from a CI secret or a git-ignored file.`,
            key: `${identifier}=${value}`,
        }, start);
    }
    /** `TelegramClient("session", 12345, "0123…")`: a library's placeholder passed without names, as its docs show. */
    function onPositionalHash(at, hash) {
        if (isAlnum(text.charCodeAt(at - 1)) || isAlnum(text.charCodeAt(at + hash.length)))
            return;
        const call = CLIENT_CALL.exec(text.slice(Math.max(0, at - 160), at));
        if (!call)
            return;
        emitPlaceholder(`${call[1]}(…, api_hash)`, hash, credentials_catalogue/* PLACEHOLDER_HASHES */.VX.get(hash), at);
    }
    function onApiTest(at, word) {
        const after = text.slice(at + word.length, at + word.length + 16);
        const on = API_TEST_ON.exec(after);
        if (!on)
            return;
        const c = catalogue.byId.get(17349);
        const release = input.release;
        emit({
            ruleId: 'published-api-credentials',
            level: release ? 'error' : 'warning',
            message: `${word} is turned on${release ? ' in a release build' : ''}: Telegram Desktop then builds with its test credentials (api_id 17349, api_hash ${c?.apiHash ?? ''}), which are limited on the server. ${origin(c)}`,
            key: `${word}=ON`,
            switchOnInRelease: release ? word : undefined,
        }, at);
    }
    function onTestDc(at, word) {
        if (input.kind.test || input.kind.docs)
            return;
        // Every official client carries the test DC beside the production ones in its address table: that table is no
        // switch. A list that holds only the test address is.
        if (word === TEST_DC_ADDRESS && (hasProductionDc ??= PRODUCTION_DC.test(text)))
            return;
        let end = at + word.length;
        if (word !== TEST_DC_ADDRESS) {
            const ident = identifierAround(text, at, end);
            const name = text.slice(ident.start, ident.end).replace(/^.*[.>]/, '');
            if (!TEST_DC_NAMES.has(name.toLowerCase().replace(/_/g, '')))
                return;
            const on = TEST_DC_ON.exec(text.slice(ident.end, ident.end + 24));
            if (!on)
                return;
            at = ident.end - name.length;
            end = ident.end + on[0].length;
        }
        emit({
            ruleId: 'test-dc-in-release',
            level: 'warning',
            message: word === TEST_DC_ADDRESS
                ? `149.154.167.40 is Telegram's test data center: a release that connects to it cannot log users in.`
                : `${text.slice(at, end).trim()} switches to Telegram's test data centers outside test code: a release built with it cannot log users in.`,
            key: text.slice(at, end),
        }, at);
    }
    /**
     * How a published value is used, which sets its level: direct or a fallback default ships (error); guarded by
     * `#error` or a test switch, or replaced by a later assignment, it does not ship as it stands (warning). In
     * documentation it is a warning whatever the shape.
     */
    function usage(valueStart, identifier, binding) {
        const notes = [];
        if (binding?.fallback)
            notes.push(' as a fallback default (used whenever the variable or secret is missing)');
        // What guards a value depends only on the lines above its own: worked out once per line.
        const lineStart = lines.lineStartOf(valueStart);
        if (!guards.has(lineStart))
            guards.set(lineStart, (0,context/* findGuard */.h)(text, lineStart));
        const guard = guards.get(lineStart);
        if (guard)
            notes.push(`; guarded: ${guard.description}`);
        const override = identifier && binding ? overrides.after(valueStart + binding.value.length, identifier) : undefined;
        if (override)
            notes.push(`; overridden at line ${overrideLines.locate(override.offset).line} by \`${override.statement}\`, so it ships only when that value is missing`);
        const level = input.kind.docs || guard || override ? 'warning' : 'error';
        return { level, text: notes.join(''), guardSwitch: guard?.switchName };
    }
}
/** Whether a character code is an ASCII letter or digit. */
function isAlnum(c) {
    return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
function describe(c, capital) {
    const text = {
        sample: 'the sample',
        official: "an official Telegram app's",
        'official (reported)': "an official Telegram app's",
        'third-party': 'a published third-party',
        'third-party (reported)': 'a published third-party',
        team: 'your never-ship',
    }[c.kind];
    return capital ? text[0].toUpperCase() + text.slice(1) : text;
}
function origin(c) {
    if (!c)
        return '';
    return c.kind === 'team' ? `Listed in ${c.origin}.` : `Published by ${c.origin}.`;
}
const ENUM_LOOKBACK = 4096;
/** Whether the name at `nameStart` is a member of an enum: `enum X { A = 1, PAYMENT_APP_ID = 5, ... }`. */
function isEnumMember(text, nameStart) {
    const before = text.slice(Math.max(0, nameStart - ENUM_LOOKBACK), nameStart);
    const open = before.lastIndexOf('{');
    if (open === -1 || before.indexOf('}', open) !== -1 || before.indexOf(';', open) !== -1)
        return false;
    const head = before.slice(Math.max(0, open - 200), open);
    return /\benum\b/.test(head) && !/[;{}]/.test(head.slice(head.lastIndexOf('enum')));
}
function isWordChar(c) {
    return c !== undefined && /\w/.test(c);
}
/**
 * Whether every other use of `name` in the text compares against it (`==`, `!=`, `case`): a named constant of a
 * known app id, such as a session list's `DesktopApiId`. A name never used again is not "only compared".
 */
function usedOnlyInComparisons(text, name, definitionAt) {
    let uses = 0;
    for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + name.length)) {
        if (at === definitionAt || isWordChar(text[at - 1]) || isWordChar(text[at + name.length]))
            continue;
        const before = text.slice(Math.max(0, at - 8), at).trimEnd();
        const after = text.slice(at + name.length, at + name.length + 8).trimStart();
        if (!(before.endsWith('==') || before.endsWith('!=') || before.endsWith('case') || after.startsWith('==') || after.startsWith('!=')))
            return false;
        uses++;
    }
    return uses > 0;
}

;// CONCATENATED MODULE: ./src/checks/credentials/prefilter/prefilter.ts


// A marked block is checked with the scan's triggers (the hashes are checked on their own) on a window around it:
// a trigger marked in a block starts at most 13 bytes before it (TDESKTOP_API_TEST is marked at its TEST) and ends
// at most 30 bytes after the block's start (149.154.167.40, marked at the block's last byte).
const TRIGGER = new RegExp(`${NAME_TRIGGER.source}|${SWITCH_TRIGGER.source}`);
const BEFORE = 16;
const AFTER = 48;
const HASH_LENGTH = 32;
// Room before a chunk (a block-aligned start) and after it (the kernel reads up to 19 bytes past its last block).
const GUARD = 16;
const TAIL = 64;
let compiled;
/** A prefilter for chunks of up to `capacity` bytes, or undefined where WebAssembly is not available. */
function createPrefilter(capacity, hashes) {
    if (typeof WebAssembly !== 'object')
        return undefined;
    try {
        compiled ??= new WebAssembly.Module(Buffer.from(KERNEL_WASM_BASE64, 'base64'));
    }
    catch {
        return undefined; // a CPU without the SIMD instructions V8 needs: every chunk is scanned
    }
    const outOffset = align(GUARD + capacity + TAIL, 16);
    const bytes = outOffset + 4 * (Math.ceil(capacity / 16) + 1);
    const wasmMemory = new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) });
    const kernel = new WebAssembly.Instance(compiled, { env: { memory: wasmMemory } }).exports;
    const memory = Buffer.from(wasmMemory.buffer);
    const marks = new Uint32Array(wasmMemory.buffer, outOffset, Math.ceil(capacity / 16) + 1);
    return {
        memory,
        dataOffset: GUARD,
        capacity,
        newlines: (start, end) => kernel.newlines(start, end),
        mayMatch(start, end) {
            const n = kernel.candidates(start, end, outOffset);
            for (let k = 0; k < n; k++) {
                const block = marks[k] >>> 2;
                if (marks[k] & 1 && holdsHash(block, start, end))
                    return true;
                if (marks[k] & 2 && TRIGGER.test(memory.toString('latin1', Math.max(start, block - BEFORE), Math.min(end, block + AFTER))))
                    return true;
            }
            return false;
        },
    };
    /** Whether the run of lower-case hex digits through this block is a catalogued hash standing alone. */
    function holdsHash(block, start, end) {
        if (block + 16 > end)
            return false; // a hash inside the chunk covers a whole block inside it, marked too
        for (let i = block; i < block + 16; i++)
            if (!isLowerHex(memory[i]))
                return false;
        let from = block;
        while (from > start && block - from < HASH_LENGTH && isLowerHex(memory[from - 1]))
            from--;
        let to = block + 16;
        while (to < end && to - from <= HASH_LENGTH && isLowerHex(memory[to]))
            to++;
        if (to - from !== HASH_LENGTH)
            return false;
        if ((from > start && isAlnum(memory[from - 1])) || (to < end && isAlnum(memory[to])))
            return false;
        return hashes.has(memory.toString('latin1', from, to));
    }
}
function isLowerHex(c) {
    return (c >= 48 && c <= 57) || (c >= 97 && c <= 102);
}
function align(n, to) {
    return Math.ceil(n / to) * to;
}

// EXTERNAL MODULE: ./src/append.ts
var append = __webpack_require__(1871);
;// CONCATENATED MODULE: ./src/checks/credentials/scan-files.ts











// Every pattern of this check is ASCII: UTF-8 text is scanned as bytes (see ReadOptions.utf8AsBytes).
const CREDENTIALS_READ = { ...read_text/* DEFAULT_READ */.Pc, chunkBytes: 1024 * 1024, utf8AsBytes: true };
// Files that hold other services' ids under app_id-like names.
const OTHER_SERVICE_FILES = /(?:^|\/)(?:agconnect-services\.json|google-services\.json|GoogleService-Info\.plist)$/;
/**
 * Scans files one after another with one read buffer (and one prefilter): the work of one thread, batch after batch.
 * Plain data in, plain data out.
 */
class FileScanner {
    read;
    catalogue;
    prefilter;
    scratch;
    found = emptyResult();
    constructor(extra, options = {}) {
        this.read = options.read ?? CREDENTIALS_READ;
        this.catalogue = (0,credentials_catalogue/* buildCatalogue */.ic)(extra.map((e) => ({ ...e, kind: 'team' })));
        const prefiltered = new Map([...this.catalogue.byHash, ...POSITIONAL_PLACEHOLDERS.map((h) => [h, h])]);
        this.prefilter = options.prefilter === false ? undefined : createPrefilter(byteChunkCapacity(byteReadOf(this.read)), prefiltered);
        this.scratch = this.prefilter ? undefined : Buffer.allocUnsafe(this.read.chunkBytes);
    }
    scan(files) {
        const result = this.found;
        for (const file of files) {
            if (OTHER_SERVICE_FILES.test(file.path))
                continue;
            try {
                if (file.kind.reportLike && isOwnReportFile(file)) {
                    result.skipped.push({ path: file.path, reason: 'a telegram-compliance report: it quotes the values of the files it scanned (not scanned again)' });
                    continue;
                }
                const chunks = scanFile(file, this.read, this.catalogue, this.prefilter, this.scratch);
                if (chunks === 'binary') {
                    result.skipped.push({ path: file.path, reason: 'binary file' });
                    continue;
                }
                result.files++;
                result.bytes += file.size;
                // Chunk by chunk: a file that fails half-way keeps the findings of the chunks read before.
                for (const found of chunks)
                    (0,append/* append */.B)(result.findings, found);
            }
            catch (err) {
                result.skipped.push({ path: file.path, reason: `could not be read: ${(0,walk/* errorCode */.CA)(err)}` });
            }
        }
        return this;
    }
    result() {
        return this.found;
    }
    /** The result so far, handed over: the scanner starts a new one. */
    take() {
        const taken = this.found;
        this.found = emptyResult();
        return taken;
    }
}
// The reports of a large tree stay far below this; a larger file is scanned like any other.
const MAX_REPORT_BYTES = 64 * 1024 * 1024;
function isOwnReportFile(file) {
    if (file.size > MAX_REPORT_BYTES || !(0,read_head/* readHead */.z)(file.abs, 4096)?.includes(model/* TOOL_NAME */.l))
        return false;
    const whole = (0,read_text/* readWholeText */.bC)(file.abs, file.size);
    return !whole.binary && isOwnReport(whole.text);
}
function byteReadOf(read) {
    return { chunkBytes: read.chunkBytes, overlapBytes: read.overlapChars };
}
function emptyResult() {
    return { findings: [], files: 0, bytes: 0, skipped: [] };
}
/**
 * One file's findings, chunk by chunk: as its first bytes say it is encoded, and as raw bytes too where that would
 * leave text unscanned: a source file with a stray NUL byte (it would read as binary), or a file whose UTF-16 byte
 * order mark sits in front of UTF-8 text. The patterns are ASCII: UTF-16 text holds none of them as raw bytes, so
 * nothing is found twice.
 */
function scanFile(file, read, catalogue, prefilter, scratch) {
    const scan = (sniffing) => (prefilter ? scanBytes(file, prefilter, read, catalogue, sniffing) : scanText(file, read, catalogue, scratch, sniffing));
    const sniffed = scan(true);
    if (sniffed === 'binary')
        return file.kind.sourceText ? scan_files_chunksOf(scan(false)) : 'binary';
    if (sniffed.encoding === 'utf-8')
        return sniffed.chunks;
    return (function* () {
        yield* sniffed.chunks;
        yield* scan_files_chunksOf(scan(false));
    })();
}
function scan_files_chunksOf(scanned) {
    return scanned === 'binary' ? [] : scanned.chunks;
}
/** Whether a file builds a release: a release path, or a workflow whose triggers are release or tag events. */
function buildsRelease(kind, firstText) {
    return kind.releasePath || (kind.workflow && (0,file_kind/* releaseWorkflow */.V)(firstText()));
}
/** UTF-8 files as bytes in the prefilter's memory: only the chunks it lets through are decoded and scanned. */
function scanBytes(file, prefilter, read, catalogue, sniffing) {
    const { memory } = prefilter;
    const opened = openBytesSync(file.abs, memory, prefilter.dataOffset, byteReadOf(read), prefilter.newlines, sniffing);
    if (opened.kind === 'binary')
        return 'binary';
    if (opened.kind === 'utf-16')
        return scanText(file, read, catalogue, undefined, true);
    const { path, kind } = file;
    return {
        encoding: 'utf-8',
        chunks: (function* () {
            let release;
            for (const chunk of opened.chunks) {
                const text = () => memory.toString('latin1', chunk.start, chunk.end);
                release ??= buildsRelease(kind, text);
                if (!prefilter.mayMatch(chunk.start, chunk.end))
                    continue;
                yield scanCredentials({ text: text(), line: chunk.line, column: chunk.column, from: chunk.from, limit: chunk.limit, bytes: true, path, kind, release }, catalogue);
            }
        })(),
    };
}
/** Any file decoded to text, every chunk scanned. */
function scanText(file, read, catalogue, scratch, sniffing) {
    const opened = (0,read_text/* openTextSync */.PN)(file.abs, file.size, read, scratch, sniffing);
    if (opened.binary)
        return 'binary';
    const { path, kind } = file;
    return {
        encoding: opened.encoding,
        chunks: (function* () {
            let release;
            for (const chunk of opened.chunks) {
                release ??= buildsRelease(kind, () => chunk.text);
                yield scanCredentials({ ...chunk, path, kind, release }, catalogue);
            }
        })(),
    };
}


/***/ })

};
