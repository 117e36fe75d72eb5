#!/usr/bin/env node
// Generates, deterministically from a seed, a benchmark corpus under the system temp folder:
// source-like text in many languages, git-ignored folders, binaries, one very large file, one single-line
// minified file, and planted credentials of every credentials rule at known places. The manifest of planted
// findings is written next to the scanned tree (never inside it).
//
//   node bench/corpus.mjs [--size 1GB] [--files 50000] [--seed 1] [--dir DIR] [--clean]
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeFileSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { PLANT_HASHES, plantBlocks, BIG_FILE_PLANTS, MINIFIED_PLANTS, IGNORED_PLANTS, BINARY_PLANT } from './plants.mjs';

const GENERATOR_VERSION = 3; // bump when the output changes, so cached corpora are rebuilt

// ---------- sizes and flags ----------
const UNITS = { '': 1, b: 1, kb: 1e3, k: 1e3, mb: 1e6, m: 1e6, gb: 1e9, g: 1e9, kib: 1024, mib: 1024 ** 2, gib: 1024 ** 3 };
export function parseSize(text) {
  const m = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(String(text));
  const unit = m && UNITS[m[2].toLowerCase()];
  if (!unit) throw new Error(`not a size: ${text} (use e.g. 100MB, 1GB, 512MiB)`);
  return Math.round(Number(m[1]) * unit);
}
export function formatBytes(n) {
  if (n >= 1e9) return `${(n / 1e9).toFixed(2)} GB`;
  if (n >= 1e6) return `${(n / 1e6).toFixed(1)} MB`;
  if (n >= 1e3) return `${(n / 1e3).toFixed(1)} kB`;
  return `${n} B`;
}

/** Files scale with size when only --size is given: 50,000 files per GB. */
export function defaultFiles(size) {
  return Math.max(500, Math.round((size / 1e9) * 50000));
}

// Bumped whenever the generator writes other bytes, so that a corpus built by an older generator is not reused.
const CORPUS_VERSION = 2;

export function corpusDir({ size, files, seed }, base = join(tmpdir(), 'tg-compliance-bench')) {
  return join(base, `corpus-v${CORPUS_VERSION}-s${seed}-${Math.round(size / 1e6)}MB-${files}f`);
}

// ---------- deterministic randomness ----------
function rng(seed) {
  let a = seed >>> 0 || 0x9e3779b9;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  next.int = (n) => Math.floor(next() * n);
  next.pick = (arr) => arr[Math.floor(next() * arr.length)];
  next.normal = () => Math.sqrt(-2 * Math.log(1 - next())) * Math.cos(2 * Math.PI * next());
  next.hex = (n) => Array.from({ length: n }, () => '0123456789abcdef'[Math.floor(next() * 16)]).join('');
  return next;
}

// ---------- source-like text ----------
// No word here may form a credentials trigger (api/app + id/hash, test switches) or a test/release path.
const WORDS = (
  'message user chat view layout buffer cache render update photo sticker dialog account network session ' +
  'contact channel folder media audio video voice call group member profile avatar theme color font emoji ' +
  'keyboard input output stream socket packet frame queue worker thread timer clock event handler listener ' +
  'adapter holder cell row column table index offset length count total value state config option flag ' +
  'manager controller service provider factory builder loader parser writer reader encoder decoder codec ' +
  'crypto cipher digest signature storage database query cursor record entry field schema migration ' +
  'location country region language locale string number bool float double byte char array list map set ' +
  'notification badge counter unread pinned archived muted hidden visible enabled active pending ready'
).split(' ');
const NON_ASCII = ['Сообщение', 'Пользователь', '消息', '用户', 'Nachricht', 'mensaje', 'メッセージ', 'ρυθμίσεις'];

const CAPITALS = WORDS.map((w) => w[0].toUpperCase() + w.slice(1));
const UPPERS = WORDS.map((w) => w.toUpperCase());

