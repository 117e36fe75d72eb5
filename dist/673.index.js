export const id = 673;
export const ids = [673];
export const modules = {

/***/ 6194:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   D: () => (/* binding */ decodeAndroidString)
/* harmony export */ });
// Escapes, quotes, and whitespace other than single spaces between words: text without these stays as it is.
const NEEDS_DECODING = /[\\"\t\n\r\f\v\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]|^ | $|  /;
/**
 * Applies what aapt does to a string resource's text after XML decoding: backslash escapes (`\'`, `\"`, `\n`,
 * `\t`, `\uXXXX`, `\@`, `\?`), double quotes that keep whitespace as written and are themselves dropped, and
 * collapsing of other runs of whitespace into one space, trimmed at both ends.
 */
function decodeAndroidString(text) {
    if (!NEEDS_DECODING.test(text))
        return text;
    let out = '';
    let quoted = false;
    let pendingSpace = false;
    const put = (s) => {
        if (pendingSpace && out !== '')
            out += ' ';
        pendingSpace = false;
        out += s;
    };
    for (let i = 0; i < text.length; i++) {
        const c = text[i];
        if (c === '\\' && i + 1 < text.length) {
            const n = text[++i];
            if (n === 'n')
                put('\n');
            else if (n === 't')
                put('\t');
            else if (n === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 1, i + 5))) {
                put(String.fromCharCode(parseInt(text.slice(i + 1, i + 5), 16)));
                i += 4;
            }
            else
                put(n);
        }
        else if (c === '"') {
            quoted = !quoted;
        }
        else if (!quoted && /\s/.test(c)) {
            pendingSpace = true;
        }
        else {
            put(c);
        }
    }
    return out;
}


/***/ }),

/***/ 2468:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   T: () => (/* binding */ stringReference),
/* harmony export */   b: () => (/* binding */ readStringResources)
/* harmony export */ });
/* harmony import */ var _android_escapes_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(6194);
/* harmony import */ var _xml_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2629);


const STRING_START = /<(string)\b([^<>]*?)\/?>/g;
const NAME = /\bname\s*=\s*(?:"([^"]*)"|'([^']*)')/;
/**
 * The `<string>` resources of an Android values file, decoded as aapt would; commented-out strings are not read.
 * Only those `keep` accepts by name are decoded, and every `@string/` reference, so references can be followed.
 */
function readStringResources(text, keep = () => true) {
    const xml = text.includes('<!--') ? (0,_xml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .blankXmlComments */ .K4)(text) : text;
    const out = [];
    for (const element of (0,_xml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlElements */ .LO)(xml, STRING_START)) {
        const nameMatch = NAME.exec(element.attributes);
        const name = nameMatch && (0,_xml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .decodeEntities */ .Sm)(nameMatch[1] ?? nameMatch[2]);
        if (!name)
            continue;
        const { inner } = element;
        if (!keep(name) && !/^\s*"?@/.test(inner))
            continue;
        const lead = inner.length - inner.trimStart().length;
        out.push({ name, value: (0,_android_escapes_js__WEBPACK_IMPORTED_MODULE_1__/* .decodeAndroidString */ .D)((0,_xml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlTextContent */ .Wj)(inner)), offset: element.empty ? element.start : element.innerStart + lead });
    }
    return out;
}
/** `@string/name` (or `@pkg:string/name`) as the name it references; undefined for anything else. */
function stringReference(value) {
    const m = /^@(?:\+)?(?:([\w.]+):)?string\/([\w.]+)$/.exec(value.trim());
    if (!m || m[1] === 'android')
        return undefined;
    return m[2];
}


/***/ }),

/***/ 8843:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ appstreamTitles),
/* harmony export */   f: () => (/* binding */ appstreamOwnXml)
/* harmony export */ });
/* harmony import */ var _xml_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(2629);

// Names that are not the app's: the developer's (<developer><name>), and those of other components a file may nest.
const NOT_THE_APP = /<(developer|releases|provides|requires|recommends|supports|screenshots)\b([^<>]*)>/g;
const NAME = /<(_?name)\b([^<>]*)>/g;
/** An AppStream file with comments and every part that is not about the app itself blanked, offsets kept. */
function appstreamOwnXml(text) {
    const xml = (0,_xml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .blankXmlComments */ .K4)(text);
    let out = '';
    let from = 0;
    for (const part of (0,_xml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlElements */ .LO)(xml, NOT_THE_APP)) {
        out += xml.slice(from, part.start) + xml.slice(part.start, part.end).replace(/[^\r\n]/g, ' ');
        from = part.end;
    }
    return out + xml.slice(from);
}
/** `<name>` and `<name xml:lang="xx">` of an AppStream file (`*.metainfo.xml`, `*.appdata.xml`): the title in software centres. */
function appstreamTitles(text) {
    const xml = appstreamOwnXml(text);
    const out = [];
    for (const name of (0,_xml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlElements */ .LO)(xml, NAME)) {
        const lang = /xml:lang\s*=\s*["']([^"']+)["']/.exec(name.attributes)?.[1];
        const lead = name.inner.length - name.inner.trimStart().length;
        out.push({ source: 'AppStream metadata', key: lang ? `name[${lang}]` : 'name', value: (0,_xml_text_js__WEBPACK_IMPORTED_MODULE_0__/* .xmlTextContent */ .Wj)(name.inner).trim(), offset: name.innerStart + lead });
    }
    return out;
}


/***/ }),

/***/ 1173:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ stringsFileEntries),
/* harmony export */   Y: () => (/* binding */ infoPlistStringsTitles)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3830);

