export const id = 302;
export const ids = [302];
export const modules = {

/***/ 302:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  licenseCheck: () => (/* binding */ licenseCheck),
  licenseFileFindings: () => (/* binding */ licenseFileFindings)
});

// EXTERNAL MODULE: ./src/upstream/detect.ts + 1 modules
var detect = __webpack_require__(3364);
// EXTERNAL MODULE: ./src/upstream/duty.ts
var upstream_duty = __webpack_require__(8589);
;// CONCATENATED MODULE: ./src/checks/license/normalise.ts
// British spellings that occur in copies of license texts, and their US forms used by the references.
const SPELLINGS = {
    licence: 'license',
    licences: 'licenses',
    licenced: 'licensed',
    licencing: 'licensing',
    licensor: 'licensor',
    authorise: 'authorize',
    authorised: 'authorized',
    authorisation: 'authorization',
    organisation: 'organization',
    organisations: 'organizations',
    recognise: 'recognize',
    recognised: 'recognized',
    favour: 'favor',
    behaviour: 'behavior',
    honour: 'honor',
    centre: 'center',
    utilise: 'utilize',
    sublicence: 'sublicense',
    offence: 'offense',
    'per cent': 'percent',
    whilst: 'while',
    artefact: 'artifact',
    judgement: 'judgment',
    fulfil: 'fulfill',
    analogue: 'analog',
    catalogue: 'catalog',
    defence: 'defense',
    practise: 'practice',
    programme: 'program',
    programmes: 'programs',
};
const SPELLING_RE = new RegExp(`\\b(?:${Object.keys(SPELLINGS).join('|')})\\b`, 'g');
// The FSF's postal addresses changed over the years; copies carry any of them. Runs after whitespace.
const FSF_ADDRESS_RE = /\b(?:675 mass(?:achusetts)?\.? ave(?:nue)?\.?,? cambridge,? ma,? 02139|59 temple place,? (?:- ?)?suite 330,? boston,? ma,? 02111-1307|51 franklin st(?:reet)?\.?,? fifth floor,? boston,? ma,? 02110-1301)(?:,? usa)?/g;
const NORMALISATION_STEPS = [
    {
        name: 'line-endings',
        does: 'CRLF and CR line endings become LF; a byte-order mark and form feeds are dropped',
        apply: (t) => t.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\f/g, '\n'),
    },
    {
        name: 'markdown',
        does: 'heading marks, emphasis, inline code, code fences, block quotes, horizontal rules and link targets',
        apply: (t) => t
            .replace(/^\s{0,3}```.*$/gm, '')
            .replace(/^[ \t]*(?:>[ \t]?)+/gm, '')
            .replace(/^\s{0,3}#{1,6}\s+/gm, '')
            .replace(/^[ \t]*(?:[-=*_][ \t]*){3,}$/gm, '')
            .replace(/!?\[([^[\]\n]*)\]\([^()\n]*\)/g, '$1')
            .replace(/(\*\*|__)(?=\S)([^\n]*?\S)\1/g, '$2')
            .replace(/`([^`\n]+)`/g, '$1'),
    },
    {
        name: 'comment-prefixes',
        does: 'comment markers at line starts (//, /*, */, *, #, ;, --, REM) when the file is a commented copy',
        apply: (t) => {
            const lines = t.split('\n');
            const prefixed = lines.filter((l) => /^\s*(?:\/\/|\/\*|\*|#|;|--|REM\b)/.test(l)).length;
            const nonEmpty = lines.filter((l) => l.trim() !== '').length;
            if (nonEmpty === 0 || prefixed < nonEmpty * 0.6)
                return t;
            return lines.map((l) => l.replace(/^\s*(?:\/\/+|\/\*+|\*+\/|\*+|#+|;+|--|REM\b)\s?/, '').replace(/(?<![\s*])\s*\*+\/\s*$/, '')).join('\n');
        },
    },
    {
        name: 'bullets',
        does: 'list bullets (*, -, •, ·, ◦) at line starts',
        apply: (t) => t.replace(/^[ \t]*[*\-•·◦‣][ \t]+/gm, ''),
    },
    {
        name: 'copyright-lines',
        does: 'copyright notice lines ("Copyright (c) 2024 Jane", "© 2024", "(C) 2024") and "All rights reserved"',
        apply: (t) => t
            .replace(/^[ \t]*(?:copyright\s*(?:\(c\)|©|\d|<|\[|\{)|\(c\)\s*\d|©\s*\d).*$/gim, '')
            .replace(/\ball rights reserved\.?/gi, ''),
    },
    {
        name: 'case',
        does: 'upper case becomes lower case',
        apply: (t) => t.toLowerCase(),
    },
    {
        name: 'quotes',
        does: 'curly, angled and doubled quotes and backticks become a straight apostrophe or quote',
        apply: (t) => t.replace(/[“”„‟«»″]|''|``/g, '"').replace(/[‘’‚‛′`´]/g, "'"),
    },
    {
        name: 'dashes',
        does: 'en and em dashes, minus signs, non-breaking hyphens and double hyphens become one hyphen',
        apply: (t) => t.replace(/[‐‑‒–—―−]/g, '-').replace(/-{2,}/g, '-'),
    },
    {
        name: 'urls',
        does: 'URLs (with or without a scheme, in angle brackets or not) become the word "url"; e-mail addresses "email"',
        apply: (t) => {
            const urls = t.replace(/<?\b(?:https?:\/\/|www\.)[^\s<>)"]*[^\s<>)".,;:]>?/g, ' url ');
            // The e-mail pattern backtracks on every word: run it only where an @ exists.
            return urls.includes('@') ? urls.replace(/(?<![\w.+<-])<?[\w.+-]+@[\w-]+(?:\.[\w-]+)+>?/g, ' email ') : urls;
        },
    },
    {
        name: 'spelling',
        does: 'British spellings (licence, organisation, favour, ...) become US spellings',
        apply: (t) => t.replace(SPELLING_RE, (w) => SPELLINGS[w] ?? w),
    },
    {
        name: 'whitespace',
        does: 'runs of whitespace (including non-breaking spaces) become one space; ends are trimmed',
        apply: (t) => t.replace(/[\s\u00a0\u2000-\u200b\u3000]+/g, ' ').trim(),
    },
    {
        name: 'fsf-address',
        does: "the FSF's postal addresses (675 Mass Ave, 59 Temple Place, 51 Franklin Street) become one token",
        apply: (t) => t.replace(FSF_ADDRESS_RE, ' fsfaddress '),
    },
];
function normalise(text, steps = NORMALISATION_STEPS) {
    let out = text;
    for (const step of steps)
        out = step.apply(out);
    return out;
}
function step(name) {
    const found = NORMALISATION_STEPS.find((s) => s.name === name);
    if (!found)
        throw new Error(`no normalisation step ${name}`);
    return found;
}
/** Words of a normalised text: runs of letters and digits; punctuation only separates. */
function words(normalised) {
    return wordsAt(normalised).words;
}
const NON_ASCII_WORD_CHAR = /[\p{L}\p{N}]/u;
function isWordChar(text, i) {
    const c = text.charCodeAt(i);
    if (c < 128)
        return (c >= 97 && c <= 122) || (c >= 48 && c <= 57) || (c >= 65 && c <= 90);
    return NON_ASCII_WORD_CHAR.test(text[i]);
}
/** Words (as `words` splits them) with the offset where each starts in the normalised text; a plain scan, no match objects. */
function wordsAt(normalised) {
    const out = { words: [], offsets: [] };
    const n = normalised.length;
    for (let i = 0; i < n;) {
        if (!isWordChar(normalised, i)) {
            i++;
            continue;
        }
        let j = i + 1;
        while (j < n && isWordChar(normalised, j))
            j++;
        out.words.push(normalised.slice(i, j));
        out.offsets.push(i);
        i = j;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/license/similarity.ts

const HEAD_WORDS = 150;
// Word ids shared by all reference texts. A word no reference has can never complete a reference bigram, so all
// such words share one id: keys stay small integers (a*2^15+b fits V8's small-integer range, fast in a Set).
const vocabulary = new Map();
const UNKNOWN = 0;
const ID_SPACE = 2 ** 15;
function ids(w, intern) {
    const keys = new Int32Array(Math.max(0, w.length - 1));
    let prev = UNKNOWN;
    for (let i = 0; i < w.length; i++) {
        let id = vocabulary.get(w[i]);
        if (id === undefined) {
            if (intern && vocabulary.size + 1 < ID_SPACE) {
                id = vocabulary.size + 1;
                vocabulary.set(w[i], id);
            }
            else
                id = UNKNOWN;
        }
        if (i > 0)
            keys[i - 1] = prev * ID_SPACE + id;
        prev = id;
    }
    return keys;
}
function prepareWords(w, intern) {
    const keys = ids(w, intern);
    return { words: w, keys, bigrams: new Set(keys) };
}
function prepare(text) {
    const normalised = normalise(text);
    const { words: w, offsets } = wordsAt(normalised);
    return { ...prepareWords(w, false), normalised, offsets };
}
function prepareReference(license) {
    const w = words(normalise(license.text));
    const all = prepareWords(w, true);
    for (const extra of license.appendix ?? [])
        for (const k of prepareWords(words(normalise(extra)), true).keys)
            all.bigrams.add(k);
    const end = endOfTerms(w);
    const coreLength = end === -1 ? w.length : end;
    return { ...all, license, core: new Set(all.keys.subarray(0, Math.max(0, coreLength - 1))), coreLength, head: new Set(all.keys.subarray(0, HEAD_WORDS)), joined: ` ${w.join(' ')} ` };
}
const END_OF_TERMS = ['end', 'of', 'terms', 'and', 'conditions'];
/** Index of the first word after "end of terms and conditions", or -1. */
function endOfTerms(w) {
    outer: for (let i = 0; i + END_OF_TERMS.length <= w.length; i++) {
        for (let j = 0; j < END_OF_TERMS.length; j++)
            if (w[i + j] !== END_OF_TERMS[j])
                continue outer;
        return i + END_OF_TERMS.length;
    }
    return -1;
}
function recall(file, ref) {
    let inCore = 0;
    for (const b of ref.core)
        if (file.bigrams.has(b))
            inCore++;
    return ref.core.size === 0 ? 0 : inCore / ref.core.size;
}
function similarity(file, ref) {
    let shared = 0;
    const [small, large] = file.bigrams.size < ref.bigrams.size ? [file.bigrams, ref.bigrams] : [ref.bigrams, file.bigrams];
    for (const b of small)
        if (large.has(b))
            shared++;
    let explained = 0;
    for (const k of file.keys)
        if (ref.bigrams.has(k))
            explained++;
    return {
        recall: recall(file, ref),
        precision: file.keys.length === 0 ? 0 : explained / file.keys.length,
        dice: file.bigrams.size + ref.bigrams.size === 0 ? 0 : (2 * shared) / (file.bigrams.size + ref.bigrams.size),
    };
}
/**
 * Cheap prefilter before any set work: a file with fewer words than a fifth of the terms cannot hold them. (No
 * upper bound: a file may hold several licenses, and recall costs the reference's size, not the file's.)
 */
function plausibleLength(fileWords, ref) {
    return fileWords >= ref.coreLength * 0.2;
}

;// CONCATENATED MODULE: ./src/checks/license/differences.ts

/** Covered bigrams in a row that mark where the license text really starts and ends. */
const SOLID_RUN = 12;
/** Shortest added run inside the terms, and after them, that counts as a change (shorter: a name or a date). */
const MIN_INSIDE = 8;
const MIN_AFTER = 8;
const MIN_MISSING = 8;
// Wording that restricts use or distribution; reported only where the reference text does not have it.
const RESTRICTIVE_SOURCE = String.raw `\b(?:non-?commercial|commercial(?:ly)? (?:use|uses|purposes?|distribution|products?)|(?:sell|sold|resell|resale)\b|for profit|(?:may|must|shall|can) not|cannot|not (?:be )?(?:used|permitted|allowed|sold|redistributed|distributed|modified)|prohibit\w*|forbid\w*|without (?:the )?(?:prior |express )?(?:written )?(?:permission|consent|approval)|written (?:permission|consent)|restrict\w*|except (?:for|that|by|when|in)|only (?:for|by|if|with)|solely|exclusively|military|government\w*|personal use|educational use|evaluation)\b`;
const RESTRICTIVE = new RegExp(RESTRICTIVE_SOURCE);
/** Matches shorter than this inside a changed stretch are chance ("of the", "this license"), not resynchronisation. */
const SYNC = 3;
/**
 * Marks positions that belong to a run of at least `min` consecutive matches: isolated matching bigrams inside
 * an added paragraph do not split it into small pieces.
 */
function runs(matched, min) {
    const out = new Uint8Array(matched.length);
    for (let i = 0; i < matched.length;) {
        if (!matched[i]) {
            i++;
            continue;
        }
        let j = i;
        while (j < matched.length && matched[j])
            j++;
        if (j - i >= min)
            out.fill(1, i, j);
        i = j;
    }
    return out;
}
/** Runs of unmatched positions in [from, to), as [start, end) pairs. */
function gaps(inSync, from, to) {
    const out = [];
    for (let i = from; i < to;) {
        if (inSync[i]) {
            i++;
            continue;
        }
        let j = i;
        while (j < to && !inSync[j])
            j++;
        out.push([i, j]);
        i = j;
    }
    return out;
}
/**
 * Where the file's text and the references part ways: added runs (before, inside, after the terms) and missing
 * runs. `refs` are the best match and any other license held whole in the same file (LGPL-3.0 with GPL-3.0).
 */
function compare(file, refs) {
    const n = file.keys.length;
    const covered = new Uint8Array(n);
    for (let i = 0; i < n; i++)
        covered[i] = refs.some((r) => r.bigrams.has(file.keys[i])) ? 1 : 0;
    const start = licenseStart(file, refs);
    const lastSolid = runs(covered, SOLID_RUN).lastIndexOf(1);
    if (start === -1)
        return { start: 0, end: file.words.length, differences: [] };
    const end = Math.min(file.words.length, lastSolid + 2);
    const inSync = runs(covered, SYNC);
    const termsEnd = endOfTerms(file.words);
    const differences = [];
    for (const [i, j] of gaps(inSync, start, lastSolid + 1)) {
        const afterTerms = termsEnd !== -1 && i >= termsEnd;
        differences.push({ ...added(file.words, i + 1, j, afterTerms ? 'after-terms' : 'inside'), titleEnd: start + TITLE_BLOCK });
    }
    if (end < file.words.length)
        differences.push(added(file.words, end, file.words.length, 'after-terms'));
    const kept = differences.filter(significant).map(({ titleEnd: _titleEnd, ...d }) => d);
    const found = merge(file.words, [...kept, ...restrictions(file, refs, { start, end, termsEnd })]);
    for (const ref of refs)
        found.push(...missing(file, ref).filter(significant));
    return { start, end, differences: found };
}
const HEAD_RUN = 10;
/** Words after the start that hold the title, version, copyright and address: copies vary there without changing the terms. */
const TITLE_BLOCK = 40;
/**
 * Where the license text starts: where the file follows the opening words of a reference (its title and
 * preamble), so that a notice copied from the how-to-apply appendix stays before it; else, for a copy missing
 * its opening, the first stretch of the terms.
 */
function licenseStart(file, refs) {
    const n = file.keys.length;
    const head = new Uint8Array(n);
    const inTerms = new Uint8Array(n);
    for (let i = 0; i < n; i++) {
        head[i] = refs.some((r) => r.head.has(file.keys[i])) ? 1 : 0;
        inTerms[i] = refs.some((r) => r.core.has(file.keys[i])) ? 1 : 0;
    }
    const opening = runs(head, HEAD_RUN).indexOf(1);
    return opening !== -1 ? opening : runs(inTerms, SOLID_RUN).indexOf(1);
}
/** Overlapping or touching additions become one, so a message shows a whole added clause once. */
function merge(w, added) {
    const sorted = [...added].sort((a, b) => a.at - b.at);
    const out = [];
    for (const d of sorted) {
        const last = out[out.length - 1];
        if (last && d.at <= last.at + last.words + 2) {
            const to = Math.max(last.at + last.words, d.at + d.words);
            out[out.length - 1] = { ...last, words: to - last.at, excerpt: excerpt(w, last.at, to), restrictive: last.restrictive || d.restrictive };
        }
        else
            out.push(d);
    }
    return out;
}
/**
 * Restrictive wording ("commercial use", "may not", "without written permission") whose surrounding words are
 * not in any reference text: catches a short added clause that common bigrams would otherwise hide.
 */
function restrictions(file, refs, at) {
    const text = file.words.join(' ');
    const wordAt = wordIndexer(text);
    const out = [];
    const re = new RegExp(RESTRICTIVE_SOURCE, 'g');
    let lastWord = -1;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        const first = wordAt(m.index);
        const last = wordAt(m.index + m[0].length - 1);
        if (first <= lastWord)
            continue;
        const window = file.words.slice(Math.max(0, first - 2), last + 3).join(' ');
        if (refs.some((r) => r.joined.includes(` ${window} `)))
            continue;
        const where = first < at.start ? 'before' : at.termsEnd !== -1 && first >= at.termsEnd ? 'after-terms' : first >= at.end ? 'after-terms' : 'inside';
        const from = Math.max(0, first - 4);
        const to = Math.min(file.words.length, last + 6);
        out.push({ where, at: from, words: to - from, excerpt: excerpt(file.words, from, to), restrictive: true });
        lastWord = to;
    }
    return out;
}
/** Maps a character offset in words joined by single spaces to the word's index. */
function wordIndexer(text) {
    const starts = [0];
    for (let i = text.indexOf(' '); i !== -1; i = text.indexOf(' ', i + 1))
        starts.push(i + 1);
    return (offset) => {
        let lo = 0;
        let hi = starts.length - 1;
        while (lo < hi) {
            const mid = (lo + hi + 1) >> 1;
            if (starts[mid] <= offset)
                lo = mid;
            else
                hi = mid - 1;
        }
        return lo;
    };
}
function added(w, from, to, where) {
    return { where, at: from, words: Math.max(0, to - from), excerpt: excerpt(w, from, to), restrictive: RESTRICTIVE.test(w.slice(from, to).join(' ')) };
}
/** A name, a date or a placeholder is not a change; a restriction is, however short. */
function significant(d) {
    if (d.restrictive && d.words >= 2)
        return true;
    if (d.where === 'inside' && d.titleEnd !== undefined && d.at < d.titleEnd)
        return false;
    const min = d.where === 'missing' ? MIN_MISSING : d.where === 'inside' ? MIN_INSIDE : MIN_AFTER;
    return d.words >= min;
}
function missing(file, ref) {
    const positions = Math.max(0, ref.coreLength - 1);
    const present = new Uint8Array(positions);
    for (let i = 0; i < positions; i++)
        present[i] = file.bigrams.has(ref.keys[i]) ? 1 : 0;
    return gaps(runs(present, SOLID_RUN), 0, positions).map(([i, j]) => ({ where: 'missing', at: i + 1, words: j - i, excerpt: excerpt(ref.words, i + 1, j), restrictive: false }));
}
const EXCERPT_WORDS = 20;
function excerpt(w, from, to) {
    const slice = w.slice(from, Math.min(to, from + EXCERPT_WORDS));
    return slice.join(' ') + (to - from > EXCERPT_WORDS ? ' …' : '');
}

;// CONCATENATED MODULE: ./src/checks/license/spdx-names.ts
const VERSION = String.raw `(?:v(?:ersion)?\.?\s*)?(\d(?:\.\d)?)`;
/**
 * Recognises the usual ways of naming the licenses the matcher knows: "GNU GPL v3", "GPLv2+", "GNU Lesser
 * General Public License v2.1 or later", "Apache License, Version 2.0", gnu.org and opensource.org URLs.
 * Case-insensitive; the first license named wins.
 */
function licenseFromName(text) {
    const t = text.toLowerCase().replace(/[_\s]+/g, ' ');
    const gnu = new RegExp(String.raw `\b(affero general public license|agpl|lesser general public license|library general public license|lgpl|general public license|gpl)(?=v?\d|\b)[\s,-]*(?:\(?(?:a|l)?gpl\)?[\s,-]*)?${VERSION}?(\s*\+|[^.;\n]{0,40}?\b(?:or|and)\s*(?:\(at your option\)\s*)?(?:any\s*)?(?:later|newer)\b|[-\s]only\b)?`);
    const m = gnu.exec(t);
    if (m) {
        const kind = m[1];
        const family = /affero|agpl/.test(kind) ? 'AGPL' : /lesser|library|lgpl/.test(kind) ? 'LGPL' : 'GPL';
        let version = m[2];
        if (!version) {
            const url = /(a|l)?gpl-?(\d(?:\.\d)?)/.exec(t);
            version = url?.[2];
        }
        if (!version)
            return undefined;
        const v = version.includes('.') ? version : `${version}.0`;
        const suffix = m[3];
        return { id: `${family}-${v}`, orLater: suffix ? !/only/.test(suffix) : undefined };
    }
    const url = /gnu\.org\/licenses\/(a|l)?gpl-?(\d(?:\.\d)?)/.exec(t);
    if (url)
        return { id: `${url[1] === 'a' ? 'AGPL' : url[1] === 'l' ? 'LGPL' : 'GPL'}-${url[2].includes('.') ? url[2] : `${url[2]}.0`}` };
    if (/\bapache\b/.test(t) && /\b2(?:\.0)?\b/.test(t))
        return { id: 'Apache-2.0' };
    if (/\bmozilla\b|\bmpl\b/.test(t) && /\b2(?:\.0)?\b/.test(t))
        return { id: 'MPL-2.0' };
    if (/\bboost\b|\bbsl-1\.0\b/.test(t))
        return { id: 'BSL-1.0' };
    if (/\bbsd\b/.test(t))
        return { id: /\b3\b|new|revised|three/.test(t) ? 'BSD-3-Clause' : /\b2\b|simplified|two|freebsd/.test(t) ? 'BSD-2-Clause' : 'BSD-3-Clause' };
    if (/\bunlicense\b/.test(t))
        return { id: 'Unlicense' };
    if (/\bisc\b/.test(t))
        return { id: 'ISC' };
    if (/\bmit\b/.test(t))
        return { id: 'MIT' };
    return undefined;
}

// EXTERNAL MODULE: ./node_modules/spdx-license-list/licenses/AGPL-1.0-only.json
var AGPL_1_0_only = __webpack_require__(3746);
// EXTERNAL MODULE: ./node_modules/spdx-license-list/licenses/AGPL-3.0-only.json
var AGPL_3_0_only = __webpack_require__(4132);
// EXTERNAL MODULE: ./node_modules/spdx-license-list/licenses/Apache-2.0.json
var Apache_2_0 = __webpack_require__(5174);
// EXTERNAL MODULE: ./node_modules/spdx-license-list/licenses/BSD-2-Clause.json
var BSD_2_Clause = __webpack_require__(8157);
// EXTERNAL MODULE: ./node_modules/spdx-license-list/licenses/BSD-3-Clause.json
var BSD_3_Clause = __webpack_require__(3868);
// EXTERNAL MODULE: ./node_modules/spdx-license-list/licenses/BSL-1.0.json
var BSL_1_0 = __webpack_require__(7066);
// EXTERNAL MODULE: ./node_modules/spdx-license-list/licenses/GPL-1.0-only.json
var GPL_1_0_only = __webpack_require__(4667);
// EXTERNAL MODULE: ./node_modules/spdx-license-list/licenses/GPL-2.0-only.json
var GPL_2_0_only = __webpack_require__(5464);
// EXTERNAL MODULE: ./node_modules/spdx-license-list/licenses/GPL-3.0-only.json
var GPL_3_0_only = __webpack_require__(2285);
// EXTERNAL MODULE: ./node_modules/spdx-license-list/licenses/ISC.json
var ISC = __webpack_require__(4138);
// EXTERNAL MODULE: ./node_modules/spdx-license-list/licenses/LGPL-2.0-only.json
var LGPL_2_0_only = __webpack_require__(5158);
// EXTERNAL MODULE: ./node_modules/spdx-license-list/licenses/LGPL-2.1-only.json
var LGPL_2_1_only = __webpack_require__(4207);
// EXTERNAL MODULE: ./node_modules/spdx-license-list/licenses/LGPL-3.0-only.json
var LGPL_3_0_only = __webpack_require__(7131);
// EXTERNAL MODULE: ./node_modules/spdx-license-list/licenses/MIT.json
var MIT = __webpack_require__(5973);
// EXTERNAL MODULE: ./node_modules/spdx-license-list/licenses/MPL-2.0.json
var MPL_2_0 = __webpack_require__(6549);
// EXTERNAL MODULE: ./node_modules/spdx-license-list/licenses/Unlicense.json
var Unlicense = __webpack_require__(8197);
;// CONCATENATED MODULE: ./src/checks/license/references.ts
















function ref(id, family, version, json, options = {}) {
    const cut = options.cutAt ? json.licenseText.slice(1).search(options.cutAt) + 1 : 0;
    const text = cut > 0 ? json.licenseText.slice(0, cut) : json.licenseText;
    return { id, family, version, name: json.name.replace(/ only$/, ''), text, appendix: options.appendix };
}
// The FSF's GPL-2.0 copies end with this paragraph; the SPDX text does not.
const GPL2_LAST_PARAGRAPH = 'This General Public License does not permit incorporating your program into proprietary programs. If your program is a subroutine library, you may consider it more useful to permit linking proprietary applications with the library. If this is what you want to do, use the GNU Lesser General Public License instead of this License.';
/**
 * The texts the matcher knows, from spdx-license-list (imported one by one so the bundle holds only these).
 * The GNU licenses and their near neighbours are all here so that a GPL-3.0 file is never mistaken for
 * AGPL-3.0, nor LGPL-2.1 for LGPL-2.0; the common permissive ones let a finding name what it found.
 */
const REFERENCES = [
    ref('GPL-1.0', 'GPL', '1.0', GPL_1_0_only),
    ref('GPL-2.0', 'GPL', '2.0', GPL_2_0_only, { appendix: [GPL2_LAST_PARAGRAPH] }),
    ref('GPL-3.0', 'GPL', '3.0', GPL_3_0_only),
    ref('AGPL-1.0', 'AGPL', '1.0', AGPL_1_0_only),
    ref('AGPL-3.0', 'AGPL', '3.0', AGPL_3_0_only),
    ref('LGPL-2.0', 'LGPL', '2.0', LGPL_2_0_only),
    ref('LGPL-2.1', 'LGPL', '2.1', LGPL_2_1_only),
    // The SPDX LGPL-3.0 text carries the whole GPL-3.0 after it; COPYING.LESSER files hold the LGPL part only.
    ref('LGPL-3.0', 'LGPL', '3.0', LGPL_3_0_only, { cutAt: /^GNU GENERAL PUBLIC LICENSE$/m }),
    ref('MIT', 'other', undefined, MIT),
    ref('Apache-2.0', 'other', undefined, Apache_2_0),
    ref('BSD-2-Clause', 'other', undefined, BSD_2_Clause),
    ref('BSD-3-Clause', 'other', undefined, BSD_3_Clause),
    ref('MPL-2.0', 'other', undefined, MPL_2_0),
    ref('BSL-1.0', 'other', undefined, BSL_1_0),
    ref('ISC', 'other', undefined, ISC),
    ref('Unlicense', 'other', undefined, Unlicense),
];
/** Family and version of an SPDX id without suffix, e.g. "LGPL-2.1" → LGPL 2.1; other ids are family "other". */
function familyOf(id) {
    const m = /^(A|L)?GPL-(\d\.\d)$/.exec(id);
    if (!m)
        return { family: 'other' };
    return { family: m[1] === 'A' ? 'AGPL' : m[1] === 'L' ? 'LGPL' : 'GPL', version: m[2] };
}

;// CONCATENATED MODULE: ./src/checks/license/matcher.ts




/** Share of the terms that must be present to recognise a license. */
const MIN_RECALL = 0.97;
/** Below this the file is not even a damaged copy of the closest text. */
const MIN_PARTIAL_RECALL = 0.4;
const STUB_WORDS = 300;
const EXCEPTION = /\b(?:exception|additional permission|special permission|linking permission)\b/;
let prepared;
/** Reference texts are prepared once, on first use. */
function preparedReferences() {
    prepared ??= REFERENCES.map(prepareReference);
    return prepared;
}
/** A file's text prepared for comparison; the references go first, as they define the vocabulary. */
function prepareFile(text) {
    preparedReferences();
    return prepare(text);
}
function matchLicense(text) {
    const file = prepareFile(text);
    const ranked = rank(file);
    const best = ranked[0];
    // A damaged copy: enough of the terms, or a shorter piece that is nearly all license text (a cut-off copy).
    const damaged = best && (best.sim.recall >= MIN_PARTIAL_RECALL || (best.sim.precision >= 0.9 && file.words.length >= 100));
    if (!best || !damaged) {
        const named = file.words.length <= STUB_WORDS ? licenseFromName(text) : undefined;
        const license = named ? REFERENCES.find((r) => r.id === named.id) : undefined;
        if (license)
            return { status: 'stub', license, differences: [], preamble: file.normalised, exception: false, words: file.words.length };
        return { status: 'unknown', license: best?.ref.license, similarity: best?.sim, differences: [], preamble: '', exception: false, words: file.words.length };
    }
    // Another license held whole in the same file: its text is not an addition (COPYING.LESSER with the GPL after it).
    // The file must be long enough for both: BSD-3-Clause holds all of BSD-2-Clause's terms, AGPL-1.0 nearly all of
    // GPL-2.0's, yet each is one license.
    const also = ranked.slice(1).filter((r) => r.sim.recall >= MIN_RECALL && file.words.length >= best.ref.coreLength + 0.8 * r.ref.coreLength);
    const shape = compare(file, [best.ref, ...also.map((r) => r.ref)]);
    // LGPL-3.0 is a set of additional permissions on top of GPL-3.0: a file holding both is LGPL-3.0.
    const lgpl = also.find((r) => r.ref.license.id === 'LGPL-3.0' && best.ref.license.id === 'GPL-3.0');
    const license = lgpl ? lgpl.ref.license : best.ref.license;
    const preambleText = file.normalised.slice(0, shape.start < file.offsets.length ? file.offsets[shape.start] : file.normalised.length).trim();
    const differences = shape.differences;
    let status = 'exact';
    if (best.sim.recall < MIN_RECALL)
        status = 'partial';
    else if (differences.some((d) => d.where !== 'missing'))
        status = 'modified';
    return {
        status,
        license,
        also: also.map((r) => r.ref.license).filter((l) => l !== license).concat(lgpl ? [best.ref.license] : []),
        similarity: lgpl ? lgpl.sim : best.sim,
        differences,
        preamble: preambleText,
        exception: EXCEPTION.test(preambleText),
        words: file.words.length,
    };
}
/**
 * References by how much of their terms the file holds; among those within 3 points of the best, the one that
 * explains more of the file wins (BSD-3-Clause holds all of BSD-2-Clause's terms, GPL-3.0 most of AGPL-3.0's).
 */
function rank(file) {
    const byRecall = preparedReferences()
        .filter((ref) => plausibleLength(file.words.length, ref))
        .map((ref) => ({ ref, recall: recall(file, ref) }))
        .sort((a, b) => b.recall - a.recall);
    if (byRecall.length === 0)
        return [];
    const top = byRecall[0].recall;
    // Only the close ones need the costlier measures.
    const near = byRecall
        .filter((s) => s.recall >= top - 0.03)
        .map((s) => ({ ref: s.ref, sim: similarity(file, s.ref) }))
        .sort((a, b) => b.sim.recall + b.sim.precision - (a.sim.recall + a.sim.precision));
    const rest = byRecall.filter((s) => s.recall < top - 0.03).map((s) => ({ ref: s.ref, sim: { recall: s.recall, precision: Number.NaN, dice: Number.NaN } }));
    return [...near, ...rest];
}

;// CONCATENATED MODULE: ./src/checks/license/or-later.ts

const V = String.raw `(\d(?:\.\d)?)`;
// Each pattern runs on normalised text (lower case, one space, straight quotes) and captures the version.
const OR_LATER = [
    new RegExp(String.raw `either version ${V} of the license,? or \(?at your option\)? any later version`, 'g'),
    new RegExp(String.raw `version ${V} of the license,? or \(?at your option\)? any later version`, 'g'),
    new RegExp(String.raw `\b(?:gnu )?(?:a|l)?gpl(?: license)?,? v(?:ersion)?\.? ?${V} or (?:any )?later\b`, 'g'),
    new RegExp(String.raw `\bgeneral public license,? (?:as published by the free software foundation,? )?v(?:ersion)?\.? ?${V},? or (?:\(at your option\) )?(?:any )?later\b`, 'g'),
    new RegExp(String.raw `\b(?:a|l)?gplv?${V} ?\+`, 'g'),
    new RegExp(String.raw `\b(?:a|l)?gpl-${V}-or-later\b`, 'g'),
    new RegExp(String.raw `\b(?:a|l)?gpl-${V}\+`, 'g'),
];
const ONLY = [
    new RegExp(String.raw `\b(?:a|l)?gpl-${V}-only\b`, 'g'),
    new RegExp(String.raw `\bversion ${V} only\b`, 'g'),
    new RegExp(String.raw `\b(?:a|l)?gpl ?v?${V} only\b`, 'g'),
];
/**
 * Finds the "or later" (and explicit "only") statements in a notice, README, LEGAL file or file header.
 * The how-to-apply appendix of a GPL text contains a sample "or later" notice: callers pass only the text
 * outside the license's own terms (e.g. the preamble before them).
 */
function versionStatements(text, path, line) {
    const t = normalise(text);
    const out = [];
    const seen = new Set();
    for (const [patterns, orLater] of [
        [OR_LATER, true],
        [ONLY, false],
    ]) {
        for (const re of patterns) {
            re.lastIndex = 0;
            for (let m = re.exec(t); m; m = re.exec(t)) {
                if (seen.has(m.index))
                    continue;
                seen.add(m.index);
                const version = m[1].includes('.') ? m[1] : `${m[1]}.0`;
                out.push({ version, orLater, path, line, quote: m[0] });
            }
        }
    }
    return out;
}
/** The first statement for a version decides; a later conflicting one is reported by the caller if it wants. */
function orLaterFor(version, statements) {
    return statements.find((s) => s.version === version);
}

// EXTERNAL MODULE: ./node_modules/spdx-expression-parse/index.js
var spdx_expression_parse = __webpack_require__(3326);
var spdx_expression_parse_default = /*#__PURE__*/__webpack_require__.n(spdx_expression_parse);
;// CONCATENATED MODULE: ./src/checks/license/spdx.ts


/**
 * Reads a license declaration: an SPDX expression (spdx-expression-parse), else a license name ("GPLv3",
 * "Apache License, Version 2.0"). An exception unknown to the parser's list (OpenSSL-exception in older lists)
 * is dropped and the rest parsed. undefined when nothing can be read.
 */
function readDeclaration(text) {
    const trimmed = text.trim();
    if (!trimmed)
        return undefined;
    const tried = tryParse(trimmed) ?? tryParse(trimmed.replace(/(?<!\s)\s+WITH\s+[\w.+-]+/g, ''));
    if (tried) {
        const leaves = leavesOf(tried);
        const withException = /\bWITH\s+([\w.+-]+)/.exec(text);
        if (withException && !leaves.some((l) => l.exception))
            leaves.forEach((l) => (l.exception = withException[1]));
        return { text: trimmed, conjunction: conjunctionOf(tried), leaves };
    }
    // Legacy Cargo "MIT/Apache-2.0" means OR.
    if (/^[\w.+-]+(?:\s*\/\s*[\w.+-]+)+$/.test(trimmed)) {
        const parts = trimmed.split('/').map((p) => tryParse(p.trim()));
        if (parts.every(Boolean))
            return { text: trimmed, conjunction: 'or', leaves: parts.flatMap((p) => leavesOf(p)), note: 'read "/" as OR' };
    }
    const named = licenseFromName(trimmed);
    if (named) {
        const raw = named.orLater === undefined ? named.id : `${named.id}-${named.orLater ? 'or-later' : 'only'}`;
        return { text: trimmed, conjunction: 'or', leaves: [{ raw, base: named.id, orLater: named.orLater }], note: `read the name as ${raw}` };
    }
    return undefined;
}
function tryParse(s) {
    try {
        return spdx_expression_parse_default()(s);
    }
    catch {
        return undefined;
    }
}
function conjunctionOf(node) {
    return 'conjunction' in node ? node.conjunction : 'or';
}
function leavesOf(node) {
    if ('conjunction' in node)
        return [...leavesOf(node.left), ...leavesOf(node.right)];
    return [leaf(node.license, node.plus, node.exception)];
}
function leaf(id, plus, exception) {
    const m = /^(.*?)(-only|-or-later|\+)?$/.exec(id);
    const base = m[1];
    const orLater = plus || m[2] === '-or-later' || m[2] === '+' ? true : m[2] === '-only' ? false : undefined;
    return { raw: `${id}${plus ? '+' : ''}${exception ? ` WITH ${exception}` : ''}`, base, orLater, exception };
}

;// CONCATENATED MODULE: ./src/checks/license/classify.ts




function held(id) {
    return { id, ...familyOf(id) };
}
function classify(candidate, text) {
    const match = matchLicense(text);
    const path = candidate.file.path;
    const statements = match.status === 'unknown' ? [] : versionStatements(match.preamble, path, 1);
    let id = match.status === 'unknown' ? undefined : match.license?.id;
    if (candidate.reuseId) {
        const named = leaf(candidate.reuseId);
        id ??= named.base;
        const { version } = familyOf(named.base);
        if (named.orLater !== undefined && version)
            statements.unshift({ version, orLater: named.orLater, path, line: 1, quote: `REUSE file name ${candidate.reuseId}` });
    }
    return { path, score: candidate.score, match, license: id ? held(id) : undefined, others: (match.also ?? []).map((l) => held(l.id)), statements, reuseId: candidate.reuseId };
}
function isGnuCopyleft(l) {
    return l?.family === 'GPL' || l?.family === 'AGPL';
}
/** The GPL or AGPL licenses a set of files offers (a damaged GPL text is still meant as GPL). */
function gplLicenses(files) {
    return files.filter((f) => isGnuCopyleft(f.license)).flatMap((f) => [f.license, ...f.others.filter(isGnuCopyleft)].map((license) => ({ file: f, license })));
}
/** Every license id a file holds, primary first. */
function heldIds(f) {
    return f.license ? [f.license.id, ...f.others.map((o) => o.id)] : [];
}

;// CONCATENATED MODULE: ./src/checks/license/compatibility.ts
/** "GPL-3.0-or-later WITH OpenSSL-exception" → GPL 3.0 or later. */
function parseUpstreamLicense(spdx) {
    const m = /^(A|L)?GPL-(\d\.\d)(-only|-or-later|\+)?/.exec(spdx);
    if (!m)
        return undefined;
    return { family: m[1] === 'A' ? 'AGPL' : m[1] === 'L' ? 'LGPL' : 'GPL', version: m[2], orLater: m[3] === '-or-later' || m[3] === '+' };
}
const GPL_VERSIONS = ['1.0', '2.0', '3.0'];
/**
 * Whether a fork's license can carry an upstream's code (telegram-ids.md §4): GPL-v-or-later code can go out
 * under GPL v or any later version (and AGPL-3.0 wherever GPL-3.0 is allowed, through GPLv3 §13); GPL-v-only
 * code only under GPL v. The fork's own "or later" does not widen what the upstream allows. An upstream that
 * states no "or later" is catalogued as -only, and the reading says so.
 */
function compatible(upstream, fork) {
    const up = parseUpstreamLicense(upstream.license);
    if (!up)
        return { ok: true, allowed: upstream.license, upstreamReading: upstream.license };
    const versions = up.orLater ? GPL_VERSIONS.filter((v) => v >= up.version) : [up.version];
    const allowed = versions.map((v) => `GPL-${v}`);
    if (versions.includes('3.0'))
        allowed.push('AGPL-3.0');
    const forkId = `${fork.family}-${fork.version}`;
    const upstreamReading = up.orLater
        ? `${upstream.license} (${upstream.stated})`
        : `${upstream.license}: ${upstream.stated}, so it is read as "-only"`;
    return { ok: (fork.family === 'GPL' || fork.family === 'AGPL') && allowed.includes(forkId), allowed: allowed.join(' or '), upstreamReading };
}

;// CONCATENATED MODULE: ./src/checks/license/describe.ts
function percent(x) {
    return `${(Math.floor(x * 1000) / 10).toFixed(1)}%`;
}
/** "GPL-3.0 (99.8% of its terms; 97.2% of the file is its text)". */
function closeness(match) {
    if (!match.license || !match.similarity)
        return 'no known license text';
    return `${match.license.id} (${percent(match.similarity.recall)} of its terms present; ${percent(match.similarity.precision)} of the file is its text)`;
}
/** What one file holds, in a few words: "GPL-3.0 with an exception before it", "MIT", "a stub naming GPL-3.0". */
function holds(file) {
    const m = file.match;
    const lic = m.license?.id ?? 'unknown';
    const also = file.others.length ? ` together with ${file.others.map((o) => o.id).join(' and ')}` : '';
    switch (m.status) {
        case 'exact':
            return `${lic}${also}${m.exception ? ', with an exception before the text' : ''}`;
        case 'modified':
            return `${lic}, modified`;
        case 'partial':
            return `part of ${lic} (${percent(m.similarity?.recall ?? 0)} of its terms)`;
        case 'stub':
            return `a short notice naming ${lic}, not its text`;
        default:
            return m.similarity && m.license ? `no known license (closest ${m.license.id}, ${percent(m.similarity.recall)})` : 'no known license';
    }
}
const WHERE = {
    before: 'before the license text',
    inside: 'inside the terms',
    'after-terms': 'after the terms',
    missing: 'missing',
};
function differenceText(d) {
    if (d.where === 'missing')
        return `${d.words} words missing from "${d.excerpt}"`;
    return `${d.words} words added ${WHERE[d.where]} ("${d.excerpt}")${d.restrictive ? ', which read as a further restriction' : ''}`;
}
/** The message of a license-unrecognized finding: how close the text was and what differs. */
function unrecognizedMessage(file) {
    const m = file.match;
    const shown = m.differences.slice(0, 3).map(differenceText);
    const more = m.differences.length > 3 ? `; and ${m.differences.length - 3} more differences` : '';
    switch (m.status) {
        case 'modified':
            return `${file.path} holds ${closeness(m)} with changes: ${shown.join('; ')}${more}. A GPL text must stay unmodified and GPL forbids further restrictions.`;
        case 'partial': {
            const end = m.differences.find((d) => d.where === 'missing');
            return `${file.path} holds only part of ${closeness(m)}: truncated or rewritten${end ? `; ${shown.filter((s) => s.includes('missing')).slice(0, 2).join('; ')}` : ''}.`;
        }
        case 'stub':
            return `${file.path} only names ${m.license?.id} (${m.words} words) instead of holding the license text: "${m.preamble.slice(0, 120)}".`;
        default:
            return m.words === 0
                ? `${file.path} holds no license text (empty after removing copyright lines).`
                : `${file.path} matches no known license text closely enough (closest: ${closeness(m)}).`;
    }
}

;// CONCATENATED MODULE: ./src/checks/license/declarations.ts



/**
 * license-mismatch where a declaration names a license none of the license files holds, or states "-only"
 * where the license file's notice says "or later" (or the reverse). Headers are grouped by expression: one
 * finding per distinct disagreeing expression, at its first file, with the count.
 */
function declarationFindings(sources, files, statements) {
    const known = files.filter((f) => f.license);
    if (known.length === 0)
        return [];
    const fileText = known.map((f) => `${f.path} holds ${heldIds(f).join(' and ')}`).join(', ');
    const groups = new Map();
    for (const s of sources) {
        const key = s.header ? `header\0${s.value}` : `${s.path}\0${s.field}\0${s.value}`;
        const g = groups.get(key);
        if (g)
            g.count++;
        else
            groups.set(key, { first: s, count: 1 });
    }
    const out = [];
    for (const { first: s, count } of groups.values()) {
        const problem = disagreement(s, known, statements);
        if (!problem)
            continue;
        const where = s.header ? `SPDX-License-Identifier "${s.value}" in ${count === 1 ? s.path : `${count} sampled files (first: ${s.path})`}` : `${s.field} "${s.value}" in ${s.path}`;
        out.push({ ruleId: 'license-mismatch', level: 'warning', path: s.path, line: s.line, column: 1, message: `${where} ${problem}; ${fileText}.`, key: `${s.field}\0${s.value}` });
    }
    return out;
}
function disagreement(s, known, statements) {
    const value = s.value.trim();
    if (/^SEE LICEN[SC]E IN\b/i.test(value))
        return undefined;
    if (/^UNLICENSED$/i.test(value))
        return 'says the package is proprietary (UNLICENSED)';
    const decl = readDeclaration(value);
    if (!decl)
        return undefined;
    const agreeing = decl.leaves.filter((l) => known.some((f) => heldIds(f).includes(l.base)));
    if (agreeing.length === 0)
        return `names ${decl.leaves.map((l) => l.raw).join(decl.conjunction === 'and' ? ' AND ' : ' OR ')}${decl.note ? ` (${decl.note})` : ''}, which no license file holds`;
    for (const l of agreeing) {
        if (l.orLater === undefined)
            continue;
        const { version } = familyOf(l.base);
        const stated = statements.find((st) => st.version === version && st.path !== s.path && st.orLater !== l.orLater);
        const agrees = statements.some((st) => st.version === version && st.orLater === l.orLater);
        if (stated && !agrees) {
            return `says ${l.raw}, but ${stated.path} says ${stated.orLater ? '"or later"' : '"only"'} ("${stated.quote}")`;
        }
    }
    return undefined;
}

// EXTERNAL MODULE: ./src/files/read-head.ts
var read_head = __webpack_require__(6470);
;// CONCATENATED MODULE: ./src/checks/license/headers.ts


/** Source files read for headers: a bounded sample, so a huge tree costs the same as a small one. */
const MAX_HEADER_FILES = 300;
const HEAD_BYTES = 3072;
const SOURCE = /\.(?:c|cc|cpp|cxx|h|hh|hpp|m|mm|swift|java|kt|kts|js|mjs|cjs|ts|tsx|jsx|go|rs|py|rb|php|cs|dart|scala|lua|sh|cmake|vue|svelte)$/i;
/** Picks source files across the tree (every n-th, in path order) rather than the first few folders. */
function sampleSources(tree, root, max = MAX_HEADER_FILES) {
    const sources = tree.filter((f) => f.path.startsWith(root) && SOURCE.test(f.path) && !f.kind.vendored);
    if (sources.length <= max)
        return sources;
    const step = sources.length / max;
    return Array.from({ length: max }, (_, i) => sources[Math.floor(i * step)]);
}
/** Reads the first bytes of each sampled file for SPDX-License-Identifier lines and "or later" notices. */
async function readHeaders(files) {
    const sample = { headers: [], statements: [], files: 0, bytes: 0 };
    for (const file of files) {
        const head = (0,read_head/* readHead */.z)(file.abs, HEAD_BYTES, { textOnly: true });
        if (head === undefined)
            continue;
        sample.files++;
        sample.bytes += head.length;
        sample.headers.push(...spdxHeaders(head, file.path));
        const header = commentHeader(head);
        if (header)
            sample.statements.push(...versionStatements(header, file.path, 1));
    }
    return sample;
}
/** A header is at the top of a file: an identifier further down is code or documentation talking about one. */
const HEADER_LINES = 30;
function spdxHeaders(text, path) {
    const out = [];
    const lines = text.split('\n').slice(0, HEADER_LINES);
    lines.forEach((line, i) => {
        // Only the characters an SPDX expression has: a comment closer or a quote ends it.
        const m = /SPDX-License-Identifier:\s*([A-Za-z0-9.+:() -]+)/.exec(line);
        if (!m)
            return;
        const expression = m[1].replace(/(?<!\s)\s*(?:-->|--\s*$).*$/, '').trim();
        if (expression)
            out.push({ path, line: i + 1, expression });
    });
    return out;
}
/** The leading comment block of a file (the first 60 lines at most), where license notices sit. */
function commentHeader(head) {
    return head.split('\n').slice(0, 60).join('\n');
}

;// CONCATENATED MODULE: ./src/checks/license/license-files.ts
const LICENSE = String.raw `(?:un)?licen[sc]e`;
const COPYING = String.raw `copy(?:ing|right)`;
const PREFERRED_EXT = String.raw `\.(?:md|markdown|txt)`;
const ANY_EXT = String.raw `\.[^./]+`;
// Source files named like a license (license.js, LicenseDialog.java) are code, not license texts.
const CODE_EXT = /\.(?:js|mjs|cjs|ts|tsx|jsx|java|kt|kts|swift|m|mm|h|hpp|c|cc|cpp|cs|go|rs|py|rb|php|json|ya?ml|xml|toml|gradle|sh|html?|css|svg|png|jpe?g)$/i;
// licensee's FILENAME_REGEXES (lib/licensee/project_files/license_file.rb), OFL left out.
const SCORES = [
    [new RegExp(`^${LICENSE}$`, 'i'), 1.0],
    [new RegExp(`^${LICENSE}${PREFERRED_EXT}$`, 'i'), 0.9],
    [new RegExp(`^${COPYING}$`, 'i'), 0.8],
    [new RegExp(`^${COPYING}${PREFERRED_EXT}$`, 'i'), 0.7],
    [new RegExp(`^${LICENSE}${ANY_EXT}$`, 'i'), 0.6],
    [new RegExp(`^${COPYING}${ANY_EXT}$`, 'i'), 0.5],
    [new RegExp(`${LICENSE}[-_]`, 'i'), 0.4],
    [new RegExp(`${COPYING}[-_]`, 'i'), 0.35],
    [new RegExp(`[-_]${LICENSE}`, 'i'), 0.3],
    [new RegExp(`[-_]${COPYING}`, 'i'), 0.25],
];
const REUSE_SCORE = 0.45;
function nameScore(name) {
    if (CODE_EXT.test(name))
        return 0;
    return SCORES.find(([re]) => re.test(name))?.[1] ?? 0;
}
/**
 * The scanned root: the workspace root when the tree has files there, else the deepest folder holding every file
 * (a scan of a sub-folder). License files are looked for there only: a vendored library's LICENSE is not the
 * project's.
 */
function scannedRoot(tree) {
    if (tree.length === 0 || tree.some((f) => !f.path.includes('/')))
        return '';
    let prefix = tree[0].path.slice(0, tree[0].path.lastIndexOf('/') + 1);
    for (const f of tree) {
        while (prefix && !f.path.startsWith(prefix))
            prefix = prefix.slice(0, prefix.slice(0, -1).lastIndexOf('/') + 1);
        if (!prefix)
            return '';
    }
    return prefix;
}
/** License files at the scanned root (and a REUSE LICENSES/ folder there), best first, as GitHub's detector ranks them. */
function findLicenseFiles(tree) {
    const root = scannedRoot(tree);
    const out = [];
    for (const file of tree) {
        if (!file.path.startsWith(root))
            continue;
        const rel = file.path.slice(root.length);
        const reuse = /^LICENSES\/([^/]+)\.(?:txt|md)$/.exec(rel);
        if (reuse) {
            out.push({ file, score: REUSE_SCORE, reuseId: reuse[1] });
            continue;
        }
        if (rel.includes('/'))
            continue;
        const score = nameScore(rel);
        if (score > 0)
            out.push({ file, score });
    }
    return out.sort((a, b) => b.score - a.score || (a.file.path < b.file.path ? -1 : 1));
}

;// CONCATENATED MODULE: ./src/checks/license/manifests.ts
// Folders that hold other projects' code: their manifests declare their own licenses.
const MAX_DEPTH = 3;
const READERS = [
    [/(?:^|\/)package\.json$/, (t, p) => readJsonLicense(t, p, 'package.json')],
    [/(?:^|\/)composer\.json$/, (t, p) => readJsonLicense(t, p, 'composer.json')],
    [/(?:^|\/)Cargo\.toml$/, (t, p) => readToml(t, p, ['package'], 'Cargo.toml')],
    [/(?:^|\/)pyproject\.toml$/, (t, p) => readToml(t, p, ['project', 'tool.poetry'], 'pyproject.toml')],
    [/\.podspec$/, readPodspec],
    [/(?:^|\/)build\.gradle\.kts$|\.gradle$/, readGradle],
    [/(?:^|\/)pom\.xml$/, readPom],
];
/** Manifests near the top of the tree (not in vendored folders), each with the reader for its format. */
function manifestFiles(tree, root) {
    const out = [];
    for (const file of tree) {
        if (!file.path.startsWith(root))
            continue;
        const rel = file.path.slice(root.length);
        if (rel.split('/').length > MAX_DEPTH || file.kind.vendored)
            continue;
        const reader = READERS.find(([re]) => re.test(rel));
        if (reader)
            out.push({ file, read: reader[1] });
    }
    return out;
}
function lineOf(text, index) {
    let n = 1;
    for (let i = text.indexOf('\n'); i !== -1 && i < index; i = text.indexOf('\n', i + 1))
        n++;
    return n;
}
function lineOfValue(text, value, after = 0) {
    const i = text.indexOf(value, after);
    return i === -1 ? 1 : lineOf(text, i);
}
function readJsonLicense(text, path, kind) {
    let json;
    try {
        json = JSON.parse(text);
    }
    catch (err) {
        return { ok: false, reason: `malformed JSON: ${err instanceof Error ? err.message : String(err)}` };
    }
    if (!json || typeof json !== 'object')
        return { ok: true, licenses: [] };
    const o = json;
    const out = [];
    const keyAt = Math.max(0, text.search(/"licen[sc]es?"\s*:/));
    const add = (value, field) => out.push({ path, line: lineOfValue(text, JSON.stringify(value).slice(1, -1), keyAt), field, value });
    const lic = o.license ?? o.licence;
    if (typeof lic === 'string')
        add(lic, `${kind} license`);
    else if (Array.isArray(lic)) {
        // composer.json: an array means the user may choose (OR).
        const values = lic.filter((x) => typeof x === 'string');
        if (values.length)
            out.push({ path, line: lineOfValue(text, values[0], keyAt), field: `${kind} license`, value: values.length > 1 ? `(${values.join(' OR ')})` : values[0] });
    }
    else if (lic && typeof lic === 'object' && typeof lic.type === 'string')
        add(lic.type, `${kind} license.type`);
    if (Array.isArray(o.licenses)) {
        const types = o.licenses.map((l) => (l && typeof l === 'object' ? l.type : l)).filter((x) => typeof x === 'string');
        if (types.length)
            out.push({ path, line: lineOfValue(text, types[0], keyAt), field: `${kind} licenses`, value: types.length > 1 ? `(${types.join(' OR ')})` : types[0] });
    }
    return { ok: true, licenses: out };
}
/**
 * The license key of the given TOML tables: `license = "MIT"`, `license = { text = "MIT" }` (PEP 621), and
 * PyPI "License ::" classifiers. A line-based reader: enough for these keys, no TOML dependency.
 */
function readToml(text, path, tables, kind) {
    const out = [];
    let table = '';
    const lines = text.split(/\r?\n/);
    lines.forEach((raw, i) => {
        const line = raw.replace(/(?<!\s)\s+#.*$/, '');
        const header = /^\s*\[{1,2}\s*([^\]]+?)\s*\]{1,2}\s*$/.exec(line);
        if (header) {
            table = header[1].replace(/["']/g, '');
            return;
        }
        if (tables.includes(table)) {
            const str = /^\s*licen[sc]e\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(line);
            if (str)
                out.push({ path, line: i + 1, field: `${kind} [${table}] license`, value: str[1] ?? str[2] });
            const inline = /^\s*licen[sc]e\s*=\s*\{[^}]*\btext\s*=\s*(?:"([^"]*)"|'([^']*)')/.exec(line);
            if (inline)
                out.push({ path, line: i + 1, field: `${kind} [${table}] license.text`, value: inline[1] ?? inline[2] });
        }
        const classifier = /["']License :: (?:OSI Approved :: )?([^"']+)["']/.exec(line);
        if (classifier && !/OSI Approved$/.test(classifier[1]))
            out.push({ path, line: i + 1, field: `${kind} classifier`, value: classifier[1] });
    });
    return { ok: true, licenses: out };
}
function readPodspec(text, path) {
    const out = [];
    const re = /\.licen[sc]e\s*=\s*(?:(['"])([^'"]+)\1|\{[^}]*?:?type\s*(?:=>|:)\s*(['"])([^'"]+)\3)/g;
    for (let m = re.exec(text); m; m = re.exec(text)) {
        out.push({ path, line: lineOf(text, m.index), field: 'podspec license', value: m[2] ?? m[4] });
    }
    return { ok: true, licenses: out };
}
/** Maven publication blocks in Gradle: `licenses { license { name = "..."; url = "..." } }` (Groovy or Kotlin DSL). */
function readGradle(text, path) {
    const out = [];
    const block = /\blicenses\s*\{/g;
    for (let b = block.exec(text); b; b = block.exec(text)) {
        const body = text.slice(b.index, b.index + 2000);
        const name = /\bname(?:\.set)?\s*(?:=\s*|\(\s*)?(['"])([^'"]+)\1/.exec(body);
        const url = /\burl(?:\.set)?\s*(?:=\s*|\(\s*)?(['"])([^'"]+)\1/.exec(body);
        const found = name ?? url;
        if (found)
            out.push({ path, line: lineOf(text, b.index + found.index), field: `Gradle license ${name ? 'name' : 'url'}`, value: name && url ? `${name[2]} (${url[2]})` : found[2] });
    }
    return { ok: true, licenses: out };
}
function readPom(text, path) {
    const out = [];
    const licenses = /<licenses>([\s\S]*?)<\/licenses>/.exec(text);
    if (!licenses)
        return { ok: true, licenses: out };
    const re = /<license>([\s\S]*?)<\/license>/g;
    for (let m = re.exec(licenses[1]); m; m = re.exec(licenses[1])) {
        const name = /<name>\s*([^<]+?)\s*<\/name>/.exec(m[1]);
        const url = /<url>\s*([^<]+?)\s*<\/url>/.exec(m[1]);
        const value = name && url ? `${name[1]} (${url[1]})` : (name ?? url)?.[1];
        const at = licenses.index + '<licenses>'.length + m.index + '<license>'.length + (name ?? url).index;
        if (value)
            out.push({ path, line: lineOf(text, at), field: 'pom.xml <license>', value });
    }
    return { ok: true, licenses: out };
}

;// CONCATENATED MODULE: ./src/checks/license/notices.ts
// Files at the scanned root that state a project's license in prose.
const NOTICE_FILE = /^(?:README|LEGAL|NOTICE|COPYRIGHT)(?:\.[\w]+)?$/i;
function noticeFiles(tree, root) {
    return tree.filter((f) => f.path.startsWith(root) && !f.path.slice(root.length).includes('/') && NOTICE_FILE.test(f.path.slice(root.length)));
}

// EXTERNAL MODULE: ./src/files/read-text.ts + 1 modules
var read_text = __webpack_require__(5718);
// EXTERNAL MODULE: ./src/files/walk.ts + 2 modules
var walk = __webpack_require__(767);
;// CONCATENATED MODULE: ./src/checks/license/read.ts


/** License files, manifests and notices are small: more than this is not one of them. */
const MAX_BYTES = 1024 * 1024;
/** A whole small text file (UTF-8 or UTF-16), or undefined after listing it as skipped with the reason. */
async function readWhole(file, ctx) {
    if (file.size > MAX_BYTES) {
        ctx.skip(file.path, `larger than ${MAX_BYTES} bytes for a license, manifest or notice file`);
        return undefined;
    }
    try {
        const whole = (0,read_text/* readWholeText */.bC)(file.abs, file.size);
        if (whole.binary) {
            ctx.skip(file.path, 'binary file');
            return undefined;
        }
        return whole.text;
    }
    catch (err) {
        ctx.skip(file.path, `could not be read: ${(0,walk/* errorCode */.CA)(err)}`);
        return undefined;
    }
}

;// CONCATENATED MODULE: ./src/checks/license/index.ts












/**
 * Repository-wide: finds the license files as GitHub does, decides what each holds, whether the code carries a
 * GPL duty (upstream markers or require-gpl), whether the license can carry the upstream's code, and whether
 * manifests and SPDX headers agree with it.
 */
const licenseCheck = {
    async run(ctx) {
        const outcome = { findings: [], files: 0, bytes: 0 };
        const root = scannedRoot(ctx.tree);
        const read = async (file) => {
            const text = await readWhole(file, ctx);
            if (text !== undefined) {
                outcome.files++;
                outcome.bytes += file.size;
            }
            return text;
        };
        const classified = [];
        for (const candidate of findLicenseFiles(ctx.tree)) {
            const text = await read(candidate.file);
            if (text !== undefined)
                classified.push(classify(candidate, text));
        }
        const statements = classified.flatMap((f) => f.statements);
        for (const file of noticeFiles(ctx.tree, root)) {
            const text = await read(file);
            if (text !== undefined)
                statements.push(...versionStatements(text, file.path));
        }
        const headers = await readHeaders(sampleSources(ctx.tree, root));
        outcome.files += headers.files;
        outcome.bytes += headers.bytes;
        statements.push(...headers.statements);
        const sources = headers.headers.map((h) => ({ path: h.path, line: h.line, field: 'SPDX-License-Identifier', value: h.expression, header: true }));
        for (const { file, read: parse } of manifestFiles(ctx.tree, root)) {
            const text = await read(file);
            if (text === undefined)
                continue;
            const result = parse(text, file.path);
            if (result.ok)
                sources.push(...result.licenses.map((l) => ({ ...l, header: false })));
            else
                ctx.skip(file.path, result.reason);
        }
        const duty = await ctx.gplDuty();
        outcome.findings.push(...licenseFileFindings(classified, duty, root));
        outcome.findings.push(...declarationFindings(sources, classified, statements));
        return outcome;
    },
};
/** About a license file as a whole: no line. */
function finding(ruleId, level, path, message, key) {
    return { ruleId, level, path, message, key };
}
/** license-missing, license-unrecognized, license-not-gpl and license-incompatible, from the classified files and the duty. */
function licenseFileFindings(files, duty, root = '') {
    const out = [];
    const dutyText = (0,upstream_duty/* describeDuty */.a)(duty);
    if (files.length === 0) {
        out.push({
            ...finding('license-missing', duty.duty ? 'error' : 'note', `${root}LICENSE`, `No license file (LICENSE, LICENCE, COPYING, with or without .md/.txt, or a REUSE LICENSES/ folder) at the top of the repository (${dutyText}).`, 'LICENSE'),
            fileToCreate: true,
        });
        return out;
    }
    for (const f of files) {
        // A REUSE file named for a license the matcher has no text of (CC0-1.0, CC-BY-4.0 for docs) is taken at its name.
        if (f.match.status === 'unknown' && f.reuseId)
            continue;
        if (f.match.status !== 'exact')
            out.push(finding('license-unrecognized', 'warning', f.path, unrecognizedMessage(f), `${f.match.status}:${f.match.license?.id ?? ''}`));
    }
    const all = files.map((f) => `${f.path}: ${holds(f)}`).join('; ');
    const gpl = gplLicenses(files);
    if (gpl.length === 0) {
        out.push(finding('license-not-gpl', duty.duty ? 'error' : 'note', files[0].path, duty.duty
            ? `The license is not GPL or AGPL (${all}), but ${dutyText}. LGPL and permissive licenses cannot carry GPL code.`
            : `The license is not GPL or AGPL (${all}); that is fine here, ${dutyText}.`, files.map((f) => f.license?.id ?? f.match.status).join(',')));
        return out;
    }
    if (!duty.duty)
        return out;
    for (const evidence of duty.evidence.filter((e) => e.upstream.gpl)) {
        const results = gpl.map(({ file, license }) => ({ f: file, c: compatible(evidence.upstream, { family: license.family, version: license.version ?? '' }) }));
        if (results.some((r) => r.c.ok))
            continue;
        const { f, c } = results[0];
        out.push(finding('license-incompatible', 'error', f.path, `${f.path} holds ${holds(f)}, which cannot carry ${evidence.upstream.name} code: that code is ${c.upstreamReading} and may only go out under ${c.allowed}. Evidence: ${(0,detect/* describeEvidence */.RQ)(evidence)}.`, `${evidence.upstream.id}:${f.license?.id}`));
    }
    return out;
}


/***/ })

};
