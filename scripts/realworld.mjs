#!/usr/bin/env node
// npm run realworld -- DIR... [--checks LIST]
// Runs the CLI bundle on real trees you bring (snapshots of Telegram clients and forks) and prints, per tree, the
// findings counted per rule and level, then every error with its place: the method of docs/accuracy.md.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const CLI = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'index.js');
const args = process.argv.slice(2);
const at = args.indexOf('--checks');
const checks = at === -1 ? 'credentials,branding,license' : args.splice(at, 2)[1];
if (args.length === 0) {
  console.error('usage: npm run realworld -- DIR... [--checks credentials,branding,license]');
  process.exit(2);
}
let failed = false;
for (const dir of args.map((d) => resolve(d))) {
  if (!existsSync(dir)) {
    console.error(`${dir}: no such folder`);
    failed = true;
    continue;
  }
  const started = Date.now();
  const run = spawnSync(process.execPath, [CLI, '--checks', checks, '--format', 'json', '--fail-on', 'never', dir], { encoding: 'utf8', maxBuffer: 1 << 30 });
  if (run.status !== 0) {
    console.error(`${dir}: exit ${run.status}: ${run.stderr.trim().split('\n').at(-1)}`);
    failed = true;
    continue;
  }
  const report = JSON.parse(run.stdout);
  const counts = new Map();
  for (const f of report.findings) counts.set(`${f.ruleId} ${f.level}`, (counts.get(`${f.ruleId} ${f.level}`) ?? 0) + 1);
  const errors = report.findings.filter((f) => f.level === 'error');
  console.log(`== ${basename(dir)}: ${report.summary.errors} errors, ${report.summary.warnings} warnings, ${report.summary.notes} notes, ${report.summary.suppressed} suppressed (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  for (const [key, n] of [...counts].sort()) console.log(`   ${String(n).padStart(5)}  ${key}`);
  for (const f of errors) console.log(`   error ${f.path}:${f.line} ${f.ruleId}: ${f.message.slice(0, 160)}`);
  for (const f of report.findings.filter((x) => x.ruleId === 'test-dc-in-release')) console.log(`   test-dc ${f.path}:${f.line}: ${f.message.slice(0, 120)}`);
}
process.exit(failed ? 2 : 0);