const TOKEN = String.raw `"(?:[^"\\\n]|\\.)*"|[\w.$-]+`;
const ENTRY = new RegExp(`(?<![\\w.$-])(${TOKEN})\\s*=\\s*(${TOKEN})\\s*;`, 'g');
const TITLE_KEYS = new Set(['CFBundleDisplayName', 'CFBundleName']);
/** The entries of a `.strings` file, comments skipped, escapes decoded. */
function stringsFileEntries(text) {
    const code = (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .blankCComments */ .a)(text);
    const out = [];
    ENTRY.lastIndex = 0;
    for (let m = ENTRY.exec(code); m; m = ENTRY.exec(code)) {
        const rawValue = m[2];
        const valueAt = m.index + m[0].lastIndexOf(rawValue) + (rawValue.startsWith('"') ? 1 : 0);
        out.push({ key: unquote(m[1]), value: unquote(rawValue), offset: valueAt });
    }
    return out;
}
/** `CFBundleDisplayName`/`CFBundleName` in an Apple `.strings` file (`*.lproj/InfoPlist.strings`). */
function infoPlistStringsTitles(text) {
    return stringsFileEntries(text)
        .filter((e) => TITLE_KEYS.has(e.key))
        .map((e) => ({ source: 'InfoPlist.strings', key: e.key, value: e.value, offset: e.offset }));
}
function unquote(token) {
    if (!token.startsWith('"'))
        return token;
    return token.slice(1, -1).replace(/\\(U[0-9a-fA-F]{4}|u[0-9a-fA-F]{4}|.)/g, (_, e) => {
        if (e.length === 5)
            return String.fromCharCode(parseInt(e.slice(1), 16));
        return e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
    });
}


/***/ }),

/***/ 2629:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   K4: () => (/* binding */ blankXmlComments),
/* harmony export */   LO: () => (/* binding */ xmlElements),
/* harmony export */   Sm: () => (/* binding */ decodeEntities),
/* harmony export */   Wj: () => (/* binding */ xmlTextContent),
/* harmony export */   uK: () => (/* binding */ attributes)
/* harmony export */ });
/* harmony import */ var _text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(3830);

const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
// A tag, never spanning another `<` (a stray one is text): `[^>]*` would scan to the end from every `<`.
const TAG = /<[^<>]*>/g;
const NAMED = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };
/** Blanks XML comments, so a commented-out title is not read, keeping offsets. */
function blankXmlComments(text) {
    return (0,_text_js__WEBPACK_IMPORTED_MODULE_0__/* .blank */ .h)(text, COMMENT);
}
/** Decodes the five named XML entities and numeric character references; unknown entities stay as written. */
function decodeEntities(text) {
    if (!text.includes('&'))
        return text;
    return text.replace(/&(?:#x([0-9a-fA-F]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g, (whole, hex, dec, name) => {
        if (name)
            return NAMED[name];
        const code = hex ? parseInt(hex, 16) : parseInt(dec, 10);
        return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : whole;
    });
}
/**
 * The text content of an element's inner XML: CDATA sections literally, child tags dropped (their text kept, as in
 * `<b>Name</b>` or `<xliff:g>`), entities decoded.
 */
function xmlTextContent(inner) {
    if (!inner.includes('<'))
        return decodeEntities(inner);
    let out = '';
    // CDATA sections by indexOf: a split on a lazy pattern is quadratic on thousands of sections never closed.
    let from = 0;
    for (let open = inner.indexOf('<![CDATA['); open >= 0; open = inner.indexOf('<![CDATA[', from)) {
        const close = inner.indexOf(']]>', open + 9);
        if (close < 0)
            break;
        out += decodeEntities(inner.slice(from, open).replace(TAG, '')) + inner.slice(open + 9, close);
        from = close + 3;
    }
    return out + decodeEntities(inner.slice(from).replace(TAG, ''));
}
/** Reads `name="value"` attributes of one start tag (the text between `<tag` and `>`), with the value's offset. */
function attributes(tag, tagOffset) {
    const out = new Map();
    const re = /(?<![\w:.-])([\w:.-]+)\s*=\s*(?:"([^"<]*)"|'([^'<]*)')/g;
    for (let m = re.exec(tag); m; m = re.exec(tag)) {
        const raw = m[2] ?? m[3];
        const valueAt = m.index + m[0].length - raw.length - 1;
        out.set(m[1], { value: decodeEntities(raw), offset: tagOffset + valueAt });
    }
    return out;
}
/**
 * The elements whose start tags `open` matches (group 1 the element's name, group 2 its attributes; use `[^<>]*`
 * for them), each up to its nearest closing tag, in document order and never nested. One pass: the search resumes
 * after each element found, and a name never closed from some point on is not searched for again, so hostile text
 * (thousands of start tags and no closing tag) costs linear time, where a lazy `[\s\S]*?</name>` is quadratic.
 */
function* xmlElements(xml, open) {
    const unclosed = new Set();
    open.lastIndex = 0;
    for (let m = open.exec(xml); m; m = open.exec(xml)) {
        const name = m[1];
        if (m[0].endsWith('/>')) {
            yield { name, attributes: m[2] ?? '', inner: '', start: m.index, innerStart: open.lastIndex, end: open.lastIndex, empty: true };
            continue;
        }
        if (unclosed.has(name))
            continue;
        const closing = closingTag(xml, name, open.lastIndex);
        if (!closing) {
            unclosed.add(name);
            continue;
        }
        yield { name, attributes: m[2] ?? '', inner: xml.slice(open.lastIndex, closing.start), start: m.index, innerStart: open.lastIndex, end: closing.end };
        open.lastIndex = closing.end;
    }
}
/** The nearest `</name>` (whitespace allowed before `>`) from `from`. */
function closingTag(xml, name, from) {
    const needle = `</${name}`;
    for (let i = xml.indexOf(needle, from); i >= 0; i = xml.indexOf(needle, i + needle.length)) {
        let j = i + needle.length;
        while (j < xml.length && (xml[j] === ' ' || xml[j] === '\t' || xml[j] === '\n' || xml[j] === '\r'))
            j++;
        if (xml[j] === '>')
            return { start: i, end: j + 1 };
    }
    return undefined;
}


/***/ }),

