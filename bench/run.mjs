#!/usr/bin/env node
// npm run bench -- [--size 1GB] [--files 50000] [--seed 1] [--runs 3] [--sizes 250MB,500MB,1GB] [--rss-4x]
//                  [--no-rg] [--no-secretlint] [--secretlint-sample 1000] [--no-changed] [--base DIR] [--clean]
// Builds or reuses the corpus, warms the page cache, then times our CLI, ripgrep and secretlint on the same tree,
// and checks that our findings are exactly the planted ones. See docs/performance.md.
import { spawnSync } from 'node:child_process';
import { existsSync, linkSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { cpus, tmpdir } from 'node:os';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { corpusDir, defaultFiles, ensureCorpus, formatBytes, parseArgs, parseSize } from './corpus.mjs';
import { readCatalogue, rgPatterns } from './patterns.mjs';
import { hasGnuTime, machineLoad, measure, repeat, shellQuote, which } from './tools.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const CLI = join(REPO, 'dist', 'cli', 'index.js');
const SECRETLINT_VERSION = '11.7.1'; // 12 and 13 need Node 22; 11.x runs on Node 20
const TOOLS_DIR = join(REPO, '.tmp', 'bench-tools');
const SECRETLINT_BIN = join(TOOLS_DIR, 'node_modules', '.bin', 'secretlint');
const SECRETLINT_RC = JSON.stringify({ rules: [{ id: '@secretlint/secretlint-rule-preset-recommend' }] });

const args = parseArgs(process.argv.slice(2), {
  size: 'v', files: 'v', seed: 'v', runs: 'v', sizes: 'v', 'rss-4x': 'bool', 'no-rg': 'bool', 'no-secretlint': 'bool',
  'secretlint-sample': 'v', 'no-changed': 'bool', base: 'v', clean: 'bool', 'only-scaling': 'bool',
});
const base = args.base ?? join(tmpdir(), 'tg-compliance-bench');
const seed = Number(args.seed ?? 1);
const runs = Number(args.runs ?? 3);
const log = (s = '') => process.stdout.write(`${s}\n`);

if (args.clean) {
  rmSync(base, { recursive: true, force: true });
  log(`removed ${base}`);
  process.exit(0);
}
if (!existsSync(CLI)) {
  console.error(`bench: ${relative(process.cwd(), CLI)} is missing: run npm run bundle first`);
  process.exit(2);
}

const ourArgs = (tree, extra = []) => [CLI, '--checks', 'credentials', '--format', 'json', '--max-file-size', '4GiB', ...extra, tree];
const fmtMs = (ms) => (ms >= 10000 ? `${(ms / 1000).toFixed(1)} s` : `${(ms / 1000).toFixed(2)} s`);
const fmtRss = (kb) => (kb ? `${Math.round(kb / 1024)} MB` : 'n/a');
const pad = (s, n) => String(s).padEnd(n);
const padL = (s, n) => String(s).padStart(n);

function warm(tree) {
  const t = Date.now();
  spawnSync('sh', ['-c', `find ${shellQuote(tree)} -type f -print0 | xargs -0 cat > /dev/null`], { stdio: 'ignore' });
  return Date.now() - t;
}

function header(title) {
  log();
  log(`== ${title}`);
}

async function runOurs(tree, extra = [], n = runs, cwd = REPO) {
  const r = await repeat(n, process.execPath, ourArgs(tree, extra), { cwd });
  if (r.last.code !== 0 && r.last.code !== 1) throw new Error(`our CLI exited ${r.last.code}: ${r.last.stderr.trim().split('\n').slice(-3).join(' | ')}`);
  const report = JSON.parse(r.last.stdout);
  return { ...r, report };
}

/** Our findings against the manifest, as multisets of path:line:rule. */
function comparePlanted(report, manifest) {
  const key = (f) => `${f.path}:${f.line}:${f.ruleId ?? f.rule}`;
  const want = new Map();
  for (const p of manifest.planted) want.set(key(p), [...(want.get(key(p)) ?? []), p]);
  const extra = [];
  const levels = [];
  for (const f of [...report.findings, ...report.suppressed]) {
    const list = want.get(key(f));
    if (list?.length) {
      const p = list.shift();
      if (p.level !== f.level) levels.push(`${key(f)}: level ${f.level}, planted as ${p.level} (${p.what})`);
    } else extra.push(`${key(f)} [${f.level}] ${f.message.slice(0, 160)}`);
  }
  const missing = [...want.values()].flat().map((p) => `${key(p)} [${p.level}] ${p.what}`);
  const notFound = manifest.mustNotFind.filter((n) => report.findings.some((f) => f.path === n.path)).map((n) => `${n.path}: found, but ${n.why}`);
  return { missing, extra, levels, notFound, ok: missing.length === 0 && extra.length === 0 && notFound.length === 0 };
}

function listSample(tree, manifest, maxFiles) {
  const all = [];
  const skip = /(?:^|\/)(?:node_modules|build|out|\.git)$/;
  const walkDir = (rel) => {
    for (const d of readdirSync(join(tree, rel), { withFileTypes: true })) {
      const r = rel ? `${rel}/${d.name}` : d.name;
      if (d.isDirectory()) {
        if (!skip.test(r)) walkDir(r);
      } else if (!/\.(?:png|so)$/.test(r) && r !== manifest.bigFile && r !== manifest.minifiedFile) all.push(r);
    }
  };
  walkDir('');
  all.sort();
  const step = Math.max(1, Math.ceil(all.length / maxFiles));
  const files = all.filter((_, i) => i % step === 0);
  const bytes = files.reduce((n, f) => n + statSync(join(tree, f)).size, 0);
  return { files, bytes, population: all.length };
}

async function main() {
  const size = parseSize(args.size ?? '1GB');
  const files = args.files ? Number(args.files) : defaultFiles(size);
  log(`telegram-compliance benchmark: ${cpus().length} cores (${cpus()[0]?.model ?? '?'}), node ${process.version}, load average ${machineLoad()} at start`);
  log(`peak RSS from ${hasGnuTime ? 'GNU time (%M)' : 'polling /proc/PID/status VmHWM (install GNU time for exact figures: apt-get install -y time)'}`);
  let failed = false;

  if (!args['only-scaling']) {
    const { dir, manifest } = ensureCorpus({ size, files, seed, base, log });
    const tree = manifest.tree;
    const st = manifest.stats;
    const scannedBytes = st.textBytes + st.binaryBytes;
    log(`corpus: ${st.scannedFiles} files outside git-ignored folders (${formatBytes(scannedBytes)}: ${st.textFiles} text, ${st.binaryFiles} binary), ` +
      `largest file ${formatBytes(st.largestFile)}; ${st.ignoredFiles} git-ignored files (${formatBytes(st.ignoredBytes)}) not scanned; ${manifest.planted.length} planted findings`);
    log(`page cache warmed in ${fmtMs(warm(tree))}; ${runs} timed runs per tool, median wall time`);
    const rows = [];

    header('ours');
    const ourCmd = ['node', ...ourArgs(tree).map((a) => (a === CLI ? relative(REPO, CLI) : a))].map(shellQuote).join(' ');
    log(`$ ${ourCmd}`);
    await measure(process.execPath, ourArgs(tree), { cwd: REPO }); // one untimed run: JIT caches, page cache
    const ours = await runOurs(tree);
    const cmp = comparePlanted(ours.report, manifest);
    rows.push({ tool: 'ours', ms: ours.ms, all: ours.all, rssKB: ours.rssKB, findings: ours.report.findings.length });
    log(`runs: ${ours.all.map(fmtMs).join(', ')}; files read by the check: ${ours.report.checks.credentials.files}, bytes ${formatBytes(ours.report.checks.credentials.bytes)}, skipped ${ours.report.skipped.length}`);

    header('ripgrep');
    let rg;
    if (args['no-rg']) log('skipped (--no-rg)');
    else if (!which('rg')) log('rg is not installed: apt-get update && apt-get install -y ripgrep (Debian/Ubuntu), or see https://github.com/BurntSushi/ripgrep#installation');
    else {
      const patternsFile = join(dir, 'rg-patterns.txt');
      writeFileSync(patternsFile, rgPatterns(readCatalogue(join(REPO, 'src', 'checks', 'credentials', 'catalogue.ts'))).join('\n') + '\n');
      const rgArgs = ['--hidden', '--no-require-git', '-i', '-o', '-n', '--no-heading', '-f', patternsFile, tree];
      log(`$ rg ${rgArgs.map(shellQuote).join(' ')}`);
      log(`  (${patternsFile}: ${readFileSync(patternsFile, 'utf8').trim().split('\n').length} expressions, listed in docs/performance.md; --no-require-git makes rg honour .gitignore outside a git repo, --hidden scans dot-files as we do)`);
      log(`  ${spawnSync('rg', ['--version'], { encoding: 'utf8' }).stdout.split('\n')[0]}`);
      await measure('rg', rgArgs);
      rg = await repeat(runs, 'rg', rgArgs);
      if (rg.last.code > 1) throw new Error(`rg exited ${rg.last.code}: ${rg.last.stderr.slice(0, 300)}`);
      const matches = rg.last.stdout.split('\n').filter(Boolean).length;
      rows.push({ tool: 'ripgrep', ms: rg.ms, all: rg.all, rssKB: rg.rssKB, findings: matches, note: 'matches' });
      log(`runs: ${rg.all.map(fmtMs).join(', ')}`);
    }

    header(`secretlint ${SECRETLINT_VERSION} (recommended preset)`);
    let sl;
    if (args['no-secretlint']) log('skipped (--no-secretlint)');
    else if (!existsSync(SECRETLINT_BIN)) {
      log(`not installed: mkdir -p .tmp/bench-tools && echo '{"private":true}' > .tmp/bench-tools/package.json && ` +
        `npm install --prefix .tmp/bench-tools secretlint@${SECRETLINT_VERSION} @secretlint/secretlint-rule-preset-recommend@${SECRETLINT_VERSION}`);
    } else {
      const sample = listSample(tree, manifest, Number(args['secretlint-sample'] ?? 1000));
      const slArgs = ['--secretlintrcJSON', SECRETLINT_RC, '--format', 'compact', '--no-color', '--no-glob', ...sample.files];
      log(`$ cd ${shellQuote(tree)} && ${relative(REPO, SECRETLINT_BIN)} --secretlintrcJSON '${SECRETLINT_RC}' --format compact --no-color --no-glob FILE...`);
      log(`  on a sample: one in ${Math.ceil(sample.population / sample.files.length)} of the ${sample.population} text files outside git-ignored folders, ` +
        `${sample.files.length} files, ${formatBytes(sample.bytes)} (the large file and the minified line are left out: secretlint reads each file whole)`);
      const r = await repeat(1, SECRETLINT_BIN, slArgs, { cwd: tree });
      const sampleFindings = r.last.stdout.split('\n').filter((l) => /: line \d+, col \d+/.test(l)).length;
      // Scaled up by bytes and by files; the lower estimate is used, so the secretlint/ours ratio is not flattered.
      const byBytes = st.textBytes / sample.bytes;
      const byFiles = sample.population / sample.files.length;
      const scale = Math.min(byBytes, byFiles);
      sl = { ms: r.ms * scale, sampleMs: r.ms, scale, rssKB: r.rssKB };
      rows.push({ tool: 'secretlint', ms: sl.ms, all: r.all, rssKB: r.rssKB, findings: sampleFindings, note: `in the sample; time scaled ×${scale.toFixed(1)}, the lower of by bytes ×${byBytes.toFixed(1)} and by files ×${byFiles.toFixed(1)}` });
      log(`sample run: ${r.all.map(fmtMs).join(', ')}; scaled to the whole tree: ${fmtMs(sl.ms)} (estimate)`);
    }

    header(`results: ${formatBytes(scannedBytes)}, ${st.scannedFiles} files (load average ${machineLoad()} now)`);
    log(`${pad('tool', 12)}${padL('wall (median)', 15)}${padL('files/s', 10)}${padL('MB/s', 8)}${padL('peak RSS', 10)}${padL('findings', 10)}`);
    for (const row of rows) {
      log(`${pad(row.tool, 12)}${padL(fmtMs(row.ms), 15)}${padL(Math.round(st.scannedFiles / (row.ms / 1000)), 10)}${padL((scannedBytes / 1e6 / (row.ms / 1000)).toFixed(0), 8)}` +
        `${padL(fmtRss(row.rssKB), 10)}${padL(row.findings, 10)}${row.note ? `  (${row.note})` : ''}`);
    }
    if (rg) log(`ours / rg wall time: ${(ours.ms / rg.ms).toFixed(2)} (target at most 2.0, aim 1.2)`);
    if (sl) log(`secretlint / ours wall time: ${(sl.ms / ours.ms).toFixed(1)} (target at least 10; secretlint estimated from its sample)`);
    log(`peak RSS ours: ${fmtRss(ours.rssKB)} (target at most 256 MB)`);

    header(`planted vs found: ${manifest.planted.length} planted, ${ours.report.findings.length} found (+${ours.report.suppressed.length} suppressed)`);
    if (cmp.ok) log('OK: every planted finding found (path, line, rule), no others; nothing from git-ignored folders or binaries');
    for (const m of cmp.missing) log(`MISSING ${m}`);
    for (const e of cmp.extra) log(`EXTRA   ${e}`);
    for (const n of cmp.notFound) log(`WRONG   ${n}`);
    for (const l of cmp.levels) log(`level   ${l}`);
    failed ||= !cmp.ok;

    const summary = { when: new Date().toISOString(), size, files, seed, runs, stats: st, rows, ratios: { oursOverRg: rg ? ours.ms / rg.ms : null, secretlintOverOurs: sl ? sl.ms / ours.ms : null }, compare: cmp };
    writeFileSync(join(dir, 'bench-result.json'), JSON.stringify(summary, null, 2));

    if (!args['no-changed']) failed = !(await changedScenario(dir, manifest)) || failed;
  }

  if (args.sizes) await scaling(args.sizes.split(',').map(parseSize));
  if (args['rss-4x']) await rss4x(size, files);
  log();
  if (failed) {
    log('bench: our findings differ from the planted ones (see above)');
    process.exit(1);
  }
}

/** A git repository made from the corpus (hard links, no copy); HEAD touches 10 files. `--since HEAD~1` must read only those. */
async function changedScenario(dir, manifest) {
  header('changed files: --since HEAD~1 in a git repository made from the corpus, 10 files touched');
  const repo = join(dir, 'repo');
  const ready = join(dir, 'repo.ready');
  const git = (...a) => {
    const r = spawnSync('git', ['-c', 'user.name=bench', '-c', 'user.email=bench@example.invalid', '-c', 'core.compression=0', '-c', 'core.looseCompression=0', '-c', 'gc.auto=0', ...a], { cwd: repo, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0) throw new Error(`git ${a.join(' ')}: ${r.stderr}`);
    return r.stdout;
  };
  let touched;
  if (existsSync(ready)) {
    touched = JSON.parse(readFileSync(ready, 'utf8'));
    log(`reusing ${repo}`);
  } else {
    const t = Date.now();
    rmSync(repo, { recursive: true, force: true });
    spawnSync('cp', ['-al', manifest.tree, repo]);
    git('init', '-q');
    git('add', '-A');
    git('commit', '-q', '-m', 'corpus');
    // Ten files change in the last commit, two of them hosts of planted values (their findings must show).
    const candidates = git('ls-files', '--', 'modules').split('\n').filter((f) => /\.(?:java|kt|py|ts|go|cpp)$/.test(f));
    const hosts = [...new Set(manifest.planted.filter((p) => p.path.startsWith('modules/')).map((p) => p.path))].slice(0, 2);
    touched = [...hosts];
    for (let i = 0; touched.length < 10; i++) {
      const f = candidates[(i * 7919) % candidates.length];
      if (!touched.includes(f)) touched.push(f);
    }
    for (const f of touched) {
      const abs = join(repo, f);
      const text = readFileSync(abs, 'utf8');
      unlinkSync(abs); // break the hard link: the corpus itself stays as it was
      writeFileSync(abs, `${text}// changed in the last commit\n`);
    }
    git('add', '-A');
    git('commit', '-q', '-m', 'touch 10 files');
    writeFileSync(ready, JSON.stringify(touched));
    log(`made ${repo} in ${fmtMs(Date.now() - t)}`);
  }
  warm(repo);
  const full = await runOurs(repo, [], 1);
  const since = await runOurs(repo, ['--since', 'HEAD~1']);
  const fc = full.report.checks.credentials;
  const sc = since.report.checks.credentials;
  log(`$ node ${relative(REPO, CLI)} --checks credentials --format json --max-file-size 4GiB --since HEAD~1 ${repo}`);
  log(`${pad('scope', 14)}${padL('wall (median)', 15)}${padL('files read', 12)}${padL('bytes read', 12)}${padL('peak RSS', 10)}${padL('findings', 10)}`);
  log(`${pad('full tree', 14)}${padL(fmtMs(full.ms), 15)}${padL(fc.files, 12)}${padL(formatBytes(fc.bytes), 12)}${padL(fmtRss(full.rssKB), 10)}${padL(full.report.findings.length, 10)}`);
  log(`${pad('--since HEAD~1', 14)}${padL(fmtMs(since.ms), 15)}${padL(sc.files, 12)}${padL(formatBytes(sc.bytes), 12)}${padL(fmtRss(since.rssKB), 10)}${padL(since.report.findings.length, 10)}`);
  const bare = await repeat(runs, process.execPath, ['-e', '0']);
  const version = await repeat(runs, process.execPath, [CLI, '--version']);
  log(`start-up: node -e 0 ${fmtMs(bare.ms)}, our --version ${fmtMs(version.ms)} (${fmtRss(version.rssKB)})`);
  if (sc.files !== touched.length) log(`NOTE: the changed scope read ${sc.files} files for ${touched.length} changed`);
  const inScope = { ...manifest, planted: manifest.planted.filter((p) => touched.includes(p.path)), mustNotFind: [] };
  const cmp = comparePlanted(since.report, inScope);
  if (cmp.ok) log(`OK: the changed scope found exactly the ${inScope.planted.length} planted findings of the touched files`);
  for (const m of cmp.missing) log(`MISSING (changed scope) ${m}`);
  for (const e of cmp.extra) log(`EXTRA   (changed scope) ${e}`);
  return cmp.ok;
}

async function scaling(sizes) {
  header(`scaling: our CLI on ${sizes.map(formatBytes).join(', ')} (50,000 files per GB), and the smallest size with 4× the files`);
  const points = [];
  const cases = [...sizes.map((s) => ({ size: s, files: defaultFiles(s) })), { size: sizes[0], files: defaultFiles(sizes[0]) * 4 }];
  for (const c of cases) {
    const { manifest } = ensureCorpus({ size: c.size, files: c.files, seed, base, log });
    warm(manifest.tree);
    await measure(process.execPath, ourArgs(manifest.tree), { cwd: REPO });
    const r = await runOurs(manifest.tree);
    const cmp = comparePlanted(r.report, manifest);
    const st = manifest.stats;
    points.push({ files: st.scannedFiles, bytes: st.textBytes + st.binaryBytes, largest: st.largestFile, ms: r.ms, rssKB: r.rssKB, ok: cmp.ok });
  }
  log(`${padL('files', 8)}${padL('bytes', 11)}${padL('largest', 10)}${padL('wall', 9)}${padL('ms/1k files', 13)}${padL('ms/MB', 8)}${padL('peak RSS', 10)}  planted`);
  for (const p of points) {
    log(`${padL(p.files, 8)}${padL(formatBytes(p.bytes), 11)}${padL(formatBytes(p.largest), 10)}${padL(fmtMs(p.ms), 9)}${padL((p.ms / (p.files / 1000)).toFixed(0), 13)}` +
      `${padL((p.ms / (p.bytes / 1e6)).toFixed(1), 8)}${padL(fmtRss(p.rssKB), 10)}  ${p.ok ? 'ok' : 'DIFFERS'}`);
  }
  const fit = fitCost(points);
  if (fit) log(`least-squares fit: wall ≈ ${fit.c.toFixed(0)} ms + ${fit.perFile.toFixed(3)} ms per file + ${fit.perMB.toFixed(2)} ms per MB`);
  const a = points[0];
  const b = points[sizes.length - 1];
  if (b && b !== a) log(`from ${formatBytes(a.bytes)} to ${formatBytes(b.bytes)} (×${(b.bytes / a.bytes).toFixed(1)} bytes, ×${(b.files / a.files).toFixed(1)} files): wall ×${(b.ms / a.ms).toFixed(2)}, peak RSS ×${(b.rssKB / a.rssKB).toFixed(2)}`);
  writeFileSync(join(base, 'scaling-result.json'), JSON.stringify({ when: new Date().toISOString(), points, fit }, null, 2));
}

/** wall = c + perFile·files + perMB·MB, by least squares (needs points that vary files and bytes independently). */
function fitCost(points) {
  if (points.length < 3) return undefined;
  const X = points.map((p) => [1, p.files, p.bytes / 1e6]);
  const y = points.map((p) => p.ms);
  const A = [0, 1, 2].map((i) => [0, 1, 2].map((j) => X.reduce((s, x) => s + x[i] * x[j], 0)));
  const b = [0, 1, 2].map((i) => X.reduce((s, x, k) => s + x[i] * y[k], 0));
  for (let i = 0; i < 3; i++) {
    const p = A[i][i];
    if (Math.abs(p) < 1e-9) return undefined;
    for (let k = 0; k < 3; k++) {
      if (k === i) continue;
      const f = A[k][i] / p;
      for (let j = 0; j < 3; j++) A[k][j] -= f * A[i][j];
      b[k] -= f * b[i];
    }
  }
  return { c: b[0] / A[0][0], perFile: b[1] / A[1][1], perMB: b[2] / A[2][2] };
}

async function rss4x(size, files) {
  header(`peak RSS on a corpus 4× larger (${formatBytes(4 * size)}, ${4 * files} files; its large file ${formatBytes(0.8 * size)})`);
  const { manifest } = ensureCorpus({ size: 4 * size, files: 4 * files, seed, base, log });
  warm(manifest.tree);
  const r = await runOurs(manifest.tree, [], 1);
  const cmp = comparePlanted(r.report, manifest);
  const st = manifest.stats;
  log(`wall ${fmtMs(r.ms)}, ${Math.round((st.textBytes + st.binaryBytes) / 1e6 / (r.ms / 1000))} MB/s, peak RSS ${fmtRss(r.rssKB)} (target at most 256 MB), planted ${cmp.ok ? 'ok' : `DIFFERS (${cmp.missing.length} missing, ${cmp.extra.length} extra)`}`);
}

main().catch((err) => {
  console.error(`bench: ${err.stack ?? err}`);
  process.exit(2);
});
