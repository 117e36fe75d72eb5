// Classifies the same license files three ways: this project's matcher, GitHub's detector (licensee's Dice rule,
// re-implemented below as an approximation) and Debian's licensecheck (when installed). Prints a Markdown table.
// Usage: node scripts/license-compare.mjs [outdir]   (run through scripts/compare-licensecheck.sh)
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const built = join(root, '.tmp', 'bench-license');
const tsc = spawnSync(process.execPath, [join(root, 'node_modules/typescript/bin/tsc'), '-p', join(root, 'tsconfig.json'), '--noEmit', 'false', '--outDir', built], { stdio: 'inherit' });
if (tsc.status !== 0) process.exit(tsc.status ?? 1);
const { matchLicense } = await import(pathToFileURL(join(built, 'src/checks/license/matcher.js')).href);

const fixtures = join(root, '__tests__/fixtures/license');
const fsf = (n) => readFileSync(join(fixtures, 'fsf', n), 'utf8');
const spdx = (id) => JSON.parse(readFileSync(join(root, 'node_modules/spdx-license-list/licenses', `${id}.json`), 'utf8')).licenseText;
const reflow = (t) => t.split(/\n\s*\n/).map((p) => { const out = []; let line = ''; for (const w of p.split(/\s+/).filter(Boolean)) { if (line && `${line} ${w}`.length > 66) { out.push(line); line = w; } else line = line ? `${line} ${w}` : w; } out.push(line); return `    ${out.join('\n    ')}`; }).join('\n\n');
const markdown = (t) => { const ps = t.split(/\n\s*\n/); return [`# ${ps[0].replace(/\n/g, ' ')}`, ...ps.slice(1).map((p, i) => (i % 9 === 0 && p.length < 80 ? `## ${p}` : p.replace(/\b(License)\b/, '**$1**')))].join('\n\n'); };
const afterTerms = (t, add) => { const i = t.indexOf('END OF TERMS AND CONDITIONS') + 27; return `${t.slice(0, i)}\n\n${add}\n\n${t.slice(i)}`; };
const gpl3 = fsf('GPL-3');

const FILES = {
  'GPL-3.0, FSF text': gpl3,
  'GPL-3.0, SPDX text': spdx('GPL-3.0-only'),
  'GPL-2.0, FSF text': fsf('GPL-2'),
  'GPL-2.0, SPDX text': spdx('GPL-2.0-only'),
  'GPL-1.0, FSF text': fsf('GPL-1'),
  'LGPL-2.0, FSF text': fsf('LGPL-2'),
  'LGPL-2.1, FSF text': fsf('LGPL-2.1'),
  'LGPL-3.0, FSF text': fsf('LGPL-3'),
  'LGPL-3.0 + GPL-3.0, SPDX text': spdx('LGPL-3.0-only'),
  'AGPL-3.0, SPDX text': spdx('AGPL-3.0-only'),
  'AGPL-1.0, SPDX text': spdx('AGPL-1.0-only'),
  'GPL-3.0 reflowed': reflow(gpl3),
  'GPL-3.0 CRLF': gpl3.replace(/\n/g, '\r\n'),
  'GPL-3.0 Markdown': markdown(gpl3),
  'Telegram Desktop LICENSE shape': readFileSync(join(fixtures, 'texts/desktop-LICENSE'), 'utf8'),
  'GPL-3.0 + no-commercial clause after END OF TERMS': afterTerms(gpl3, 'Commercial use of this program is prohibited.'),
  'GPL-3.0 + no-commercial clause at the end': `${gpl3}\n\nThis software may not be used for commercial purposes.\n`,
  'restriction before GPL-3.0': `You may not use this software for commercial purposes.\n\n${gpl3}`,
  'GPL-3.0 cut at 40%': gpl3.slice(0, Math.floor(gpl3.length * 0.4)),
  'stub "licensed under the GNU GPL v3"': 'This project is licensed under the GNU GPL v3.\n',
  'MIT': spdx('MIT'),
  'MIT + "except for military use"': spdx('MIT').replace('without restriction', 'without restriction, except for military use'),
  'Apache-2.0, FSF/Debian copy': fsf('Apache-2.0'),
  'BSD-3-Clause': spdx('BSD-3-Clause'),
  'MPL-2.0': spdx('MPL-2.0'),
  'BSL-1.0': spdx('BSL-1.0'),
  'ISC': spdx('ISC'),
  'Unlicense': spdx('Unlicense'),
};