/***/ 3830:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   a: () => (/* binding */ blankCComments),
/* harmony export */   h: () => (/* binding */ blank)
/* harmony export */ });
/** Replaces each match with spaces of the same length, newlines kept, so offsets, lines and columns stay true. */
function blank(text, pattern) {
    return text.replace(pattern, (m) => m.replace(/[^\r\n]/g, ' '));
}
/**
 * Blanks C-style comments (`//` to the end of the line, `/* *\/`) outside strings, as in `.rc`, `.strings` and
 * Gradle files. Strings open with one of `quotes` and may escape it with a backslash (or, in `.rc` files, double it).
 */
function blankCComments(text, quotes = '"') {
    let out = '';
    let i = 0;
    while (i < text.length) {
        const c = text[i];
        if (quotes.includes(c)) {
            let j = i + 1;
            while (j < text.length && text[j] !== c && text[j] !== '\n')
                j += text[j] === '\\' ? 2 : 1;
            out += text.slice(i, j + 1);
            i = j + 1;
        }
        else if (c === '/' && text[i + 1] === '/') {
            let j = text.indexOf('\n', i);
            if (j === -1)
                j = text.length;
            out += ' '.repeat(j - i);
            i = j;
        }
        else if (c === '/' && text[i + 1] === '*') {
            let j = text.indexOf('*/', i + 2);
            j = j === -1 ? text.length : j + 2;
            out += text.slice(i, j).replace(/[^\r\n]/g, ' ');
            i = j;
        }
        else {
            out += c;
            i++;
        }
    }
    return out;
}


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

/***/ 8673:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  listingCheck: () => (/* binding */ listingCheck)
});

// EXTERNAL MODULE: ./src/checks/branding/sources/android-resources.ts
var android_resources = __webpack_require__(2468);
// EXTERNAL MODULE: ./src/checks/branding/sources/strings-file.ts
var strings_file = __webpack_require__(1173);
// EXTERNAL MODULE: ./src/checks/credentials/line-index.ts
var line_index = __webpack_require__(6933);
;// CONCATENATED MODULE: ./src/checks/listing/languages/language.ts
/** A statement is matched from the start of a word: no letter or digit right before it. */
const WORD_START = '(?<![\\p{L}\\p{N}])';
/**
 * Up to `n` whole words between two parts of a statement, within one sentence. The normalised text has single
 * spaces, so each word is taken whole: the work per try is bounded by the words it spans (linear overall).
 */
function words(n) {
    return `(?:[^ .!?;:。！？؟]+ ){0,${n}}`;
}
/** Up to `n` characters within one sentence, for languages written without spaces (Chinese). */
function chars(n) {
    return `[^.!?;:。！？؟]{0,${n}}`;
}
/** A statement made of pattern pieces, matched from a word start (case is folded before matching). */
function statement(...pieces) {
    return new RegExp(WORD_START + pieces.join(''), 'u');
}
/** A statement in a language written without spaces: no word start is needed. */
function statementAnywhere(...pieces) {
    return new RegExp(pieces.join(''), 'u');
}

;// CONCATENATED MODULE: ./src/checks/listing/languages/arabic.ts

// تيليجرام, تيليغرام, تليجرام, تلغرام, تلجرام... with a joined preposition or article (لتيليجرام, والتيليجرام).
const TELEGRAM = '(?:[لوبف]|ال|لل)?(?:telegram|ت[يی]?ل[يی]?[جغكگ]رام)';
const API = `(?:api|واجهة برمجة (?:ال)?تطبيقات|(?:ال)?واجهة (?:ال)?برمجية) ${words(1)}${TELEGRAM}|${TELEGRAM} api`;
const NOT_OFFICIAL = '(?:غير (?:ال)?رسمي\\p{L}*|(?:ال)?طرف (?:ال)?ثالث|جهة خارجية)';
const OWN_KIND = '(?:مفتوح\\p{L}* المصدر)';
const CLIENT = '(?:(?:ال)?(?:عميل|تطبيق|برنامج|نسخة)\\p{L}*)';
const DERIVED = '(?:مبن[يى]\\p{L}* على|[يت]عتمد على|قائم\\p{L}* على|مستند\\p{L}* (?:إلى|على)|نسخة معدلة من|مشتق\\p{L}* من|متفرع\\p{L}* من)';
const arabic = {
    codes: ['ar'],
    name: 'Arabic',
    sentence: 'هذا تطبيق غير رسمي يستخدم واجهة برمجة تطبيقات تيليجرام (Telegram API).',
    statements: [
        statement(`(?:${API})`),
        // "عميل غير رسمي لتيليجرام", "تطبيق تيليجرام غير رسمي", "تطبيق طرف ثالث لتيليجرام"
        statement(NOT_OFFICIAL, ' ', words(2), TELEGRAM),
        statement(TELEGRAM, ' ', words(2), NOT_OFFICIAL),
        // "عميل مفتوح المصدر لتيليجرام", "تطبيق تيليجرام مفتوح المصدر"
        statement(CLIENT, ' ', words(1), OWN_KIND, ' ', words(1), TELEGRAM),
        statement(CLIENT, ' ', words(1), TELEGRAM, ' ', words(1), OWN_KIND),
        // "مبني على تيليجرام"
        statement(DERIVED, ' ', words(2), TELEGRAM),
    ],
};

;// CONCATENATED MODULE: ./src/checks/listing/languages/chinese.ts