function ident(r, style) {
  const n = 1 + r.int(3);
  let out = '';
  for (let k = 0; k < n; k++) {
    const w = r.int(WORDS.length);
    if (style === 'snake') out += (k ? '_' : '') + WORDS[w];
    else if (style === 'upper') out += (k ? '_' : '') + UPPERS[w];
    else if (style === 'pascal' || k > 0) out += CAPITALS[w];
    else out += WORDS[w];
  }
  return out;
}
const sentence = (r, n = 4 + r.int(8)) => Array.from({ length: n }, () => (r() < 0.04 ? r.pick(NON_ASCII) : r.pick(WORDS))).join(' ');
const num = (r) => String(r.int(r() < 0.5 ? 100 : 100000));

const LANGS = {
  java: {
    ext: 'java', dir: 'src/main/java/org/example', weight: 14,
    lines: [
      (r) => `    private final int ${ident(r, 'camel')} = ${num(r)};`,
      (r) => `    public ${ident(r, 'pascal')} ${ident(r, 'camel')}(int ${ident(r, 'camel')}, String ${ident(r, 'camel')}) {`,
      (r) => `        if (${ident(r, 'camel')} != null && ${ident(r, 'camel')}.size() > ${num(r)}) {`,
      (r) => `            ${ident(r, 'camel')}.${ident(r, 'camel')}(${ident(r, 'camel')}, "${sentence(r, 3)}");`,
      (r) => `        }`, (r) => `    }`, (r) => ``,
      (r) => `    // ${sentence(r)}`,
      (r) => `import org.example.${r.pick(WORDS)}.${ident(r, 'pascal')};`,
      (r) => `        return ${ident(r, 'camel')} + ${num(r)};`,
    ],
  },
  kotlin: {
    ext: 'kt', dir: 'src/main/kotlin/org/example', weight: 8,
    lines: [
      (r) => `    val ${ident(r, 'camel')}: Int = ${num(r)}`,
      (r) => `    fun ${ident(r, 'camel')}(${ident(r, 'camel')}: String): ${ident(r, 'pascal')}? {`,
      (r) => `        ${ident(r, 'camel')}?.let { it.${ident(r, 'camel')}() }`,
      (r) => `        return ${ident(r, 'pascal')}(${ident(r, 'camel')} = "${sentence(r, 2)}")`,
      (r) => `    }`, (r) => ``, (r) => `    // ${sentence(r)}`,
      (r) => `import org.example.${r.pick(WORDS)}.${ident(r, 'pascal')}`,
    ],
  },
  cpp: {
    ext: 'cpp', dir: 'src/core', weight: 12, ascii: true,
    lines: [
      (r) => `    auto ${ident(r, 'snake')} = ${ident(r, 'snake')}->${ident(r, 'snake')}(${num(r)});`,
      (r) => `void ${ident(r, 'pascal')}::${ident(r, 'camel')}(const std::string &${ident(r, 'snake')}) {`,
      (r) => `    if (!${ident(r, 'snake')}.empty() && ${ident(r, 'snake')} < ${num(r)}) {`,
      (r) => `        ${ident(r, 'snake')}.push_back(std::make_pair(${num(r)}, "${r.pick(WORDS)}"));`,
      (r) => `    }`, (r) => `}`, (r) => ``, (r) => `// ${WORDS[r.int(WORDS.length)]} ${WORDS[r.int(WORDS.length)]} ${WORDS[r.int(WORDS.length)]}`,
      (r) => `#include "${r.pick(WORDS)}/${r.pick(WORDS)}.h"`,
      (r) => `static constexpr int k${ident(r, 'pascal')} = ${num(r)};`,
    ],
  },
  header: {
    ext: 'h', dir: 'include', weight: 5, ascii: true,
    lines: [
      (r) => `#define ${ident(r, 'upper')} ${num(r)}`,
      (r) => `class ${ident(r, 'pascal')} final : public ${ident(r, 'pascal')} {`,
      (r) => `    [[nodiscard]] int ${ident(r, 'camel')}() const;`,
      (r) => `};`, (r) => ``, (r) => `// ${sentence(r)}`,
    ],
  },
  swift: {
    ext: 'swift', dir: 'Sources', weight: 6,
    lines: [
      (r) => `    let ${ident(r, 'camel')}: Int = ${num(r)}`,
      (r) => `    func ${ident(r, 'camel')}(_ ${ident(r, 'camel')}: String) -> ${ident(r, 'pascal')}? {`,
      (r) => `        guard let ${ident(r, 'camel')} = ${ident(r, 'camel')} else { return nil }`,
      (r) => `        return ${ident(r, 'pascal')}(${ident(r, 'camel')}: "${sentence(r, 2)}")`,
      (r) => `    }`, (r) => ``, (r) => `    // ${sentence(r)}`, (r) => `import ${ident(r, 'pascal')}`,
    ],
  },
  js: {
    ext: 'js', dir: 'web/src', weight: 8,
    lines: [
      (r) => `const ${ident(r, 'camel')} = require('./${r.pick(WORDS)}');`,
      (r) => `export function ${ident(r, 'camel')}(${ident(r, 'camel')}, ${ident(r, 'camel')}) {`,
      (r) => `  if (${ident(r, 'camel')}.length > ${num(r)}) return ${ident(r, 'camel')}.map((x) => x.${ident(r, 'camel')});`,
      (r) => `  const ${ident(r, 'camel')} = { ${ident(r, 'camel')}: ${num(r)}, ${ident(r, 'camel')}: '${sentence(r, 2)}' };`,
      (r) => `}`, (r) => ``, (r) => `// ${sentence(r)}`,
    ],
  },
  ts: {
    ext: 'ts', dir: 'web/src', weight: 8,
    lines: [
      (r) => `import { ${ident(r, 'pascal')} } from './${r.pick(WORDS)}.js';`,
      (r) => `export interface ${ident(r, 'pascal')} { ${ident(r, 'camel')}: number; ${ident(r, 'camel')}?: string }`,
      (r) => `export async function ${ident(r, 'camel')}(${ident(r, 'camel')}: ${ident(r, 'pascal')}): Promise<void> {`,
      (r) => `  const ${ident(r, 'camel')} = await ${ident(r, 'camel')}.${ident(r, 'camel')}(${num(r)});`,
      (r) => `}`, (r) => ``, (r) => `// ${sentence(r)}`,
    ],
  },
  python: {
    ext: 'py', dir: 'tools', weight: 8,
    lines: [
      (r) => `def ${ident(r, 'snake')}(${ident(r, 'snake')}, ${ident(r, 'snake')}=None):`,
      (r) => `    ${ident(r, 'snake')} = ${ident(r, 'snake')}.get("${r.pick(WORDS)}", ${num(r)})`,
      (r) => `    if ${ident(r, 'snake')} is not None and len(${ident(r, 'snake')}) > ${num(r)}:`,
      (r) => `        return [x.${ident(r, 'snake')} for x in ${ident(r, 'snake')}]`,
      (r) => ``, (r) => `# ${sentence(r)}`, (r) => `from ${r.pick(WORDS)}.${r.pick(WORDS)} import ${ident(r, 'pascal')}`,
    ],
  },
  go: {
    ext: 'go', dir: 'internal', weight: 6,
    lines: [
      (r) => `func (s *${ident(r, 'pascal')}) ${ident(r, 'pascal')}(${ident(r, 'camel')} int) error {`,
      (r) => `	if ${ident(r, 'camel')} > ${num(r)} {`,
      (r) => `		return fmt.Errorf("${sentence(r, 3)}: %w", err)`,
      (r) => `	${ident(r, 'camel')} := make([]${ident(r, 'pascal')}, 0, ${num(r)})`,
      (r) => `	}`, (r) => `}`, (r) => ``, (r) => `// ${sentence(r)}`,
    ],
  },
  yaml: {
    ext: 'yml', dir: 'config', weight: 5,
    lines: [
      (r) => `${ident(r, 'snake')}:`,
      (r) => `  ${ident(r, 'snake')}: ${num(r)}`,
      (r) => `  ${ident(r, 'snake')}: "${sentence(r, 3)}"`,
      (r) => `  - ${r.pick(WORDS)}-${r.pick(WORDS)}`,
      (r) => `  checksum: md5-${r.hex(32)}`,
      (r) => `# ${sentence(r)}`,
    ],
  },
  json: {
    ext: 'json', dir: 'assets', weight: 5,
    lines: [
      (r) => `  "${ident(r, 'camel')}": ${num(r)},`,
      (r) => `  "${ident(r, 'camel')}": "${sentence(r, 3)}",`,
      (r) => `  "${ident(r, 'camel')}": { "${ident(r, 'camel')}": [${num(r)}, ${num(r)}] },`,
      (r) => `  "integrity": "${r.hex(32)}",`,
      (r) => `  "commit": "${r.hex(40)}",`,
    ],
  },
  markdown: {
    ext: 'md', dir: 'docs', weight: 5,
    lines: [
      (r) => `## ${sentence(r, 3)}`,
      (r) => sentence(r, 12),
      (r) => `- ${sentence(r, 6)}`,
      (r) => `| ${r.pick(WORDS)} | ${num(r)} | ${sentence(r, 3)} |`,
      (r) => ``,
      (r) => `\`${ident(r, 'camel')}\` ${sentence(r, 5)}`,
    ],
  },
};
const LANG_NAMES = Object.keys(LANGS);
const LANG_WEIGHTS = LANG_NAMES.map((n) => LANGS[n].weight);

