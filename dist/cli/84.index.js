export const id = 84;
export const ids = [84];
export const modules = {

/***/ 3084:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {

// ESM COMPAT FLAG
__webpack_require__.r(__webpack_exports__);

// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  runMerge: () => (/* binding */ runMerge)
});

// EXTERNAL MODULE: external "node:fs/promises"
var promises_ = __webpack_require__(1455);
// EXTERNAL MODULE: external "node:path"
var external_node_path_ = __webpack_require__(6760);
// EXTERNAL MODULE: ./src/decision.ts
var decision = __webpack_require__(7033);
// EXTERNAL MODULE: ./src/options.ts
var options = __webpack_require__(8381);
// EXTERNAL MODULE: ./src/report/json.ts
var json = __webpack_require__(2794);
// EXTERNAL MODULE: ./src/findings.ts
var src_findings = __webpack_require__(1001);
// EXTERNAL MODULE: ./src/checks/credentials/catalogue.ts
var catalogue = __webpack_require__(7817);
// EXTERNAL MODULE: ./src/report/plural.ts
var plural = __webpack_require__(1190);
// EXTERNAL MODULE: ./src/version.ts
var version = __webpack_require__(311);
// EXTERNAL MODULE: ./src/github/repository-name.ts
var repository_name = __webpack_require__(9623);
// EXTERNAL MODULE: ./src/report/repository.ts
var repository = __webpack_require__(5020);
;// CONCATENATED MODULE: ./src/sweep/read-report.ts