// Simplified and Traditional characters alike; Latin words may or may not have spaces around them.
const chinese_TELEGRAM = '(?:telegram|电报|電報)';
const chinese_API = `${chinese_TELEGRAM} ?(?:的 ?)?(?:api|接口|应用程序接口|應用程式介面|应用程序编程接口)`;
const chinese_NOT_OFFICIAL = '(?:非官方|第三方)';
const chinese_OWN_KIND = '(?:开源|開源|开放源代码|開放原始碼|自由)';
const chinese_CLIENT = '(?:客户端|客戶端|用戶端|应用|應用|软件|軟體|app)';
const chinese_DERIVED = '(?:基于|基於|派生自|衍生自|分支自|修改自)';
const FORK = '(?:分支|修改版|衍生版|复刻版|複刻版)';
const statements = [
    statementAnywhere(chinese_API),
    // "非官方 Telegram 客户端", "Telegram 的第三方客户端"
    statementAnywhere(chinese_NOT_OFFICIAL, chars(8), chinese_TELEGRAM),
    statementAnywhere(chinese_TELEGRAM, chars(4), chinese_NOT_OFFICIAL),
    // "开源的 Telegram 客户端", "Telegram 开源客户端"
    statementAnywhere(chinese_OWN_KIND, chars(3), chinese_TELEGRAM, ' ?', chinese_CLIENT),
    statementAnywhere(chinese_TELEGRAM, chars(3), chinese_OWN_KIND, chars(2), chinese_CLIENT),
    // "基于 Telegram", "Telegram 的修改版"
    statementAnywhere(chinese_DERIVED, chars(6), chinese_TELEGRAM),
    statementAnywhere(chinese_TELEGRAM, chars(6), FORK),
];
const simplifiedChinese = {
    codes: ['zh'],
    name: 'Chinese (Simplified)',
    sentence: '这是一个使用 Telegram API 的非官方应用。',
    statements,
};
const traditionalChinese = {
    codes: ['zh-hant', 'zh-tw', 'zh-hk', 'zh-mo'],
    name: 'Chinese (Traditional)',
    sentence: '這是一個使用 Telegram API 的非官方應用程式。',
    statements,
};

;// CONCATENATED MODULE: ./src/checks/listing/languages/english.ts

const english_TELEGRAM = 'telegram';
const english_API = `${english_TELEGRAM}(?:'s)?[- ](?:bot |client |core |mtproto )?api|api (?:of|from|by) (?:the )?${english_TELEGRAM}`;
// On their own these say the app is not Telegram's: "an unofficial client for Telegram".
const english_NOT_OFFICIAL = "(?:unofficial|non-official|not an? official|not the official|third[- ]party|3rd[- ]party)";
// These say it only together with a client noun: "an alternative to Telegram" is another messenger.
const english_OWN_KIND = '(?:open[- ]source|free and open[- ]source|foss|free software|alternative|independent|community[- ](?:made|driven|built))';
const english_CLIENT = '(?:clients?|apps?|application|messenger|front-?end)';
const english_DERIVED = '(?:based on|built on(?: top of)?|powered by|(?:a )?fork(?:ed)? (?:of|from)|derived from|(?:a )?modified version of|(?:a )?modification of)';
const english = {
    codes: ['en'],
    name: 'English',
    sentence: 'This is an unofficial app that uses the Telegram API.',
    statements: [
        statement(`(?:${english_API})`),
        statement(english_NOT_OFFICIAL, ' ', words(3), english_TELEGRAM),
        statement(english_OWN_KIND, ' ', words(1), english_TELEGRAM, '[- ]', english_CLIENT),
        statement(english_OWN_KIND, ' ', words(1), english_CLIENT, ' (?:for|of) (?:the )?', english_TELEGRAM),
        statement(english_DERIVED, ' (?:the )?(?:official |original )?', english_TELEGRAM),
        statement(english_TELEGRAM, '[- ]based'),
    ],
};

;// CONCATENATED MODULE: ./src/checks/listing/languages/german.ts

const german_TELEGRAM = 'telegram';
const german_API = `${german_TELEGRAM}[- ]?api|api (?:von|des) ${german_TELEGRAM}`;
const german_NOT_OFFICIAL = '(?:inoffiziell\\p{L}*|nicht[- ]offiziell\\p{L}*|kein\\p{L}* offiziell\\p{L}*|drittanbieter\\p{L}*)';
const german_OWN_KIND = '(?:quelloffen\\p{L}*|open[- ]source|freie\\p{L}*|alternativ\\p{L}*|unabhängig\\p{L}*)';
const german_CLIENT = '(?:client\\p{L}*|app\\p{L}*|anwendung\\p{L}*|messenger\\p{L}*)';
const german_DERIVED = '(?:basiert auf|basierend auf|auf basis (?:von|des)|abgeleitet (?:von|aus)|(?:ein )?fork (?:von|des)|(?:ein )?ableger (?:von|des)|modifizierte version (?:von|des))';
const german = {
    codes: ['de'],
    name: 'German',
    sentence: 'Dies ist eine inoffizielle App, die die Telegram-API nutzt.',
    statements: [
        statement(`(?:${german_API})`),
        // "inoffizieller Telegram-Client", "inoffizielle App für Telegram", "Drittanbieter-Client für Telegram"
        statement(german_NOT_OFFICIAL, '[- ]', words(3), german_TELEGRAM),
        // "ein Telegram-Client von Drittanbietern"
        statement(german_TELEGRAM, '-', german_CLIENT, ' (?:von|eines) drittanbieter'),
        // "quelloffener Telegram-Client", "freier Client für Telegram"
        statement(german_OWN_KIND, ' ', words(1), german_TELEGRAM, '[- ]', german_CLIENT),
        statement(german_OWN_KIND, '[- ]', words(1), german_CLIENT, ' (?:für|von) (?:den |die |das )?', german_TELEGRAM),
        statement(german_DERIVED, ' ', words(2), german_TELEGRAM),
        statement(german_TELEGRAM, '[- ]basiert'),
    ],
};

;// CONCATENATED MODULE: ./src/checks/listing/languages/persian.ts

