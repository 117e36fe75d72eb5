export const id = 575;
export const ids = [575];
export const modules = {

/***/ 1575:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  artifactsCheck: () => (/* binding */ artifactsCheck),
  scanArtifacts: () => (/* binding */ scanArtifacts)
});

// EXTERNAL MODULE: ./src/checks/credentials/catalogue.ts
var credentials_catalogue = __webpack_require__(7817);
;// CONCATENATED MODULE: ./src/checks/artifacts/findings.ts

const WHO = {
    sample: 'The sample',
    official: "An official Telegram app's",
    'official (reported)': "An official Telegram app's",
    'third-party': 'A published third-party',
    'third-party (reported)': 'A published third-party',
    team: 'Your never-ship',
};
/** One finding per value per entry, at the artifact's path; the message names the entry inside it. */
function artifactFinding(artifactPath, hit, c) {
    const { hash, encoding, offset } = hit.match;
    const times = hit.count > 1 ? `; ${hit.count} times in all, as ${[...hit.encodings].join(' and ')}` : '';
    const origin = (0,credentials_catalogue/* isPublic */.Ul)(c) ? `Published by ${c.origin}.` : `Listed in ${c.origin}.`;
    return {
        ruleId: 'published-api-credentials',
        level: 'error',
        message: `${WHO[c.kind]} api_hash ${hash}${c.apiId !== undefined && (0,credentials_catalogue/* isPublic */.Ul)(c) ? ` (api_id ${c.apiId})` : ''} ships in ${hit.label} (${encoding} at byte ${offset}${times}). ${origin}`,
        path: artifactPath,
        line: 1,
        column: 1,
        key: `hash:${hash}@${hit.label}`,
        secrets: (0,credentials_catalogue/* isPublic */.Ul)(c) ? undefined : [hash],
        value: hash,
        shipsIn: hit.label,
    };
}

// EXTERNAL MODULE: ./node_modules/fast-glob/out/index.js
var out = __webpack_require__(5648);
var out_default = /*#__PURE__*/__webpack_require__.n(out);
// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/config/glob-check.ts
var glob_check = __webpack_require__(3455);
// EXTERNAL MODULE: ./src/config/schema.ts
var schema = __webpack_require__(131);
// EXTERNAL MODULE: ./src/files/inside.ts
var inside = __webpack_require__(2019);
;// CONCATENATED MODULE: ./src/checks/artifacts/globs.ts






// Build outputs are often dot-folders or git-ignored, so both are searched; a repository's .git never holds one.
const GLOB_OPTIONS = { dot: true, followSymbolicLinks: false, unique: true, ignore: ['**/.git/**'] };
/**
 * Expands artifact globs relative to the workspace root. A folder that matches stands for every file under it (a
 * web build). A glob that climbs out of the workspace (`..`, or an absolute path outside it) is a usage error.
 * Links are never followed: fast-glob itself would follow one in a glob's fixed leading part (`out/**` with `out`
 * linked to /etc), so that part, every folder matched and every file's folder must resolve inside the workspace;
 * what leads out is listed once, never listed file by file, never read.
 */