/** A pool of lines for one language: files are slices of it, so generating 1 GB costs little CPU. */
function makePool(lang, r, bytes) {
  const parts = [];
  let size = 0;
  while (size < bytes / 2) {
    const line = r.pick(lang.lines)(r);
    parts.push(line);
    size += line.length + 1;
  }
  const half = parts.join('\n') + '\n';
  return Buffer.from(half + half);
}

/** `len` bytes (about) of whole lines from the pool, starting at a random line. */
function sliceLines(pool, r, len) {
  len = Math.min(len, pool.length - 1);
  let start = pool.indexOf(10, r.int(pool.length - len)) + 1;
  if (start <= 0 || start + len > pool.length) start = 0;
  let end = pool.lastIndexOf(10, start + len - 1) + 1;
  if (end <= start) end = pool.indexOf(10, start) + 1;
  return pool.subarray(start, end);
}

function countLines(buf) {
  let n = 0;
  for (let i = buf.indexOf(10); i !== -1; i = buf.indexOf(10, i + 1)) n++;
  return n;
}

function weightedPick(r, names, weights) {
  const total = weights.reduce((a, b) => a + b, 0);
  let x = r() * total;
  for (let i = 0; i < names.length; i++) if ((x -= weights[i]) < 0) return names[i];
  return names[names.length - 1];
}