// Persian is often typed with the Arabic forms of yeh and kaf (ي, ك): both are accepted. The zero-width non-joiner
// inside words (غیر‌رسمی, متن‌باز) is a space after normalisation.
const persian_TELEGRAM = '(?:telegram|تلگرام)';
const persian_API = `(?:api|ای ?پی ?آی|رابط برنامه ?نو[یي]س[یي]) (?:رسم[یي] )?${persian_TELEGRAM}|${persian_TELEGRAM} api`;
const persian_NOT_OFFICIAL = '(?:غ[یي]ر ?رسم[یي]|شخص ثالث)';
const persian_OWN_KIND = '(?:متن ?باز|منبع ?باز|آزاد)';
const persian_CLIENT = '(?:[کك]لا[یي]نت|برنامه|اپل[یي][کك][یي]شن|اپ|نرم ?افزار|پ[یي]ام ?رسان)';
const persian_DERIVED = '(?:بر پا[یي]ه|بر اساس|مبتن[یي] بر|بر مبنا[یي]|فور[کك]|نسخه تغ[یي][یي]ر ?[یي]افته)';
const persian = {
    codes: ['fa'],
    name: 'Persian',
    sentence: 'این یک برنامه غیررسمی است که از API تلگرام استفاده می‌کند.',
    statements: [
        statement(`(?:${persian_API})`),
        // "کلاینت غیررسمی تلگرام", "کلاینت تلگرام غیررسمی"
        statement(persian_NOT_OFFICIAL, ' ', words(2), persian_TELEGRAM),
        statement(persian_TELEGRAM, ' ', words(2), persian_NOT_OFFICIAL),
        // "کلاینت متن‌باز تلگرام", "کلاینت تلگرام متن‌باز"
        statement(persian_CLIENT, ' ', words(1), persian_OWN_KIND, ' ', words(1), persian_TELEGRAM),
        statement(persian_CLIENT, ' ', words(1), persian_TELEGRAM, ' ', words(1), persian_OWN_KIND),
        // "بر پایه تلگرام", "مبتنی بر کلاینت رسمی تلگرام"
        statement(persian_DERIVED, ' ', words(2), persian_TELEGRAM),
    ],
};

;// CONCATENATED MODULE: ./src/checks/listing/languages/portuguese.ts

const portuguese_TELEGRAM = 'telegram';
const portuguese_API = `(?:a )?api (?:do|de) ${portuguese_TELEGRAM}|${portuguese_TELEGRAM} api`;
const portuguese_NOT_OFFICIAL = '(?:não[- ]oficial|nao[- ]oficial|de terceiros)';
const portuguese_OWN_KIND = '(?:de código aberto|de codigo aberto|livre|alternativ[oa]|independente)';
const portuguese_CLIENT = '(?:cliente|aplicativo|aplicação|aplicacao|app|mensageiro)';
const portuguese_DERIVED = '(?:basead[oa] (?:em|no)|derivad[oa] (?:de|do)|(?:um )?fork (?:de|do)|(?:uma )?versão modificada (?:de|do))';
const portuguese = {
    codes: ['pt'],
    name: 'Portuguese',
    sentence: 'Este é um aplicativo não oficial que usa a API do Telegram.',
    statements: [
        statement(`(?:${portuguese_API})`),
        // "cliente não oficial do Telegram", "aplicativo de terceiros para o Telegram"
        statement(portuguese_NOT_OFFICIAL, ' ', words(3), portuguese_TELEGRAM),
        // "cliente do Telegram não oficial"
        statement(portuguese_TELEGRAM, ' ', words(1), portuguese_NOT_OFFICIAL),
        // "cliente de código aberto para o Telegram", "cliente do Telegram de código aberto"
        statement(portuguese_CLIENT, ' ', words(1), portuguese_OWN_KIND, ' (?:de|do|para|para o) ', portuguese_TELEGRAM),
        statement(portuguese_CLIENT, ' (?:de|do|para|para o) ', portuguese_TELEGRAM, ' ', portuguese_OWN_KIND),
        statement(portuguese_DERIVED, ' ', words(2), portuguese_TELEGRAM),
    ],
};

;// CONCATENATED MODULE: ./src/checks/listing/languages/russian.ts

// Telegram, Телеграм, Телеграмм and their cases (Телеграма, Телеграме).
const russian_TELEGRAM = '(?:telegram|телеграмм?)';
const russian_API = `(?:api|апи) ${russian_TELEGRAM}|${russian_TELEGRAM}[- ](?:api|апи)`;
const russian_NOT_OFFICIAL = '(?:не ?официальн\\p{L}*|не является официальн\\p{L}*|сторонн\\p{L}*)';
const russian_OWN_KIND = '(?:с открытым исходным кодом|открыт\\p{L}* (?:исходн\\p{L}* )?код\\p{L}*|альтернативн\\p{L}*|свободн\\p{L}*|независим\\p{L}*)';
const russian_CLIENT = '(?:клиент\\p{L}*|приложени\\p{L}*|мессенджер\\p{L}*|программ\\p{L}*)';
const russian_DERIVED = '(?:основан\\p{L}* на|на основе|на базе|форк\\p{L}*|модификаци\\p{L}*|ответвлени\\p{L}*)';
const russian = {
    codes: ['ru'],
    name: 'Russian',
    sentence: 'Это неофициальное приложение, которое использует Telegram API.',
    statements: [
        statement(`(?:${russian_API})`),
        // "неофициальный клиент Telegram", "стороннее приложение для мессенджера Telegram"
        statement(russian_NOT_OFFICIAL, ' ', words(3), russian_TELEGRAM),
        // "альтернативный клиент Telegram", "свободный клиент для Telegram", "Telegram-клиент с открытым исходным кодом"
        statement(russian_OWN_KIND, ' ', words(1), russian_CLIENT, ' ', words(2), russian_TELEGRAM),
        statement(russian_OWN_KIND, ' ', words(1), russian_TELEGRAM, '-', russian_CLIENT),
        statement(russian_CLIENT, ' ', words(2), russian_TELEGRAM, '\\p{L}*(?:-\\p{L}+)? ', russian_OWN_KIND),
        statement(russian_TELEGRAM, '-', russian_CLIENT, ' ', russian_OWN_KIND),
        // "основан на Telegram", "на основе официального клиента Telegram", "форк Telegram"
        statement(russian_DERIVED, ' ', words(2), russian_TELEGRAM),
    ],
};

;// CONCATENATED MODULE: ./src/checks/listing/languages/spanish.ts

