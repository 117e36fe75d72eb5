export const id = 6;
export const ids = [6];
export const modules = {

/***/ 8006:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  brandingCheck: () => (/* binding */ brandingCheck)
});

// EXTERNAL MODULE: ./src/files/walk.ts + 2 modules
var walk = __webpack_require__(767);
// EXTERNAL MODULE: ./src/checks/credentials/line-index.ts
var line_index = __webpack_require__(6933);
// EXTERNAL MODULE: ./src/checks/branding/sources/xml-text.ts
var xml_text = __webpack_require__(2629);
// EXTERNAL MODULE: ./src/checks/branding/sources/android-escapes.ts
var android_escapes = __webpack_require__(6194);
// EXTERNAL MODULE: ./src/checks/branding/sources/android-resources.ts
var android_resources = __webpack_require__(2468);
;// CONCATENATED MODULE: ./src/checks/branding/sources/android-manifest.ts



const LAUNCHER = /android\.intent\.category\.(?:LEANBACK_)?LAUNCHER\b/;
const EVERY_LAUNCHER = /android\.intent\.category\.(?:LEANBACK_)?LAUNCHER\b/g;
/**
 * The `<application>` element, and the activities and activity aliases that appear in the launcher: their labels
 * and icons are the app's. Other activities' labels are screen titles, not the app's.
 */
function launcherElements(text) {
    const xml = (0,xml_text/* blankXmlComments */.K4)(text);
    const out = [];
    const start = /<(application|activity-alias|activity)\b([^<>]*?)(\/?)>/g;
    // An element never closed from some point on is not searched for again (thousands of them would be quadratic).
    const unclosed = new Set();
    let lastLauncher;
    for (let m = start.exec(xml); m; m = start.exec(xml)) {
        const element = m[1];
        if (element !== 'application') {
            if (m[3] === '/')
                continue;
            const end = unclosed.has(element) ? -1 : xml.indexOf(`</${element}`, start.lastIndex);
            if (end === -1)
                unclosed.add(element);
            // Never closed: its body runs to the end of the file, where the last launcher category is known once.
            const launcher = end === -1 ? (lastLauncher ??= lastIndexOf(xml, EVERY_LAUNCHER)) >= start.lastIndex : LAUNCHER.test(xml.slice(start.lastIndex, end));
            if (!launcher)
                continue;
        }
        out.push({ element, attributes: (0,xml_text/* attributes */.uK)(m[2], m.index + 1 + element.length) });
    }
    return out;
}
/** The labels that name the app to its users (see launcherElements). */
function readManifestLabels(text) {
    const out = [];
    for (const { element, attributes } of launcherElements(text)) {
        const label = attributes.get('android:label');
        if (!label)
            continue;
        if (label.value.trim().startsWith('@')) {
            const reference = (0,android_resources/* stringReference */.T)(label.value);
            if (reference)
                out.push({ element, reference, offset: label.offset });
            continue;
        }
        const placeholder = /^\s*\$\{(\w+)\}\s*$/.exec(label.value)?.[1];
        out.push({ element, literal: (0,android_escapes/* decodeAndroidString */.D)(label.value), placeholder, offset: label.offset });
    }
    return out;
}
/** Where the last match of the global `pattern` starts in `text`; -1 when there is none. */
function lastIndexOf(text, pattern) {
    let last = -1;
    pattern.lastIndex = 0;
    for (let m = pattern.exec(text); m; m = pattern.exec(text))
        last = m.index;
    return last;
}

;// CONCATENATED MODULE: ./src/checks/branding/sources/desktop-entry.ts
const NAME = /^([ \t]*)(_?Name(?:\[[^\]\r\n]+\])?)[ \t]*=[ \t]*(.*?)\r?$/;
/**
 * `Name=` and `Name[xx]=` of the `[Desktop Entry]` group of a freedesktop `.desktop` file (`_Name=` in
 * intltool `.desktop.in` templates). Actions' names (`[Desktop Action ...]`) are not the app's title.
 */
function desktopEntryTitles(text) {
    const out = [];
    let group = '';
    let offset = 0;
    for (const line of text.split('\n')) {
        const header = /^\s*\[([^\]]*)\]/.exec(line);
        if (header)
            group = header[1];
        else if (group === 'Desktop Entry') {
            const m = NAME.exec(line);
            if (m && m[3] !== '') {
                const valueAt = line.length - (line.endsWith('\r') ? 1 : 0) - m[3].length;
                out.push({ source: '.desktop file', key: m[2], value: desktop_entry_unescape(m[3]), offset: offset + valueAt });
            }
        }
        offset += line.length + 1;
    }
    return out;
}
function desktop_entry_unescape(value) {
    return value.replace(/\\(.)/g, (_, c) => ({ s: ' ', n: '\n', t: '\t', r: '\r' })[c] ?? c);
}

// EXTERNAL MODULE: ./node_modules/yaml/dist/index.js
var dist = __webpack_require__(8815);
;// CONCATENATED MODULE: ./src/checks/branding/types.ts
/** What an extractor could not read in an otherwise readable file. */
class TitleFileError extends Error {
}

;// CONCATENATED MODULE: ./src/checks/branding/sources/json-locate.ts
class JsonSyntaxError extends Error {
    offset;
    constructor(message, offset) {
        super(message);
        this.offset = offset;
    }
}
/**
 * Parses JSON keeping each value's offset. Comments and trailing commas are tolerated (tsconfig-style files use
 * them); anything else malformed throws a JsonSyntaxError with the offset.
 */
function parseLocated(text) {
    let i = 0;
    const fail = (what) => {
        throw new JsonSyntaxError(`${what} at offset ${i}`, i);
    };
    const space = () => {
        for (;;) {
            while (i < text.length && /\s/.test(text[i]))
                i++;
            if (text.startsWith('//', i)) {
                const end = text.indexOf('\n', i);
                i = end === -1 ? text.length : end;
            }
            else if (text.startsWith('/*', i)) {
                const end = text.indexOf('*/', i + 2);
                if (end === -1)
                    fail('unterminated comment');
                i = end + 2;
            }
            else
                return;
        }
    };
    const string = () => {
        const start = i;
        const re = /"((?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*)"/y;
        re.lastIndex = i;
        const m = re.exec(text);
        if (!m)
            fail('bad string');
        i = start + m[0].length;
        return JSON.parse(m[0]);
    };
    const value = () => {
        space();
        const offset = i;
        const c = text[i];
        if (c === '{') {
            i++;
            const entries = [];
            for (;;) {
                space();
                if (text[i] === '}')
                    break;
                if (text[i] !== '"')
                    fail('expected a key');
                const key = string();
                space();
                if (text[i++] !== ':')
                    fail('expected ":"');
                entries.push({ key, value: value() });
                space();
                if (text[i] === ',')
                    i++;
                else if (text[i] !== '}')
                    fail('expected "," or "}"');
            }
            i++;
            return { type: 'object', offset, entries };
        }
        if (c === '[') {
            i++;
            const items = [];
            for (;;) {
                space();
                if (text[i] === ']')
                    break;
                items.push(value());
                space();
                if (text[i] === ',')
                    i++;
                else if (text[i] !== ']')
                    fail('expected "," or "]"');
            }
            i++;
            return { type: 'array', offset, items };
        }
        if (c === '"')
            return { type: 'string', offset, value: string() };
        const m = /-?\d+(?:\.\d+)?(?:[eE][+-]?\d+)?|true|false|null/y;
        m.lastIndex = i;
        const lit = m.exec(text);
        if (!lit)
            fail('unexpected character');
        i += lit[0].length;
        return { type: 'other', offset };
    };
    const root = value();
    space();
    if (i < text.length)
        fail('unexpected text after the JSON value');
    return root;
}
/** The value at `path` (object keys), the last one when a key repeats (as JSON.parse does). */
function at(node, path) {
    let current = node;
    for (const key of path) {
        if (current?.type !== 'object')
            return undefined;
        current = current.entries.findLast((e) => e.key === key)?.value;
    }
    return current;
}

;// CONCATENATED MODULE: ./src/checks/branding/sources/json-titles.ts


/** Reads the string values at the given key paths of a JSON file; a missing or non-string value is no title. */
function jsonTitles(text, source, paths) {
    const root = parse(text);
    const out = [];
    for (const path of paths) {
        const node = at(root, path);
        if (node?.type === 'string')
            out.push({ source, key: path.join('.'), value: node.value, offset: node.offset + 1 });
    }
    return out;
}
function parse(text) {
    try {
        return parseLocated(text);
    }
    catch (err) {
        if (err instanceof JsonSyntaxError)
            throw new TitleFileError(`not valid JSON: ${err.message}`);
        throw err;
    }
}
/** `productName`, and electron-builder's `build.productName`. */
function packageJsonTitles(text) {
    return jsonTitles(text, 'package.json', [['productName'], ['build', 'productName']]);
}
// Keys only a web app manifest or a browser extension manifest has: a plain `manifest.json` of another tool is no title file.
const WEB_MANIFEST_KEYS = ['short_name', 'start_url', 'display', 'icons', 'manifest_version', 'theme_color', 'background_color', 'scope'];
/** `name` and `short_name` of a web app manifest (or a browser extension's `manifest.json`). */
function webManifestTitles(text, path) {
    const root = parse(text);
    if (root.type !== 'object')
        return [];
    if (!/\.webmanifest$/i.test(path) && !root.entries.some((e) => WEB_MANIFEST_KEYS.includes(e.key)))
        return [];
    return jsonTitles(text, 'web app manifest', [['name'], ['short_name']]);
}
/** Tauri's `productName` (`package.productName` in Tauri 1). */
function tauriTitles(text) {
    return jsonTitles(text, 'Tauri config', [['productName'], ['package', 'productName']]);
}
/** React Native's `displayName` and Expo's `expo.name` in `app.json` (its plain `name` is a module or Heroku app name). */
function appJsonTitles(text) {
    return jsonTitles(text, 'app.json', [['displayName'], ['expo', 'name']]);
}
/** Capacitor's `appName`. */
function capacitorTitles(text) {
    return jsonTitles(text, 'Capacitor config', [['appName']]);
}

;// CONCATENATED MODULE: ./src/checks/branding/sources/electron-builder.ts



/** `productName` of an electron-builder config file (`electron-builder.yml`, `.yaml` or `.json`). */
function electronBuilderTitles(text, path) {
    if (/\.json$/i.test(path))
        return jsonTitles(text, 'electron-builder config', [['productName']]);
    const doc = (0,dist/* parseDocument */.Tp)(text);
    if (doc.errors.length > 0)
        throw new TitleFileError(`not valid YAML: ${doc.errors[0].message.split('\n')[0]}`);
    const node = doc.get('productName', true);
    if (!(0,dist/* isScalar */.jn)(node) || typeof node.value !== 'string' || !node.range)
        return [];
    const quoted = node.type === 'QUOTE_DOUBLE' || node.type === 'QUOTE_SINGLE';
    return [{ source: 'electron-builder config', key: 'productName', value: node.value, offset: node.range[0] + (quoted ? 1 : 0) }];
}

;// CONCATENATED MODULE: ./src/checks/branding/select.ts
/** Which kind of title file a path is, by its name and folder; undefined for every other file. */
function titleFileKind(path) {
    const name = path.slice(path.lastIndexOf('/') + 1);
    if (/(?:^|\/)res\/values[^/]*\/[^/]+\.xml$/.test(path))
        return 'android-resources';
    // Telegram for Android keeps per-build manifests as config/release/AndroidManifest_standalone.xml and the like.
    if (/^AndroidManifest(?:[-_.][\w.-]*)?\.xml$/.test(name))
        return 'android-manifest';
    // Any plist: Xcode's INFOPLIST_FILE can name an app's Info.plist anything (Telegram Desktop's is Telegram.plist).
    if (/.\.plist$/.test(name) && name !== 'GoogleService-Info.plist')
        return 'info-plist';
    if (name === 'InfoPlist.strings' && /\.lproj\/InfoPlist\.strings$/.test(path))
        return 'infoplist-strings';
    if (name === 'package.json')
        return 'package-json';
    if (/^electron-builder\.(?:ya?ml|json)$/.test(name))
        return 'electron-builder';
    if (/.\.desktop(?:\.in)?$/.test(name))
        return 'desktop-entry';
    if (/.\.rc(?:\.in)?$/i.test(name))
        return 'windows-rc';
    if (name === 'manifest.json' || /.\.webmanifest$/.test(name))
        return 'web-manifest';
    if (/.\.gradle(?:\.kts)?$/.test(name))
        return 'gradle';
    if (name === 'project.pbxproj' || /.\.xcconfig$/.test(name))
        return 'xcode-settings';
    if (name === 'InfoPlist.xcstrings')
        return 'xcstrings';
    if (name === 'tauri.conf.json')
        return 'tauri';
    if (name === 'app.json')
        return 'app-json';
    if (name === 'capacitor.config.json')
        return 'capacitor';
    if (/\.appxmanifest$/i.test(name) || name === 'AppxManifest.xml')
        return 'appx-manifest';
    if (/.\.(?:metainfo|appdata)\.xml(?:\.in)?$/.test(name))
        return 'appstream';
    return undefined;
}
/** Whether a plist is named as an Info.plist, so it must be readable; other plists are read only when they are XML. */
function isInfoPlistName(path) {
    return /(?:^|\/|[-_ ])Info\.plist$/.test(path);
}

;// CONCATENATED MODULE: ./src/checks/branding/sources/info-plist.ts



const TITLE_KEYS = /<key>\s*(CFBundleDisplayName|CFBundleName)\s*<\/key>\s*<string>([\s\S]*?)<\/string\s*>/g;
/**
 * `CFBundleDisplayName` and `CFBundleName` of an XML property list (binary plists are skipped by the caller). A
 * plist in another format is refused when it is named as an Info.plist, and holds no titles otherwise.
 */
function infoPlistTitles(text, path) {
    if (!/<plist\b/.test(text)) {
        if (isInfoPlistName(path))
            throw new TitleFileError('not an XML property list (old-style or JSON plists are not read)');
        return [];
    }
    const source = isInfoPlistName(path) ? 'Info.plist' : 'property list';
    const xml = (0,xml_text/* blankXmlComments */.K4)(text);
    const out = [];
    TITLE_KEYS.lastIndex = 0;
    for (let m = TITLE_KEYS.exec(xml); m; m = TITLE_KEYS.exec(xml)) {
        const inner = m[2];
        const innerAt = m.index + m[0].lastIndexOf('</string') - inner.length;
        const lead = inner.length - inner.trimStart().length;
        out.push({ source, key: m[1], value: (0,xml_text/* xmlTextContent */.Wj)(inner).trim(), offset: innerAt + lead });
    }
    return out;
}