// ---------- binaries ----------
function binaryBytes(r, kind, len) {
  const buf = Buffer.allocUnsafe(len);
  for (let i = 0; i < len; i += 4) buf.writeUInt32LE((r() * 4294967296) >>> 0, Math.min(i, len - 4));
  if (kind === 'png') {
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]).copy(buf, 0);
  } else {
    Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0]).copy(buf, 0);
    for (let i = 64; i < len; i += 97) buf.fill(0, i, Math.min(len, i + 24)); // sections of NUL bytes, like a real .so
  }
  return buf;
}

// ---------- writing ----------
class Tree {
  constructor(root) {
    this.root = root;
    this.dirs = new Set();
  }
  write(rel, ...buffers) {
    const abs = join(this.root, rel);
    const dir = dirname(abs);
    if (!this.dirs.has(dir)) {
      mkdirSync(dir, { recursive: true });
      this.dirs.add(dir);
    }
    const fd = openSync(abs, 'w');
    try {
      for (const b of buffers) writeSync(fd, b);
    } finally {
      closeSync(fd);
    }
    return buffers.reduce((n, b) => n + b.length, 0);
  }
}

/** Streams a big file in large buffers, tracking byte offset and line number so plants land at known places. */
class BigWriter {
  constructor(abs, pool, r) {
    this.fd = openSync(abs, 'w');
    this.pool = pool;
    this.r = r;
    this.offset = 0;
    this.line = 1;
    this.pending = [];
    this.pendingBytes = 0;
  }
  push(buf) {
    this.pending.push(buf);
    this.pendingBytes += buf.length;
    this.offset += buf.length;
    this.line += countLines(buf);
    if (this.pendingBytes >= 8 * 1024 * 1024) this.flush();
  }
  /** Fills with whole lines up to exactly `target` bytes (the last line padded). */
  fillTo(target, singleLine = false) {
    while (target - this.offset > 64 * 1024 + 200) {
      const want = Math.min(1024 * 1024, target - this.offset - 200);
      this.push(singleLine ? this.pool.subarray(0, want) : sliceLines(this.pool, this.r, want));
    }
    const rest = target - this.offset;
    if (rest <= 0) return;
    if (singleLine) this.push(this.pool.subarray(0, rest));
    else {
      let n = rest;
      while (n > 4096) this.push(Buffer.from(`/* ${'-'.repeat(4096 - 7)} */\n`)), (n -= 4096);
      if (n >= 3) this.push(Buffer.from(`//${'-'.repeat(n - 3)}\n`));
      else this.push(Buffer.from('\n'.repeat(n)));
    }
  }
  flush() {
    for (const b of this.pending) writeSync(this.fd, b);
    this.pending = [];
    this.pendingBytes = 0;
  }
  close() {
    this.flush();
    closeSync(this.fd);
  }
}