const spanish_TELEGRAM = 'telegram';
const spanish_API = `(?:la )?api de ${spanish_TELEGRAM}|${spanish_TELEGRAM} api`;
const spanish_NOT_OFFICIAL = '(?:no oficial|extraoficial|de terceros)';
const spanish_OWN_KIND = '(?:de código abierto|de codigo abierto|libre|alternativ[oa]|independiente)';
const spanish_CLIENT = '(?:cliente|aplicación|aplicacion|app|mensajero)';
const spanish_DERIVED = '(?:basad[oa] en|derivad[oa] de|(?:un )?fork de|(?:una )?bifurcación de|(?:una )?versión modificada de)';
const spanish = {
    codes: ['es'],
    name: 'Spanish',
    sentence: 'Esta es una aplicación no oficial que usa la API de Telegram.',
    statements: [
        statement(`(?:${spanish_API})`),
        // "cliente no oficial de Telegram", "aplicación de terceros para Telegram"
        statement(spanish_NOT_OFFICIAL, ' ', words(3), spanish_TELEGRAM),
        // "cliente de Telegram no oficial"
        statement(spanish_TELEGRAM, ' ', words(1), spanish_NOT_OFFICIAL),
        // "cliente de código abierto para Telegram", "cliente de Telegram de código abierto"
        statement(spanish_CLIENT, ' ', words(1), spanish_OWN_KIND, ' (?:de|para) ', spanish_TELEGRAM),
        statement(spanish_CLIENT, ' (?:de|para) ', spanish_TELEGRAM, ' ', spanish_OWN_KIND),
        statement(spanish_DERIVED, ' ', words(2), spanish_TELEGRAM),
    ],
};

;// CONCATENATED MODULE: ./src/checks/listing/languages/index.ts








const LANGUAGES = [english, russian, persian, arabic, spanish, portuguese, german, simplifiedChinese, traditionalChinese];

/**
 * The language of a locale folder (`ru-RU`, `pt_BR`, `zh-Hant`, `fa`): the one with the longest code it starts with,
 * or undefined when the check does not read that language.
 */
function languageOf(locale) {
    const tag = locale.toLowerCase().replace(/_/g, '-');
    let best;
    for (const language of LANGUAGES) {
        for (const code of language.codes) {
            if ((tag === code || tag.startsWith(`${code}-`)) && (!best || code.length > best.length))
                best = { language, length: code.length };
        }
    }
    return best?.language;
}

// EXTERNAL MODULE: ./src/files/read-small-text.ts
var read_small_text = __webpack_require__(4569);
;// CONCATENATED MODULE: ./src/checks/listing/intro.ts





const INTRO_SOURCES = [
    {
        app: 'Telegram for Android',
        path: /(?:^|\/)res\/values\/strings\.xml$/,
        key: /^(?:Page[1-9](?:Title|Message)|IntroText\w*)$/,
        read: (text, keep) => (0,android_resources/* readStringResources */.b)(text, keep).filter((s) => keep(s.name)).map((s) => ({ key: s.name, value: s.value, offset: s.offset })),
    },
    {
        app: 'Telegram for iOS',
        path: /(?:^|\/)(?:en|Base)\.lproj\/Localizable\.strings$/,
        key: /^Tour\.(?:Title|Text)\d+$/,
        read: (text, keep) => (0,strings_file/* stringsFileEntries */.F)(text).filter((e) => keep(e.key)),
    },
    {
        app: 'Telegram Desktop',
        path: /(?:^|\/)Resources\/langs\/lang\.strings$/,
        key: /^lng_intro_about$/,
        read: (text, keep) => (0,strings_file/* stringsFileEntries */.F)(text).filter((e) => keep(e.key)),
    },
];
// Telegram for Android's strings.xml is about 1 MB; a file many times larger is not a string table.
const MAX_INTRO_BYTES = 16 * 1024 * 1024;
/**
 * intro-api-notice: the intro screens of an app built from Telegram's (identified by their string names) must
 * mention Telegram somewhere (ToS 2.2). A file with intro strings none of which says "Telegram" gets one note, at
 * its first intro string.
 */
function judgeIntros(tree, ctx) {
    const findings = [];
    const read = [];
    for (const file of tree) {
        const source = INTRO_SOURCES.find((s) => s.path.test(file.path));
        if (!source)
            continue;
        const text = (0,read_small_text/* readSmallText */.F)(file, 'a string table', MAX_INTRO_BYTES, ctx);
        if (text === undefined)
            continue;
        const strings = source.read(text, (key) => source.key.test(key));
        if (strings.length === 0)
            continue;
        read.push(file);
        if (strings.some((s) => /telegram/i.test(s.value)))
            continue;
        const first = strings.reduce((a, b) => (b.offset < a.offset ? b : a));
        const at = new line_index/* LineIndex */.r(text, 1).locate(first.offset);
        findings.push({
            ruleId: 'intro-api-notice',
            level: 'note',
            message: `The in-app intro (${strings.map((s) => s.key).join(', ')}, as in ${source.app}) never mentions Telegram. Tell users here too, e.g.: "${english.sentence}"`,
            path: file.path,
            line: at.line,
            column: at.column,
            key: 'intro',
            lineText: at.lineText,
            previousLineText: at.previousLineText,
        });
    }
    return { findings, read };
}

// EXTERNAL MODULE: ./src/checks/branding/sources/appstream.ts
var appstream = __webpack_require__(8843);
// EXTERNAL MODULE: ./src/checks/branding/sources/xml-text.ts
var xml_text = __webpack_require__(2629);
;// CONCATENATED MODULE: ./src/checks/listing/sources/appstream.ts


// The app's own `<name>`, `<summary>` and `<description>` in the file's default language (no xml:lang).
const FIELD = /<(name|summary|description)\b([^<>]*)>/g;
// A translated paragraph or item inside the description (`<p xml:lang="de">`): read in another language.
const TRANSLATED = /<(p|li)\b([^<>]*\bxml:lang\s*=[^<>]*)>/g;
const TAG = /<\/?[a-zA-Z][^<>]*>/g;
/**
 * The default-language text of an AppStream file (`*.metainfo.xml`, `*.appdata.xml`): what software centres and
 * Flathub show. Undefined when it has no description (it is then no listing).
 */
