#!/usr/bin/env node
// Appends the notices of code that is bundled but whose npm package ships no license file of its own to the bundles'
// licenses.txt (ncc lists only what packages declare): libwebp, compiled to WebAssembly inside @cwasm/webp.
import { appendFileSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const REPO = join(dirname(fileURLToPath(import.meta.url)), '..');
const NOTICES = [{ name: 'libwebp (in @cwasm/webp/webp.wasm)', license: 'BSD-3-Clause', file: 'third_party/libwebp/COPYING' }];

for (const bundle of ['dist', 'dist/cli']) {
  for (const n of NOTICES) appendFileSync(join(REPO, bundle, 'licenses.txt'), `\n${n.name}\n${n.license}\n${readFileSync(join(REPO, n.file), 'utf8')}`);
}