// ---------- the corpus ----------
export function plan({ size, files }) {
  const bigBytes = Math.round(size * 0.2);
  const minifiedBytes = size >= 200e6 ? 20e6 : Math.round(size * 0.1);
  const binaryBytes = Math.round(size * 0.04);
  const ignoredBytes = Math.round(size * 0.05);
  const binaryFiles = Math.max(4, Math.round(files * 0.02));
  const ignoredFiles = Math.max(4, Math.round(files * 0.05));
  const textFiles = Math.max(50, files - binaryFiles - ignoredFiles - 2);
  const textBytes = Math.max(textFiles * 200, size - bigBytes - minifiedBytes - binaryBytes - ignoredBytes);
  return { bigBytes, minifiedBytes, binaryBytes, ignoredBytes, binaryFiles, ignoredFiles, textFiles, textBytes };
}

export function generate({ size, files, seed, dir }) {
  const started = Date.now();
  const r = rng(seed);
  const p = plan({ size, files });
  const treeRoot = join(dir, 'tree');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(treeRoot, { recursive: true });
  const tree = new Tree(treeRoot);
  const pools = Object.fromEntries(LANG_NAMES.map((n) => [n, makePool(LANGS[n], rng(seed * 31 + n.length * 7 + n.charCodeAt(0)), 2 * 1024 * 1024)]));
  const stats = { textFiles: 0, textBytes: 0, binaryFiles: 0, binaryBytes: 0, ignoredFiles: 0, ignoredBytes: 0, largestFile: 0 };
  const planted = [];
  const mustNotFind = [];

  // Folders: modules of leaf folders, 20-40 files each, in one language each.
  const leaves = [];
  const modules = Math.max(4, Math.round(p.textFiles / 600));
  for (let m = 0; m < modules; m++) {
    const mod = `modules/${r.pick(WORDS)}-${String(m).padStart(4, '0')}`;
    const perModule = Math.max(1, Math.round(p.textFiles / modules / 30));
    for (let k = 0; k < perModule; k++) {
      const drawn = weightedPick(r, LANG_NAMES, LANG_WEIGHTS);
      const lang = leaves.length < LANG_NAMES.length ? LANG_NAMES[leaves.length] : drawn; // every language at least once
      const depth = r.int(4);
      const sub = Array.from({ length: depth }, () => r.pick(WORDS)).join('/');
      leaves.push({ mod, lang, dir: [mod, LANGS[lang].dir, sub, `${r.pick(WORDS)}${k}`].filter(Boolean).join('/') });
    }
  }
  const moduleNames = [...new Set(leaves.map((l) => l.mod))];

  // Text file sizes: log-normal around the mean, as in real trees (many small files, a few large ones).
  const mean = p.textBytes / p.textFiles;
  const sizes = Array.from({ length: p.textFiles }, () => Math.max(120, Math.min(Math.round(mean * Math.exp(1.1 * r.normal() - 0.605)), 1.5 * 1024 * 1024)));

  // Host files for the planted blocks: random files of the block's language, spread over the tree.
  const hosts = new Map(); // text file index -> block
  for (const block of plantBlocks(r)) {
    let i = r.int(p.textFiles);
    for (let tries = 0; hosts.has(i) || leaves[i % leaves.length].lang !== block.lang; tries++) {
      if (tries > 4 * p.textFiles) throw new Error(`no host file in ${block.lang} for a planted block: raise --files`);
      i = (i + 1) % p.textFiles;
    }
    hosts.set(i, block);
  }

  const usedNames = new Set();
  for (let i = 0; i < p.textFiles; i++) {
    const leaf = leaves[i % leaves.length];
    const lang = LANGS[leaf.lang];
    const name = `${ident(r, lang.ext === 'java' || lang.ext === 'kt' || lang.ext === 'swift' ? 'pascal' : 'snake')}.${lang.ext}`;
    let rel = `${leaf.dir}/${name}`;
    if (usedNames.has(rel)) rel = `${leaf.dir}/${i}_${name}`;
    const body = sliceLines(pools[leaf.lang], r, sizes[i]);
    const block = hosts.get(i);
    if (block) {
      rel = block.path ?? rel;
      // A block that is a whole file (a workflow: GitHub runs only valid YAML) is written without filler around it.
      const mid = block.whole ? 0 : body.indexOf(10, Math.floor(body.length / 2)) + 1;
      const head = body.subarray(0, mid);
      const firstLine = countLines(head) + 1;
      const text = Buffer.from(block.lines.map((l) => l.text).join('\n') + '\n');
      block.lines.forEach((l, k) => {
        for (const f of l.expect) planted.push({ path: rel, line: firstLine + k, rule: f.rule, level: f.level, what: f.what });
      });
      stats.textBytes += tree.write(rel, head, text, block.whole ? Buffer.alloc(0) : body.subarray(mid));
    } else {
      stats.textBytes += tree.write(rel, body);
    }
    usedNames.add(rel);
    stats.textFiles++;
  }

  // Git-ignored folders: build output and dependencies, never scanned. One planted value must not be found.
  stats.textBytes += tree.write('.gitignore', Buffer.from('node_modules/\n*.tmp\n/local.properties\n'));
  stats.textFiles++;
  for (const mod of moduleNames) {
    stats.textBytes += tree.write(`${mod}/.gitignore`, Buffer.from('build/\n.gradle/\n*.log\n'));
    stats.textFiles++;
  }
  const ignoredMean = p.ignoredBytes / p.ignoredFiles;
  for (let i = 0; i < p.ignoredFiles; i++) {
    const mod = moduleNames[i % moduleNames.length];
    const kind = i % 3;
    const rel =
      kind === 0 ? `${mod}/build/generated/source/${r.pick(WORDS)}/${ident(r, 'pascal')}${i}.java`
      : kind === 1 ? `node_modules/${r.pick(WORDS)}-${r.pick(WORDS)}/lib/${ident(r, 'snake')}${i}.js`
      : `${mod}/out/${r.pick(WORDS)}${i}.log`;
    const pool = kind === 0 ? pools.java : kind === 1 ? pools.js : pools.markdown;
    stats.ignoredBytes += tree.write(rel, sliceLines(pool, r, Math.round(ignoredMean * (0.5 + r()))));
    stats.ignoredFiles++;
  }
  for (const plant of IGNORED_PLANTS) {
    const rel = `${moduleNames[1 % moduleNames.length]}/${plant.path}`;
    stats.ignoredBytes += tree.write(rel, Buffer.from(plant.text));
    stats.ignoredFiles++;
    mustNotFind.push({ path: rel, why: 'inside a git-ignored folder' });
  }

  // Binaries: PNG-like images and .so-like libraries with NUL bytes. One .so carries a published hash in its strings.
  const binMean = p.binaryBytes / p.binaryFiles;
  for (let i = 0; i < p.binaryFiles; i++) {
    const png = i % 3 !== 0;
    const mod = moduleNames[i % moduleNames.length];
    const rel = png ? `${mod}/src/main/res/drawable-xxhdpi/${r.pick(WORDS)}_${i}.png` : `${mod}/libs/arm64-v8a/lib${r.pick(WORDS)}${i}.so`;
    const len = Math.max(256, Math.round(binMean * (png ? 0.3 + r() * 0.6 : 1.5 + r() * 2)));
    const buf = binaryBytes(r, png ? 'png' : 'so', len);
    if (i === 0) {
      Buffer.from(BINARY_PLANT.text).copy(buf, Math.floor(len / 2));
      mustNotFind.push({ path: rel, why: 'binary file (the credentials check skips binaries; artifacts is another check)' });
    }
    stats.binaryBytes += tree.write(rel, buf);
    stats.binaryFiles++;
  }

  // One very large file: a C amalgamation, with plants across the likely chunk edges.
  const bigRel = 'third_party/amalgamation/sqlite3_all.c';
  mkdirSync(dirname(join(treeRoot, bigRel)), { recursive: true });
  const big = new BigWriter(join(treeRoot, bigRel), pools.cpp, r);
  const bigPlants = BIG_FILE_PLANTS(p.bigBytes).sort((a, b) => a.at - b.at);
  for (const plant of bigPlants) {
    big.fillTo(plant.at - plant.prefix.length);
    const line = big.line;
    big.push(Buffer.from(`${plant.prefix}${plant.value}${plant.suffix}\n`));
    for (const f of plant.expect) planted.push({ path: bigRel, line, rule: f.rule, level: f.level, what: f.what });
  }
  big.fillTo(p.bigBytes);
  big.close();
  stats.textFiles++;
  stats.textBytes += big.offset;
  stats.largestFile = big.offset;

  // One file that is a single line of minified JavaScript, with plants in the middle and across chunk edges.
  const minRel = 'web/static/vendor.bundle.min.js';
  const minPool = Buffer.from(
    Array.from({ length: 20000 }, () => `function ${ident(r, 'camel')}(a,b){return a.${ident(r, 'camel')}(b,${num(r)})||{${ident(r, 'camel')}:"${r.pick(WORDS)}"}};`).join(''),
  );
  mkdirSync(dirname(join(treeRoot, minRel)), { recursive: true });
  const min = new BigWriter(join(treeRoot, minRel), minPool, r);
  for (const plant of MINIFIED_PLANTS(p.minifiedBytes).sort((a, b) => a.at - b.at)) {
    min.fillTo(plant.at - plant.prefix.length, true);
    min.push(Buffer.from(`${plant.prefix}${plant.value}${plant.suffix}`));
    for (const f of plant.expect) planted.push({ path: minRel, line: 1, rule: f.rule, level: f.level, what: f.what });
  }
  min.fillTo(p.minifiedBytes, true);
  min.push(Buffer.from('\n'));
  min.close();
  stats.textFiles++;
  stats.textBytes += min.offset;

  planted.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || (a.rule < b.rule ? -1 : 1)));
  const manifest = {
    generator: GENERATOR_VERSION,
    seed,
    requested: { size, files },
    tree: treeRoot,
    stats: { ...stats, scannedFiles: stats.textFiles + stats.binaryFiles, totalBytes: stats.textBytes + stats.binaryBytes + stats.ignoredBytes },
    bigFile: bigRel,
    minifiedFile: minRel,
    hashes: PLANT_HASHES,
    planted,
    mustNotFind,
    generatedInMs: Date.now() - started,
  };
  writeFileSync(join(dir, 'manifest.json'), JSON.stringify(manifest, null, 2));
  return manifest;
}