/** Far above a real report (a report of 100,000 findings is about 60 MiB); a bigger file is refused, not read. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;
/** What a report without a `repository` is called: its file's name without `.json`. */
function nameFromFile(file) {
    return (0,external_node_path_.basename)(file).replace(/\.json$/i, '');
}
/** One input of `merge`: a JSON report, an unreachable entry, or why the file is neither (the merge goes on without it). */
async function readSweepEntry(file) {
    const invalid = (problem) => ({ kind: 'invalid', file, problem: `${file}: ${problem}` });
    let text;
    try {
        const size = (await (0,promises_.stat)(file)).size;
        if (size > MAX_REPORT_BYTES)
            return invalid(`${size} bytes is more than a report can be (${MAX_REPORT_BYTES})`);
        text = await (0,promises_.readFile)(file, 'utf8');
    }
    catch (err) {
        return invalid(`cannot read the file (${err.code ?? err.message})`);
    }
    let data;
    try {
        data = JSON.parse(text);
    }
    catch (err) {
        return invalid(`not JSON (${err.message.split('\n')[0]})`);
    }
    const problem = isObject(data) && 'unreachable' in data ? unreachableProblem(data) : reportProblem(data);
    if (problem)
        return invalid(problem);
    return isObject(data) && 'unreachable' in data
        ? { kind: 'unreachable', file, entry: data }
        : { kind: 'report', file, report: data };
}
function unreachableProblem(data) {
    if (typeof data.unreachable !== 'string')
        return '"unreachable" is not a string';
    const repo = data.repository;
    if (!isObject(repo) || typeof repo.name !== 'string' || !repository_name/* REPOSITORY_NAME */.N.test(repo.name))
        return '"repository.name" is not OWNER/NAME';
    if (repo.url !== undefined && !isWebUrl(repo.url))
        return '"repository.url" is not an https:// URL';
    return undefined;
}
/** Checks the fields the merge reads, so a hostile or truncated file cannot reach the renderers. */
function reportProblem(data) {
    if (!isObject(data) || !isObject(data.tool) || data.tool.name !== 'telegram-compliance')
        return 'not a telegram-compliance JSON report (no "tool.name": "telegram-compliance")';
    if (typeof data.tool.version !== 'string' || typeof data.tool.catalogue !== 'string')
        return '"tool.version" or "tool.catalogue" is not a string';
    if (typeof data.root !== 'string')
        return '"root" is not a string';
    for (const key of ['findings', 'suppressed', 'skipped'])
        if (!Array.isArray(data[key]))
            return `"${key}" is not a list`;
    const findings = data.findings;
    const suppressed = data.suppressed;
    for (const [i, f] of findings.entries()) {
        const p = findingProblem(f);
        if (p)
            return `findings[${i}]: ${p}`;
    }
    for (const [i, f] of suppressed.entries()) {
        const p = findingProblem(f) ?? (isObject(f) && isObject(f.suppression) && typeof f.suppression.kind === 'string' && typeof f.suppression.reason === 'string' ? undefined : '"suppression" lacks kind or reason');
        if (p)
            return `suppressed[${i}]: ${p}`;
    }
    for (const [i, s] of data.skipped.entries()) {
        if (!isObject(s) || typeof s.path !== 'string' || typeof s.reason !== 'string')
            return `skipped[${i}]: needs "path" and "reason"`;
    }
    if (!isObject(data.summary) || !['errors', 'warnings', 'notes', 'suppressed'].every((k) => isCount(data.summary[k]))) {
        return '"summary" needs errors, warnings, notes and suppressed counts';
    }
    if (!isObject(data.checks))
        return '"checks" is not an object';
    for (const [name, c] of Object.entries(data.checks)) {
        if (!isObject(c) || !['ran', 'skipped', 'failed'].includes(c.status) || !isCount(c.files) || !isCount(c.bytes) || !isCount(c.ms))
            return `checks.${name}: needs status, files, bytes and ms`;
        if (c.reason !== undefined && typeof c.reason !== 'string')
            return `checks.${name}.reason is not a string`;
    }
    const repo = data.repository;
    if (repo !== undefined) {
        if (!isObject(repo) || typeof repo.name !== 'string' || !repository_name/* REPOSITORY_NAME */.N.test(repo.name))
            return '"repository.name" is not OWNER/NAME';
        if (!isWebUrl(repo.url))
            return '"repository.url" is not an https:// URL';
        if (repo.revision !== undefined && (typeof repo.revision !== 'string' || !repository/* COMMIT_ID */.G.test(repo.revision)))
            return '"repository.revision" is not a commit id';
    }
    return undefined;
}
function findingProblem(f) {
    if (!isObject(f))
        return 'not an object';
    for (const key of ['ruleId', 'message', 'path', 'fingerprint'])
        if (typeof f[key] !== 'string')
            return `"${key}" is not a string`;
    if (!src_findings/* LEVELS */.A_.includes(f.level))
        return `"level" is not one of ${src_findings/* LEVELS */.A_.join(', ')}`;
    // A file-level finding has neither.
    if (!(f.line === undefined && f.column === undefined) && !(isCount(f.line) && isCount(f.column)))
        return '"line" and "column" must be whole numbers, or both absent';
    if (f.help !== undefined && typeof f.help !== 'string')
        return '"help" is not a string';
    return undefined;
}
function isObject(v) {
    return typeof v === 'object' && v !== null && !Array.isArray(v);
}
function isCount(v) {
    return Number.isInteger(v) && v >= 0;
}
function isWebUrl(v) {
    if (typeof v !== 'string')
        return false;
    try {
        return new URL(v).protocol === 'https:';
    }
    catch {
        return false;
    }
}

;// CONCATENATED MODULE: ./src/sweep/merge.ts