// EXTERNAL MODULE: ./src/checks/branding/sources/appstream.ts
var appstream = __webpack_require__(8843);
;// CONCATENATED MODULE: ./src/checks/branding/sources/appx-manifest.ts

const DISPLAY_NAME = /<DisplayName>([\s\S]*?)<\/DisplayName\s*>/g;
const VISUAL_ELEMENTS = /<(?:uap\d*:)?VisualElements\b([^>]*)>/g;
/**
 * A Windows app package manifest (`Package.appxmanifest`): the package's `<DisplayName>` and the app's
 * `VisualElements DisplayName`, the name on the Start menu. `ms-resource:` references are placeholders.
 */
function appxManifestTitles(text) {
    const xml = (0,xml_text/* blankXmlComments */.K4)(text);
    const out = [];
    DISPLAY_NAME.lastIndex = 0;
    for (let m = DISPLAY_NAME.exec(xml); m; m = DISPLAY_NAME.exec(xml)) {
        const inner = m[1];
        const lead = inner.length - inner.trimStart().length;
        out.push({ source: 'app package manifest', key: 'DisplayName', value: (0,xml_text/* xmlTextContent */.Wj)(inner).trim(), offset: m.index + '<DisplayName>'.length + lead });
    }
    VISUAL_ELEMENTS.lastIndex = 0;
    for (let m = VISUAL_ELEMENTS.exec(xml); m; m = VISUAL_ELEMENTS.exec(xml)) {
        const tagAt = m.index + m[0].length - m[1].length - 1;
        const name = (0,xml_text/* attributes */.uK)(m[1], tagAt).get('DisplayName');
        if (name)
            out.push({ source: 'app package manifest', key: 'VisualElements DisplayName', value: name.value, offset: name.offset });
    }
    return out.sort((a, b) => a.offset - b.offset);
}

// EXTERNAL MODULE: ./src/checks/branding/text.ts
var branding_text = __webpack_require__(3830);
;// CONCATENATED MODULE: ./src/checks/branding/sources/gradle-placeholders.ts

const STRING = String.raw `"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)'`;
// manifestPlaceholders = [appName: "..."] or += [...] (Groovy), manifestPlaceholders += mapOf("appName" to "...") (Kotlin)
const MAP = /\bmanifestPlaceholders\s*(?:\+?=|\.putAll\()\s*(?:\[([^\]]*)\]|mapOf\(([^)]*)\))/g;
const GROOVY_ENTRY = new RegExp(String.raw `(["']?)(\w+)\1\s*:\s*(?:${STRING})`, 'g');
const KOTLIN_ENTRY = new RegExp(String.raw `"(\w+)"\s+to\s+(?:${STRING})`, 'g');
// manifestPlaceholders["appName"] = "..." (Kotlin), manifestPlaceholders.put("appName", "...")
const SINGLE = new RegExp(String.raw `\bmanifestPlaceholders\s*(?:\[\s*["'](\w+)["']\s*\]\s*=|\.put\(\s*["'](\w+)["']\s*,)\s*(?:${STRING})`, 'g');
/** The `manifestPlaceholders` a Gradle build file sets, with where each value starts. */
function gradleManifestPlaceholders(text) {
    const code = (0,branding_text/* blankCComments */.a)(text, `"'`);
    const out = [];
    MAP.lastIndex = 0;
    for (let m = MAP.exec(code); m; m = MAP.exec(code)) {
        const body = m[1] ?? m[2];
        const bodyAt = m.index + m[0].length - body.length - 1;
        const entry = m[1] !== undefined ? GROOVY_ENTRY : KOTLIN_ENTRY;
        entry.lastIndex = 0;
        for (let e = entry.exec(body); e; e = entry.exec(body)) {
            const [name, raw] = m[1] !== undefined ? [e[2], e[3] ?? e[4]] : [e[1], e[2] ?? e[3]];
            out.push({ name, value: gradle_placeholders_unescape(raw), offset: bodyAt + e.index + e[0].length - raw.length - 1 });
        }
    }
    SINGLE.lastIndex = 0;
    for (let m = SINGLE.exec(code); m; m = SINGLE.exec(code)) {
        const raw = m[3] ?? m[4];
        out.push({ name: m[1] ?? m[2], value: gradle_placeholders_unescape(raw), offset: m.index + m[0].length - raw.length - 1 });
    }
    return out.sort((a, b) => a.offset - b.offset);
}
function gradle_placeholders_unescape(raw) {
    return raw.replace(/\\(.)/g, '$1');
}

;// CONCATENATED MODULE: ./src/checks/branding/sources/gradle-res-value.ts