/** Reuses a corpus made with the same parameters and generator; builds it otherwise. */
export function ensureCorpus({ size, files, seed, base, log = () => {} }) {
  const dir = corpusDir({ size, files, seed }, base);
  const manifestPath = join(dir, 'manifest.json');
  if (existsSync(manifestPath)) {
    const m = JSON.parse(readFileSync(manifestPath, 'utf8'));
    if (m.generator === GENERATOR_VERSION) {
      log(`reusing corpus ${m.tree} (${m.stats.scannedFiles} files, ${formatBytes(m.stats.totalBytes)})`);
      return { dir, manifest: m };
    }
  }
  log(`generating corpus ${dir} (seed ${seed}, ${formatBytes(size)}, ${files} files) ...`);
  const manifest = generate({ size, files, seed, dir });
  log(`  generated in ${(manifest.generatedInMs / 1000).toFixed(1)} s: ${manifest.stats.textFiles} text files (${formatBytes(manifest.stats.textBytes)}), ` +
    `${manifest.stats.binaryFiles} binaries (${formatBytes(manifest.stats.binaryBytes)}), ${manifest.stats.ignoredFiles} git-ignored files (${formatBytes(manifest.stats.ignoredBytes)}), ${manifest.planted.length} planted findings`);
  return { dir, manifest };
}