/** One report from many: per repository the verdict at `failOn`, totals per level and per rule, and what the reader must know. */
function mergeReports(entries, failOn) {
    const notices = [];
    const seen = new Map();
    const repositories = [];
    const unreachable = [];
    for (const e of entries) {
        const name = e.kind === 'report' ? (e.report.repository?.name ?? nameFromFile(e.file)) : e.kind === 'unreachable' ? e.entry.repository.name : nameFromFile(e.file);
        const key = name.toLowerCase();
        const earlier = seen.get(key);
        if (earlier !== undefined) {
            notices.push(`${name} appears in both ${earlier} and ${e.file}: only the first is counted.`);
            continue;
        }
        seen.set(key, e.file);
        if (e.kind === 'report') {
            const r = e.report;
            const summary = { errors: levelCount(r.findings, 'error'), warnings: levelCount(r.findings, 'warning'), notes: levelCount(r.findings, 'note'), suppressed: r.suppressed.length };
            const result = (0,decision/* decide */.LD)(r.findings, failOn, r.checks);
            repositories.push({ name, url: r.repository?.url, revision: r.repository?.revision, result, summary, report: r });
            if (result === 'error')
                notices.push(`${name}: ${(0,decision/* failedChecks */.HH)(r.checks)}, so its findings are incomplete.`);
        }
        else if (e.kind === 'unreachable') {
            unreachable.push({ name, url: e.entry.repository.url, reason: e.entry.unreachable });
        }
        else {
            unreachable.push({ name, reason: `report unreadable: ${e.problem}` });
        }
    }
    const versions = versionNotice(repositories);
    if (versions)
        notices.unshift(versions);
    repositories.sort(byVerdict);
    unreachable.sort((a, b) => compareText(a.name, b.name));
    const findings = repositories.flatMap((r) => r.report.findings);
    const everyCheck = Object.fromEntries(repositories.flatMap((r) => Object.entries(r.report.checks).map(([check, stats]) => [`${r.name} ${check}`, stats])));
    const sum = (key) => repositories.reduce((n, r) => n + r.summary[key], 0);
    const count = (result) => repositories.filter((r) => r.result === result).length;
    return {
        tool: { name: 'telegram-compliance', version: version/* VERSION */.x, catalogue: catalogue/* CATALOGUE_VERSION */.L$ },
        failOn,
        result: (0,decision/* decide */.LD)(findings, failOn, everyCheck),
        notices,
        totals: {
            repositories: repositories.length + unreachable.length,
            passed: count('pass'),
            failed: count('fail'),
            incomplete: count('error'),
            unreachable: unreachable.length,
            errors: sum('errors'),
            warnings: sum('warnings'),
            notes: sum('notes'),
            suppressed: sum('suppressed'),
            rules: ruleTotals(repositories),
        },
        repositories,
        unreachable,
    };
}
/** The finding a reader should see first in a repository: the reports are sorted, but a merge does not trust that. */
function worstFinding(findings) {
    let worst;
    for (const f of findings)
        if (!worst || src_findings/* LEVEL_RANK */.YT[f.level] > src_findings/* LEVEL_RANK */.YT[worst.level])
            worst = f;
    return worst;
}
function versionNotice(repositories) {
    const byVersion = new Map();
    for (const r of repositories) {
        const key = `${r.report.tool.version} (catalogue ${r.report.tool.catalogue})`;
        byVersion.set(key, (byVersion.get(key) ?? 0) + 1);
    }
    if (byVersion.size < 2)
        return undefined;
    const list = [...byVersion].sort(([a], [b]) => compareText(a, b)).map(([v, n]) => `${v}: ${(0,plural/* plural */.L)(n, 'repository', 'repositories')}`);
    return `Reports from ${byVersion.size} tool versions are merged (${list.join('; ')}): rules, levels and the catalogue may differ between them.`;
}
function ruleTotals(repositories) {
    const totals = new Map();
    for (const r of repositories) {
        const inThisRepository = new Set();
        for (const f of r.report.findings) {
            const t = totals.get(f.ruleId) ?? { ruleId: f.ruleId, repositories: 0, counts: { error: 0, warning: 0, note: 0 } };
            t.counts[f.level]++;
            if (!inThisRepository.has(f.ruleId)) {
                inThisRepository.add(f.ruleId);
                t.repositories++;
            }
            totals.set(f.ruleId, t);
        }
    }
    return [...totals.values()].sort((a, b) => b.counts.error - a.counts.error || b.counts.warning - a.counts.warning || b.counts.note - a.counts.note || compareText(a.ruleId, b.ruleId));
}
/** Failing repositories first, then those whose scan is incomplete, then passing ones. */
const VERDICT_ORDER = { fail: 0, error: 1, pass: 2 };
function byVerdict(a, b) {
    return (VERDICT_ORDER[a.result] - VERDICT_ORDER[b.result] ||
        b.summary.errors - a.summary.errors ||
        b.summary.warnings - a.summary.warnings ||
        b.summary.notes - a.summary.notes ||
        compareText(a.name, b.name));
}
function levelCount(findings, level) {
    let n = 0;
    for (const f of findings)
        if (f.level === level)
            n++;
    return n;
}
function compareText(a, b) {
    return a < b ? -1 : a > b ? 1 : 0;
}