// --- licensee's Dice rule (lib/licensee/content_helper.rb, matchers/dice.rb), approximated -------------------
// Normalise: strip Markdown heading marks, rules, copyright lines; lower case; cut at a line "END OF TERMS AND
// CONDITIONS"; collapse whitespace. Match: a reference whose normalised length is within min(2%, 150 chars) of
// the file's and whose word-set Dice coefficient is at least 98%. (The real gem has more normalisations and
// matches against choosealicense.com texts, so borderline cases can differ.)
function licenseeNormalise(t) {
  let s = t.replace(/\r\n?/g, '\n').replace(/^\s*#+\s*/gm, '').replace(/^\s*[=-]{4,}.*$/gm, '').replace(/^\s*>\s?/gm, '');
  s = s.replace(/^\s*(?:copyright|\(c\)|©).*$/gim, '').toLowerCase();
  const end = s.search(/^\s*end of terms and conditions\s*$/m);
  if (end !== -1) s = s.slice(0, end);
  return s.replace(/[“”]/g, '"').replace(/[‘’]/g, "'").replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
}
const wordset = (s) => new Set(s.match(/[\w']+/g) ?? []);
// choosealicense.com (licensee's source) carries the FSF's texts of the GNU licenses: use those where we have them.
const FSF_COPY = { 'GPL-1.0-only': 'GPL-1', 'GPL-2.0-only': 'GPL-2', 'GPL-3.0-only': 'GPL-3', 'LGPL-2.0-only': 'LGPL-2', 'LGPL-2.1-only': 'LGPL-2.1', 'LGPL-3.0-only': 'LGPL-3', 'Apache-2.0': 'Apache-2.0', 'MPL-2.0': 'MPL-2.0' };
const LICENSEE_REFS = ['GPL-1.0-only', 'GPL-2.0-only', 'GPL-3.0-only', 'LGPL-2.0-only', 'LGPL-2.1-only', 'LGPL-3.0-only', 'AGPL-1.0-only', 'AGPL-3.0-only', 'MIT', 'Apache-2.0', 'BSD-2-Clause', 'BSD-3-Clause', 'MPL-2.0', 'BSL-1.0', 'ISC', 'Unlicense'].map((id) => {
  const n = licenseeNormalise(FSF_COPY[id] ? fsf(FSF_COPY[id]) : spdx(id));
  return { id: id.replace(/-only$/, ''), length: n.length, words: wordset(n) };
});
function licensee(text) {
  const n = licenseeNormalise(text);
  const words = wordset(n);
  let best;
  let closest;
  for (const ref of LICENSEE_REFS) {
    const maxDelta = Math.min(Math.floor(ref.length * 0.02), 150);
    if (Math.abs(ref.length - n.length) > maxDelta) continue;
    let overlap = 0;
    for (const w of words) if (ref.words.has(w)) overlap++;
    const dice = (200 * overlap) / (words.size + ref.words.size);
    if (dice >= 98 && (!best || dice > best.dice)) best = { id: ref.id, dice };
    if (!closest || dice > closest.dice) closest = { id: ref.id, dice };
  }
  return best ? `${best.id} (${best.dice.toFixed(1)}%)` : `Other${closest ? ` (closest in length: ${closest.id}, ${closest.dice.toFixed(1)}%)` : ' (no text within the length window)'}`;
}

// --- licensecheck ----------------------------------------------------------------------------------------------
const dir = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'license-compare-'));
mkdirSync(dir, { recursive: true });
const hasLicensecheck = spawnSync('licensecheck', ['--version']).status === 0;
function licensecheck(path) {
  if (!hasLicensecheck) return 'not installed';
  const r = spawnSync('licensecheck', ['--lines', '0', '--shortname-scheme', 'spdx', '--check', '.*', path], { encoding: 'utf8' });
  return (r.stdout.split(': ').slice(1).join(': ').trim() || r.stderr.trim()).replace(/\*No copyright\*\s*/, '');
}

function ours(text) {
  const m = matchLicense(text);
  const id = [m.license?.id, ...(m.also ?? []).map((l) => l.id)].filter(Boolean).join(' + ');
  const how = m.similarity ? ` (${(m.similarity.recall * 100).toFixed(1)}% of terms)` : '';
  return `${m.status}: ${id || '-'}${m.exception ? ', exception' : ''}${m.status === 'exact' ? '' : how}`;
}

console.log('| file | this matcher | GitHub (licensee Dice rule, approx.) | licensecheck |');
console.log('| --- | --- | --- | --- |');
let i = 0;
for (const [name, text] of Object.entries(FILES)) {
  const path = join(dir, `${String(++i).padStart(2, '0')}-LICENSE.txt`);
  writeFileSync(path, text);
  console.log(`| ${name} | ${ours(text)} | ${licensee(text)} | ${licensecheck(path)} |`);
}