function appstreamListing(text) {
    const xml = (0,appstream/* appstreamOwnXml */.f)(text);
    const parts = [];
    let described = false;
    for (const field of (0,xml_text/* xmlElements */.LO)(xml, FIELD)) {
        if (/\bxml:lang\s*=/.test(field.attributes))
            continue;
        if (field.name === 'description')
            described = true;
        // Each paragraph and item ends a sentence: `</p><p>` must not glue two words into one.
        parts.push((0,xml_text/* xmlTextContent */.Wj)(withoutTranslations(field.inner).replace(TAG, ' ')));
    }
    return described ? parts.join('\n\n') : undefined;
}
function withoutTranslations(xml) {
    let out = '';
    let from = 0;
    for (const translated of (0,xml_text/* xmlElements */.LO)(xml, TRANSLATED)) {
        out += `${xml.slice(from, translated.start)} `;
        from = translated.end;
    }
    return out + xml.slice(from);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/checks/listing/types.ts
/** A listing file that cannot be read as its format: the message names what is wrong, the caller names the file. */
class ListingFileError extends Error {
}

;// CONCATENATED MODULE: ./src/checks/listing/sources/yaml-fields.ts


/**
 * The text of the named top-level fields of a YAML file (F-Droid build metadata's `Name`, `Summary` and
 * `Description`), in the order given; undefined when the file has no `description` field (it is then no listing).
 */
function yamlFields(text, keys, description) {
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length > 0)
        throw new ListingFileError(`not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    if (!(0,dist/* isMap */.jh)(doc.contents) || !doc.contents.has(description))
        return undefined;
    const values = [];
    for (const key of keys) {
        const node = doc.contents.get(key, true);
        if ((0,dist/* isScalar */.jn)(node) && typeof node.value === 'string')
            values.push(node.value);
    }
    return values.length > 0 ? values.join('\n\n') : undefined;
}

;// CONCATENATED MODULE: ./src/checks/listing/extract.ts


/**
 * The listing text a file holds: its whole text, or its name, summary and description fields; undefined when a
 * structured file has no description (a snapcraft.yaml that adopts it from AppStream). Throws ListingFileError.
 */
function listingText(text, format) {
    switch (format) {
        case 'text':
            return text;
        case 'fdroid-yaml':
            return yamlFields(text, ['Name', 'AutoName', 'Summary', 'Description'], 'Description');
        case 'snapcraft-yaml':
            return yamlFields(text, ['title', 'summary', 'description'], 'description');
        case 'appstream':
            return appstreamListing(text);
    }
}

;// CONCATENATED MODULE: ./src/checks/listing/judge.ts

/**
 * The listing's text as the statements read it: lower case, markup and emphasis dropped, Arabic diacritics and
 * tatweel dropped, every run of spaces (the Persian zero-width non-joiner too) one space, dashes and apostrophes
 * in their ASCII form.
 */
function normalise(text) {
    return text
        .toLowerCase()
        .replace(/<[^<>]{0,200}>/g, ' ')
        .replace(/[\u064b-\u065f\u0670\u0640]/g, '')
        .replace(/[\u2010\u2011]/g, '-')
        .replace(/[\u2018\u2019\u02bc]/g, "'")
        .replace(/[*_~`]/g, ' ')
        .replace(/[\s\u200b\u200c\u200d\u2060\ufeff]+/g, ' ');
}
/**
 * Whether a listing says the app is an unofficial one built on the Telegram API, in any language the check reads:
 * a statement in English (or any other of them) counts in every listing, whatever its locale folder says.
 */
function saysUnofficialApiApp(text) {
    const normalised = normalise(text);
    return LANGUAGES.some((language) => language.statements.some((s) => s.test(normalised)));
}

