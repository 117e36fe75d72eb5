// Benchmark of `tg-compliance merge`: generates N JSON reports of realistic size and spread, merges them with the
// bundled CLI in a child process per format, and prints the time and the child's peak RSS. The reports are made
// from one real report (the CLI over the credentials/shapes fixture, 60-odd findings): most repositories have a few
// findings, some dozens, a few hundreds, like an organisation's forks; each report has suppressed and skipped entries.
// Usage: node bench/merge.mjs [counts, default 100,1000,5000] (npm run bench:merge -- 100,1000)
import { spawnSync } from 'node:child_process';
import { cp, mkdtemp, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const cli = join(repo, 'dist', 'cli', 'index.js');
const counts = (process.argv[2] ?? '100,1000,5000').split(',').map(Number);
const FORMATS = ['json', 'sarif', 'markdown', 'text'];
// Peak RSS of the child, written to standard error as it exits.
const PEAK = `data:text/javascript,process.on('exit',()=>process.stderr.write('maxrss='+process.resourceUsage().maxRSS+'\\n'))`;

// A copy outside this repository, whose own config ignores the fixtures.
const fixture = await mkdtemp(join(tmpdir(), 'tgc-bench-seed-'));
await cp(join(repo, '__tests__', 'fixtures', 'credentials', 'shapes'), fixture, { recursive: true });
const seed = JSON.parse(spawnSync(process.execPath, [cli, '--checks', 'credentials,license,branding', '--format', 'json', fixture], { encoding: 'utf8' }).stdout);
await rm(fixture, { recursive: true, force: true });

/** A small deterministic generator, so every run merges the same reports. */
function random(seedValue) {
  let s = seedValue >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

function report(i, next) {
  const roll = next();
  const n = roll < 0.6 ? Math.floor(next() * 4) : roll < 0.9 ? 5 + Math.floor(next() * 30) : 60 + Math.floor(next() * 240);
  const findings = Array.from({ length: n }, (_, k) => {
    const f = seed.findings[k % seed.findings.length];
    return { ...f, path: k < seed.findings.length ? f.path : `module-${Math.floor(k / seed.findings.length)}/${f.path}`, fingerprint: `${f.fingerprint.slice(0, 24)}${String(k).padStart(8, '0')}` };
  });
  const count = (level) => findings.filter((f) => f.level === level).length;
  const revision = (i.toString(16) + 'a'.repeat(40)).slice(0, 40);
  return {
    ...seed,
    root: `/home/runner/work/sweep/sweep/target`,
    findings,
    suppressed: seed.suppressed.slice(0, 3),
    skipped: Array.from({ length: 5 }, (_, k) => ({ path: `assets/big-${k}.bin`, reason: 'binary file' })),
    summary: { errors: count('error'), warnings: count('warning'), notes: count('note'), suppressed: Math.min(3, seed.suppressed.length) },
    result: count('error') > 0 ? 'fail' : 'pass',
    repository: { name: `acme/app-${i}`, url: `https://github.com/acme/app-${i}`, revision },
  };
}

console.log(`tg-compliance merge, Node ${process.version}; reports made from a real ${seed.findings.length}-finding report`);
console.log('reports  total size   format    time     peak RSS   output');
for (const n of counts) {
  const dir = await mkdtemp(join(tmpdir(), 'tgc-bench-merge-'));
  try {
    const next = random(n);
    const files = [];
    let bytes = 0;
    for (let i = 0; i < n; i++) {
      const file = join(dir, `acme__app-${i}.json`);
      const text = JSON.stringify(report(i, next), null, 2);
      bytes += Buffer.byteLength(text);
      await writeFile(file, text);
      files.push(file);
    }
    for (const format of FORMATS) {
      const out = join(dir, `merged.${format}`);
      const started = process.hrtime.bigint();
      const r = spawnSync(process.execPath, ['--import', PEAK, cli, 'merge', '--format', format, '--output', out, ...files], { encoding: 'utf8' });
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      if (r.status !== 0 && r.status !== 1) throw new Error(`merge exited ${r.status}: ${r.stderr}`);
      const peakKiB = Number(/maxrss=(\d+)/.exec(r.stderr)?.[1]);
      const size = (await stat(out)).size;
      console.log(`${String(n).padStart(7)}  ${mib(bytes).padStart(9)}   ${format.padEnd(8)}  ${(ms / 1000).toFixed(2).padStart(5)} s  ${(peakKiB / 1024).toFixed(0).padStart(5)} MiB  ${mib(size).padStart(9)}`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

function mib(n) {
  return `${(n / 1024 / 1024).toFixed(1)} MiB`;
}
