// Benchmark of the artifacts check: generates ~500 MB artifacts in the temp folder (a raw ELF-like binary and an
// APK-like zip with a deflated dex and a stored native library), scans each in a child process and prints the
// time and the peak RSS of that process. Bounded memory is the point: peak RSS must not follow the artifact size.
// Usage: node bench/artifacts.mjs [size-in-MiB, default 500]
import { execFileSync } from 'node:child_process';
import { once } from 'node:events';
import { createWriteStream } from 'node:fs';
import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createDeflateRaw, crc32 } from 'node:zlib';

const MiB = 1024 * 1024;
const HASH = '014b35b6184100b085b0d0572f9b5103'; // the Telegram for Android sample api_hash (published)
const repo = join(dirname(fileURLToPath(import.meta.url)), '..');
const build = join(repo, '.tmp', 'bench-build');

if (process.argv[2] === '--child') {
  await child(process.argv[3], process.argv[4]);
} else {
  await parent(Number(process.argv[2] ?? 500));
}

async function parent(sizeMiB) {
  process.stderr.write('compiling TypeScript into .tmp/bench-build ...\n');
  execFileSync(join(repo, 'node_modules', '.bin', 'tsc'), ['-p', 'tsconfig.json', '--noEmit', 'false', '--outDir', build, '--rootDir', '.', '--sourceMap', 'false'], { cwd: repo, stdio: 'inherit' });
  const dir = await mkdtemp(join(tmpdir(), 'tgc-bench-artifacts-'));
  try {
    const so = join(dir, 'libbig.so');
    await writeRaw(so, sizeMiB);
    const apk = join(dir, 'app-release.apk');
    await writeApk(apk, sizeMiB);
    for (const path of [so, apk]) {
      const size = (await stat(path)).size;
      const out = execFileSync(process.execPath, [fileURLToPath(import.meta.url), '--child', dir, path.slice(dir.length + 1)], { encoding: 'utf8' });
      const r = JSON.parse(out);
      console.log(
        `${path.slice(dir.length + 1).padEnd(16)} ${(size / MiB).toFixed(0).padStart(5)} MiB on disk, ${(r.bytes / MiB).toFixed(0).padStart(5)} MiB scanned ` +
          `in ${(r.ms / 1000).toFixed(1)} s (${(r.bytes / MiB / (r.ms / 1000)).toFixed(0)} MiB/s), peak RSS ${(r.maxRssKiB / 1024).toFixed(0)} MiB ` +
          `(RSS before the scan ${(r.rssBeforeKiB / 1024).toFixed(0)} MiB), findings: ${r.findings.join(' | ')}`,
      );
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

async function child(root, artifact) {
  const { scanArtifacts } = await import(join(build, 'src/checks/artifacts/index.js'));
  const { DEFAULT_LIMITS } = await import(join(build, 'src/checks/artifacts/limits.js'));
  const skipped = [];
  const ctx = {
    root,
    files: [],
    tree: [],
    config: { credentials: { extra: [] }, ignore: [] },
    settings: { requireGpl: 'auto', apiUrl: '', artifacts: [artifact] },
    log: { info() {}, warning() {}, debug() {} },
    skip: (path, reason) => skipped.push(`${path}: ${reason}`),
  };
  const rssBeforeKiB = process.memoryUsage().rss / 1024;
  const started = performance.now();
  const outcome = await scanArtifacts(ctx, DEFAULT_LIMITS);
  const ms = performance.now() - started;
  const findings = outcome.findings.map((f) => f.message.split(' ships in ')[1].split(')')[0] + ')');
  process.stdout.write(JSON.stringify({ ms, bytes: outcome.bytes, maxRssKiB: process.resourceUsage().maxRSS, rssBeforeKiB, findings: [...findings, ...skipped] }));
}

/** 1 MiB of code-like bytes: pseudo-random with short ASCII strings, some of them hex. */
function block(seed) {
  const b = Buffer.alloc(MiB);
  let x = seed >>> 0;
  for (let i = 0; i < b.length; i += 4) {
    x = (x * 1664525 + 1013904223) >>> 0;
    b.writeUInt32LE(x, i);
  }
  for (let at = 100; at + 64 < b.length; at += 4096) b.write(`Lorg/app/Cls${at};\0deadbeef${(at * 31).toString(16)}\0`, at, 'latin1');
  return b;
}

async function writeChunks(stream, sizeMiB, plant) {
  for (let i = 0; i < sizeMiB; i++) {
    const b = block(i + 1);
    plant(b, i);
    if (!stream.write(b)) await once(stream, 'drain');
  }
}

async function writeRaw(path, sizeMiB) {
  const out = createWriteStream(path);
  out.write(Buffer.from([0x7f, 0x45, 0x4c, 0x46, 2, 1, 1, 0]));
  await writeChunks(out, sizeMiB, (b, i) => {
    // Cut across two blocks (and, with the 8-byte header, not on a read-chunk edge: the scan's chunks are its own).
    if (i === Math.floor(sizeMiB / 2)) b.write(HASH.slice(0, 10), MiB - 10, 'latin1');
    if (i === Math.floor(sizeMiB / 2) + 1) b.write(HASH.slice(10), 0, 'latin1');
    if (i === sizeMiB - 1) b.write(HASH, 5000, 'utf16le');
  });
  out.end();
  await once(out, 'finish');
}

/** A zip written as a stream: each entry's local header says "sizes follow" and a data descriptor carries them. */
async function writeApk(path, sizeMiB) {
  const out = createWriteStream(path);
  let offset = 0;
  const central = [];
  const write = async (buf) => {
    offset += buf.length;
    if (!out.write(buf)) await once(out, 'drain');
  };
  const entry = async (name, mib, deflate, plantAt) => {
    const nameBuf = Buffer.from(name);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(0x0808, 6);
    local.writeUInt16LE(deflate ? 8 : 0, 8);
    const start = offset;
    let crc = 0;
    let size = 0;
    let compressed = 0;
    if (!deflate) {
      // Stored entries cannot use a data descriptor for their size in every reader: write sizes up front.
      for (let i = 0; i < mib; i++) {
        const b = block(1000 + i);
        if (i === plantAt) b.write(HASH, 777, 'latin1');
        crc = crc32(b, crc);
      }
      size = compressed = mib * MiB;
      local.writeUInt16LE(0x0800, 6);
      local.writeUInt32LE(crc, 14);
      local.writeUInt32LE(size, 18);
      local.writeUInt32LE(size, 22);
    }
    local.writeUInt16LE(nameBuf.length, 26);
    await write(local);
    await write(nameBuf);
    if (deflate) {
      const z = createDeflateRaw({ level: 1 });
      z.on('data', (d) => {
        compressed += d.length;
        offset += d.length;
        if (!out.write(d)) z.pause(), out.once('drain', () => z.resume());
      });
      for (let i = 0; i < mib; i++) {
        const b = block(2000 + i);
        if (i === plantAt) b.write(HASH, 4242, 'latin1');
        crc = crc32(b, crc);
        size += b.length;
        if (!z.write(b)) await once(z, 'drain');
      }
      z.end();
      await once(z, 'end');
      const dd = Buffer.alloc(16);
      dd.writeUInt32LE(0x08074b50, 0);
      dd.writeUInt32LE(crc, 4);
      dd.writeUInt32LE(compressed, 8);
      dd.writeUInt32LE(size, 12);
      await write(dd);
    } else {
      for (let i = 0; i < mib; i++) {
        const b = block(1000 + i);
        if (i === plantAt) b.write(HASH, 777, 'latin1');
        await write(b);
      }
    }
    central.push({ nameBuf, crc, size, compressed, start, deflate });
  };
  const dex = Math.floor(sizeMiB * 0.4);
  const lib = sizeMiB - dex - 1;
  await entry('classes.dex', dex, true, dex - 1);
  await entry('lib/arm64-v8a/libapp.so', lib, false, Math.floor(lib / 2));
  await entry('resources.arsc', 1, true, -1);
  const cdStart = offset;
  for (const e of central) {
    const h = Buffer.alloc(46);
    h.writeUInt32LE(0x02014b50, 0);
    h.writeUInt16LE(20, 4);
    h.writeUInt16LE(20, 6);
    h.writeUInt16LE(e.deflate ? 0x0808 : 0x0800, 8);
    h.writeUInt16LE(e.deflate ? 8 : 0, 10);
    h.writeUInt32LE(e.crc, 16);
    h.writeUInt32LE(e.compressed, 20);
    h.writeUInt32LE(e.size, 24);
    h.writeUInt16LE(e.nameBuf.length, 28);
    h.writeUInt32LE(e.start, 42);
    await write(h);
    await write(e.nameBuf);
  }
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(central.length, 8);
  end.writeUInt16LE(central.length, 10);
  end.writeUInt32LE(offset - cdStart, 12);
  end.writeUInt32LE(cdStart, 16);
  await write(end);
  out.end();
  await once(out, 'finish');
}