async function expandArtifacts(root, globs) {
    const found = new Map();
    const unmatched = [];
    const leadsOut = outsideCheck(root);
    const outside = (path, what) => `"${path}" leads outside the workspace through a symbolic link: ${what}`;
    for (const glob of globs) {
        const pattern = workspacePattern(root, glob);
        const fixed = fixedPart(pattern);
        if (fixed && (await leadsOut(fixed))) {
            unmatched.push({ path: glob, reason: outside(fixed, 'nothing was inspected for it') });
            continue;
        }
        const entries = await out_default()(pattern, { ...GLOB_OPTIONS, cwd: root, onlyFiles: false, markDirectories: true });
        let matched = 0;
        for (const entry of entries.sort()) {
            const isDir = entry.endsWith('/');
            if (isDir && (await leadsOut(entry.slice(0, -1)))) {
                unmatched.push({ path: entry.slice(0, -1), reason: outside(entry.slice(0, -1), 'nothing under it was inspected') });
                matched++;
                continue;
            }
            const paths = isDir ? await out_default()(`${out_default().escapePath(entry)}**`, { ...GLOB_OPTIONS, cwd: root, onlyFiles: true }) : [entry];
            for (const path of paths.sort()) {
                const file = found.get(path) ?? ((await leadsOut(external_node_path_.posix.dirname(path))) ? undefined : await fileEntry(root, path));
                if (file) {
                    found.set(path, file);
                    matched++;
                }
                else if (!isDir) {
                    unmatched.push({ path, reason: 'symbolic link or special file (not followed): not inspected' });
                    matched++;
                }
            }
        }
        if (matched === 0)
            unmatched.push({ path: glob, reason: 'no file matches this artifact glob: nothing was inspected for it', nothingMatched: true });
    }
    return { files: [...found.values()].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0)), unmatched };
}
/** The leading folders of a pattern that hold no glob syntax (`out/deep` of `out/deep/*.apk`); all of a plain path. */
function fixedPart(pattern) {
    const segments = pattern.split('/');
    const fixed = [];
    for (const segment of segments) {
        if (/[*?[\]{}()!+@\\]/.test(segment))
            break;
        fixed.push(segment);
    }
    return fixed.filter((s) => s !== '' && s !== '.').join('/');
}
/** Whether a workspace-relative folder resolves outside the workspace; one realpath per folder. */
function outsideCheck(root) {
    const realRoot = (0,promises_.realpath)(root);
    const seen = new Map();
    return (path) => {
        if (path === '.' || path === '')
            return Promise.resolve(false);
        let answer = seen.get(path);
        if (!answer) {
            answer = Promise.all([realRoot, (0,promises_.realpath)((0,external_node_path_.join)(root, path)).catch(() => undefined)]).then(([base, real]) => real !== undefined && !(0,inside/* isInside */.F)(base, real));
            seen.set(path, answer);
        }
        return answer;
    };
}
/** The glob as fast-glob wants it: relative to root, `/` separators; refuses anything that leaves the workspace. */
function workspacePattern(root, glob) {
    let pattern = glob.trim();
    if ((0,external_node_path_.isAbsolute)(pattern)) {
        const inside = (0,external_node_path_.relative)(root, pattern);
        if (inside === '' || inside.startsWith('..') || (0,external_node_path_.isAbsolute)(inside)) {
            throw new schema/* UsageError */.eb(`artifacts: "${glob}" is outside the workspace (${root}); give globs relative to the workspace root`);
        }
        pattern = inside.split(external_node_path_.sep).join('/');
    }
    pattern = pattern.replace(/^\.\//, '');
    if (pattern.split(/[/\\]/).includes('..')) {
        throw new schema/* UsageError */.eb(`artifacts: "${glob}" climbs out with "..": give globs relative to the workspace root, without ".."`);
    }
    if (pattern === '')
        throw new schema/* UsageError */.eb('artifacts: an empty glob');
    const problem = (0,glob_check/* artifactGlobProblem */.GA)(pattern);
    if (problem)
        throw new schema/* UsageError */.eb(`artifacts: "${glob}": ${problem}`);
    return pattern;
}
async function fileEntry(root, path) {
    const abs = `${root}${external_node_path_.sep}${path.split('/').join(external_node_path_.sep)}`;
    try {
        const st = await (0,promises_.lstat)(abs);
        return st.isFile() ? { path, abs, size: st.size } : undefined;
    }
    catch {
        return undefined;
    }
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
// EXTERNAL MODULE: external "node:stream"
var external_node_stream_ = __webpack_require__(7075);
// EXTERNAL MODULE: external "node:stream/promises"
var external_node_stream_promises_ = __webpack_require__(6466);
// EXTERNAL MODULE: external "node:zlib"
var external_node_zlib_ = __webpack_require__(8522);
;// CONCATENATED MODULE: ./src/checks/artifacts/entry-name.ts
/**
 * Why an archive entry's name is refused: an absolute path or a `..` segment would let an extractor write outside
 * its folder. Nothing is ever extracted here, but an artifact carrying such a name is not read either.
 */
function unsafeEntryName(name) {
    if (name.includes('\0'))
        return 'its name holds a NUL byte';
    if (/^(?:[/\\]|[A-Za-z]:)/.test(name))
        return 'absolute path in an entry name (path traversal)';
    if (name.split(/[/\\]/).includes('..'))
        return '".." in an entry name (path traversal)';
    return undefined;
}
/** Expanded-to-compressed ratio or declared size that marks a zip or gzip bomb. */
function bombReason(expanded, compressed, ratioFloorBytes, maxRatio, kind = 'zip') {
    if (expanded <= ratioFloorBytes)
        return undefined;
    const ratio = expanded / Math.max(compressed, 1);
    if (ratio <= maxRatio)
        return undefined;
    return `refused: expands ${Math.round(ratio)}:1 (${expanded} bytes from ${compressed}), above the ${maxRatio}:1 limit: a ${kind} bomb`;
}

;// CONCATENATED MODULE: ./src/checks/artifacts/limits.ts
const MiB = 1024 * 1024;
const GiB = 1024 * MiB;
const DEFAULT_LIMITS = {
    maxArtifactBytes: 8 * GiB,
    maxScannedBytes: 16 * GiB,
    maxEntries: 200_000,
    maxRatio: 200,
    ratioFloorBytes: 1 * MiB,
    maxNestedBytes: 64 * MiB,
    maxDepth: 4,
    chunkBytes: 64 * 1024,
    maxMilliseconds: 15 * 60 * 1000,
};
function formatBytes(n) {
    if (n >= GiB)
        return `${(n / GiB).toFixed(1).replace(/\.0$/, '')} GiB`;
    if (n >= MiB)
        return `${(n / MiB).toFixed(1).replace(/\.0$/, '')} MiB`;
    return `${n} bytes`;
}

;// CONCATENATED MODULE: ./src/checks/artifacts/session.ts

/** Why a part of an artifact was not read; `fatal` stops the whole artifact (its byte budget is spent). */
class Refusal extends Error {
    fatal;
    constructor(message, fatal = false) {
        super(message);
        this.fatal = fatal;
    }
}
/** One artifact's scan: the values sought, its limits, the bytes spent so far, what was found and what was not read. */
class ArtifactSession {
    hashes;
    limits;
    skip;
    scanned = 0;
    /** Entries whose bytes are an image, audio or video: not scanned, counted for one line of the skipped list. */
    media = 0;
    started = performance.now();
    hitsByKey = new Map();
    constructor(hashes, limits, skip) {
        this.hashes = hashes;
        this.limits = limits;
        this.skip = skip;
    }
    get bytes() {
        return this.scanned;
    }
    /** Counts `n` scanned bytes, and the time so far, against the artifact's budget. */
    spend(n) {
        this.scanned += n;
        if (this.scanned > this.limits.maxScannedBytes) {
            throw new Refusal(`scan stopped after ${formatBytes(this.limits.maxScannedBytes)} of content (limit): the rest of the artifact was not inspected`, true);
        }
        if (performance.now() - this.started > this.limits.maxMilliseconds) {
            throw new Refusal(`scan stopped after ${Math.round(this.limits.maxMilliseconds / 1000)} s (limit), at ${formatBytes(this.scanned)} of content: the rest of the artifact was not inspected`, true);
        }
    }
    found(label, match) {
        const key = `${label}\0${match.hash}`;
        const hit = this.hitsByKey.get(key);
        if (hit) {
            hit.count++;
            hit.encodings.add(match.encoding);
        }
        else
            this.hitsByKey.set(key, { label, match, count: 1, encodings: new Set([match.encoding]) });
    }
    get hits() {
        return [...this.hitsByKey.values()];
    }
}
function reasonOf(err) {
    if (err instanceof Refusal)
        return err.message;
    const message = messageOf(err);
    if (/too many bytes in the stream/.test(message)) {
        return `refused: the entry expands beyond the size its header declares (${message}): a zip bomb or a corrupt archive`;
    }
    if (/not enough bytes in the stream/.test(message))
        return `corrupt entry: shorter than its header declares (${message})`;
    return `could not be read: ${message}`;
}
/** An error's message; errors from Node's own modules may come from another realm, where `instanceof Error` fails. */
function messageOf(err) {
    const message = err?.message;
    return typeof message === 'string' ? message : String(err);
}

;// CONCATENATED MODULE: ./src/checks/artifacts/gzip.ts





/**
 * The decompressed bytes of a gzip stream, streamed through Node's zlib. Stops with a refusal when the output
 * outgrows the input past the ratio limit (a gzip bomb), before inflating further.
 */
async function* gunzipped(s, reader) {
    let compressed = 0;
    async function* counted() {
        for await (const piece of reader.take(Infinity)) {
            compressed += piece.length;
            yield piece;
        }
    }
    const gunzip = (0,external_node_zlib_.createGunzip)({ chunkSize: 64 * 1024 });
    const feeding = (0,external_node_stream_promises_.pipeline)(external_node_stream_.Readable.from(counted()), gunzip).then(() => undefined, (err) => err);
    let expanded = 0;
    try {
        for await (const chunk of gunzip) {
            expanded += chunk.length;
            const bomb = bombReason(expanded, compressed, s.limits.ratioFloorBytes, s.limits.maxRatio, 'gzip');
            if (bomb)
                throw new Refusal(bomb);
            yield chunk;
        }
    }
    finally {
        // Stopping early ends the feed with a premature-close error; a corrupt stream already failed the loop above.
        gunzip.destroy();
        await feeding;
    }
}

;// CONCATENATED MODULE: ./src/checks/artifacts/pull-reader.ts
/**
 * Reads an async stream of byte chunks on demand: a peek at the first bytes, exact reads (tar headers) and
 * bounded runs of chunks (entry data), without ever holding more than one chunk and the bytes asked for.
 */
class PullReader {
    source;
    pending = Buffer.alloc(0);
    done = false;
    /** Bytes handed out so far. */
    position = 0;
    constructor(chunks) {
        this.source = chunks[Symbol.asyncIterator]();
    }
    /** Up to `n` bytes from the current position, without consuming them (fewer only at the end of the stream). */
    async peek(n) {
        while (this.pending.length < n && (await this.fill())) {
            /* keep filling */
        }
        return this.pending.subarray(0, Math.min(n, this.pending.length));
    }
    /** Exactly `n` bytes, or fewer at the end of the stream. */
    async read(n) {
        const head = Buffer.from(await this.peek(n));
        this.pending = this.pending.subarray(head.length);
        this.position += head.length;
        return head;
    }
    /** The next `n` bytes (all that remain when `n` is Infinity), as the chunks arrive. */
    async *take(n) {
        let left = n;
        while (left > 0) {
            if (this.pending.length === 0 && !(await this.fill()))
                return;
            const piece = this.pending.subarray(0, Math.min(left, this.pending.length));
            this.pending = this.pending.subarray(piece.length);
            this.position += piece.length;
            left -= piece.length;
            yield piece;
        }
    }
    /** Consumes `n` bytes without looking at them; returns how many there were. */
    async skip(n) {
        let skipped = 0;
        for await (const piece of this.take(n))
            skipped += piece.length;
        return skipped;
    }
    /** Stops the source early (closes its file or stream). */
    async close() {
        this.done = true;
        this.pending = Buffer.alloc(0);
        await this.source.return?.();
    }
    async fill() {
        if (this.done)
            return false;
        const next = await this.source.next();
        if (next.done) {
            this.done = true;
            return false;
        }
        const chunk = Buffer.from(next.value.buffer, next.value.byteOffset, next.value.byteLength);
        this.pending = this.pending.length === 0 ? chunk : Buffer.concat([this.pending, chunk]);
        return true;
    }
}

;// CONCATENATED MODULE: ./src/checks/artifacts/byte-scanner.ts
const HASH_CHARS = 32;
/** Up to this many values, each is searched for in a run; past it, every window of the run is looked up. */
const SEARCHED_HASHES = 64;
/** A UTF-16LE hash spans 64 bytes: keeping the last 63 of a chunk lets a match cut at a chunk edge be found whole. */
const OVERLAP = HASH_CHARS * 2 - 1;
// Runs of at least 32 hex digits, as single bytes or as UTF-16LE code units (digit, NUL) at either byte parity.
const ASCII_RUN = /[0-9a-fA-F]{32,}/g;
const UTF16_RUN = /(?:[0-9a-fA-F]\0){32,}/g;
/**
 * Finds 32-hex values from a set (e.g. catalogued api_hashes) in a byte stream fed chunk by chunk, written as
 * ASCII/UTF-8 or UTF-16LE, any letter case. Each chunk is read as Latin-1 text, so that the regular expression
 * engine finds the runs of hex digits in native code; only the 32-digit windows of a run are looked up, so the
 * cost does not grow with the number of values. Memory: one chunk, its Latin-1 copy, and 63 carried bytes.
 */
class HashScanner {
    hashes;
    tail = Buffer.alloc(0);
    consumed = 0;
    constructor(hashes) {
        this.hashes = hashes;
    }
    /** Scans the next chunk; returns the matches that end in it. */
    push(chunk) {
        const bytes = Buffer.from(chunk.buffer, chunk.byteOffset, chunk.byteLength);
        const work = this.tail.length === 0 ? bytes : Buffer.concat([this.tail, bytes]);
        const text = work.toString('latin1');
        const base = this.consumed - this.tail.length;
        const fresh = this.tail.length;
        const out = [];
        for (const m of text.matchAll(ASCII_RUN)) {
            // A window ending before `fresh` was looked up with the previous chunk.
            const first = Math.max(0, fresh - HASH_CHARS + 1 - m.index);
            const run = m[0].toLowerCase();
            if (this.hashes.size <= SEARCHED_HASHES) {
                // Hex-heavy content is one long run: a native search per value beats a lookup per 32-digit window.
                for (const hash of this.hashes) {
                    for (let i = run.indexOf(hash, first); i !== -1; i = run.indexOf(hash, i + 1))
                        out.push({ hash, encoding: 'ASCII', offset: base + m.index + i });
                }
                continue;
            }
            for (let w = first; w + HASH_CHARS <= run.length; w++) {
                const candidate = run.slice(w, w + HASH_CHARS);
                if (this.hashes.has(candidate))
                    out.push({ hash: candidate, encoding: 'ASCII', offset: base + m.index + w });
            }
        }
        for (const m of text.matchAll(UTF16_RUN)) {
            for (let w = m.index; w + 2 * HASH_CHARS <= m.index + m[0].length; w += 2) {
                if (w + 2 * HASH_CHARS <= fresh)
                    continue;
                const candidate = text.slice(w, w + 2 * HASH_CHARS).replace(/\0/g, '').toLowerCase();
                if (this.hashes.has(candidate))
                    out.push({ hash: candidate, encoding: 'UTF-16LE', offset: base + w });
            }
        }
        out.sort((a, b) => a.offset - b.offset);
        this.consumed += bytes.length;
        this.tail = Buffer.from(work.subarray(Math.max(0, work.length - OVERLAP)));
        return out;
    }
}

;// CONCATENATED MODULE: ./src/checks/artifacts/raw.ts

/** Scans a stream of bytes for the session's values, chunk by chunk. */
async function scanRaw(s, label, chunks) {
    const scanner = new HashScanner(s.hashes);
    for await (const chunk of chunks) {
        s.spend(chunk.byteLength);
        for (const match of scanner.push(chunk))
            s.found(label, match);
    }
}

;// CONCATENATED MODULE: ./src/checks/artifacts/sniff.ts
/** Bytes needed to recognise every format below (the tar magic sits at offset 257). */
const SNIFF_BYTES = 512;
/** Images, audio and video hold no strings worth a scan; recognising them skips inflating most of an app's size. */
const MEDIA_MAGIC = [
    (at) => at(0, 0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a), // PNG
    (at) => at(0, 0xff, 0xd8, 0xff), // JPEG
    (_, ascii) => ascii(0, 'GIF87a') || ascii(0, 'GIF89a'),
    (_, ascii) => ascii(0, 'RIFF') && (ascii(8, 'WEBP') || ascii(8, 'WAVE') || ascii(8, 'AVI ')),
    (_, ascii) => ascii(4, 'ftyp'), // MP4, MOV, M4A, HEIC, AVIF
    (_, ascii) => ascii(0, 'OggS') || ascii(0, 'fLaC') || ascii(0, 'ID3'),
    (at) => at(0, 0x1a, 0x45, 0xdf, 0xa3), // WebM, Matroska
    (at) => at(0, 0x00, 0x00, 0x01, 0x00) || at(0, 0x00, 0x00, 0x02, 0x00), // ICO, CUR
];
function sniffFormat(head, name) {
    const at = (offset, ...bytes) => bytes.every((b, i) => head[offset + i] === b);
    const ascii = (offset, text) => at(offset, ...[...text].map((c) => c.charCodeAt(0)));
    const lower = name.toLowerCase();
    if (at(0, 0x50, 0x4b, 0x03, 0x04) || at(0, 0x50, 0x4b, 0x05, 0x06))
        return { kind: 'zip' };
    // Media by their bytes, never by name: a config renamed to .png is still scanned.
    if (MEDIA_MAGIC.some((magic) => magic(at, ascii)))
        return { kind: 'media' };
    if (at(0, 0x1f, 0x8b))
        return { kind: 'gzip' };
    if (ascii(257, 'ustar'))
        return { kind: 'tar' };
    if (at(0, 0x7f, 0x45, 0x4c, 0x46)) {
        // AppImage type 2: an ELF runtime followed by a compressed squashfs image.
        if (at(8, 0x41, 0x49, 0x02) || lower.endsWith('.appimage'))
            return unsupported('AppImage (its squashfs payload is compressed and cannot be opened)');
        return { kind: 'raw', what: 'ELF' };
    }
    if (ascii(0, 'hsqs'))
        return unsupported('squashfs image (compressed, cannot be opened)');
    if (at(0, 0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00))
        return unsupported('xz-compressed (cannot be opened)');
    if (ascii(0, 'BZh'))
        return unsupported('bzip2-compressed (cannot be opened)');
    if (at(0, 0x28, 0xb5, 0x2f, 0xfd))
        return unsupported('zstd-compressed (cannot be opened)');
    if (at(0, 0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c))
        return unsupported('7z archive (cannot be opened)');
    if (ascii(0, 'Rar!'))
        return unsupported('RAR archive (cannot be opened)');
    if (ascii(0, 'MSCF'))
        return unsupported('cabinet archive (compressed, cannot be opened)');
    if (ascii(0, '!<arch>\n'))
        return unsupported(lower.endsWith('.deb') ? 'Debian package (ar archive of compressed tarballs, cannot be opened)' : 'ar archive (cannot be opened)');
    if (lower.endsWith('.dmg'))
        return unsupported('disk image (.dmg, compressed, cannot be opened)');
    if (at(0, 0xd0, 0xcf, 0x11, 0xe0))
        return unsupported('compound file / MSI (its cabinets are compressed, cannot be opened)');
    if (ascii(0, 'MZ'))
        return { kind: 'raw', what: 'PE' };
    if (at(0, 0xfe, 0xed, 0xfa, 0xce) || at(0, 0xfe, 0xed, 0xfa, 0xcf) || at(0, 0xce, 0xfa, 0xed, 0xfe) || at(0, 0xcf, 0xfa, 0xed, 0xfe))
        return { kind: 'raw', what: 'Mach-O' };
    if (at(0, 0xca, 0xfe, 0xba, 0xbe))
        return { kind: 'raw', what: 'Mach-O universal or Java class' };
    if (ascii(0, 'dex\n'))
        return { kind: 'raw', what: 'dex' };
    return { kind: 'raw', what: 'bytes' };
}
function unsupported(reason) {
    return { kind: 'unsupported', reason };
}

;// CONCATENATED MODULE: ./src/checks/artifacts/tar.ts


const BLOCK = 512;
const MAX_HEADER_EXTENSION = 1024 * 1024;
/**
 * Reads a tar stream (ustar, GNU long names, pax paths) header by header and hands each regular file's bytes to
 * `inspect`, streamed: no entry is held in memory or written anywhere.
 */
async function scanTar(s, label, reader, depth, inspect) {
    let longName;
    let entries = 0;
    for (;;) {
        const headerAt = reader.position;
        const header = await reader.read(BLOCK);
        if (header.length === 0)
            return;
        if (header.length < BLOCK)
            return s.skip(label, `truncated tar header at byte ${headerAt}: the rest was not inspected`);
        if (header.every((b) => b === 0))
            return;
        if (!checksumOk(header))
            return s.skip(label, `malformed tar header at byte ${headerAt}: the rest was not inspected`);
        const size = entrySize(header);
        const padded = Math.ceil(size / BLOCK) * BLOCK;
        const type = header[156] === 0 ? '0' : String.fromCharCode(header[156]);
        if (type === 'L' || type === 'x') {
            if (size > MAX_HEADER_EXTENSION)
                return s.skip(label, `tar header extension of ${size} bytes at byte ${headerAt}: the rest was not inspected`);
            const body = (await reader.read(padded)).subarray(0, size);
            longName = type === 'L' ? cString(body, 0, body.length) : (paxPath(body) ?? longName);
            continue;
        }
        const name = longName ?? ustarName(header);
        longName = undefined;
        if (type !== '0' && type !== '7') {
            await reader.skip(padded);
            continue;
        }
        if (++entries > s.limits.maxEntries)
            return s.skip(label, `more than ${s.limits.maxEntries} entries (limit): the rest was not inspected`);
        const entryLabel = `${label}!/${name}`;
        const start = reader.position;
        const unsafe = unsafeEntryName(name);
        if (unsafe)
            s.skip(entryLabel, `refused: ${unsafe}; nothing was extracted or read`);
        else {
            try {
                await inspect(entryLabel, name, reader.take(size), depth + 1, size);
            }
            catch (err) {
                if (err instanceof Refusal && err.fatal)
                    throw err;
                s.skip(entryLabel, reasonOf(err));
            }
        }
        await reader.skip(start + padded - reader.position);
    }
}
function entrySize(header) {
    if (header[124] & 0x80) {
        // GNU base-256: big-endian, the first byte's top bit is the marker.
        let n = header[124] & 0x7f;
        for (let i = 125; i < 136; i++)
            n = n * 256 + header[i];
        return n;
    }
    const text = cString(header, 124, 136).trim();
    return text === '' ? 0 : parseInt(text, 8) || 0;
}
function ustarName(header) {
    const name = cString(header, 0, 100);
    const magic = header.toString('latin1', 257, 262);
    const prefix = magic === 'ustar' ? cString(header, 345, 500) : '';
    return prefix ? `${prefix}/${name}` : name;
}
function paxPath(body) {
    let at = 0;
    let path;
    while (at < body.length) {
        const space = body.indexOf(0x20, at);
        if (space < 0)
            break;
        const length = parseInt(body.toString('latin1', at, space), 10);
        if (!(length > 0))
            break;
        const record = body.toString('utf8', space + 1, at + length - 1);
        if (record.startsWith('path='))
            path = record.slice(5);
        at += length;
    }
    return path;
}
function checksumOk(header) {
    const stored = parseInt(cString(header, 148, 156).trim(), 8);
    let sum = 0;
    for (let i = 0; i < BLOCK; i++)
        sum += i >= 148 && i < 156 ? 0x20 : header[i];
    return stored === sum;
}
function cString(buf, from, to) {
    const end = buf.indexOf(0, from);
    return buf.toString('utf8', from, end >= 0 && end < to ? end : to);
}

// EXTERNAL MODULE: ./node_modules/yauzl/index.js
var yauzl = __webpack_require__(663);
;// CONCATENATED MODULE: ./src/checks/artifacts/zip.ts




// File names are decoded and checked here, entry by entry, so that one bad name refuses that entry, not the archive.
const OPTIONS = { lazyEntries: true, decodeStrings: false, validateEntrySizes: true, autoClose: false };
/** Opens a zip on disk: yauzl reads the central directory and each entry by random access, never the whole file. */
function openZipFile(abs) {
    return yauzl.openPromise(abs, OPTIONS);
}
/** Opens a nested zip already held in memory (bounded by `maxNestedBytes`). */
function openZipBuffer(bytes) {
    return yauzl.fromBufferPromise(bytes, OPTIONS);
}
/**
 * Hands every entry that can hold strings to `inspect`, streamed and inflated by yauzl. Refused without reading:
 * path-traversal names, encrypted entries, unknown compression, and entries whose declared sizes mark a zip bomb;
 * an entry that inflates past its declared size is cut off by yauzl's size check.
 */
async function scanZip(s, label, zip, depth, inspect) {
    try {
        if (zip.entryCount > s.limits.maxEntries) {
            return s.skip(label, `not inspected: ${zip.entryCount} entries, above the limit of ${s.limits.maxEntries}`);
        }
        let declared = 0;
        for await (const entry of zip.eachEntry()) {
            const name = yauzl.getFileNameLowLevel(entry.generalPurposeBitFlag, entry.fileNameRaw, entry.extraFields, false);
            // A folder entry holds nothing; one that declares data is read like any other entry.
            if (name.endsWith('/') && entry.uncompressedSize === 0 && entry.compressedSize === 0)
                continue;
            const entryLabel = `${label}!/${name}`;
            const refusal = withPrefix(unsafeEntryName(name)) ??
                (entry.isEncrypted() ? 'not inspected: encrypted entry' : undefined) ??
                (entry.canDecodeFileData() ? undefined : `not inspected: compression method ${entry.compressionMethod} is not supported`) ??
                bombReason(entry.uncompressedSize, entry.compressedSize, s.limits.ratioFloorBytes, s.limits.maxRatio);
            if (refusal) {
                s.skip(entryLabel, refusal);
                continue;
            }
            declared += entry.uncompressedSize;
            if (declared > s.limits.maxScannedBytes) {
                throw new Refusal(`refused: entries declare more than ${formatBytes(s.limits.maxScannedBytes)} in all (limit): the rest was not inspected`, true);
            }
            try {
                const stream = await zip.openReadStreamPromise(entry);
                await inspect(entryLabel, name, stream, depth + 1, entry.uncompressedSize);
            }
            catch (err) {
                if (err instanceof Refusal && err.fatal)
                    throw err;
                s.skip(entryLabel, reasonOf(err));
            }
        }
    }
    finally {
        zip.close();
    }
}
function withPrefix(reason) {
    return reason && `refused: ${reason}; nothing was extracted or read`;
}

;// CONCATENATED MODULE: ./src/checks/artifacts/inspect.ts










/** Scans one artifact on disk: a zip by random access, anything else as a stream of chunks. */
async function inspectFile(s, label, abs) {
    const format = sniffFormat(await head(abs), label);
    if (format.kind === 'zip') {
        const zip = await openZipFile(abs).catch((err) => {
            s.skip(label, `could not be read as a zip (${messageOf(err)}): scanned as raw bytes only`);
            return undefined;
        });
        if (zip)
            return scanZip(s, label, zip, 0, entryInspector(s));
    }
    if (format.kind === 'raw' && (await zipDirectoryAtEnd(abs))) {
        s.skip(label, 'a zip archive behind a prepended stub (a self-extracting or padded file): its compressed entries were not inspected, its raw bytes were');
    }
    const stream = (0,external_node_fs_.createReadStream)(abs, { highWaterMark: s.limits.chunkBytes });
    await inspectStream(s, label, label, stream, 0, undefined, format.kind === 'zip' ? { kind: 'raw', what: 'broken zip' } : format);
}
// A zip ends with its central directory's end record (PK 5 6) within the last 22 + 65,535 bytes (the comment).
const EOCD_WINDOW = 22 + 0xffff;
async function zipDirectoryAtEnd(abs) {
    const handle = await (0,promises_.open)(abs, 'r');
    try {
        const { size } = await handle.stat();
        const length = Math.min(size, EOCD_WINDOW);
        const tail = Buffer.alloc(length);
        await handle.read(tail, 0, length, size - length);
        return tail.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06])) !== -1;
    }
    finally {
        await handle.close();
    }
}
/**
 * Scans a stream whose format is sniffed from its first bytes: a zip is read from memory (up to the nested
 * cap), gzip is inflated and sniffed again (a tarball is read entry by entry), a format that cannot be opened is
 * listed as not inspected, and everything else is scanned as raw bytes.
 */
