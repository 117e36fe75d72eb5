#!/usr/bin/env node
// Refuses a package-lock.json that a fresh `npm ci` on some platform would reject or install incompletely:
// an entry without a version (what a plain `npm install` on this machine's registry writes), or a package whose
// declared platform bindings (optional dependencies with an `os` field) leave out darwin, win32 or linux.
// Usage: node scripts/check-lockfile.mjs [package-lock.json]. Exit 0 when sound, 1 with one line per problem.
import { readFileSync } from 'node:fs';

const REQUIRED_PLATFORMS = ['darwin', 'linux', 'win32'];
const RELOCK = 'regenerate it with scripts/relock.sh';

/** The lock entry that `name` resolves to from the package at `fromKey`, the way Node walks up node_modules. */
function resolveFrom(packages, fromKey, name) {
  let base = fromKey;
  for (;;) {
    const key = `${base ? `${base}/` : ''}node_modules/${name}`;
    if (packages[key]) return key;
    if (!base) return undefined;
    const at = base.lastIndexOf('/node_modules/');
    base = at === -1 ? '' : base.slice(0, at);
  }
}

export function lockfileProblems(lock) {
  const problems = [];
  if (!lock || typeof lock !== 'object' || !lock.packages || (lock.lockfileVersion ?? 0) < 2) {
    return ['not a package-lock.json of lockfileVersion 2 or 3'];
  }
  const packages = lock.packages;
  for (const [key, entry] of Object.entries(packages)) {
    if (key === '' || entry.link) continue;
    if (!entry.version) problems.push(`${key}: no version`);
  }
  for (const [key, entry] of Object.entries(packages)) {
    const optional = Object.keys(entry.optionalDependencies ?? {});
    if (optional.length === 0) continue;
    const platforms = new Set();
    let platformSpecific = 0;
    for (const name of optional) {
      const target = resolveFrom(packages, key, name);
      if (!target) {
        problems.push(`${key || 'the root package'}: optional dependency ${name} is missing`);
        continue;
      }
      const os = packages[target].os;
      if (!Array.isArray(os)) continue;
      platformSpecific += 1;
      for (const value of os) if (!value.startsWith('!')) platforms.add(value);
    }
    if (platformSpecific === 0) continue;
    const absent = REQUIRED_PLATFORMS.filter((platform) => !platforms.has(platform));
    if (absent.length > 0) problems.push(`${key}: no platform binding for ${absent.join(', ')}`);
  }
  return problems;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const file = process.argv[2] ?? 'package-lock.json';
  let lock;
  try {
    lock = JSON.parse(readFileSync(file, 'utf8'));
  } catch (error) {
    console.error(`${file}: cannot be read as JSON (${error.message}); ${RELOCK}`);
    process.exit(1);
  }
  const problems = lockfileProblems(lock);
  if (problems.length > 0) {
    for (const problem of problems) console.error(`${file}: ${problem}`);
    console.error(`${file}: ${problems.length} problem(s); ${RELOCK}, never with a plain npm install`);
    process.exit(1);
  }
  console.log(`${file}: every entry has a version, every platform binding covers ${REQUIRED_PLATFORMS.join(', ')}`);
}