;// CONCATENATED MODULE: ./src/report/links.ts
/** The web page of a line in a commit: `{repository page}/blob/{sha}/{path}#L{line}`, each path segment encoded. */
function blobLink(repositoryUrl, sha, path, line) {
    return `${repositoryUrl}/blob/${sha}/${path.split('/').map(encodeURIComponent).join('/')}${line === undefined ? '' : `#L${line}`}`;
}

// EXTERNAL MODULE: ./src/report/markdown.ts
var markdown = __webpack_require__(4285);
// EXTERNAL MODULE: ./src/report/markdown-text.ts
var markdown_text = __webpack_require__(7141);
;// CONCATENATED MODULE: ./src/report/sweep/markdown.ts





/** The job summary's limit is 1 MiB; this leaves room for what the workflow adds around the report. */
const MERGED_MARKDOWN_LIMIT = 1_000_000;
const MESSAGE_CHARS = 200;
const VERDICT = { pass: '✅ pass', fail: '❌ fail', error: '⚠️ error (a check failed)' };
/** The sweep's Markdown: verdict, a table of repositories, totals per rule, unreachable repositories; under `maxBytes` UTF-8 bytes. */
function renderMergedMarkdown(merged, maxBytes = MERGED_MARKDOWN_LIMIT) {
    const t = merged.totals;
    const head = [
        `## ${merged.result === 'pass' ? '✅' : '❌'} Telegram compliance sweep: ${merged.result}`,
        '',
        `**${t.repositories}** repositories: **${t.failed}** failed · **${t.passed}** passed · ${t.incomplete > 0 ? `**${t.incomplete}** incomplete (a check failed) · ` : ''}**${t.unreachable}** unreachable — ` +
            `**${t.errors}** errors · **${t.warnings}** warnings · **${t.notes}** notes · **${t.suppressed}** suppressed (fail-on: \`${merged.failOn}\`)`,
        '',
    ];
    const notices = {
        head: [],
        rows: merged.notices.map((n) => `> ⚠️ ${(0,markdown_text/* markdownText */.p7)(n)}`),
        more: (left) => `> … and ${left} more notices (size limit): see the JSON report.`,
        share: 0.1,
    };
    const rules = {
        head: ['### Findings per rule', '', '| rule | repositories | errors | warnings | notes |', '| --- | ---: | ---: | ---: | ---: |'],
        rows: t.rules.map((r) => `| ${(0,markdown_text/* codeSpan */.SS)(r.ruleId)} | ${r.repositories} | ${r.counts.error} | ${r.counts.warning} | ${r.counts.note} |`),
        more: (left) => `… and ${left} more rules (size limit): see the JSON report.`,
        share: 0.1,
    };
    const unreachable = {
        head: ['### Unreachable', '', '| repository | reason |', '| --- | --- |'],
        rows: merged.unreachable.map((u) => `| ${repositoryCell(u.name, u.url)} | ${(0,markdown_text/* markdownText */.p7)(truncate(u.reason))} |`),
        more: (left) => `… and ${left} more unreachable repositories (size limit): see the JSON report.`,
        share: 0.25,
    };
    const repositories = {
        head: ['| repository | result | errors | warnings | notes | suppressed | worst finding |', '| --- | --- | ---: | ---: | ---: | ---: | --- |'],
        rows: merged.repositories.map(repositoryRow),
        more: (left) => `… and ${left} more repositories not shown here (size limit): see the JSON report.`,
        share: 1,
    };
    const order = [notices, repositories, rules, unreachable].filter((s) => s.rows.length > 0);
    const fixed = [...head, ...order.flatMap((s) => [...s.head, s.more(merged.totals.repositories), ''])];
    let budget = maxBytes - (0,markdown/* utf8Size */.N$)(fixed.join('\n')) - 64;
    const total = budget;
    const kept = new Map();
    for (const section of [notices, rules, unreachable, repositories]) {
        const rows = take(section.rows, Math.min(budget, Math.floor(total * section.share)));
        kept.set(section, rows);
        budget -= rows.reduce((n, r) => n + (0,markdown/* utf8Size */.N$)(r) + 1, 0);
    }
    const out = [...head];
    for (const section of order) {
        const rows = kept.get(section);
        const left = section.rows.length - rows.length;
        out.push(...section.head, ...rows, ...(left > 0 ? ['', section.more(left)] : []), '');
    }
    if (merged.repositories.length === 0 && merged.unreachable.length === 0)
        out.push('No report to merge.', '');
    return out.join('\n');
}
function repositoryRow(r) {
    const worst = worstFinding(r.report.findings);
    let finding = '';
    if (worst) {
        const where = (0,src_findings/* placeText */.Z9)(worst);
        const link = r.url && r.revision ? blobLink(r.url, r.revision, worst.path, worst.line) : undefined;
        const location = link ? `[${(0,markdown_text/* codeSpan */.SS)(where)}](${safeUrl(link)})` : (0,markdown_text/* codeSpan */.SS)(where);
        finding = `${markdown/* LEVEL_ICON */.$M[worst.level]} ${(0,markdown_text/* codeSpan */.SS)(worst.ruleId)} at ${location}: ${(0,markdown_text/* markdownText */.p7)(truncate(worst.message))}`;
    }
    const s = r.summary;
    return `| ${repositoryCell(r.name, r.url)} | ${VERDICT[r.result]} | ${s.errors} | ${s.warnings} | ${s.notes} | ${s.suppressed} | ${finding} |`;
}
/** Names are OWNER/NAME (checked when read), so only the URL needs care. */
function repositoryCell(name, url) {
    return url ? `[${name}](${safeUrl(url)})` : name;
}
/** Rows from the start while they fit in `budget` bytes. */
function take(rows, budget) {
    const kept = [];
    let used = 0;
    for (const row of rows) {
        const n = (0,markdown/* utf8Size */.N$)(row) + 1;
        if (used + n > budget)
            break;
        kept.push(row);
        used += n;
    }
    return kept;
}
function truncate(s) {
    return s.length > MESSAGE_CHARS ? `${s.slice(0, MESSAGE_CHARS - 1)}…` : s;
}
/** A URL that cannot end the Markdown link early. */
function safeUrl(url) {
    return url.replace(/[()\s<>]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}

// EXTERNAL MODULE: ./src/report/sarif.ts
var sarif = __webpack_require__(5881);
;// CONCATENATED MODULE: ./src/report/sweep/sarif.ts


/**
 * One run per repository, each with its own `versionControlProvenance` and automation id (`telegram-compliance/OWNER/NAME/`);
 * an unreachable repository is a run without results whose invocation failed, with the reason, and so is one whose
 * checks did not all run (with its results).
 */
function renderMergedSarif(merged) {
    const scanned = merged.repositories.map((r) => (0,sarif/* sarifRun */.nU)(r.report, {
        ...identity(r.name, r.url, r.revision),
        ...(r.result === 'error' ? failedInvocation((0,decision/* failedChecks */.HH)(r.report.checks)) : {}),
        properties: { repository: r.name, result: r.result },
    }));
    return (0,sarif/* sarifLog */.ec)([...scanned, ...merged.unreachable.map((u) => unreachableRun(u, merged.tool))]);
}
function unreachableRun(u, tool) {
    return {
        tool: (0,sarif/* sarifTool */.Si)(tool),
        ...identity(u.name, u.url, undefined),
        ...failedInvocation(u.reason),
        properties: { repository: u.name, result: 'unreachable' },
        results: [],
    };
}
/** A run whose scan did not complete: SARIF's way to say why. */
function failedInvocation(reason) {
    return { invocations: [{ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: reason } }] }] };
}
function identity(name, url, revision) {
    return {
        automationDetails: { id: `telegram-compliance/${name}/` },
        ...(url ? { versionControlProvenance: [{ repositoryUri: url, ...(revision ? { revisionId: revision } : {}) }] } : {}),
    };
}