async function inspectStream(s, label, name, chunks, depth, declaredSize, known) {
    const reader = new PullReader(chunks);
    try {
        const format = known ?? sniffFormat(await reader.peek(SNIFF_BYTES), name);
        switch (format.kind) {
            case 'unsupported':
                return s.skip(label, `not inspected: ${format.reason}`);
            case 'media':
                s.media++;
                return;
            case 'raw':
                return await scanRaw(s, label, reader.take(Infinity));
            case 'tar':
                return await scanTar(s, label, reader, depth, entryInspector(s));
            case 'gzip': {
                if (depth >= s.limits.maxDepth)
                    return s.skip(label, `compressed layers nested deeper than ${s.limits.maxDepth} levels (limit): not inspected`);
                const inner = name.replace(/\.t?gz$/i, (ext) => (ext.toLowerCase() === '.tgz' ? '.tar' : ''));
                return await inspectStream(s, label, inner, gunzipped(s, reader), depth + 1);
            }
            case 'zip':
                return await inspectNestedZip(s, label, reader, depth, declaredSize);
        }
    }
    finally {
        await reader.close();
    }
}
async function inspectNestedZip(s, label, reader, depth, declaredSize) {
    const { maxDepth, maxNestedBytes } = s.limits;
    const tooDeep = depth >= maxDepth;
    if (tooDeep || (declaredSize ?? 0) > maxNestedBytes) {
        s.skip(label, tooDeep
            ? `nested archive deeper than ${maxDepth} levels (limit): its compressed entries were not inspected, its raw bytes were`
            : `nested archive of ${formatBytes(declaredSize ?? 0)}, above the ${formatBytes(maxNestedBytes)} held in memory (limit): its compressed entries were not inspected, its raw bytes were`);
        return scanRaw(s, label, reader.take(Infinity));
    }
    // One allocation of the declared size when it is known, so the archive is never held twice.
    let bytes = Buffer.allocUnsafe(declaredSize ?? s.limits.chunkBytes);
    let held = 0;
    for await (const piece of reader.take(Infinity)) {
        if (held + piece.length > maxNestedBytes)
            throw new Refusal(`refused: nested archive grows past ${formatBytes(maxNestedBytes)} (limit) while read`);
        if (held + piece.length > bytes.length)
            bytes = Buffer.concat([bytes.subarray(0, held)], Math.min(maxNestedBytes, 2 * (held + piece.length)));
        bytes.set(piece, held);
        held += piece.length;
    }
    s.spend(held);
    await scanZip(s, label, await openZipBuffer(bytes.subarray(0, held)), depth, entryInspector(s));
}
function entryInspector(s) {
    return (label, name, chunks, depth, size) => inspectStream(s, label, name, chunks, depth, size);
}
async function head(abs) {
    const handle = await (0,promises_.open)(abs, 'r');
    try {
        const buffer = Buffer.alloc(SNIFF_BYTES);
        const { bytesRead } = await handle.read(buffer, 0, SNIFF_BYTES, 0);
        return buffer.subarray(0, bytesRead);
    }
    finally {
        await handle.close();
    }
}

