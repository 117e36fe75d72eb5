import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { join } from 'node:path';
import type { RawFinding } from '../../findings.js';
import { countNewlines } from '../../files/read-text.js';
import { OverrideIndex } from './context.js';

const HEADER = /\.(?:h|hh|hpp|hxx)$/i;
const IMPLEMENTATIONS = ['.cpp', '.cc', '.cxx', '.mm', '.m', '.c'];
const MAX_IMPLEMENTATION_BYTES = 4 * 1024 * 1024;

/**
 * A header's member default (`int32_t currentApiId = 6;`) that its implementation file sets from elsewhere
 * (`currentApiId = apiId;` in the .cpp/.cc/.mm of the same name) ships only when that value is missing: a warning
 * naming the override, as an override in the same file is. Needs other files than the one scanned, so it runs after
 * the scan, on its errors only.
 */
export function overriddenInImplementation(findings: readonly RawFinding[], root: string): RawFinding[] {
  const texts = new Map<string, string | undefined>();
  return findings.map((f) => {
    if (f.ruleId !== 'published-api-credentials' || f.level !== 'error' || !HEADER.test(f.path) || !f.key.includes('=')) return f;
    const name = f.key.slice(0, f.key.indexOf('=')).replace(/^.*[.>]/, '');
    const stem = f.path.slice(0, f.path.lastIndexOf('.'));
    for (const ext of IMPLEMENTATIONS) {
      const path = stem + ext;
      if (!texts.has(path)) texts.set(path, readSmallText(join(root, ...path.split('/'))));
      const text = texts.get(path);
      const override = text === undefined ? undefined : new OverrideIndex(text).after(0, name);
      if (override) {
        const line = countNewlines(text!, 0, override.offset) + 1;
        return { ...f, level: 'warning', message: `${f.message} It is overridden in ${path} at line ${line} by \`${override.statement}\`, so it ships only when that value is missing.` };
      }
    }
    return f;
  });
}

function readSmallText(abs: string): string | undefined {
  let fd: number;
  try {
    fd = openSync(abs, 'r');
  } catch {
    return undefined;
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > MAX_IMPLEMENTATION_BYTES) return undefined;
    const buffer = Buffer.alloc(st.size);
    const n = readSync(fd, buffer, 0, st.size, 0);
    return buffer.toString('utf8', 0, n);
  } finally {
    closeSync(fd);
  }
}