;// CONCATENATED MODULE: ./src/report/sweep/text.ts



/** A line per repository (verdict, counts, worst finding), the unreachable ones, notices, and the totals last. */
function renderMergedText(merged, options = {}) {
    const paint = (code, s) => (options.color ? `\u001b[${code}m${s}\u001b[0m` : s);
    const out = [];
    for (const r of merged.repositories) {
        const s = r.summary;
        const worst = worstFinding(r.report.findings);
        const verdict = r.result === 'pass' ? paint(32, '✔ pass') : paint(31, `✖ ${r.result}`);
        out.push(`${verdict}  ${r.name}: ${(0,plural/* plural */.L)(s.errors, 'error')}, ${(0,plural/* plural */.L)(s.warnings, 'warning')}, ${(0,plural/* plural */.L)(s.notes, 'note')}`);
        if (worst)
            out.push(`    worst: ${worst.level} ${worst.ruleId} at ${(0,src_findings/* placeText */.Z9)(worst)}: ${worst.message}`);
    }
    for (const u of merged.unreachable)
        out.push(`${paint(33, '? unreachable')}  ${u.name}: ${u.reason}`);
    if (out.length > 0)
        out.push('');
    for (const n of merged.notices)
        out.push(paint(2, `notice: ${n}`));
    if (merged.notices.length > 0)
        out.push('');
    const t = merged.totals;
    const total = `${(0,plural/* plural */.L)(t.repositories, 'repository', 'repositories')} (${t.failed} failed, ${t.passed} passed, ${t.incomplete > 0 ? `${t.incomplete} incomplete, ` : ''}${t.unreachable} unreachable): ` +
        `${(0,plural/* plural */.L)(t.errors, 'error')}, ${(0,plural/* plural */.L)(t.warnings, 'warning')}, ${(0,plural/* plural */.L)(t.notes, 'note')}${t.suppressed ? `, ${t.suppressed} suppressed` : ''}`;
    if (merged.result === 'error')
        out.push(paint(31, `✖ ${total}; not a pass: a check failed in ${(0,plural/* plural */.L)(t.incomplete, 'repository', 'repositories')}`));
    else
        out.push(merged.result === 'fail' ? paint(31, `✖ ${total} (fail-on: ${merged.failOn})`) : paint(32, `✔ ${total}`));
    return `${out.join('\n')}\n`;
}