;// CONCATENATED MODULE: ./src/checks/listing/select.ts
// Each pattern gives the locale folder, its name (en-US, pt_BR, zh-Hant, fa, or fastlane deliver's `default`) and
// the file's name. The long description comes first: the finding is anchored at the first of these a listing has.
const TEXT_LAYOUTS = [
    { layout: 'fastlane-supply', pattern: /^(.*(?:^|\/)fastlane\/metadata\/android\/((?:[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*|default)))\/([^/]+)$/, files: ['full_description.txt', 'short_description.txt', 'title.txt'] },
    { layout: 'fastlane-deliver', pattern: /^(.*(?:^|\/)fastlane\/metadata\/((?:[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*|default)))\/([^/]+)$/, files: ['description.txt', 'subtitle.txt', 'promotional_text.txt', 'name.txt'] },
    { layout: 'play-publisher', pattern: /^(.*(?:^|\/)play\/listings\/((?:[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*|default)))\/([^/]+)$/, files: ['full-description.txt', 'short-description.txt', 'title.txt'] },
    // F-Droid's own layout in the app's repository (Telegram FOSS keeps metadata/en-US/description.txt).
    { layout: 'fdroid-locale', pattern: /^(.*(?:^|\/)metadata\/((?:[a-z]{2,3}(?:[-_][A-Za-z0-9]{2,8})*|default)))\/([^/]+)$/, files: ['description.txt', 'summary.txt', 'name.txt'] },
];
/** Which part of which listing a path is; undefined for every other file. */
function listingPartOf(path) {
    for (const { layout, pattern, files } of TEXT_LAYOUTS) {
        const m = pattern.exec(path);
        if (!m)
            continue;
        const rank = files.indexOf(m[3]);
        // A file of another name in the folder (changelogs, keywords, images) is not read.
        return rank === -1 ? undefined : { layout, format: 'text', listing: m[1], locale: m[2], rank };
    }
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (/(?:^|\/)metadata\/[^/]+\.ya?ml$/.test(path))
        return { layout: 'fdroid-build', format: 'fdroid-yaml', listing: path, rank: 0 };
    if (/.\.(?:metainfo|appdata)\.xml(?:\.in)?$/.test(name))
        return { layout: 'appstream', format: 'appstream', listing: path, rank: 0 };
    if (/^\.?snapcraft\.yaml$/.test(name))
        return { layout: 'snapcraft', format: 'snapcraft-yaml', listing: path, rank: 0 };
    return undefined;
}
/** Where each layout's listing shows, for messages. */
const LAYOUT_NAMES = {
    'fastlane-supply': 'Google Play listing (fastlane supply; F-Droid reads it too)',
    'fastlane-deliver': 'App Store listing (fastlane deliver)',
    'play-publisher': 'Google Play listing (Gradle Play Publisher)',
    'fdroid-locale': 'F-Droid listing',
    'fdroid-build': 'F-Droid build metadata',
    appstream: 'AppStream listing (software centres, Flathub)',
    snapcraft: 'Snap Store listing (snapcraft.yaml)',
};

;// CONCATENATED MODULE: ./src/checks/listing/messages.ts


/** What a listing that fails lacks, and the sentence to add in its own language (and in English, for the reader). */
function listingMessage(layout, locale, language) {
    const forLocale = locale === undefined ? '' : locale === 'default' ? ' (default for every language)' : ` for ${locale}`;
    const where = `The ${LAYOUT_NAMES[layout]}${forLocale}`;
    const add = language === english
        ? `Add near its start: "${english.sentence}"`
        : `Add near its start, in ${language.name}: "${language.sentence}" (in English: "${english.sentence}")`;
    return `${where} does not say that this is an unofficial app that uses the Telegram API. ${add}`;
}
/** Why a listing in a language the check does not read is listed as skipped: one reason for all, so they group. */
const UNREAD_LANGUAGE = 'store listing in a language this check does not read, with no statement in English or another language it reads: not judged';

;// CONCATENATED MODULE: ./src/checks/listing/listings.ts







// A store's description is a few thousand characters; a larger file is generated data, not a listing.
const MAX_LISTING_BYTES = 1024 * 1024;
/** Reads the store listings of the tree and judges each (a locale folder's files together). */
function judgeListings(tree, ctx) {
    const listings = new Map();
    const read = [];
    for (const file of tree) {
        const part = listingPartOf(file.path);
        if (!part)
            continue;
        const whole = (0,read_small_text/* readSmallText */.F)(file, 'a store listing', MAX_LISTING_BYTES, ctx);
        if (whole === undefined)
            continue;
        let text;
        try {
            text = listingText(whole, part.format);
        }
        catch (err) {
            if (!(err instanceof ListingFileError))
                throw err;
            ctx.skip(file.path, err.message);
            continue;
        }
        if (text === undefined)
            continue;
        read.push(file);
        const parts = listings.get(part.listing) ?? [];
        parts.push({ file, part, text });
        listings.set(part.listing, parts);
    }
    const findings = [...listings.values()].flatMap((parts) => {
        const finding = judge(parts, ctx);
        return finding ? [finding] : [];
    });
    return { findings, read };
}
function judge(parts, ctx) {
    if (saysUnofficialApiApp(parts.map((p) => p.text).join('\n\n')))
        return undefined;
    const anchor = parts.reduce((best, p) => (p.part.rank < best.part.rank ? p : best));
    const { layout, locale } = anchor.part;
    // A listing without a locale folder (AppStream, snapcraft, F-Droid build metadata), or fastlane's `default`, is English.
    const language = locale === undefined || locale === 'default' ? english : languageOf(locale);
    if (!language) {
        ctx.skip(anchor.file.path, UNREAD_LANGUAGE);
        return undefined;
    }
    // At line 1 of the file (the pipeline reads its text for the inline suppression comment, where the format takes one).
    return {
        ruleId: 'store-listing-api-notice',
        level: 'warning',
        message: listingMessage(layout, locale, language),
        path: anchor.file.path,
        line: 1,
        column: 1,
        key: `${layout} listing`,
    };
}

;// CONCATENATED MODULE: ./src/checks/listing/index.ts


/**
 * Telegram API Terms of Service 2.2: users must be told that the app uses the Telegram API, in its store listings
 * (store-listing-api-notice) and in its intro (intro-api-notice).
 */
const listingCheck = {
    async run(ctx) {
        // A listing or string table under a test or vendored folder is not the app's: no store or screen shows it.
        const own = ctx.tree.filter((file) => !file.kind.test && !file.kind.vendored);
        const listings = judgeListings(own, ctx);
        const intros = judgeIntros(own, ctx);
        const read = [...listings.read, ...intros.read];
        const outcome = {
            findings: [...listings.findings, ...intros.findings],
            files: read.length,
            bytes: read.reduce((sum, f) => sum + f.size, 0),
        };
        return listings.read.length === 0 ? { ...outcome, nothingFound: 'no store listing in the repository' } : outcome;
    },
};


/***/ }),

/***/ 4569:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

/* harmony export */ __webpack_require__.d(__webpack_exports__, {
/* harmony export */   F: () => (/* binding */ readSmallText)
/* harmony export */ });
/* harmony import */ var _read_text_js__WEBPACK_IMPORTED_MODULE_0__ = __webpack_require__(5718);
/* harmony import */ var _walk_js__WEBPACK_IMPORTED_MODULE_1__ = __webpack_require__(767);


/**
 * A small text file's whole text, or undefined when it is too large, binary or unreadable: then the file is listed
 * as skipped with the reason (`what` says what it was read for), and the check goes on.
 */
function readSmallText(file, what, maxBytes, ctx) {
    if (file.size > maxBytes) {
        ctx.skip(file.path, `larger than ${maxBytes / 1024 / 1024} MiB: not read as ${what}`);
        return undefined;
    }
    try {
        const whole = (0,_read_text_js__WEBPACK_IMPORTED_MODULE_0__/* .readWholeText */ .bC)(file.abs, file.size);
        if (!whole.binary)
            return whole.text;
        ctx.skip(file.path, `binary file where ${what} was expected`);
    }
    catch (err) {
        ctx.skip(file.path, `could not be read as ${what}: ${(0,_walk_js__WEBPACK_IMPORTED_MODULE_1__/* .errorCode */ .CA)(err)}`);
    }
    return undefined;
}


/***/ })

};
