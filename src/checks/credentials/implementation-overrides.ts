import { join } from 'node:path';
import type { RawFinding } from '../../findings.js';
import { countNewlines } from '../../files/read-text.js';
import { readRegularFileSync } from '../../files/read-regular.js';
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

/** The implementation file's text, or undefined when there is none (or it is a link, a device, or too large). */
function readSmallText(abs: string): string | undefined {
  try {
    return readRegularFileSync(abs, MAX_IMPLEMENTATION_BYTES);
  } catch {
    return undefined;
  }
}