;// CONCATENATED MODULE: ./src/report/sweep/render.ts




function renderMerged(merged, format, options = {}) {
    switch (format) {
        case 'json':
            return (0,json/* renderJson */.h)(merged);
        case 'sarif':
            return renderMergedSarif(merged);
        case 'markdown':
            return renderMergedMarkdown(merged);
        case 'text':
            return renderMergedText(merged, options);
    }
}

// EXTERNAL MODULE: ./src/cli/args.ts
var cli_args = __webpack_require__(7593);
;// CONCATENATED MODULE: ./src/cli/merge.ts








/** How many report files are read at once. */
const READ_CONCURRENCY = 8;
/** `tg-compliance merge REPORT.json...`: exit 0 pass, 1 merged findings at --fail-on, 2 a usage error, an unreadable report or a failed check. */
async function runMerge(argv) {
    const args = (0,cli_args/* parseMergeArgs */.vB)(argv);
    if (args.help) {
        process.stdout.write(cli_args/* MERGE_HELP */.h$);
        return 0;
    }
    const failOn = (0,options/* parseFailOn */.XV)(args.failOn, '--fail-on') ?? 'error';
    const entries = await readAll(args.reports);
    const invalid = entries.filter((e) => e.kind === 'invalid');
    for (const e of invalid)
        process.stderr.write(`tg-compliance: error: ${e.problem}\n`);
    const merged = mergeReports(entries, failOn);
    const useColor = !args.output && args.format === 'text' && process.stdout.isTTY === true && !process.env.NO_COLOR;
    const text = renderMerged(merged, args.format, { color: useColor });
    if (args.output)
        await (0,promises_.writeFile)((0,external_node_path_.resolve)(args.output), text);
    else
        process.stdout.write(text);
    if (invalid.length > 0)
        return 2;
    return (0,decision/* exitStatusOf */.et)(merged.result);
}
/** Every file read, in the order given. */
async function readAll(files) {
    const entries = new Array(files.length);
    let next = 0;
    const worker = async () => {
        while (next < files.length) {
            const i = next++;
            entries[i] = await readSweepEntry(files[i]);
        }
    };
    await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, files.length) }, worker));
    return entries;
}


/***/ })

};
