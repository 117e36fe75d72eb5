import { afterAll, describe, expect, test } from '@jest/globals';
import fc from 'fast-check';
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { PUBLISHED } from '../src/checks/credentials/catalogue.js';
import { renderJson } from '../src/report/json.js';
import { renderMarkdown } from '../src/report/markdown.js';
import { renderText } from '../src/report/text.js';
import type { Report } from '../src/report/model.js';
import { removeTempDirs, scan, tempDir } from './helpers/fixtures.js';

const WITH_HASH = PUBLISHED.filter((c) => c.apiId !== undefined && c.apiHash !== undefined);

/** One planted line and the finding it must give (none for filler). */
type Planted = { kind: 'id'; index: number } | { kind: 'hash'; index: number } | { kind: 'private'; hex: string } | { kind: 'filler'; text: string };

const planted: fc.Arbitrary<Planted> = fc.oneof(
  fc.record({ kind: fc.constant('id' as const), index: fc.nat(WITH_HASH.length - 1) }),
  fc.record({ kind: fc.constant('hash' as const), index: fc.nat(WITH_HASH.length - 1) }),
  fc.record({ kind: fc.constant('private' as const), hex: fc.stringMatching(/^[0-9a-f]{32}$/) }),
  fc.record({ kind: fc.constant('filler' as const), text: fc.constantFrom('', '# settings', 'print("hello")', 'import os', 'name = "app"', 'x = [1, 2, 3]') }),
);

function lineOf(p: Planted): string {
  switch (p.kind) {
    case 'id':
      return `TELEGRAM_API_ID = ${WITH_HASH[p.index].apiId}`;
    case 'hash':
      return `TELEGRAM_API_HASH = "${WITH_HASH[p.index].apiHash}"`;
    case 'private':
      return `api_hash = "${p.hex}"`;
    case 'filler':
      return p.text;
  }
}

const expectedRule = (p: Planted) => (p.kind === 'filler' ? undefined : p.kind === 'private' ? 'hardcoded-api-credentials' : 'published-api-credentials');

// No hexadecimal digits in names, so that a path can never hold 5 characters of a private value by chance.
const segment = fc.stringMatching(/^[g-z][g-z_-]{0,7}$/);
const tree = fc.uniqueArray(
  fc.record({ dirs: fc.array(segment, { maxLength: 3 }), name: segment, lines: fc.array(planted, { minLength: 1, maxLength: 8 }) }),
  { minLength: 1, maxLength: 12, selector: (f) => [...f.dirs, f.name].join('/') },
);
type Tree = { dirs: string[]; name: string; lines: Planted[] }[];

/** Writes the files in the given order; a path that is a folder of another file gets a suffix, as a file cannot be both. */
async function write(files: Tree, order: number[]): Promise<{ root: string; paths: string[] }> {
  const root = await tempDir();
  const paths = files.map((f) => [...f.dirs.map((d) => `${d}.d`), `${f.name}.py`].join('/'));
  for (const i of order) {
    await mkdir(join(root, dirname(paths[i])), { recursive: true });
    await writeFile(join(root, paths[i]), files[i].lines.map(lineOf).join('\n') + '\n');
  }
  return { root, paths };
}

const key = (f: { path: string; line?: number; ruleId: string }) => `${f.path}:${f.line}:${f.ruleId}`;

describe('property: the findings are exactly the planted credentials', () => {
  afterAll(removeTempDirs);

  test('for random trees, in any file-creation order and with 1 or 16 files read at once; private values never shown beyond 4 characters', async () => {
    await fc.assert(
      fc.asyncProperty(
        tree.chain((files) => fc.tuple(fc.constant(files as Tree), fc.shuffledSubarray([...files.keys()], { minLength: files.length }))),
        async ([files, shuffled]) => {
          const a = await write(files, [...files.keys()]);
          const b = await write(files, shuffled);
          const expected = files.flatMap((f, i) => f.lines.flatMap((p, n) => (expectedRule(p) ? [`${a.paths[i]}:${n + 1}:${expectedRule(p)}`] : []))).sort();
          const reportA = await scan(a.root);
          const reportB = await scan(b.root);
          expect(reportA.findings.map(key).sort()).toEqual(expected);
          // Same findings, same order, same fingerprints, whatever order the files were written in. (Threads: cli.test.ts.)
          expect(reportB.findings.map(({ message, ...f }) => ({ ...f, message: message.replace(b.root, a.root) }))).toEqual(reportA.findings);

          // Fingerprints are hashes printed whole (for suppression): random hex that may contain any 5 digits.
          const shown = [...reportA.findings, ...reportA.suppressed].reduce((text, f) => text.replaceAll(f.fingerprint, '<fingerprint>'), rendered(reportA));
          for (const hex of files.flatMap((f) => f.lines.flatMap((p) => (p.kind === 'private' ? [p.hex] : [])))) {
            if (WITH_HASH.some((c) => c.apiHash === hex)) continue;
            expect(shown).not.toContain(hex.slice(0, 5));
            expect(shown).toContain(`${hex.slice(0, 4)}…`);
          }
        },
      ),
      { numRuns: 40 },
    );
  }, 120_000);
});

/** Text, JSON and Markdown reports without fingerprints (random hex that could hold any 5 characters by chance). */
function rendered(report: Report): string {
  const json = JSON.parse(renderJson(report));
  for (const f of [...json.findings, ...json.suppressed]) delete f.fingerprint;
  const strip = (s: string) => s.replace(/[0-9a-f]{32,}/g, (h) => (WITH_HASH.some((c) => c.apiHash === h) ? '<published>' : h));
  return [renderText(report, { color: false }), JSON.stringify(json), renderMarkdown(report, { maxLength: 1_000_000 })].map(strip).join('\n');
}