/** Flags as `--name value`, `--name=value` or boolean `--name`; an unknown flag ends the process with status 2. */
export function parseArgs(argv, known) {
  try {
    return parseFlags(argv, known);
  } catch (err) {
    console.error(`bench: ${err.message}`);
    process.exit(2);
  }
}

function parseFlags(argv, known) {
  const out = {};
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (!a.startsWith('--')) throw new Error(`unexpected argument ${a}`);
    const [k, inline] = a.slice(2).split('=', 2);
    if (!(k in known)) throw new Error(`unknown flag --${k}; known: ${Object.keys(known).map((x) => `--${x}`).join(' ')}`);
    if (known[k] === 'bool') out[k] = true;
    else out[k] = inline ?? argv[++i];
  }
  return out;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const args = parseArgs(process.argv.slice(2), { size: 'v', files: 'v', seed: 'v', base: 'v', clean: 'bool' });
  const base = args.base ?? join(tmpdir(), 'tg-compliance-bench');
  if (args.clean) {
    rmSync(base, { recursive: true, force: true });
    console.log(`removed ${base}`);
    process.exit(0);
  }
  try {
    const size = parseSize(args.size ?? '1GB');
    const files = args.files ? Number(args.files) : defaultFiles(size);
    const { dir, manifest } = ensureCorpus({ size, files, seed: Number(args.seed ?? 1), base, log: console.log });
    console.log(`tree: ${manifest.tree}\nmanifest: ${join(dir, 'manifest.json')}`);
  } catch (err) {
    console.error(`bench: ${err.message}`);
    process.exit(2);
  }
}
