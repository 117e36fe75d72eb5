// Time to match one license file after start-up: node bench/license-match.mjs [iterations]
// Compiles the sources with tsc into .tmp/bench-license (git-ignored), then times matchLicense on fixture texts.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { loadavg, cpus } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const out = join(root, '.tmp', 'bench-license');
const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json'), '--noEmit', 'false', '--outDir', out], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);

const started = performance.now();
const { matchLicense } = await import(pathToFileURL(join(out, 'src/checks/license/matcher.js')).href);
const fixtures = join(root, '__tests__/fixtures/license');
const gpl3 = readFileSync(join(fixtures, 'fsf/GPL-3'), 'utf8');
const first = performance.now();
matchLicense(gpl3);
const startup = performance.now() - first;
const loaded = first - started;

const spdx = (id) => JSON.parse(readFileSync(join(root, 'node_modules/spdx-license-list/licenses', `${id}.json`), 'utf8')).licenseText;
const cases = {
  'GPL-3.0 (FSF, 35 kB)': gpl3,
  'Telegram Desktop LICENSE shape': readFileSync(join(fixtures, 'texts/desktop-LICENSE'), 'utf8'),
  'GPL-2.0 (FSF)': readFileSync(join(fixtures, 'fsf/GPL-2'), 'utf8'),
  'GPL-3.0 + no-commercial clause': `${gpl3}\n\nThis software may not be used for commercial purposes.\n`,
  'GPL-3.0 cut at 50%': gpl3.slice(0, gpl3.length / 2),
  'MIT': spdx('MIT'),
  'LGPL-3.0 + GPL-3.0 (SPDX text)': spdx('LGPL-3.0-only'),
};

const iterations = Number(process.argv[2] ?? 200);
const rows = [];
for (const [name, text] of Object.entries(cases)) {
  for (let i = 0; i < 10; i++) matchLicense(text); // warm-up
  const times = [];
  for (let i = 0; i < iterations; i++) {
    const t0 = performance.now();
    matchLicense(text);
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  const at = (q) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(2);
  rows.push([name, `${(text.length / 1024).toFixed(1)} kB`, at(0), at(0.5), at(0.95)]);
}

console.log(`node ${process.version}, ${cpus().length} CPUs, load average ${loadavg().map((x) => x.toFixed(1)).join(' ')}`);
console.log(`module load ${loaded.toFixed(1)} ms; first match incl. preparing 16 reference texts ${startup.toFixed(1)} ms`);
console.log(`per file after start-up, ${iterations} runs each (ms):`);
console.log(['file', 'size', 'min', 'median', 'p95'].join('\t'));
for (const r of rows) console.log(r.join('\t'));