// EXTERNAL MODULE: ./src/append.ts
var append = __webpack_require__(1871);
;// CONCATENATED MODULE: ./src/checks/artifacts/index.ts







/** Release artifacts (settings.artifacts globs) scanned for the catalogued api_hashes and a team's never-ship ones. */
const artifactsCheck = {
    run: (ctx) => scanArtifacts(ctx, DEFAULT_LIMITS),
};
async function scanArtifacts(ctx, limits) {
    const outcome = { findings: [], files: 0, bytes: 0 };
    if (ctx.settings.artifacts.length === 0) {
        return { ...outcome, incomplete: ['no release artifact was named: give globs with --artifacts, the artifacts input or the artifacts config key'] };
    }
    const catalogue = (0,credentials_catalogue/* buildCatalogue */.ic)(ctx.config.credentials.extra.map((e) => ({ ...e, kind: 'team' })));
    const hashes = new Set(catalogue.byHash.keys());
    const { files, unmatched } = await expandArtifacts(ctx.root, ctx.settings.artifacts);
    for (const u of unmatched) {
        ctx.log.warning(`artifacts: ${u.path}: ${u.reason}`);
        ctx.skip(u.path, u.reason);
    }
    // A release gate that inspected nothing for a glob cannot say the release is clean.
    const nothingMatched = unmatched.filter((u) => u.nothingMatched).map((u) => `"${u.path}" matches no file`);
    if (nothingMatched.length > 0)
        outcome.incomplete = nothingMatched;
    for (const file of files) {
        if (file.size > limits.maxArtifactBytes) {
            ctx.skip(file.path, `artifact of ${formatBytes(file.size)}, above the ${formatBytes(limits.maxArtifactBytes)} limit: not inspected`);
            continue;
        }
        const session = new ArtifactSession(hashes, limits, ctx.skip);
        try {
            await inspectFile(session, file.path, file.abs);
        }
        catch (err) {
            ctx.skip(file.path, reasonOf(err));
        }
        if (session.media > 0)
            ctx.skip(file.path, `${session.media} image, audio or video entries (recognised by their bytes) not inspected`);
        outcome.files++;
        outcome.bytes += session.bytes;
        const found = session.hits.map((hit) => artifactFinding(file.path, hit, catalogue.byHash.get(hit.match.hash)));
        (0,append/* append */.B)(outcome.findings, found);
    }
    return outcome;
}


/***/ })

};
