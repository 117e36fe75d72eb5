#!/usr/bin/env node
// What the ToS 2.2 and 2.4 checks (listing, and the official-logo rule of branding) cost on real trees:
//   node bench/new-checks.mjs [--runs 3] [--base-ref 97b0431] TREE...
// Times the bundle before those checks (dist/ of --base-ref, unpacked into .tmp/) against the current dist/ on the
// same trees, with the same offline checks (publication needs the network), and prints each run's median wall time,
// peak RSS and the per-check times of the current bundle. Run after `npm run bundle`. See docs/performance.md.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { machineLoad, repeat } from './tools.mjs';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const { values, positionals: trees } = parseArgs({ options: { runs: { type: 'string' }, 'base-ref': { type: 'string' } }, allowPositionals: true });
const runs = Number(values.runs ?? 3);
const baseRef = values['base-ref'] ?? '97b0431';
if (trees.length === 0) {
  console.error('usage: node bench/new-checks.mjs [--runs N] [--base-ref REF] TREE...');
  process.exit(2);
}

const baseDir = join(REPO, '.tmp', `bench-base-${baseRef}`);
if (!existsSync(join(baseDir, 'dist', 'cli', 'index.js'))) {
  mkdirSync(baseDir, { recursive: true });
  execFileSync('sh', ['-c', `git archive ${baseRef} dist | tar -x -C ${JSON.stringify(baseDir)}`], { cwd: REPO });
}
const before = { name: `before (${baseRef})`, cli: join(baseDir, 'dist', 'cli', 'index.js'), checks: 'credentials,license,branding' };
const after = { name: 'with listing and official-logo', cli: join(REPO, 'dist', 'cli', 'index.js'), checks: 'credentials,license,branding,listing' };

const load = machineLoad();
console.log(`${runs} runs each, median wall time; load average ${load}; Node ${process.version}`);
for (const tree of trees) {
  const results = [];
  for (const side of [before, after]) {
    const r = await repeat(runs, process.execPath, [side.cli, '--checks', side.checks, '--format', 'json', tree]);
    if (r.last.code !== 0 && r.last.code !== 1) throw new Error(`${side.name} exited ${r.last.code} on ${tree}: ${r.last.stderr.trim().split('\n').pop()}`);
    results.push({ side, r, report: JSON.parse(r.last.stdout) });
  }
  const [b, a] = results;
  const perCheck = Object.entries(a.report.checks).map(([name, c]) => `${name} ${c.ms} ms`).join(', ');
  console.log(`\n${basename(tree)}`);
  for (const { side, r } of results) console.log(`  ${side.name.padEnd(32)} ${(r.ms / 1000).toFixed(2)} s  ${Math.round(r.rssKB / 1024)} MB`);
  console.log(`  cost: +${((a.r.ms - b.r.ms) / 1000).toFixed(2)} s (${((a.r.ms / b.r.ms - 1) * 100).toFixed(0)} %), RSS +${Math.round((a.r.rssKB - b.r.rssKB) / 1024)} MB; per check now: ${perCheck}`);
  const icons = a.report.findings.filter((f) => f.ruleId === 'official-logo').length;
  const listings = a.report.findings.filter((f) => f.ruleId === 'store-listing-api-notice').length;
  console.log(`  new findings: ${icons} official-logo, ${listings} store-listing-api-notice`);
}