// resValue "string", "app_name", "Telegram Lite" (Groovy) or resValue("string", "app_name", "Telegram Lite") (Kotlin DSL).
const RES_VALUE = /\bresValue\s*\(?\s*(["'])string\1\s*,\s*(["'])([\w.]+)\2\s*,\s*(?:"((?:[^"\\\n]|\\.)*)"|'((?:[^'\\\n]|\\.)*)')/g;
/** String resources a Gradle build file defines with `resValue`: they stand beside (and override) strings.xml. */
function gradleStringResources(text) {
    const code = (0,branding_text/* blankCComments */.a)(text, `"'`);
    const out = [];
    RES_VALUE.lastIndex = 0;
    for (let m = RES_VALUE.exec(code); m; m = RES_VALUE.exec(code)) {
        const raw = m[4] ?? m[5];
        const offset = m.index + m[0].length - raw.length - 1;
        // Groovy/Kotlin unescape first; the value then goes through aapt like any string resource.
        const value = (0,android_escapes/* decodeAndroidString */.D)(raw.replace(/\\(["'\\$])/g, '$1'));
        out.push({ name: m[3], value, offset, source: 'Gradle resValue' });
    }
    return out;
}

// EXTERNAL MODULE: ./src/checks/branding/sources/strings-file.ts
var strings_file = __webpack_require__(1173);
;// CONCATENATED MODULE: ./src/checks/branding/sources/windows-rc.ts

// VALUE "ProductName", "Telegram Desktop\0" — the value must be a string literal; a macro is not a title.
const VALUE = /\bVALUE\s+"(ProductName|FileDescription)"\s*,\s*L?"((?:[^"\r\n]|"")*)"/g;
/** `ProductName` and `FileDescription` of a Windows resource script's version block. */
function windowsRcTitles(text) {
    const code = (0,branding_text/* blankCComments */.a)(text);
    const out = [];
    VALUE.lastIndex = 0;
    for (let m = VALUE.exec(code); m; m = VALUE.exec(code)) {
        const raw = m[2];
        const valueAt = m.index + m[0].length - raw.length - 1;
        out.push({ source: 'Windows resource script', key: m[1], value: windows_rc_unescape(raw), offset: valueAt });
    }
    return out;
}
function windows_rc_unescape(raw) {
    return raw
        .replace(/""/g, '"')
        .replace(/\\(x[0-9a-fA-F]{1,4}|[0-7]{1,3}|.)/g, (_, e) => {
        if (e[0] === 'x')
            return String.fromCharCode(parseInt(e.slice(1), 16));
        if (/^[0-7]/.test(e))
            return String.fromCharCode(parseInt(e, 8));
        return e === 'n' ? '\n' : e === 't' ? '\t' : e === 'r' ? '\r' : e;
    })
        .replace(/\0+$/, '');
}

;// CONCATENATED MODULE: ./src/checks/branding/sources/xcode-settings.ts

// INFOPLIST_KEY_CFBundleDisplayName = "Telegram Lite"; (project.pbxproj), or the same without quotes and `;` (.xcconfig),
// optionally conditional: INFOPLIST_KEY_CFBundleDisplayName[sdk=iphoneos*] = ...
const SETTING = /^[ \t]*(INFOPLIST_KEY_(?:CFBundleDisplayName|CFBundleName)(?:\[[^\]\n]*\])?)[ \t]*=[ \t]*(?:"((?:[^"\\\n]|\\.)*)"|([^;\n]*?))[ \t]*;?[ \t]*\r?$/gm;
/**
 * The Info.plist keys Xcode generates from build settings (`GENERATE_INFOPLIST_FILE`): `INFOPLIST_KEY_CFBundleDisplayName`
 * and `INFOPLIST_KEY_CFBundleName` in `project.pbxproj` and `.xcconfig` files.
 */
function xcodeSettingTitles(text, path) {
    const code = (0,branding_text/* blankCComments */.a)(text);
    const out = [];
    const source = path.endsWith('.xcconfig') ? 'Xcode build settings (.xcconfig)' : 'Xcode build settings (project.pbxproj)';
    SETTING.lastIndex = 0;
    for (let m = SETTING.exec(code); m; m = SETTING.exec(code)) {
        const quoted = m[2] !== undefined;
        const raw = quoted ? m[2] : m[3];
        if (raw === '')
            continue;
        const offset = m.index + m[0].indexOf(quoted ? `"${raw}"` : raw, m[1].length) + (quoted ? 1 : 0);
        out.push({ source, key: m[1], value: quoted ? raw.replace(/\\(.)/g, (_, c) => (c === 'n' ? '\n' : c)) : raw, offset });
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/branding/sources/xcstrings.ts


const xcstrings_TITLE_KEYS = ['CFBundleDisplayName', 'CFBundleName'];
/** Each language's `CFBundleDisplayName`/`CFBundleName` in an Xcode string catalog (`InfoPlist.xcstrings`). */
function xcstringsTitles(text) {
    const root = parse(text);
    const out = [];
    for (const key of xcstrings_TITLE_KEYS) {
        const localizations = at(root, ['strings', key, 'localizations']);
        if (localizations?.type !== 'object')
            continue;
        for (const { key: lang, value } of localizations.entries) {
            for (const unit of stringUnits(value))
                out.push({ source: 'InfoPlist.xcstrings', key: `${key} (${lang})`, value: unit.value, offset: unit.offset + 1 });
        }
    }
    return out;
}
/** The `stringUnit.value` of a localization, and of its plural or device variations. */
function stringUnits(node) {
    if (node.type !== 'object')
        return [];
    const out = [];
    const value = at(node, ['stringUnit', 'value']);
    if (value?.type === 'string')
        out.push(value);
    const variations = at(node, ['variations']);
    if (variations?.type === 'object') {
        for (const kind of variations.entries) {
            if (kind.value.type === 'object')
                for (const v of kind.value.entries)
                    out.push(...stringUnits(v.value));
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/branding/extract.ts














/**
 * Dispatches a title file to the extractor of its kind; `keep` limits which Android string resources are decoded.
 * Throws TitleFileError for a file it cannot read.
 */
function extract(kind, text, path, keep) {
    switch (kind) {
        case 'android-resources':
            return { kind: 'resources', strings: (0,android_resources/* readStringResources */.b)(text, keep) };
        case 'android-manifest':
            return { kind: 'manifest', labels: readManifestLabels(text) };
        case 'info-plist':
            return { kind: 'titles', titles: infoPlistTitles(text, path) };
        case 'infoplist-strings':
            return { kind: 'titles', titles: (0,strings_file/* infoPlistStringsTitles */.Y)(text) };
        case 'package-json':
            return { kind: 'titles', titles: packageJsonTitles(text) };
        case 'electron-builder':
            return { kind: 'titles', titles: electronBuilderTitles(text, path) };
        case 'desktop-entry':
            return { kind: 'titles', titles: desktopEntryTitles(text) };
        case 'windows-rc':
            return { kind: 'titles', titles: windowsRcTitles(text) };
        case 'web-manifest':
            return { kind: 'titles', titles: webManifestTitles(text, path) };
        case 'gradle':
            return { kind: 'resources', strings: gradleStringResources(text), placeholders: gradleManifestPlaceholders(text) };
        case 'xcode-settings':
            return { kind: 'titles', titles: xcodeSettingTitles(text, path) };
        case 'xcstrings':
            return { kind: 'titles', titles: xcstringsTitles(text) };
        case 'tauri':
            return { kind: 'titles', titles: tauriTitles(text) };
        case 'app-json':
            return { kind: 'titles', titles: appJsonTitles(text) };
        case 'capacitor':
            return { kind: 'titles', titles: capacitorTitles(text) };
        case 'appx-manifest':
            return { kind: 'titles', titles: appxManifestTitles(text) };
        case 'appstream':
            return { kind: 'titles', titles: (0,appstream/* appstreamTitles */.F)(text) };
    }
}

;// CONCATENATED MODULE: ./src/checks/branding/messages.ts
/** What the finding says: which file kind and key, the title, and a title that would pass. */
function titleMessage(title, offending) {
    const where = `${title.source} ${title.key}${title.why ? ` (${title.why})` : ''}`;
    const words = [...new Set(offending.map((w) => `"${w.text}"`))].join(', ');
    const says = offending.every((w) => w.text.toLowerCase() === 'telegram') ? '' : ` (${words})`;
    return (`${where} is the app title "${shown(title.value)}", which says "Telegram"${says} without "Unofficial" right before it. ` +
        `Rename it to "${shown(suggestTitle(title.value, offending))}" or drop the word (Telegram API Terms of Service 2.3).`);
}
/** A title on one line: line breaks and tabs (from `\n` escapes) written as escapes. */
function shown(value) {
    return value.replace(/\r/g, '\\r').replace(/\n/g, '\\n').replace(/\t/g, '\\t');
}
/**
 * The title with "Unofficial " put right before each offending word: a separator after an existing "Unofficial"
 * becomes a space, and a word glued to the one before ("MyTelegram") is split from it.
 */
function suggestTitle(value, offending) {
    let out = value;
    for (const word of [...offending].sort((a, b) => b.start - a.start)) {
        const before = out.slice(0, word.start);
        const after = out.slice(word.start);
        const glued = /unofficial([^\s\p{L}\p{N}]*)$/iu.exec(before);
        if (glued)
            out = `${before.slice(0, before.length - glued[1].length)} ${after}`;
        else if (/[\p{L}\p{N}]$/u.test(before))
            out = `${before} Unofficial ${after}`;
        else
            out = `${before}Unofficial ${after}`;
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/branding/telegram-names.ts
/**
 * How "Telegram" is written in app titles. Latin spellings are matched after folding look-alike letters (Cyrillic
 * "Теlеgrаm", fullwidth "Ｔｅｌｅｇｒａｍ"); the others in their own script, lower-cased. Each is a stem: inflections
 * ("Телеграмм", "Телеграма") and longer tokens ("TelegramX") contain it.
 */
const LATIN_NAME = 'telegram';
const OTHER_SCRIPT_NAMES = [
    { stem: 'телеграм', script: 'Cyrillic (Russian, Ukrainian, Serbian, Kazakh...)' },
    { stem: 'тэлеграм', script: 'Cyrillic (Belarusian)' },
    { stem: 'تلگرام', script: 'Persian' },
    { stem: 'تلغرام', script: 'Arabic' },
    { stem: 'تيليجرام', script: 'Arabic' },
    { stem: 'تليجرام', script: 'Arabic' },
    { stem: 'טלגרם', script: 'Hebrew' },
    { stem: 'टेलीग्राम', script: 'Devanagari' },
    { stem: 'テレグラム', script: 'Japanese' },
    { stem: '텔레그램', script: 'Korean' },
];
/** Letters of other scripts drawn like the Latin letters of "telegram". */
const LOOKALIKES = {
    Т: 'T', т: 't', Е: 'E', е: 'e', г: 'r', А: 'A', а: 'a', М: 'M', Ԍ: 'G', ԍ: 'g',
    Τ: 'T', Ε: 'E', Α: 'A', Μ: 'M', α: 'a',
};
/** Characters that do not show: a title with them inside the word still reads "Telegram". */
const INVISIBLE = /[\u00ad\u034f\u180e\u200b-\u200f\u2060-\u2064\ufeff]/;

;// CONCATENATED MODULE: ./src/checks/branding/title-word.ts

/** Stands in for a placeholder (`${productName}`): a token of its own that is neither a letter nor whitespace. */
const PLACEHOLDER_MARK = '\ufffc';
// "Unofficial" as a whole word (nothing letter-like glued before it), then whitespace only, up to the word.
const UNOFFICIAL_BEFORE = /(?:^|[^\p{L}\p{N}\p{M}_])unofficial\s+$/u;
const NON_ASCII = /[^\x00-\x7f]/;
/**
 * Every "Telegram" in a title, in any case, inside longer tokens too ("TelegramX", "MyTelegram"), in Latin
 * letters (look-alikes from other scripts and invisible characters inside the word folded away) or in another
 * script (telegram-names.ts). Each is marked `unofficial` when "Unofficial" (any case) stands right before it,
 * separated only by whitespace.
 */
function telegramWords(title) {
    const ascii = !NON_ASCII.test(title);
    const lower = ascii ? title.toLowerCase() : '';
    // Most strings are plain ASCII without the word: answer those without folding.
    if (ascii && !lower.includes(LATIN_NAME))
        return [];
    const folded = ascii ? { latin: lower, native: lower, original: (i) => i } : fold(title);
    const hits = [];
    collect(folded.latin, LATIN_NAME, hits);
    if (!ascii)
        for (const { stem } of OTHER_SCRIPT_NAMES)
            collect(folded.native, stem, hits);
    hits.sort((a, b) => a.from - b.from);
    const out = [];
    for (const hit of hits) {
        const start = folded.original(hit.from);
        if (out.length > 0 && start < out[out.length - 1].end)
            continue;
        const end = folded.original(hit.to - 1) + 1;
        out.push({ start, end, text: title.slice(start, end), unofficial: UNOFFICIAL_BEFORE.test(folded.latin.slice(0, hit.from)) });
    }
    return out;
}
/** The places where the title breaks ToS 2.3. */
function offendingWords(title) {
    return telegramWords(title).filter((w) => !w.unofficial);
}
function collect(haystack, needle, into) {
    for (let i = haystack.indexOf(needle); i !== -1; i = haystack.indexOf(needle, i + needle.length)) {
        into.push({ from: i, to: i + needle.length });
    }
}
function fold(title) {
    const latin = [];
    const native = [];
    const map = [];
    for (let i = 0; i < title.length; i++) {
        const c = title[i];
        if (INVISIBLE.test(c))
            continue;
        const code = c.charCodeAt(0);
        const ascii = LOOKALIKES[c] ?? (code >= 0xff01 && code <= 0xff5e ? String.fromCharCode(code - 0xfee0) : c);
        latin.push(lower(ascii));
        native.push(lower(c));
        map.push(i);
    }
    return { latin: latin.join(''), native: native.join(''), original: (i) => map[i] };
}
/** Lower case that keeps one code unit per code unit, so indexes stay aligned. */
function lower(c) {
    const l = c.toLowerCase();
    return l.length === c.length ? l : c;
}

;// CONCATENATED MODULE: ./src/checks/branding/placeholders.ts

// ${productName} (Gradle, electron-builder), $(PRODUCT_NAME) (Xcode), @PROJECT_NAME@ (CMake), __MSG_appName__
// (browser extensions), {{appName}} (templates), ms-resource:AppName (Windows app packages): filled in at build
// time or from resources, so they are not the title's words.
const PLACEHOLDER = /\$\{[^}\n]*\}|\$\([^)\n]*\)|@[A-Za-z_][\w.]*@|__MSG_\w+__|\{\{[^}\n]*\}\}|ms-resource:[\w./-]+/g;
/** The title with each placeholder replaced by marks of the same length, which are neither letters nor spaces. */
function maskPlaceholders(title) {
    return title.replace(PLACEHOLDER, (m) => PLACEHOLDER_MARK.repeat(m.length));
}

;// CONCATENATED MODULE: ./src/checks/branding/android-resolve.ts

/**
 * The string resources that are titles because something points at them, with why: a launcher label references
 * them, directly or through other `@string/` references.
 */
function referencedTitleNames(pieces) {
    const why = new Map();
    for (const label of pieces.labels) {
        if (label.reference && !why.has(label.reference))
            why.set(label.reference, `the <${label.element} android:label> in ${label.path}`);
    }
    const aliases = pieces.strings.flatMap((s) => {
        const target = (0,android_resources/* stringReference */.T)(s.value);
        return target ? [{ name: s.name, target }] : [];
    });
    for (let grew = true; grew;) {
        grew = false;
        for (const { name, target } of aliases) {
            if (why.has(target) || !why.has(name))
                continue;
            why.set(target, `referenced by @string/${name}${why.has(name) ? `, ${why.get(name)}` : ''}`);
            grew = true;
        }
    }
    return why;
}
/**
 * Android titles across the tree: literal manifest labels, the Gradle manifest placeholders a label is made of, and
 * the string resources (in every `values*` folder, so localised ones too, and from Gradle `resValue`) that a
 * launcher label references, directly or through other `@string/` references.
 */
function resolveAndroidTitles(pieces) {
    const titles = [];
    const placeholderWhy = new Map();
    for (const label of pieces.labels) {
        if (label.literal === undefined)
            continue;
        const key = `<${label.element} android:label>`;
        titles.push({ source: 'AndroidManifest.xml', key, value: label.literal, offset: label.offset, path: label.path, at: label.at });
        if (label.placeholder && !placeholderWhy.has(label.placeholder))
            placeholderWhy.set(label.placeholder, `the ${key} in ${label.path}`);
    }
    for (const p of pieces.placeholders) {
        const why = placeholderWhy.get(p.name);
        if (why)
            titles.push({ source: 'Gradle manifestPlaceholders', key: p.name, value: p.value, offset: p.offset, why, path: p.path, at: p.at });
    }
    const why = referencedTitleNames(pieces);
    for (const s of pieces.strings) {
        if ((0,android_resources/* stringReference */.T)(s.value))
            continue;
        // A string is a title only when a shipped label resolves to it: a fork's leftover AppName or AppNameBeta that no
        // label names is never shown as the app's name.
        const reason = why.get(s.name);
        if (reason === undefined)
            continue;
        titles.push({ source: s.source ?? 'Android string resource', key: s.name, value: s.value, offset: s.offset, why: reason, path: s.path, at: s.at });
    }
    return titles;
}

// EXTERNAL MODULE: ./src/files/read-text.ts + 1 modules
var read_text = __webpack_require__(5718);
// EXTERNAL MODULE: ./src/append.ts
var append = __webpack_require__(1871);
// EXTERNAL MODULE: ./src/files/read-small-text.ts
var read_small_text = __webpack_require__(4569);
;// CONCATENATED MODULE: ./src/checks/branding/icons/paint.ts
// Where a linear gradient starts and ends, in units of the bounds, by angle: Android's GradientDrawable runs 0° left
// to right, 90° bottom to top, the diagonals corner to corner.
const GRADIENT_ENDS = {
    0: [0, 0, 1, 0],
    45: [0, 1, 1, 0],
    90: [0, 1, 0, 0],
    135: [1, 1, 0, 0],
    180: [1, 0, 0, 0],
    225: [1, 0, 0, 1],
    270: [0, 0, 0, 1],
    315: [0, 0, 1, 1],
};
/** Draws the drawable over a transparent canvas of the size given, each layer filling it; images scaled (nearest). */
function paintDrawable(drawable, width, height, images) {
    const canvas = { width, height, data: new Uint8Array(width * height * 4) };
    paintOver(canvas, drawable, images);
    return canvas;
}
function paintOver(canvas, drawable, images) {
    if (drawable.kind === 'layers') {
        for (const item of drawable.items)
            paintOver(canvas, item, images);
        return;
    }
    const colourAt = shader(drawable, canvas, images);
    const { width, height, data } = canvas;
    // One colour array for every pixel: a new one per pixel made painting a 512 px layer cost tens of milliseconds.
    const colour = [0, 0, 0, 0];
    for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
            colourAt(x, y, colour);
            overInto(data, (y * width + x) * 4, colour);
        }
    }
}
function shader(drawable, canvas, images) {
    const { width, height } = canvas;
    if (drawable.kind === 'colour') {
        return (_x, _y, out) => {
            for (let c = 0; c < 4; c++)
                out[c] = drawable.colour[c];
        };
    }
    if (drawable.kind === 'image') {
        const image = images.get(drawable);
        if (!image)
            throw new Error(`${drawable.what} was not decoded before painting`);
        return (x, y, out) => {
            const i = (Math.floor(((y + 0.5) * image.height) / height) * image.width + Math.floor(((x + 0.5) * image.width) / width)) * 4;
            for (let c = 0; c < 4; c++)
                out[c] = image.data[i + c];
        };
    }
    const [x0, y0, x1, y1] = GRADIENT_ENDS[drawable.angle].map((v, i) => v * (i % 2 === 0 ? width : height));
    const [dx, dy] = [x1 - x0, y1 - y0];
    const length2 = dx * dx + dy * dy;
    const stops = drawable.colours;
    return (x, y, out) => {
        const t = Math.min(1, Math.max(0, ((x + 0.5 - x0) * dx + (y + 0.5 - y0) * dy) / length2));
        const scaled = t * (stops.length - 1);
        const at = Math.min(stops.length - 2, Math.floor(scaled));
        const f = scaled - at;
        for (let c = 0; c < 4; c++)
            out[c] = Math.round(stops[at][c] + (stops[at + 1][c] - stops[at][c]) * f);
    };
}
/** Porter-Duff "over" of a colour onto the pixel at `i`, in place; colours are not premultiplied. */
function overInto(data, i, over) {
    const a = over[3] / 255;
    const b = (data[i + 3] / 255) * (1 - a);
    const alpha = a + b;
    for (let c = 0; c < 3; c++)
        data[i + c] = alpha === 0 ? 0 : Math.round((over[c] * a + data[i + c] * b) / alpha);
    data[i + 3] = Math.round(alpha * 255);
}

;// CONCATENATED MODULE: ./src/checks/branding/icons/compose.ts

// An adaptive icon's layers are 108 dp squares; launchers show the centre 72 dp (the 66 dp safe zone and a margin),
// masked to their shape.
const CANVAS_DP = 108;
const SHOWN_DP = 72;
/**
 * The adaptive icon as a launcher shows it: the background (scaled to the foreground's size) under the foreground,
 * the centre 72 of 108 dp, masked to a circle. The mask matters to the hash, which crops to what differs from the
 * border's colour: unmasked, a flat background would be cropped away around the glyph, where the official icons (a
 * disk on transparency) keep their disk.
 */
function composeAdaptive(background, foreground) {
    const { width, height } = foreground;
    const side = Math.max(1, Math.round((Math.min(width, height) * SHOWN_DP) / CANVAS_DP));
    const left = Math.floor((width - side) / 2);
    const top = Math.floor((height - side) / 2);
    const data = new Uint8Array(side * side * 4);
    const radius = side / 2;
    for (let y = 0; y < side; y++) {
        for (let x = 0; x < side; x++) {
            if ((x + 0.5 - radius) ** 2 + (y + 0.5 - radius) ** 2 > radius * radius)
                continue;
            const cx = left + x;
            const cy = top + y;
            const under = (Math.floor(((cy + 0.5) * background.height) / height) * background.width + Math.floor(((cx + 0.5) * background.width) / width)) * 4;
            const at = (y * side + x) * 4;
            data.set(background.data.subarray(under, under + 4), at);
            overInto(data, at, foreground.data.subarray((cy * width + cx) * 4, (cy * width + cx) * 4 + 4));
        }
    }
    return { width: side, height: side, data };
}

// EXTERNAL MODULE: external "node:fs"
var external_node_fs_ = __webpack_require__(3024);
;// CONCATENATED MODULE: ./src/checks/branding/icons/image.ts
/** An icon file the decoders refuse or cannot read: the message is the reason listed for it as not inspected. */
class IconDecodeError extends Error {
}
// App icons are at most 1024 px (App Store) and rarely drawn larger; a bigger image is artwork, not an icon, and a
// hostile header could otherwise ask for gigabytes.
const MAX_ICON_SIDE = 4096;
/** Refuses dimensions no icon has, before anything is allocated for them. */
function checkDimensions(width, height, what) {
    if (width < 1 || height < 1)
        throw new IconDecodeError(`${what} declares an empty image (${width}x${height})`);
    if (width > MAX_ICON_SIDE || height > MAX_ICON_SIDE) {
        throw new IconDecodeError(`${what} declares ${width}x${height} pixels, over the ${MAX_ICON_SIDE} px an icon can have: not decoded`);
    }
}

// EXTERNAL MODULE: ./node_modules/pngjs/lib/png.js
var lib_png = __webpack_require__(359);
;// CONCATENATED MODULE: ./src/checks/branding/icons/png.ts


const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
function isPng(bytes) {
    return bytes.length >= 8 && Buffer.from(bytes.buffer, bytes.byteOffset, 8).equals(SIGNATURE);
}
/** Width and height from the IHDR chunk, which must come first. */
function pngSize(bytes, what) {
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (view.length < 24 || view.toString('latin1', 12, 16) !== 'IHDR')
        throw new IconDecodeError(`${what} has no IHDR header`);
    return { width: view.readUInt32BE(16), height: view.readUInt32BE(20) };
}
/**
 * Decodes a PNG to 8-bit RGBA. The dimensions are checked before decoding, and pngjs inflates no more than those
 * dimensions need, so a decompression bomb stops at the size its header declares.
 */
function decodePng(bytes, what = 'PNG') {
    const { width, height } = pngSize(bytes, what);
    checkDimensions(width, height, what);
    try {
        const png = lib_png/* PNG */.O.sync.read(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength));
        return { width: png.width, height: png.height, data: png.data };
    }
    catch (err) {
        throw new IconDecodeError(`${what} could not be decoded: ${err instanceof Error ? err.message : String(err)}`);
    }
}

;// CONCATENATED MODULE: ./src/checks/branding/icons/icns.ts


function isIcns(bytes) {
    return bytes.length >= 8 && Buffer.from(bytes.buffer, bytes.byteOffset, 4).toString('latin1') === 'icns';
}
/**
 * Decodes the largest PNG image of an Apple .icns (ic07 to ic14 and the like hold PNG since macOS 10.7); the older
 * RLE bitmaps and JPEG 2000 images are not decoded.
 */
function decodeIcns(bytes) {
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const end = Math.min(view.length, view.readUInt32BE(4));
    const pngs = [];
    for (let at = 8; at + 8 <= end;) {
        const length = view.readUInt32BE(at + 4);
        if (length < 8 || at + length > end)
            break;
        const data = bytes.subarray(at + 8, at + length);
        if (isPng(data)) {
            try {
                const { width, height } = pngSize(data, 'ICNS PNG image');
                pngs.push({ side: Math.max(width, height), data });
            }
            catch (err) {
                if (!(err instanceof IconDecodeError))
                    throw err;
            }
        }
        at += length;
    }
    pngs.sort((a, b) => b.side - a.side);
    if (pngs.length === 0)
        throw new IconDecodeError('ICNS holds no PNG image (its RLE and JPEG 2000 images are not decoded)');
    return decodePng(pngs[0].data, 'ICNS PNG image');
}

;// CONCATENATED MODULE: ./src/checks/branding/icons/ico.ts


function isIco(bytes) {
    return bytes.length >= 6 && bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 1 && bytes[3] === 0;
}
/**
 * Decodes the largest frame of a Windows .ico that can be decoded: PNG frames, and BMP frames of 32 bits (with
 * alpha) or 24 bits (with the AND mask as transparency).
 */
function decodeIco(bytes) {
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const count = view.readUInt16LE(4);
    if (count === 0 || 6 + count * 16 > view.length)
        throw new IconDecodeError(`ICO directory of ${count} entries does not fit in the file`);
    const frames = [];
    for (let i = 0; i < count; i++) {
        const entry = 6 + i * 16;
        const size = view.readUInt32LE(entry + 8);
        const offset = view.readUInt32LE(entry + 12);
        if (offset + size > view.length || size === 0)
            continue;
        frames.push({ width: view[entry] || 256, data: bytes.subarray(offset, offset + size) });
    }
    frames.sort((a, b) => b.width - a.width);
    const reasons = [];
    for (const frame of frames) {
        try {
            return isPng(frame.data) ? decodePng(frame.data, 'ICO PNG frame') : decodeBmpFrame(frame.data);
        }
        catch (err) {
            if (!(err instanceof IconDecodeError))
                throw err;
            reasons.push(err.message);
        }
    }
    throw new IconDecodeError(frames.length === 0 ? 'ICO has no frame inside the file' : `no ICO frame could be decoded (${[...new Set(reasons)].join('; ')})`);
}
/** A DIB as stored in an .ico: BITMAPINFOHEADER, pixels bottom-up, the height doubled for the AND mask after them. */
function decodeBmpFrame(data) {
    const view = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
    if (view.length < 40 || view.readUInt32LE(0) < 40)
        throw new IconDecodeError('ICO frame is neither PNG nor a BMP with a BITMAPINFOHEADER');
    const headerSize = view.readUInt32LE(0);
    const width = view.readInt32LE(4);
    const height = Math.abs(view.readInt32LE(8)) / 2;
    const bits = view.readUInt16LE(14);
    const compression = view.readUInt32LE(16);
    checkDimensions(width, height, 'ICO BMP frame');
    if (compression !== 0 || (bits !== 32 && bits !== 24)) {
        throw new IconDecodeError(`ICO BMP frame of ${bits} bits per pixel${compression ? ', compressed' : ''} is not decoded (only 24 and 32 bits)`);
    }
    const stride = Math.ceil((width * bits) / 32) * 4;
    const maskStride = Math.ceil(width / 32) * 4;
    const pixelsAt = headerSize;
    const maskAt = pixelsAt + stride * height;
    if (maskAt > view.length)
        throw new IconDecodeError('ICO BMP frame is cut short');
    const hasMask = bits === 24 && maskAt + maskStride * height <= view.length;
    const out = new Uint8Array(width * height * 4);
    for (let y = 0; y < height; y++) {
        const row = pixelsAt + (height - 1 - y) * stride;
        for (let x = 0; x < width; x++) {
            const p = row + (x * bits) / 8;
            const o = (y * width + x) * 4;
            out[o] = view[p + 2];
            out[o + 1] = view[p + 1];
            out[o + 2] = view[p];
            if (bits === 32)
                out[o + 3] = view[p + 3];
            else {
                const masked = hasMask && (view[maskAt + (height - 1 - y) * maskStride + (x >> 3)] >> (7 - (x & 7))) & 1;
                out[o + 3] = masked ? 0 : 255;
            }
        }
    }
    return { width, height, data: out };
}

;// CONCATENATED MODULE: ./src/checks/branding/icons/webp.ts

function isWebp(bytes) {
    if (bytes.length < 12)
        return false;
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, 12).toString('latin1');
    return head.startsWith('RIFF') && head.endsWith('WEBP');
}
const ANIMATION_FLAG = 0x02;
/**
 * Reads every size the file declares (the VP8X canvas and the VP8/VP8L bitstream) and refuses the file before
 * decoding when one is not an icon's, or when it is animated. libwebp checks the sizes agree; this only bounds them.
 */
function checkWebpHeader(bytes) {
    const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    for (let at = 12; at + 8 <= view.length;) {
        const fourcc = view.toString('latin1', at, at + 4);
        const size = view.readUInt32LE(at + 4);
        const payload = view.subarray(at + 8, Math.min(view.length, at + 8 + size));
        if (fourcc === 'VP8X') {
            if (payload.length < 10)
                throw new IconDecodeError('WebP VP8X header is cut short');
            if (payload[0] & ANIMATION_FLAG)
                throw new IconDecodeError('animated WebP image: not inspected');
            checkDimensions(payload.readUIntLE(4, 3) + 1, payload.readUIntLE(7, 3) + 1, 'WebP canvas');
        }
        else if (fourcc === 'VP8 ') {
            if (payload.length < 10 || payload[3] !== 0x9d || payload[4] !== 0x01 || payload[5] !== 0x2a)
                throw new IconDecodeError('WebP VP8 (lossy) header is missing or cut short');
            checkDimensions(payload.readUInt16LE(6) & 0x3fff, payload.readUInt16LE(8) & 0x3fff, 'WebP VP8 (lossy) image');
            return;
        }
        else if (fourcc === 'VP8L') {
            if (payload.length < 5 || payload[0] !== 0x2f)
                throw new IconDecodeError('WebP VP8L (lossless) header is missing or cut short');
            const bits = payload.readUInt32LE(1);
            checkDimensions((bits & 0x3fff) + 1, ((bits >>> 14) & 0x3fff) + 1, 'WebP VP8L (lossless) image');
            return;
        }
        at += 8 + size + (size & 1);
    }
    throw new IconDecodeError('WebP file holds no VP8 or VP8L image');
}
let decoder;
/**
 * Decodes a still WebP (lossy or lossless, with or without alpha) to 8-bit RGBA with libwebp compiled to WebAssembly,
 * loaded on the first WebP icon only. The header is checked first, so libwebp never allocates for a hostile size.
 */
async function decodeWebp(bytes) {
    checkWebpHeader(bytes);
    try {
        const { decode } = await (decoder ??= __webpack_require__.e(/* import() */ 168).then(__webpack_require__.t.bind(__webpack_require__, 9168, 19)));
        const image = decode(bytes);
        return { width: image.width, height: image.height, data: new Uint8Array(image.data.buffer, image.data.byteOffset, image.data.byteLength) };
    }
    catch (err) {
        throw new IconDecodeError(`WebP image could not be decoded: ${err instanceof Error ? err.message : String(err)}`);
    }
}

;// CONCATENATED MODULE: ./src/checks/branding/icons/decode.ts







// An .icns with every size up to 1024 px is a few MiB; a bigger "icon" is not one, and is not read whole.
const MAX_ICON_FILE_BYTES = 16 * 1024 * 1024;
/** Reads and decodes an icon file of the tree; throws IconDecodeError with the reason. */
async function decodeIconFile(file) {
    return decodeIcon(readIconBytes(file));
}
function readIconBytes(file) {
    if (file.size > MAX_ICON_FILE_BYTES)
        throw new IconDecodeError(`larger than ${MAX_ICON_FILE_BYTES / 1024 / 1024} MiB: not read as an icon`);
    let fd;
    try {
        fd = (0,external_node_fs_.openSync)(file.abs, 'r');
        const buffer = Buffer.alloc(file.size);
        const read = (0,external_node_fs_.readSync)(fd, buffer, 0, file.size, 0);
        return buffer.subarray(0, read);
    }
    catch (err) {
        throw new IconDecodeError(`could not be read as an icon: ${(0,walk/* errorCode */.CA)(err)}`);
    }
    finally {
        if (fd !== undefined)
            (0,external_node_fs_.closeSync)(fd);
    }
}
/** Decodes an icon file by what its bytes are, whatever its name says; throws IconDecodeError with the reason. */
async function decodeIcon(bytes) {
    if (isPng(bytes))
        return decodePng(bytes);
    if (isWebp(bytes))
        return decodeWebp(bytes);
    if (isIco(bytes))
        return decodeIco(bytes);
    if (isIcns(bytes))
        return decodeIcns(bytes);
    throw new IconDecodeError(notDecodedReason(bytes));
}
function notDecodedReason(bytes) {
    const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 512)).toString('latin1');
    if (bytes[0] === 0xff && bytes[1] === 0xd8)
        return 'JPEG image: not decoded (icons are PNG, WebP, ICO or ICNS)';
    if (/^\s*(?:\uFEFF)?</.test(head))
        return /<svg\b/.test(head) ? 'SVG (vector) image: not rasterised, not inspected' : 'XML (vector) drawable: not rasterised, not inspected';
    return 'not a PNG, WebP, ICO or ICNS image: not inspected';
}

;// CONCATENATED MODULE: ./src/checks/branding/icons/hash.ts
/**
 * A perceptual hash of an icon (DCT pHash on luminance) made to survive what happens to a copied logo: any size,
 * a tint or mild recolouring, a rounded mask and some padding. The icon is composited on white (what a store page
 * shows), cropped to what differs from its background (the colour its border agrees on) and squared, so padding
 * and transparent margins drop out; area averaging to GRID x GRID removes the size; the signs of the lowest
 * KEEP x KEEP DCT coefficients against their median survive any monotonic change of brightness and contrast.
 */
const GRID = 32;
const KEEP = 8;
const HASH_BITS = KEEP * KEEP - 1;
/** Channel difference (0-255) under which two composited colours are the same background. */
const SAME_COLOUR = 32;
/** Share of border pixels that must agree on one colour for it to be the background. */
const BORDER_AGREEMENT = 0.9;
/** The hash as 16 hex digits; undefined for an image with no content (one flat colour), which is no logo. */
function iconHash(image) {
    const background = borderColour(image);
    const box = contentBox(image, background);
    if (!box)
        return undefined;
    const grid = averageLuminance(image, box, background ?? WHITE);
    return bitsToHex(dctSigns(grid));
}
/** Bits that differ between two hashes (0 to HASH_BITS). */
function hashDistance(a, b) {
    let distance = 0;
    for (let i = 0; i < a.length; i += 8) {
        let x = (parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0;
        for (; x; x &= x - 1)
            distance++;
    }
    return distance;
}
const WHITE = [255, 255, 255];
function composite(image, x, y, into = [0, 0, 0]) {
    const i = (y * image.width + x) * 4;
    const d = image.data;
    const a = d[i + 3] / 255;
    into[0] = d[i] * a + 255 * (1 - a);
    into[1] = d[i + 1] * a + 255 * (1 - a);
    into[2] = d[i + 2] * a + 255 * (1 - a);
    return into;
}
function differs(a, b) {
    return Math.abs(a[0] - b[0]) > SAME_COLOUR || Math.abs(a[1] - b[1]) > SAME_COLOUR || Math.abs(a[2] - b[2]) > SAME_COLOUR;
}
/** The colour the image's border agrees on (composited on white), when it agrees; undefined for a full-bleed icon. */
function borderColour(image) {
    const { width, height } = image;
    const border = [];
    for (let x = 0; x < width; x++)
        border.push(composite(image, x, 0), composite(image, x, height - 1));
    for (let y = 1; y < height - 1; y++)
        border.push(composite(image, 0, y), composite(image, width - 1, y));
    const median = [0, 1, 2].map((c) => border.map((p) => p[c]).sort((a, b) => a - b)[border.length >> 1]);
    const agreeing = border.filter((p) => !differs(p, median)).length;
    return agreeing >= BORDER_AGREEMENT * border.length ? median : undefined;
}
/**
 * The square around what differs from the background, centred on it. Rows and columns with only a stray pixel or
 * two (noise, a lone antialiased speck) do not count.
 */
function contentBox(image, background) {
    const { width, height } = image;
    if (!background)
        return centre(0, 0, width, height);
    const rows = new Uint32Array(height);
    const cols = new Uint32Array(width);
    const colour = [0, 0, 0]; // one for every pixel: the loops read up to millions
    for (let y = 0; y < height; y++) {
        for (let x = 0; x < width; x++) {
            if (differs(composite(image, x, y, colour), background)) {
                rows[y]++;
                cols[x]++;
            }
        }
    }
    const span = (counts, across) => {
        const least = Math.max(1, Math.floor(across / 200));
        let first = -1;
        let last = -1;
        for (let i = 0; i < counts.length; i++) {
            if (counts[i] < least)
                continue;
            if (first < 0)
                first = i;
            last = i;
        }
        return first < 0 ? undefined : [first, last + 1];
    };
    const ys = span(rows, width);
    const xs = span(cols, height);
    if (!ys || !xs)
        return undefined;
    return centre(xs[0], ys[0], xs[1] - xs[0], ys[1] - ys[0]);
}
function centre(x, y, w, h) {
    const side = Math.max(w, h);
    return { x: x - (side - w) / 2, y: y - (side - h) / 2, side };
}
/** Luminance of the box, averaged over GRID x GRID cells; what falls outside the image is the background. */
function averageLuminance(image, box, outside) {
    const xWeights = axisWeights(box.x, box.side, image.width);
    const yWeights = axisWeights(box.y, box.side, image.height);
    const outsideLuma = luma(outside);
    const grid = new Float64Array(GRID * GRID);
    const colour = [0, 0, 0];
    for (let gy = 0; gy < GRID; gy++) {
        for (let gx = 0; gx < GRID; gx++) {
            let sum = 0;
            let weight = 0;
            for (const [y, wy] of yWeights[gy]) {
                for (const [x, wx] of xWeights[gx]) {
                    const w = wx * wy;
                    sum += w * (x < 0 || y < 0 ? outsideLuma : luma(composite(image, x, y, colour)));
                    weight += w;
                }
            }
            grid[gy * GRID + gx] = weight > 0 ? sum / weight : outsideLuma;
        }
    }
    return grid;
}
/**
 * For each of the GRID cells along one axis, the source pixels it covers and by how much (area averaging); a pixel
 * outside the image is index -1.
 */
function axisWeights(start, side, size) {
    const cells = [];
    const step = side / GRID;
    for (let g = 0; g < GRID; g++) {
        const from = start + g * step;
        const to = from + step;
        const cell = [];
        for (let p = Math.floor(from); p < to; p++) {
            const covered = Math.min(to, p + 1) - Math.max(from, p);
            if (covered <= 0)
                continue;
            cell.push([p >= 0 && p < size ? p : -1, covered]);
        }
        cells.push(cell);
    }
    return cells;
}
function luma(c) {
    return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];
}
const COSINES = Array.from({ length: KEEP }, (_, u) => Float64Array.from({ length: GRID }, (_, x) => Math.cos(((2 * x + 1) * u * Math.PI) / (2 * GRID))));
/** Whether each of the lowest DCT coefficients but the DC is above their median. */
function dctSigns(grid) {
    const coefficients = [];
    for (let v = 0; v < KEEP; v++) {
        for (let u = 0; u < KEEP; u++) {
            if (u === 0 && v === 0)
                continue;
            let sum = 0;
            for (let y = 0; y < GRID; y++) {
                let row = 0;
                for (let x = 0; x < GRID; x++)
                    row += grid[y * GRID + x] * COSINES[u][x];
                sum += row * COSINES[v][y];
            }
            coefficients.push(sum);
        }
    }
    const median = [...coefficients].sort((a, b) => a - b)[coefficients.length >> 1];
    return coefficients.map((c) => c > median);
}
function bitsToHex(bits) {
    let hex = '';
    for (let i = 0; i < 64; i += 4) {
        let nibble = 0;
        for (let b = 0; b < 4; b++)
            nibble = (nibble << 1) | (bits[i + b] ? 1 : 0);
        hex += nibble.toString(16);
    }
    return hex;
}

;// CONCATENATED MODULE: ./src/checks/branding/icons/adaptive-hash.ts





// The background is painted at most this wide (then scaled like an image): the hash reads a 32 x 32 grid, and a
// 4096 px foreground would otherwise cost a 4096 px canvas per layer.
const MAX_PAINTED_SIDE = 192;
/** Decodes an adaptive icon's layers, composes them as a launcher shows them and hashes that; or why it could not. */
async function hashAdaptiveIcon(icon, count) {
    const foreground = await decodeImage(icon.foreground, count);
    if ('reason' in foreground)
        return { reason: `adaptive icon (Android 8+) whose foreground ${icon.foreground.what} could not be decoded (${foreground.reason}): not inspected` };
    const images = new Map();
    const background = [];
    for (const layer of imageLayers(icon.background)) {
        const decoded = await decodeImage(layer, count);
        if ('reason' in decoded) {
            const within = layer === icon.background ? '' : ` (in ${icon.background.what})`;
            return { reason: `adaptive icon (Android 8+) whose background ${layer.what}${within} could not be decoded (${decoded.reason}): not inspected` };
        }
        images.set(layer, decoded.image);
        background.push(decoded.file);
    }
    const scale = Math.min(1, MAX_PAINTED_SIDE / Math.max(foreground.image.width, foreground.image.height));
    const painted = paintDrawable(icon.background, Math.max(1, Math.round(foreground.image.width * scale)), Math.max(1, Math.round(foreground.image.height * scale)), images);
    return { hash: iconHash(composeAdaptive(painted, foreground.image)), foreground: foreground.file, background };
}
function imageLayers(drawable) {
    if (drawable.kind === 'image')
        return [drawable];
    return drawable.kind === 'layers' ? drawable.items.flatMap(imageLayers) : [];
}
/** The image's best file that decodes (the highest density first, as Android would pick on a dense screen). */
async function decodeImage(layer, count) {
    let reason;
    for (const file of layer.files) {
        try {
            const image = await decodeIconFile(file);
            count(file);
            return { image, file };
        }
        catch (err) {
            if (!(err instanceof IconDecodeError))
                throw err;
            reason ??= `${file.path}: ${err.message}`;
        }
    }
    return { reason: reason ?? 'no file' };
}

;// CONCATENATED MODULE: ./src/checks/branding/icons/android-colours.ts

const FRAMEWORK = { white: [255, 255, 255, 255], black: [0, 0, 0, 255], transparent: [0, 0, 0, 0] };
// A colour resource may name another: a chain longer than this is a loop or not worth following.
const MAX_REFERENCES = 8;
/** `#RGB`, `#ARGB`, `#RRGGBB` or `#AARRGGBB`, as Android reads them; undefined for anything else. */
function colourLiteral(value) {
    const hex = /^#([0-9a-f]{3,4}|[0-9a-f]{6}|[0-9a-f]{8})$/i.exec(value.trim())?.[1];
    if (!hex)
        return undefined;
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const argb = full.length === 6 ? `ff${full}` : full;
    const byte = (i) => parseInt(argb.slice(i, i + 2), 16);
    return [byte(2), byte(4), byte(6), byte(0)];
}
/** Reads each root's colour definitions once, when an icon first needs them. */
function colourTable(index, readText) {
    const tables = new Map();
    return (root) => {
        let table = tables.get(root);
        if (table)
            return table;
        table = new Map();
        for (const file of index.values.get(root) ?? []) {
            const text = readText(file);
            if (text === undefined)
                continue;
            for (const m of (0,xml_text/* blankXmlComments */.K4)(text).matchAll(/<color\b[^<>]*?\bname\s*=\s*["']([\w.]+)["'][^<>]*>([^<]*)<\/color>/g)) {
                if (!table.has(m[1]))
                    table.set(m[1], m[2].trim());
            }
        }
        tables.set(root, table);
        return table;
    };
}
/**
 * A colour value as an adaptive icon layer writes it: a literal, `@android:color/white|black|transparent`, or
 * `@color/name` defined in the default `values/` folder of the resource roots a reference resolves in (the first that
 * defines it), following references.
 */
function resolveColour(value, roots, colours) {
    let current = value.trim();
    for (let step = 0; step <= MAX_REFERENCES; step++) {
        const literal = colourLiteral(current);
        if (literal)
            return { colour: literal };
        const framework = /^@android:color\/(\w+)$/.exec(current)?.[1];
        if (framework !== undefined) {
            return framework in FRAMEWORK ? { colour: FRAMEWORK[framework] } : { reason: `is the system colour @android:color/${framework}, whose value is not known here` };
        }
        const name = /^@color\/([\w.]+)$/.exec(current)?.[1];
        if (name === undefined)
            return { reason: `is the colour value "${current}", which is not a #RRGGBB or #AARRGGBB colour` };
        const defined = roots.map((r) => colours(r).get(name)).find((v) => v !== undefined);
        if (defined === undefined)
            return { reason: `is the colour @color/${name}, which no values/*.xml of ${roots.join(' or ')} defines` };
        current = defined;
    }
    return { reason: `is the colour ${value.trim()}, whose references go on for more than ${MAX_REFERENCES} steps` };
}

;// CONCATENATED MODULE: ./src/checks/branding/icons/gradle-libraries.ts

// Libraries of libraries are followed this many levels deep, and at most this many in all, for one module.
const MAX_LEVELS = 3;
const MAX_LIBRARIES = 16;
const BUILD_FILE = /^(?:(.*)\/)?build\.gradle(?:\.kts)?$/;
const SETTINGS_FILE = /^(?:(.*)\/)?settings\.gradle(?:\.kts)?$/;
// `implementation project(':lib')`, `api project(path: ':lib')` (Groovy), `implementation(project(":lib"))` (Kotlin).
// Only the configurations every variant gets: a flavor's or build type's own dependency is not the main one's.
const DEPENDENCY = /\b(?:implementation|api|compile)\s*\(?\s*project\s*\(\s*(?:path\s*[:=]\s*)?(["'])(:[\w.:-]*)\1\s*\)/g;
// `project(':lib').projectDir = new File(settingsDir, 'libs/lib')` or `= file("libs/lib")`, also with rootDir.
const PROJECT_DIR = /\bproject\s*\(\s*(["'])(:[\w.:-]*)\1\s*\)\s*\.projectDir\s*=\s*([^\n;]*)/g;
const PROJECT_DIR_VALUE = /^(?:new\s+)?(?:File|file)\s*\(\s*(?:(?:settingsDir|rootDir|rootProject\.projectDir)\s*,\s*)?(["'])([\w./-]+)\1\s*\)\s*$/;
/**
 * Reads the tree's Gradle build and settings files when a module's libraries are first asked for. A library whose
 * folder the settings move in a way not read here is not followed.
 */
function libraryModules(files, readText) {
    const builds = new Map();
    const settings = new Map();
    for (const file of files) {
        const build = BUILD_FILE.exec(file.path);
        if (build && !builds.has(build[1] ?? ''))
            builds.set(build[1] ?? '', file);
        const setting = SETTINGS_FILE.exec(file.path);
        if (setting && !settings.has(setting[1] ?? ''))
            settings.set(setting[1] ?? '', file);
    }
    const code = (file) => {
        const text = file && readText(file);
        return text === undefined ? undefined : (0,branding_text/* blankCComments */.a)(text, `"'`);
    };
    const moved = new Map();
    const movedIn = (settingsDir) => {
        let table = moved.get(settingsDir);
        if (!table)
            moved.set(settingsDir, (table = projectDirs(code(settings.get(settingsDir)) ?? '', settingsDir)));
        return table;
    };
    const direct = (moduleDir) => {
        const text = code(builds.get(moduleDir));
        const settingsDir = enclosing(moduleDir, settings);
        if (text === undefined || settingsDir === undefined)
            return [];
        const out = [];
        for (const m of text.matchAll(DEPENDENCY)) {
            const table = movedIn(settingsDir);
            const dir = table.has(m[2]) ? table.get(m[2]) : join(settingsDir, m[2].split(':').filter(Boolean).join('/'));
            if (dir !== undefined && !out.includes(dir))
                out.push(dir);
        }
        return out;
    };
    const cache = new Map();
    return (moduleDir) => {
        const known = cache.get(moduleDir);
        if (known)
            return known;
        const seen = new Set([moduleDir]);
        const out = [];
        let level = [moduleDir];
        for (let depth = 0; depth < MAX_LEVELS && level.length > 0; depth++) {
            const next = [];
            for (const dir of level.flatMap(direct)) {
                if (seen.has(dir) || out.length >= MAX_LIBRARIES)
                    continue;
                seen.add(dir);
                out.push(dir);
                next.push(dir);
            }
            level = next;
        }
        cache.set(moduleDir, out);
        return out;
    };
}
/** The settings' `projectDir` assignments by project path; undefined for one whose folder is not a plain relative path. */
function projectDirs(code, settingsDir) {
    const out = new Map();
    for (const m of code.matchAll(PROJECT_DIR)) {
        const path = PROJECT_DIR_VALUE.exec(m[3].trim())?.[2];
        const parts = path?.split('/').filter((p) => p !== '' && p !== '.');
        out.set(m[2], parts && parts.length > 0 && !parts.includes('..') && !path.startsWith('/') ? join(settingsDir, parts.join('/')) : undefined);
    }
    return out;
}
/** The nearest folder at or above `dir` that holds one of the files. */
function enclosing(dir, holders) {
    for (let current = dir; current !== undefined; current = current === '' ? undefined : current.replace(/\/?[^/]*$/, '')) {
        if (holders.has(current))
            return current;
    }
    return undefined;
}
function join(dir, path) {
    return dir === '' ? path : path === '' ? dir : `${dir}/${path}`;
}

;// CONCATENATED MODULE: ./src/checks/branding/icons/android-resources.ts

// `…/res/mipmap-xxhdpi/ic_launcher.png`: the resource root, the type, the folder's qualifiers and the name (a
// nine-patch's `.9` dropped).
const RESOURCE = /^(.*?res)\/(mipmap|drawable)(-[^/]+)?\/([^/]+?)(?:\.9)?\.(png|webp|jpe?g|xml)$/;
// The default configuration's values files, where `@color/` resources are defined.
const VALUES = /^(.*?res)\/values\/[^/]+\.xml$/;
/** `@mipmap/ic_launcher`, `@drawable/bg` (and `@+drawable/…`): the type and the name. */
const DRAWABLE_REFERENCE = /^@(?:\+)?(mipmap|drawable)\/([\w.]+)$/;
const DENSITY = { ldpi: 120, mdpi: 160, tvdpi: 213, hdpi: 240, xhdpi: 320, xxhdpi: 480, xxxhdpi: 640 };
function indexResources(files, readText) {
    const index = { drawables: new Map(), values: new Map(), libraries: libraryModules(files, readText) };
    for (const file of files) {
        const values = VALUES.exec(file.path);
        if (values)
            index.values.set(values[1], [...(index.values.get(values[1]) ?? []), file]);
        const m = RESOURCE.exec(file.path);
        if (!m)
            continue;
        const id = `${m[2]}/${m[4]}`;
        const byRoot = index.drawables.get(id) ?? new Map();
        index.drawables.set(id, byRoot);
        byRoot.set(m[1], [...(byRoot.get(m[1]) ?? []), file]);
    }
    return index;
}
/**
 * The resource roots a reference from `root` resolves in: the root itself, then its module's `src/main/res`, which
 * every variant of the module merges (a flavor's icon may draw on a main layer), then the `src/main/res` of the
 * library modules the module depends on, which the app's resources override.
 */
function lookupRoots(index, root) {
    const module = /^(?:(.*)\/)?src\/[^/]+\/res$/.exec(root);
    if (!module)
        return [root];
    const main = `${module[1] === undefined ? '' : `${module[1]}/`}src/main/res`;
    const libraries = index.libraries(module[1] ?? '').map((dir) => `${dir}/src/main/res`);
    return [...new Set([root, main, ...libraries])];
}
/** The files of `type/name` in the first of the lookup roots that has it, with that root. */
function resourceFiles(index, root, id) {
    const byRoot = index.drawables.get(id);
    for (const candidate of lookupRoots(index, root)) {
        const files = byRoot?.get(candidate);
        if (files)
            return { root: candidate, files };
    }
    return undefined;
}
/** The screen density a resource folder is for (`mipmap-xxxhdpi`: 640); the default, mdpi, when it names none. */
function folderDensity(path) {
    const folder = path.split('/').at(-2) ?? '';
    for (const qualifier of folder.split('-').slice(1)) {
        if (qualifier in DENSITY)
            return DENSITY[qualifier];
    }
    return DENSITY.mdpi;
}
/** Whether the file is in an `anydpi` folder, which Android prefers over every density's file. */
function isAnyDensity(path) {
    return /(?:^|\/)[^/]*-anydpi(?:-[^/]*)?\/[^/]+$/.test(path);
}

;// CONCATENATED MODULE: ./src/checks/branding/icons/xml-elements.ts

// A tag never spans another `<`, so a run of unclosed ones costs linear time.
const TAG = /<(\/?)([\w:.-]+)((?:[^<>"']|"[^"<]*"|'[^'<]*')*)>/g;
/** The root element of an XML drawable, or why it could not be read (not well-formed, more elements than `max`). */
function parseXmlElements(text, max) {
    const xml = withoutDeclarations((0,xml_text/* blankXmlComments */.K4)(text));
    const stack = [];
    let root;
    let count = 0;
    for (const m of xml.matchAll(TAG)) {
        const [, closing, name, rest] = m;
        if (closing) {
            if (stack.pop()?.name !== name)
                return { reason: `is not well-formed XML (</${name}> closes no open <${name}>)` };
            continue;
        }
        if (++count > max)
            return { reason: `has more than ${max} elements` };
        if (root && stack.length === 0)
            return { reason: 'is not well-formed XML (more than one root element)' };
        const element = { name, attributes: new Map([...(0,xml_text/* attributes */.uK)(rest, 0)].map(([k, v]) => [k, v.value.trim()])), children: [] };
        stack.at(-1)?.children.push(element);
        root ??= element;
        if (!rest.endsWith('/'))
            stack.push(element);
    }
    if (!root)
        return { reason: 'has no XML element' };
    if (stack.length > 0)
        return { reason: `is not well-formed XML (<${stack.at(-1).name}> is not closed)` };
    return { root };
}
const SKIPPED = [
    ['<?', '?>'],
    ['<!DOCTYPE', '>'],
    ['<![CDATA[', ']]>'],
];
/**
 * The XML without `<?…?>` declarations, `<!DOCTYPE …>` and CDATA sections, found by indexOf: a lazy pattern scans
 * to the end from each of thousands never closed (quadratic). A kind never closed from some point on is left as
 * written from there, as the pattern did.
 */
function withoutDeclarations(xml) {
    let out = '';
    let from = 0;
    const unclosed = new Set();
    for (let i = xml.indexOf('<'); i >= 0; i = xml.indexOf('<', i + 1)) {
        const kind = SKIPPED.find(([open]) => !unclosed.has(open) && xml.startsWith(open, i));
        if (!kind)
            continue;
        const end = xml.indexOf(kind[1], i + kind[0].length);
        if (end < 0) {
            unclosed.add(kind[0]);
            continue;
        }
        out += xml.slice(from, i);
        from = end + kind[1].length;
        i = from - 1;
    }
    return out + xml.slice(from);
}

;// CONCATENATED MODULE: ./src/checks/branding/icons/android-drawables.ts



// Bounds on one icon layer: references followed in depth, layers drawn, elements of one XML file.
const MAX_DEPTH = 4;
const MAX_LAYERS = 16;
const MAX_ELEMENTS = 64;
const ZERO = /^[+-]?0+(?:\.0+)?(?:dp|dip|px|sp|pt|in|mm)?$/;
const ANY = () => true;
/**
 * An adaptive icon layer's `android:drawable` value: a colour or a drawable of the app. Every reference resolves
 * from the icon's resource root (as in the merged resources Android builds), whatever file names it.
 */
function resolveDrawable(value, root, resolver) {
    return valueDrawable(value, { root, resolver, depth: 0, layers: { count: 0 } });
}
/** A drawable written inside an adaptive icon's layer element. */
function inlineDrawable(element, root, resolver) {
    return elementDrawable(element, 'inline', { root, resolver, depth: 0, layers: { count: 0 } });
}
function valueDrawable(value, walk) {
    if (value.startsWith('#') || /^@(?:android:)?color\//.test(value)) {
        const colour = resolveColour(value, lookupRoots(walk.resolver.index, walk.root), walk.resolver.colours);
        return 'reason' in colour ? { reason: colour.reason } : { kind: 'colour', colour: colour.colour, what: `${value} (${hex(colour.colour)})` };
    }
    const m = DRAWABLE_REFERENCE.exec(value);
    if (!m)
        return { reason: `is ${JSON.stringify(value.slice(0, 60))}, not a drawable, mipmap or colour of the app` };
    return referenceDrawable(`${m[1]}/${m[2]}`, walk);
}
function referenceDrawable(id, walk) {
    const what = `@${id}`;
    if (walk.depth >= MAX_DEPTH)
        return { reason: `${what} is more than ${MAX_DEPTH} drawables deep: not followed` };
    const { index, readText } = walk.resolver;
    const found = resourceFiles(index, walk.root, id);
    if (!found)
        return { reason: `${what} is in no drawable or mipmap folder of ${lookupRoots(index, walk.root).join(' or ')}: not found` };
    const rasters = found.files.filter((f) => !f.path.endsWith('.xml'));
    // Android takes an anydpi file over every density's, and a density's image over a default-folder XML.
    const xml = found.files.find((f) => f.path.endsWith('.xml') && isAnyDensity(f.path)) ?? (rasters.length === 0 ? found.files[0] : undefined);
    if (!xml) {
        const best = rasters.sort((a, b) => folderDensity(b.path) - folderDensity(a.path) || b.size - a.size || (a.path < b.path ? -1 : 1));
        const ninePatch = best.find((f) => /\.9\.png$/i.test(f.path));
        if (ninePatch)
            return { reason: `${what} is a nine-patch image (${ninePatch.path}): its stretch borders are not drawn` };
        return { kind: 'image', files: best, what };
    }
    const text = readText(xml);
    if (text === undefined)
        return { reason: `${what} is an XML drawable (${xml.path}) that could not be read` };
    const parsed = parseXmlElements(text, MAX_ELEMENTS);
    if ('reason' in parsed)
        return { reason: `${what} is an XML drawable (${xml.path}) that ${parsed.reason}` };
    const drawn = elementDrawable(parsed.root, xml.path, { ...walk, depth: walk.depth + 1 });
    return 'reason' in drawn ? { reason: `${what} is ${drawn.reason}` } : { ...drawn, what: `${what} (${drawn.what})` };
}
/** An XML drawable's element; reasons name it as `a <shape> (where)…`. */
function elementDrawable(element, where, walk) {
    switch (element.name) {
        case 'layer-list':
            return layerList(element, where, walk);
        case 'shape':
            return shape(element, where, walk);
        case 'bitmap':
            return bitmap(element, where, walk);
        case 'vector':
        case 'animated-vector':
            return { reason: `a vector drawable (${where}): not rasterised` };
        default:
            return { reason: `a <${element.name}> drawable (${where}): not drawn` };
    }
}
function layerList(element, where, walk) {
    const named = `a <layer-list> (${where})`;
    const odd = unsupported(element, { 'android:opacity': ANY, 'android:paddingMode': ANY, 'android:dither': ANY, 'android:autoMirrored': ANY });
    if (odd)
        return { reason: `${named} with ${odd}: not drawn` };
    const items = [];
    for (const [i, item] of element.children.entries()) {
        const n = i + 1;
        if (item.name !== 'item')
            return { reason: `${named} whose element ${n} is <${item.name}>, not an <item>: not drawn` };
        const offset = unsupported(item, { 'android:drawable': ANY, 'android:id': ANY, ...zeroInsets() });
        if (offset)
            return { reason: `${named} whose item ${n} has ${offset}: only items that fill the layer are drawn` };
        if (++walk.layers.count > MAX_LAYERS)
            return { reason: `${named} with more than ${MAX_LAYERS} layers in all: not drawn` };
        const value = item.attributes.get('android:drawable');
        if ((value === undefined) === (item.children.length !== 1))
            return { reason: `${named} whose item ${n} has ${value === undefined ? 'no drawable' : 'both a drawable and child elements'}: not drawn` };
        const drawn = value !== undefined ? valueDrawable(value, walk) : elementDrawable(item.children[0], `inline in ${where}`, walk);
        if ('reason' in drawn)
            return { reason: `${named} whose item ${n} ${value !== undefined ? '' : 'is '}${drawn.reason}` };
        items.push(drawn);
    }
    if (items.length === 0)
        return { reason: `${named} with no item: not drawn` };
    return { kind: 'layers', items, what: `a <layer-list> of ${items.map((d) => d.what).join(' under ')}` };
}
function shape(element, where, walk) {
    const named = `a <shape> (${where})`;
    const odd = unsupported(element, { 'android:shape': (v) => v === 'rectangle', 'android:dither': ANY });
    if (odd)
        return { reason: `${named} with ${odd}: only a plain rectangle is drawn` };
    let paint;
    for (const child of element.children) {
        if (child.name === 'size')
            continue; // an intrinsic size only: a layer fills its bounds
        if (child.name === 'corners' && unsupported(child, { 'android:radius': (v) => ZERO.test(v) }) === undefined)
            continue;
        if ((child.name !== 'solid' && child.name !== 'gradient') || paint !== undefined) {
            return { reason: `${named} with <${child.name}>: only a <solid> colour or a linear <gradient> filling the layer is drawn` };
        }
        paint = child.name === 'solid' ? solid(child, walk) : gradient(child, walk);
    }
    if (paint === undefined)
        return { reason: `${named} with neither <solid> nor <gradient>: not drawn` };
    return 'reason' in paint ? { reason: `${named} whose ${paint.reason}` } : paint;
}
function solid(element, walk) {
    const odd = unsupported(element, { 'android:color': ANY });
    const value = element.attributes.get('android:color');
    if (odd || value === undefined)
        return { reason: `<solid> has ${odd ?? 'no android:color'}: not drawn` };
    const colour = resolveColour(value, lookupRoots(walk.resolver.index, walk.root), walk.resolver.colours);
    return 'reason' in colour ? { reason: `<solid> colour ${colour.reason}` } : { kind: 'colour', colour: colour.colour, what: `a <solid> ${hex(colour.colour)}` };
}
function gradient(element, walk) {
    const type = element.attributes.get('android:type') ?? 'linear';
    if (type !== 'linear')
        return { reason: `<gradient> is ${type}: only linear gradients are drawn` };
    const hasCenter = element.attributes.has('android:centerColor');
    const odd = unsupported(element, {
        'android:type': ANY,
        'android:angle': ANY,
        'android:startColor': ANY,
        'android:centerColor': ANY,
        'android:endColor': ANY,
        'android:useLevel': (v) => v === 'false',
        // A linear gradient's centre only moves its centre colour; a radius only applies to radial ones.
        'android:centerX': () => !hasCenter,
        'android:centerY': () => !hasCenter,
        'android:gradientRadius': ANY,
    });
    if (odd)
        return { reason: `<gradient> has ${odd}: not drawn` };
    const angle = Number(element.attributes.get('android:angle') ?? '0');
    if (!Number.isInteger(angle) || angle % 45 !== 0)
        return { reason: `<gradient> has android:angle="${element.attributes.get('android:angle')}": only multiples of 45 are drawn` };
    const colours = [];
    for (const name of ['startColor', 'centerColor', 'endColor']) {
        const value = element.attributes.get(`android:${name}`);
        if (value === undefined) {
            if (name === 'centerColor')
                continue;
            return { reason: `<gradient> has no android:${name}: not drawn` };
        }
        const colour = resolveColour(value, lookupRoots(walk.resolver.index, walk.root), walk.resolver.colours);
        if ('reason' in colour)
            return { reason: `<gradient> ${name} ${colour.reason}` };
        colours.push(colour.colour);
    }
    const normalised = ((angle % 360) + 360) % 360;
    return { kind: 'gradient', colours, angle: normalised, what: `a linear gradient ${colours.map(hex).join(' to ')} at ${normalised}°` };
}
function bitmap(element, where, walk) {
    const named = `a <bitmap> (${where})`;
    const odd = unsupported(element, { 'android:src': ANY, 'android:gravity': (v) => v === 'fill', 'android:antialias': ANY, 'android:dither': ANY, 'android:filter': ANY, 'android:mipMap': ANY });
    if (odd)
        return { reason: `${named} with ${odd}: only a bitmap filling the layer is drawn` };
    const src = DRAWABLE_REFERENCE.exec(element.attributes.get('android:src') ?? '');
    if (!src)
        return { reason: `${named} whose android:src is not a drawable or mipmap of the app: not drawn` };
    const drawn = referenceDrawable(`${src[1]}/${src[2]}`, walk);
    if ('reason' in drawn)
        return { reason: `${named} whose image ${drawn.reason}` };
    if (drawn.kind !== 'image')
        return { reason: `${named} whose android:src ${drawn.what} is not a raster image: not drawn` };
    return drawn;
}
/** The first attribute (other than namespace declarations) that is not allowed, or allowed with another value, shown. */
function unsupported(element, allowed) {
    for (const [name, value] of element.attributes) {
        if (name.startsWith('xmlns') || allowed[name]?.(value))
            continue;
        return `${name}=${JSON.stringify(value.slice(0, 40))}`;
    }
    return undefined;
}
/** An item's insets, size and gravity, allowed where they leave it filling the layer. */
function zeroInsets() {
    const zero = (value) => ZERO.test(value);
    return Object.fromEntries(['left', 'top', 'right', 'bottom', 'start', 'end'].map((side) => [`android:${side}`, zero]));
}
function hex(colour) {
    const [r, g, b, a] = colour;
    return `#${[a, r, g, b].map((c) => c.toString(16).padStart(2, '0')).join('').toUpperCase()}`;
}

;// CONCATENATED MODULE: ./src/checks/branding/icons/adaptive.ts


// An adaptive icon is a root and its two layers, each with at most a small drawable inside.
const adaptive_MAX_ELEMENTS = 64;
/** An XML launcher icon: an adaptive icon to compose, or why it is not inspected. */
function readXmlIcon(file, root, resolver) {
    const text = resolver.readText(file);
    if (text === undefined)
        return { reason: 'XML drawable that could not be read: not inspected' };
    const parsed = parseXmlElements(text, adaptive_MAX_ELEMENTS);
    if ('reason' in parsed)
        return { reason: `XML drawable that ${parsed.reason}: not inspected` };
    if (parsed.root.name !== 'adaptive-icon') {
        const vector = parsed.root.name === 'vector' || parsed.root.name === 'animated-vector';
        return { reason: vector ? 'a vector drawable: not rasterised, not inspected' : `a <${parsed.root.name}> drawable: not drawn, not inspected` };
    }
    const layer = (name) => {
        const reason = (detail) => ({ reason: `adaptive icon (Android 8+) whose ${name} ${detail}, not inspected` });
        const element = parsed.root.children.find((c) => c.name === name);
        const value = element?.attributes.get('android:drawable');
        if (value !== undefined) {
            const drawn = resolveDrawable(value, root, resolver);
            return 'reason' in drawn ? reason(drawn.reason) : drawn;
        }
        if (element?.children.length !== 1)
            return reason(element ? 'has no drawable' : 'is missing');
        const drawn = inlineDrawable(element.children[0], root, resolver);
        return 'reason' in drawn ? reason(`is drawn inside the XML as ${drawn.reason}`) : drawn;
    };
    const foreground = layer('foreground');
    if ('reason' in foreground)
        return foreground;
    if (foreground.kind !== 'image')
        return { reason: `adaptive icon (Android 8+) whose foreground ${foreground.what} is not a raster image: only a raster foreground is composed, not inspected` };
    const background = layer('background');
    if ('reason' in background)
        return background;
    return { adaptive: { file, background, foreground } };
}

;// CONCATENATED MODULE: ./src/checks/branding/icons/android.ts






const android_PLACEHOLDER = /^\$\{(\w+)\}$/;
/**
 * The launcher icons the manifests name (`android:icon`, `android:roundIcon` of the application and of launcher
 * activities and aliases, also through Gradle manifest placeholders), in every resource folder of the tree that
 * has them, so every flavor and source set: one group per resource folder and name.
 */
function androidIconGroups(files, readText) {
    const references = manifestIconReferences(files, readText);
    if (references.length === 0)
        return [];
    const index = indexResources(files, readText);
    const resolver = { index, colours: colourTable(index, readText), readText };
    const groups = new Map();
    for (const ref of references) {
        for (const [root, members] of index.drawables.get(`${ref.type}/${ref.name}`) ?? []) {
            const key = `${root}/${ref.type}/${ref.name}`;
            if (groups.has(key))
                continue;
            const adaptive = [];
            const notRaster = [];
            for (const file of members.filter((f) => f.path.endsWith('.xml'))) {
                const xml = readXmlIcon(file, root, resolver);
                if ('adaptive' in xml)
                    adaptive.push(xml.adaptive);
                else
                    notRaster.push({ file, reason: xml.reason });
            }
            groups.set(key, {
                what: `the Android launcher icon @${ref.type}/${ref.name} in ${root} (${ref.why})`,
                key,
                files: members.filter((f) => !f.path.endsWith('.xml')),
                adaptive,
                notRaster,
            });
        }
    }
    return [...groups.values()];
}
function manifestIconReferences(files, readText) {
    const out = [];
    const wantedPlaceholders = new Map();
    for (const file of files) {
        if (titleFileKind(file.path) !== 'android-manifest')
            continue;
        const text = readText(file);
        if (text === undefined)
            continue;
        for (const { element, attributes } of launcherElements(text)) {
            for (const attribute of ['android:icon', 'android:roundIcon']) {
                const value = attributes.get(attribute)?.value.trim();
                if (!value)
                    continue;
                const why = `${attribute} of <${element}> in ${file.path}`;
                const m = DRAWABLE_REFERENCE.exec(value);
                if (m)
                    out.push({ type: m[1], name: m[2], why });
                const placeholder = android_PLACEHOLDER.exec(value)?.[1];
                if (placeholder && !wantedPlaceholders.has(placeholder))
                    wantedPlaceholders.set(placeholder, why);
            }
        }
    }
    if (wantedPlaceholders.size === 0)
        return out;
    for (const file of files) {
        if (titleFileKind(file.path) !== 'gradle')
            continue;
        const text = readText(file);
        if (text === undefined)
            continue;
        for (const p of gradleManifestPlaceholders(text)) {
            const why = wantedPlaceholders.get(p.name);
            const m = why && DRAWABLE_REFERENCE.exec(p.value.trim());
            if (m)
                out.push({ type: m[1], name: m[2], why: `manifest placeholder ${p.name} in ${file.path}, for the ${why}` });
        }
    }
    return out;
}

;// CONCATENATED MODULE: ./src/checks/branding/icons/by-path.ts
// Xcode asset catalogue app icons (iOS, macOS) and iconutil's .iconset folders: every image in the folder is the icon.
const ICON_SET = /^(.*\.(?:appiconset|iconset))\/[^/]+\.(?:png|jpe?g)$/i;
// Linux icon themes: …/hicolor/256x256/apps/org.example.App.png (or scalable/apps/….svg).
const HICOLOR = /^(.*\bhicolor)\/[^/]+\/apps\/([^/]+)\.(?:png|svgz?|xpm)$/i;
const ICO_ICNS = /\.(?:ico|icns)$/i;
/** Icons known by where they are: app icon sets, .icns and .ico files, Linux hicolor theme icons. */
function iconGroupsByPath(files) {
    const groups = new Map();
    const add = (key, what, file) => {
        const group = groups.get(key);
        if (group)
            group.files.push(file);
        else
            groups.set(key, { what, key, files: [file] });
    };
    for (const file of files) {
        const set = ICON_SET.exec(file.path);
        if (set) {
            add(set[1], `the app icon set ${set[1]}`, file);
            continue;
        }
        const hicolor = HICOLOR.exec(file.path);
        if (hicolor) {
            add(`${hicolor[1]}/${hicolor[2]}`, `the Linux hicolor theme icon ${hicolor[2]} in ${hicolor[1]}`, file);
            continue;
        }
        if (ICO_ICNS.test(file.path))
            add(file.path, `the ${file.path.endsWith('.ico') ? 'Windows' : 'macOS'} icon ${file.path}`, file);
    }
    return [...groups.values()];
}

;// CONCATENATED MODULE: ./src/checks/branding/icons/references.ts
// Generated by scripts/logo-hashes.mjs from snapshots of the official repositories: do not edit by hand.
// Perceptual hashes (icons/hash.ts) of Telegram's official app icons, each naming the file it was computed from; no
// image is copied here. Telegram for Android's icons are read from the Telegram-FOSS fork, which keeps DrKLO/Telegram's
// launcher icons unchanged: DrKLO/Telegram, TelegramMessenger/Telegram-iOS, morethanwords/tweb and Ajaxy/telegram-tt
// are over 500 MB and could not be fetched whole, so their icons are not in the catalogue.
const LOGO_REFERENCES = [
    { hash: '7789c9b3826d22ca', app: 'Telegram Desktop', repository: 'telegramdesktop/tdesktop', commit: '929032d598f7c521adc1869152463cf9e1160533', path: 'Telegram/Resources/art/icon512@2x.png', blob: '7c1560fe6312e76a958257e5e894b0912e9ad6f1' },
    { hash: '778dc8b38a4d24e2', app: 'Telegram Desktop', repository: 'telegramdesktop/tdesktop', commit: '929032d598f7c521adc1869152463cf9e1160533', path: 'Telegram/Resources/art/icon_round512@2x.png', blob: '8f7b1098bddd1e7a2b4c11bec121584436c9fb16' },
    { hash: '3548da37de0d7062', app: 'Telegram Desktop', repository: 'telegramdesktop/tdesktop', commit: '929032d598f7c521adc1869152463cf9e1160533', path: 'Telegram/Telegram/Images.xcassets/AppIcon.appiconset/icon512@2x.png', blob: '708cfb8cc25d776662062d673c26494657da8827' },
    { hash: '7735c8c387893526', app: 'Telegram for macOS', repository: 'overtake/TelegramSwift', commit: 'a31de126ba2aa245ef167a7bf647b0b3e3c2c22a', path: 'Telegram-Mac/Assets.xcassets/AppIcon.appiconset/Logo_1024.png', blob: '6b3e91670b7e4fcfb43f4a2eea02d5fd22ef97b1' },
    { hash: '7675c84ba7886d24', app: 'Telegram for macOS', repository: 'overtake/TelegramSwift', commit: 'a31de126ba2aa245ef167a7bf647b0b3e3c2c22a', path: 'Telegram-Mac/Assets.xcassets/AppIcon.appiconset/Logo_64.png', blob: 'f9b6024e7e55358558c8b2544c89174959892c9d' },
    { hash: '77c9c9b3886d20ca', app: 'Telegram for Android', repository: 'Telegram-FOSS-Team/Telegram-FOSS', commit: '10da5406ed92d30c6add3b25d40b2b3b6995d873', path: 'TMessagesProj/src/main/res/mipmap-xxxhdpi/ic_launcher.png', blob: '8813691850b8a7d10f27957bfbf658f8711ebf23', note: 'the launcher icons of DrKLO/Telegram, which the Telegram-FOSS fork keeps unchanged' },
    { hash: '76f5c87382e92462', app: 'Telegram for Android', repository: 'Telegram-FOSS-Team/Telegram-FOSS', commit: '10da5406ed92d30c6add3b25d40b2b3b6995d873', path: 'TMessagesProj/src/main/res/mipmap-xxxhdpi/icon_2_launcher.png', blob: '8ea8b260fabc34457091663c8eaf3c3bbd559a90', note: 'the launcher icons of DrKLO/Telegram, which the Telegram-FOSS fork keeps unchanged' },
    { hash: '7693c87d23e18c70', app: 'Telegram for Android', repository: 'Telegram-FOSS-Team/Telegram-FOSS', commit: '10da5406ed92d30c6add3b25d40b2b3b6995d873', path: 'TMessagesProj/src/main/res/mipmap-xxxhdpi/icon_3_launcher.png', blob: '4c6da9fbc704b07af24cbf337631298861751989', note: 'the launcher icons of DrKLO/Telegram, which the Telegram-FOSS fork keeps unchanged' },
    { hash: '7631c8df23c98c62', app: 'Telegram for Android', repository: 'Telegram-FOSS-Team/Telegram-FOSS', commit: '10da5406ed92d30c6add3b25d40b2b3b6995d873', path: 'TMessagesProj/src/main/res/mipmap-xxxhdpi/icon_5_launcher.png', blob: 'e4781717f7b3830ff6bb7e5faf0b1752390c628c', note: 'the launcher icons of DrKLO/Telegram, which the Telegram-FOSS fork keeps unchanged' },
    { hash: '767dc8d383c92468', app: 'Telegram for Android', repository: 'Telegram-FOSS-Team/Telegram-FOSS', commit: '10da5406ed92d30c6add3b25d40b2b3b6995d873', path: 'TMessagesProj/src/main/res/mipmap-xxxhdpi/icon_6_launcher.png', blob: 'cc1049bd1814f5b79c7fa6bec5b2d3550c37d6c4', note: 'the launcher icons of DrKLO/Telegram, which the Telegram-FOSS fork keeps unchanged' },
];

;// CONCATENATED MODULE: ./src/checks/branding/icons/match.ts


/**
 * The most bits two hashes of the same logo differ by. Measured by scripts/logo-rates.mjs on 300 + 300 drawn icons
 * (docs/logo.md): redrawn copies (any size, masks, padding, tints up to 35 %, brightness, noise, shifts) stay within
 * 12 bits of the closest official icon (none missed), and 3 % of other icons come this close, all of them a white
 * blob on the same blue disk; a cat, flat colours and glyphs on squares stay 16 bits or more away. At 10 bits 4 % of
 * the copies would be missed.
 */
const SAME_LOGO_BITS = 12;
/** The closest official icon within SAME_LOGO_BITS, if any. */
function matchOfficialLogo(hash, references = LOGO_REFERENCES) {
    let best;
    for (const reference of references) {
        const distance = hashDistance(hash, reference.hash);
        if (distance <= SAME_LOGO_BITS && (!best || distance < best.distance))
            best = { reference, distance };
    }
    return best;
}

;// CONCATENATED MODULE: ./src/checks/branding/icons/referenced.ts


/**
 * Icons that configs name by path: a web app manifest's (or browser extension's) `icons`, and electron-builder's
 * `icon` settings (with its default `build/icon.*`) and Electron Forge's `packagerConfig.icon`.
 */
function referencedIconGroups(files, readText) {
    const byPath = new Map(files.map((f) => [f.path, f]));
    const groups = [];
    for (const file of files) {
        const kind = titleFileKind(file.path);
        if (kind !== 'web-manifest' && kind !== 'package-json' && kind !== 'electron-builder')
            continue;
        const text = readText(file);
        if (text === undefined)
            continue;
        const folder = file.path.includes('/') ? file.path.slice(0, file.path.lastIndexOf('/')) : '';
        const named = kind === 'web-manifest' ? webManifestIcons(text) : electronIcons(text, kind, file.path);
        const found = new Set();
        for (const candidate of named) {
            for (const path of candidatePaths(folder, candidate)) {
                const entry = byPath.get(path);
                if (entry)
                    found.add(entry);
            }
        }
        if (found.size === 0)
            continue;
        const what = kind === 'web-manifest' ? `the icons of the web manifest ${file.path}` : `the Electron app icon set in ${file.path}`;
        groups.push({ what, key: `${file.path}#icons`, files: [...found] });
    }
    return groups;
}
function webManifestIcons(text) {
    let root;
    try {
        root = JSON.parse(text);
    }
    catch {
        return [];
    }
    const icons = root?.icons;
    if (Array.isArray(icons))
        return icons.flatMap((icon) => (typeof icon?.src === 'string' ? [icon.src] : []));
    // A browser extension: "icons": { "48": "icon48.png", ... }.
    if (icons && typeof icons === 'object')
        return Object.values(icons).filter((v) => typeof v === 'string');
    return [];
}
// electron-builder's icon settings, relative to its buildResources folder or to the project.
const BUILDER_ICON_KEYS = [['icon'], ['mac', 'icon'], ['win', 'icon'], ['linux', 'icon'], ['nsis', 'installerIcon'], ['dmg', 'icon']];
function electronIcons(text, kind, path) {
    const get = configReader(text, kind === 'electron-builder' && !path.endsWith('.json'));
    const builder = kind === 'package-json' ? ['build'] : [];
    const forgeIcon = kind === 'package-json' ? get(['config', 'forge', 'packagerConfig', 'icon']) : undefined;
    const isBuilder = kind === 'electron-builder' || get(['build']) !== undefined;
    if (!isBuilder && forgeIcon === undefined)
        return [];
    const out = [];
    if (typeof forgeIcon === 'string')
        out.push(...['', '.icns', '.ico', '.png'].map((ext) => forgeIcon + ext));
    if (!isBuilder)
        return out;
    const resourcesSetting = get([...builder, 'directories', 'buildResources']);
    const resources = typeof resourcesSetting === 'string' ? resourcesSetting : 'build';
    const named = BUILDER_ICON_KEYS.map((key) => get([...builder, ...key])).filter((v) => typeof v === 'string');
    for (const icon of named)
        out.push(`${resources}/${icon}`, icon);
    for (const ext of ['icns', 'ico', 'png'])
        out.push(`${resources}/icon.${ext}`);
    return out;
}
/** Reads a value at a key path of a JSON or YAML config; undefined when absent or unreadable (titles report those). */
function configReader(text, yaml) {
    if (yaml) {
        const doc = (0,dist/* parseDocument */.Tp)(text);
        if (doc.errors.length > 0)
            return () => undefined;
        return (path) => {
            const node = doc.getIn(path, true);
            if ((0,dist/* isScalar */.jn)(node))
                return node.value;
            return (0,dist/* isMap */.jh)(node) ? {} : undefined;
        };
    }
    let root;
    try {
        root = JSON.parse(text);
    }
    catch {
        return () => undefined;
    }
    return (path) => path.reduce((node, key) => (node && typeof node === 'object' && !Array.isArray(node) ? node[key] : undefined), root);
}
/** The tree paths a configured icon path can mean: relative to the config's folder, without `./`, `..` kept inside. */
function candidatePaths(folder, written) {
    const clean = written.split(/[?#]/)[0].replace(/\\/g, '/');
    if (/^[a-z][\w+.-]*:/i.test(clean))
        return [];
    const parts = folder ? folder.split('/') : [];
    for (const part of clean.replace(/^\/+/, '').split('/')) {
        if (part === '' || part === '.')
            continue;
        if (part === '..') {
            if (parts.length === 0)
                return [];
            parts.pop();
        }
        else
            parts.push(part);
    }
    return parts.length > 0 ? [parts.join('/')] : [];
}

;// CONCATENATED MODULE: ./src/checks/branding/icons/logo.ts









const MAX_CONFIG_FILE_BYTES = 16 * 1024 * 1024;
// Every config read for icons (manifests, Gradle files, package.json, electron-builder and web manifests) is also a
// title file, and the title pass lists the ones it cannot read: they are not listed twice.
const NOT_LISTED = { skip: () => { } };
/**
 * official-logo: collects the icons the app ships, decodes the largest raster file of each, and reports each that is
 * perceptually Telegram's official logo. What cannot be decoded is listed as not inspected, with why.
 */
async function officialLogoFindings(ctx, files) {
    const outcome = { findings: [], files: 0, bytes: 0 };
    const counted = new Set();
    const count = (file) => {
        if (counted.has(file.path))
            return;
        counted.add(file.path);
        outcome.files++;
        outcome.bytes += file.size;
    };
    const texts = new Map();
    const readText = (file) => {
        if (!texts.has(file.path))
            texts.set(file.path, (0,read_small_text/* readSmallText */.F)(file, 'an icon setting', MAX_CONFIG_FILE_BYTES, NOT_LISTED));
        return texts.get(file.path);
    };
    const groups = [...androidIconGroups(files, readText), ...iconGroupsByPath(files), ...referencedIconGroups(files, readText)];
    const hashes = new Map();
    for (const group of groups) {
        for (const { file, reason } of group.notRaster ?? [])
            ctx.skip(file.path, reason);
        const inspected = await inspect(group, hashes, count);
        if (inspected.kind === 'failed')
            for (const [path, reason] of inspected.reasons)
                ctx.skip(path, reason);
        const adaptive = [];
        for (const icon of group.adaptive ?? []) {
            const hashed = await hashAdaptiveIcon(icon, count);
            if ('reason' in hashed)
                ctx.skip(icon.file.path, hashed.reason);
            else
                adaptive.push({ icon, layers: [...hashed.background, hashed.foreground], match: hashed.hash === undefined ? undefined : matchOfficialLogo(hashed.hash) });
        }
        const finding = logoFinding(group, inspected.kind === 'hashed' ? inspected : undefined, adaptive);
        if (finding)
            outcome.findings.push(finding);
    }
    return outcome;
}
/** Hashes the group's largest file that decodes; the reasons of each file that did not when none did. */
async function inspect(group, hashes, count) {
    const reasons = new Map();
    const bySize = [...group.files].sort((a, b) => b.size - a.size || (a.path < b.path ? -1 : 1));
    for (const file of bySize) {
        if (!hashes.has(file.path)) {
            try {
                const image = await decodeIconFile(file);
                count(file);
                hashes.set(file.path, iconHash(image));
            }
            catch (err) {
                if (!(err instanceof IconDecodeError))
                    throw err;
                reasons.set(file.path, err.message);
                continue;
            }
        }
        const hash = hashes.get(file.path);
        return { kind: 'hashed', file, match: hash === undefined ? undefined : matchOfficialLogo(hash) };
    }
    return { kind: 'failed', reasons };
}
/**
 * One finding per icon: at its largest raster file when that is the logo (where it has always been reported), else
 * at its adaptive icon when that, composed, is. The icon's other files and the composed layers are related.
 */
function logoFinding(group, raster, adaptive) {
    const matched = adaptive.filter((a) => a.match !== undefined).sort((a, b) => a.match.distance - b.match.distance);
    let file;
    let message;
    if (raster?.match) {
        file = raster.file;
        message = `${file.path} is ${group.what}, and it is Telegram's official logo: ${distanceFrom(raster.match)}.`;
        for (const a of matched)
            message += ` Its adaptive icon ${a.icon.file.path} (Android 8+), composed, is the logo too: ${distanceFrom(a.match)}.`;
    }
    else if (matched.length > 0) {
        const { icon, layers, match } = matched[0];
        file = icon.file;
        const [background, foreground] = [icon.background, icon.foreground].map((layer) => {
            const layerFile = layer.kind === 'image' ? layers.find((f) => layer.files.includes(f)) : undefined;
            return layerFile ? `${layer.what} (${layerFile.path})` : layer.what;
        });
        message =
            `${file.path} is the adaptive icon (Android 8+) of ${group.what}. Its background ${background} under its foreground ` +
                `${foreground}, composed as a launcher shows them, are Telegram's official logo: ${distanceFrom(match)}.`;
    }
    else
        return undefined;
    const composed = adaptive.flatMap((a) => [a.icon.file, ...a.layers]);
    const others = [...new Set([...group.files, ...composed])].filter((f) => f !== file);
    const sizes = others.length > 0 ? ` The icon's ${others.length} other file${others.length === 1 ? '' : 's'} are listed with it.` : '';
    return { ruleId: 'official-logo', level: 'error', message: message + sizes, path: file.path, key: group.key, related: others.map((f) => ({ path: f.path })) };
}
function distanceFrom({ reference, distance }) {
    return `its perceptual hash is ${distance} of ${HASH_BITS} bits from ${reference.app}'s icon ${reference.path} in ${reference.repository}`;
}

;// CONCATENATED MODULE: ./src/checks/branding/index.ts












/**
 * official-logo: the app icons that ship, compared with Telegram's official logo (icons/logo.ts).
 * app-title-telegram: reads every title file of the whole tree (titles are repository-wide facts), resolves
 * Android labels that reference string resources, and reports each title that says "Telegram" without
 * "Unofficial" right before it, on the line that holds the title.
 */
const brandingCheck = {
    async run(ctx) {
        const outcome = { findings: [], files: 0, bytes: 0 };
        // A title or icon under a test or vendored folder (androidTest/, node_modules/) is not the app's: it never ships.
        const shipped = ctx.tree.filter((file) => !file.kind.test && !file.kind.vendored);
        const files = shipped.flatMap((file) => {
            const kind = titleFileKind(file.path);
            return kind ? [{ file, kind }] : [];
        });
        const android = { labels: [], strings: [], placeholders: [] };
        const titles = [];
        const read = new Set();
        const readAll = async (which, keep) => {
            for (const { file, kind } of which) {
                const got = await readTitleFile(file, kind, ctx, keep);
                if (!got)
                    continue;
                if (!read.has(file.path)) {
                    read.add(file.path);
                    outcome.files++;
                    outcome.bytes += file.size;
                }
                branding_collect(got.extracted, got.lines, file.path, titles, android);
            }
        };
        // Android values files can be large and many (one per language): read them after everything that can point
        // at their strings, and decode only the strings that can be titles.
        const valuesFiles = files.filter((f) => f.kind === 'android-resources');
        await readAll(files.filter((f) => f.kind !== 'android-resources'));
        const wanted = new Set(referencedTitleNames(android).keys());
        await readAll(valuesFiles, (name) => wanted.has(name));
        // A reference inside a values file (app_name -> @string/brand) can name a string the pass above left out.
        const missed = new Set([...referencedTitleNames(android).keys()].filter((name) => !wanted.has(name)));
        if (missed.size > 0) {
            await readAll(valuesFiles.filter((f) => read.has(f.file.path)), (name) => missed.has(name));
        }
        (0,append/* append */.B)(titles, resolveAndroidTitles(android));
        const judged = titles.flatMap((title) => {
            const finding = judge(title);
            return finding ? [finding] : [];
        });
        (0,append/* append */.B)(outcome.findings, oneFindingPerString(judged));
        const logo = await officialLogoFindings(ctx, shipped);
        (0,append/* append */.B)(outcome.findings, logo.findings);
        outcome.files += logo.files;
        outcome.bytes += logo.bytes;
        return outcome;
    },
};
// Title files are small; a larger one is generated or vendored data, and reading it whole would only cost memory.
const MAX_TITLE_FILE_BYTES = 16 * 1024 * 1024;
async function readTitleFile(file, kind, ctx, keep) {
    if (file.size > MAX_TITLE_FILE_BYTES) {
        ctx.skip(file.path, `larger than ${MAX_TITLE_FILE_BYTES / 1024 / 1024} MiB: not read for app titles`);
        return undefined;
    }
    try {
        const whole = (0,read_text/* readWholeText */.bC)(file.abs, file.size);
        if (whole.binary) {
            if (kind !== 'info-plist')
                ctx.skip(file.path, 'binary file where an app title was expected');
            else if (isInfoPlistName(file.path))
                ctx.skip(file.path, 'binary property list (only XML plists are read for app titles)');
            return undefined;
        }
        return { extracted: extract(kind, whole.text, file.path, keep), lines: new line_index/* LineIndex */.r(whole.text, 1) };
    }
    catch (err) {
        if (err instanceof TitleFileError)
            ctx.skip(file.path, err.message);
        else
            ctx.skip(file.path, `could not be read for app titles: ${(0,walk/* errorCode */.CA)(err)}`);
        return undefined;
    }
}
function branding_collect(extracted, lines, path, titles, android) {
    const place = (offset) => lines.locate(offset);
    if (extracted.kind === 'titles') {
        for (const t of extracted.titles)
            titles.push({ ...t, path, at: place(t.offset) });
    }
    else if (extracted.kind === 'manifest') {
        for (const label of extracted.labels)
            android.labels.push({ ...label, path, at: place(label.offset) });
    }
    else {
        for (const s of extracted.strings)
            android.strings.push({ ...s, path, at: place(s.offset) });
        for (const p of extracted.placeholders ?? [])
            android.placeholders.push({ ...p, path, at: place(p.offset) });
    }
}
// `…/res/values-de/strings.xml`: the resource folder and the locale qualifier (none for the default locale).
const LOCALISED = /^(.*\/res\/)values(-[^/]+)?\/[^/]+$/;
/**
 * One finding per Android string across its translations: at the default locale's line (or the first locale that
 * has it), naming the other locales, which SARIF gets as related locations. Its fingerprint is the default
 * string's, so adding a locale changes nothing.
 */
function oneFindingPerString(findings) {
    const groups = new Map();
    const out = [];
    for (const f of findings) {
        const m = LOCALISED.exec(f.path);
        if (!m) {
            out.push(f);
            continue;
        }
        const name = f.key.slice(0, f.key.indexOf('='));
        const group = `${m[1]}\0${name}`;
        const list = groups.get(group);
        if (list)
            list.push(f);
        else
            groups.set(group, [f]);
    }
    for (const list of groups.values()) {
        list.sort((a, b) => (isDefaultLocale(a.path) ? -1 : isDefaultLocale(b.path) ? 1 : a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
        const [first, ...others] = list;
        if (others.length === 0) {
            out.push(first);
            continue;
        }
        const named = others.map((o) => `${LOCALISED.exec(o.path)[2]?.slice(1) ?? 'default'} (${o.path}:${o.line})`).join(', ');
        out.push({
            ...first,
            message: `${first.message} The same string says Telegram in ${others.length} other locale${others.length === 1 ? '' : 's'}: ${named}.`,
            related: others.map((o) => ({ path: o.path, line: o.line, column: o.column })),
        });
    }
    return out;
}
function isDefaultLocale(path) {
    return LOCALISED.exec(path)?.[2] === undefined;
}
function judge(title) {
    const offending = offendingWords(maskPlaceholders(title.value));
    if (offending.length === 0)
        return undefined;
    return {
        ruleId: 'app-title-telegram',
        level: 'error',
        message: titleMessage(title, offending),
        path: title.path,
        line: title.at.line,
        column: title.at.column,
        key: `${title.key}=${title.value}`,
    };
}


/***/ }),

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
