// Benchmark of the app-title check on a Telegram-for-Android-sized tree: 80 localised strings.xml files of 5,000
// strings each, plus a manifest. Run after `npm run bundle`: node bench/branding.mjs
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const LOCALES = 80;
const STRINGS = 5000;
const cli = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist', 'cli', 'index.js');
const root = mkdtempSync(join(tmpdir(), 'tgc-bench-branding-'));
try {
  const res = join(root, 'TMessagesProj', 'src', 'main', 'res');
  let bytes = 0;
  for (let l = 0; l < LOCALES; l++) {
    const folder = join(res, l === 0 ? 'values' : `values-x${l}`);
    mkdirSync(folder, { recursive: true });
    const lines = ['<?xml version="1.0" encoding="utf-8"?>', '<resources>', `    <string name="AppName">${l % 10 === 0 ? 'Telegram' : 'Unofficial Telegram'}</string>`];
    for (let i = 0; i < STRINGS; i++) lines.push(`    <string name="Key${i}">Telegram feature number ${i} with \\'quotes\\' &amp; more</string>`);
    lines.push('</resources>', '');
    const text = lines.join('\n');
    bytes += Buffer.byteLength(text);
    writeFileSync(join(folder, 'strings.xml'), text);
  }
  writeFileSync(join(root, 'TMessagesProj', 'src', 'main', 'AndroidManifest.xml'), '<manifest><application android:label="@string/AppName"/></manifest>\n');
  const started = process.hrtime.bigint();
  let out;
  try {
    out = execFileSync(process.execPath, [cli, '--checks', 'branding', '--format', 'json', root], { encoding: 'utf8', maxBuffer: 1 << 26 });
  } catch (err) {
    out = err.stdout; // exit 1: findings, as planted
  }
  const wall = Number(process.hrtime.bigint() - started) / 1e6;
  const report = JSON.parse(out);
  const stats = report.checks.branding;
  console.log(`corpus: ${LOCALES} strings.xml files, ${LOCALES * STRINGS} strings, ${(bytes / 1024 / 1024).toFixed(1)} MiB`);
  console.log(`branding check: ${stats.ms} ms for ${stats.files} files (${(bytes / 1024 / 1024 / (stats.ms / 1000)).toFixed(1)} MiB/s); CLI wall time ${wall.toFixed(0)} ms`);
  console.log(`findings: ${report.findings.length} (expected ${LOCALES / 10})`);
} finally {
  rmSync(root, { recursive: true, force: true });
}
