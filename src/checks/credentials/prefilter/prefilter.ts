import { KERNEL_WASM_BASE64 } from './kernel-wasm.js';
import { isAlnum, NAME_TRIGGER, SWITCH_TRIGGER } from '../scan.js';

/**
 * Tells, from a chunk's UTF-8 bytes, whether the credentials scan could find anything there, at a fraction of the
 * scan's cost: a SIMD kernel marks the 16-byte blocks where a trigger could start, and each marked block is checked
 * with the scan's own trigger patterns. Most chunks of source hold no trigger and are never decoded or scanned.
 * Never wrong in the other direction: whatever the scan finds, `mayMatch` lets through (tested against the scan).
 */
export interface Prefilter {
  /** The module's memory: a chunk's bytes go at `dataOffset`, at most `capacity` of them. */
  readonly memory: Buffer;
  readonly dataOffset: number;
  readonly capacity: number;
  /** Whether memory[start, end) may hold a trigger of the credentials scan. */
  mayMatch(start: number, end: number): boolean;
  /** Newline bytes in memory[start, end). */
  newlines(start: number, end: number): number;
}

interface KernelExports {
  candidates(start: number, end: number, out: number): number;
  newlines(start: number, end: number): number;
}

// A marked block is checked with the scan's triggers (the hashes are checked on their own) on a window around it:
// a trigger marked in a block starts at most 13 bytes before it (TDESKTOP_API_TEST is marked at its TEST) and ends
// at most 30 bytes after the block's start (149.154.167.40, marked at the block's last byte).
const TRIGGER = new RegExp(`${NAME_TRIGGER.source}|${SWITCH_TRIGGER.source}`);
const BEFORE = 16;
const AFTER = 48;
const HASH_LENGTH = 32;
// Room before a chunk (a block-aligned start) and after it (the kernel reads up to 19 bytes past its last block).
const GUARD = 16;
const TAIL = 64;

let compiled: WebAssembly.Module | undefined;

/** A prefilter for chunks of up to `capacity` bytes, or undefined where WebAssembly is not available. */
export function createPrefilter(capacity: number, hashes: ReadonlyMap<string, unknown>): Prefilter | undefined {
  if (typeof WebAssembly !== 'object') return undefined;
  try {
    compiled ??= new WebAssembly.Module(Buffer.from(KERNEL_WASM_BASE64, 'base64'));
  } catch {
    return undefined; // a CPU without the SIMD instructions V8 needs: every chunk is scanned
  }
  const outOffset = align(GUARD + capacity + TAIL, 16);
  const bytes = outOffset + 4 * (Math.ceil(capacity / 16) + 1);
  const wasmMemory = new WebAssembly.Memory({ initial: Math.ceil(bytes / 65536) });
  const kernel = new WebAssembly.Instance(compiled, { env: { memory: wasmMemory } }).exports as unknown as KernelExports;
  const memory = Buffer.from(wasmMemory.buffer);
  const marks = new Uint32Array(wasmMemory.buffer, outOffset, Math.ceil(capacity / 16) + 1);

  return {
    memory,
    dataOffset: GUARD,
    capacity,
    newlines: (start, end) => kernel.newlines(start, end),
    mayMatch(start, end) {
      const n = kernel.candidates(start, end, outOffset);
      for (let k = 0; k < n; k++) {
        const block = marks[k] >>> 2;
        if (marks[k] & 1 && holdsHash(block, start, end)) return true;
        if (marks[k] & 2 && TRIGGER.test(memory.toString('latin1', Math.max(start, block - BEFORE), Math.min(end, block + AFTER)))) return true;
      }
      return false;
    },
  };

  /** Whether the run of lower-case hex digits through this block is a catalogued hash standing alone. */
  function holdsHash(block: number, start: number, end: number): boolean {
    if (block + 16 > end) return false; // a hash inside the chunk covers a whole block inside it, marked too
    for (let i = block; i < block + 16; i++) if (!isLowerHex(memory[i])) return false;
    let from = block;
    while (from > start && block - from < HASH_LENGTH && isLowerHex(memory[from - 1])) from--;
    let to = block + 16;
    while (to < end && to - from <= HASH_LENGTH && isLowerHex(memory[to])) to++;
    if (to - from !== HASH_LENGTH) return false;
    if ((from > start && isAlnum(memory[from - 1])) || (to < end && isAlnum(memory[to]))) return false;
    return hashes.has(memory.toString('latin1', from, to));
  }
}

function isLowerHex(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 97 && c <= 102);
}

function align(n: number, to: number): number {
  return Math.ceil(n / to) * to;
}
