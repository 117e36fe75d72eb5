import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { runInNewContext } from 'node:vm';
import ts from 'typescript';
import { buildCatalogue } from '../src/checks/credentials/catalogue.js';
import { createPrefilter } from '../src/checks/credentials/prefilter/prefilter.js';
import { kindOf, type FileKind } from '../src/files/file-kind.js';
import { findDirections } from '../src/checks/publication/directions.js';
import { saysUnofficialApiApp } from '../src/checks/listing/judge.js';
import { appstreamListing } from '../src/checks/listing/sources/appstream.js';
import { scanCredentials } from '../src/checks/credentials/scan.js';
import { parseConfig } from '../src/config/load.js';
import { EMPTY_CONFIG } from '../src/config/schema.js';
import { inlineSuppression } from '../src/pipeline/inline-suppression.js';
import { maskText } from '../src/pipeline/mask.js';
import { runPipeline } from '../src/pipeline/pipeline.js';
import { REPO_ROOT, removeTempDirs, scan, tempDir } from './helpers/fixtures.js';

// A guard against exponential or quadratic blow-up on hostile input, not a benchmark: linear patterns take a few
// milliseconds on 1 MB, a catastrophic one takes minutes, so the bound is generous.
const BOUND_MS = 2000;
const MB = 1024 * 1024;
const PER_FINDING_MS = 0.2;

/** 1 MB strings built to make backtracking patterns work hard. */
const fill = (unit: string, tail = '') => unit.repeat(Math.ceil((MB - tail.length) / unit.length)).slice(0, MB - tail.length) + tail;
const ADVERSARIAL: Record<string, string> = {
  'hex run': fill('0123456789abcdef'),
  'hex run ending in a non-hex letter': fill('a', 'z'),
  'run of =': fill('='),
  'quotes and spaces': fill(`" ' `),
  'spaces then a letter': fill(' ', 'x'),
  'tabs and newlines': fill('\t\n'),
  'nested brackets': fill('(', ')') + ')'.repeat(0),
  'nested square and curly brackets': fill('[{'),
  'api_id repeated': fill('api_id'),
  'api_id = spaces': 'api_id =' + fill(' ', 'x').slice(8),
  'api_hash = "unclosed': 'api_hash = "' + fill('a').slice(12),
  'api_id = 4 repeated': fill('api_id = 4\n'),
  // Issue 14 item 12: the same binding over and over on one line (112 s for 100,000 before the line index kept its place).
  'int api_id = 611335; on one line': fill('int api_id = 611335; '),
  'a published hash on one line': fill('x = "b18441a1ff607e10a989891a5462e627"; '),
  'APP_ID: Int = repeated': fill('APP_ID: Int = '),
  'tg-compliance:allow repeated': fill('tg-compliance:allow '),
  'allow comment with -- and spaces': 'tg-compliance:allow --' + fill(' -- ', 'x').slice(22),
  '#if lines': fill('#if TEST\n'),
  'test_mode repeated': fill('test_mode = '),
  'TDESKTOP_API_TEST repeated': fill('TDESKTOP_API_TEST '),
  'test DC address repeated': fill('149.154.167.'),
  'http:// repeated': fill('http://'),
  'github.com/ repeated': fill('github.com/a'),
  'dots and dashes': fill('.-'),
  'identifier characters': fill('a_.$-'),
  'slashes': fill('/'),
  'getenv("x", repeated': fill('getenv("x", '),
  'unwrap_or( repeated': fill(').unwrap_or('),
  'digits': fill('1234567890'),
  'backslashes and quotes': fill('\\"'),
  // Elements opened and never closed (AppStream fields, translated paragraphs, XML declarations).
  'XML open tags, never closed': fill('<name><summary><description><p xml:lang="de"><li xml:lang="x"><?xml '),
  'XML declarations, never closed': fill('<?'),
  'CDATA sections, never closed': fill('<![CDATA[ x'),
  'Android resource tags, never closed': fill('<color name="a" <string name="b" <item <application android:icon="x" '),
  'AppStream parts, never closed': fill('<developer><releases><_name x="1">'),
};

const SOURCE_DIRS = ['src/checks', 'src/pipeline', 'src/config', 'src/files', 'src/upstream', 'src/report', 'src/github', 'src/action', 'src/cli'];

interface Pattern {
  where: string;
  source: string;
  flags: string;
}

/** Every regular-expression literal in the source, and every `new RegExp(...)` whose text is not a literal. */
function patternsInSource(): { literals: Pattern[]; dynamic: string[] } {
  const literals: Pattern[] = [];
  const dynamic: string[] = [];
  for (const file of SOURCE_DIRS.flatMap((d) => tsFiles(join(REPO_ROOT, d)))) {
    const text = readFileSync(file, 'utf8');
    const sf = ts.createSourceFile(file, text, ts.ScriptTarget.ES2022, true);
    const where = (n: ts.Node) => `${relative(REPO_ROOT, file)}:${sf.getLineAndCharacterOfPosition(n.getStart()).line + 1}`;
    const visit = (n: ts.Node): void => {
      if (n.kind === ts.SyntaxKind.RegularExpressionLiteral) {
        const t = n.getText();
        const end = t.lastIndexOf('/');
        literals.push({ where: where(n), source: t.slice(1, end), flags: t.slice(end + 1) });
      } else if (ts.isNewExpression(n) && ts.isIdentifier(n.expression) && n.expression.text === 'RegExp') {
        const [arg, flags] = n.arguments ?? [];
        const constant = evaluateConstant(arg);
        if (constant !== undefined) literals.push({ where: where(n), source: constant, flags: flags && ts.isStringLiteral(flags) ? flags.text : '' });
        else dynamic.push(where(n));
      }
      ts.forEachChild(n, visit);
    };
    visit(sf);
  }
  return { literals, dynamic };
}

/** A string literal, or `[...literals].join('')` (the credentials separator is written that way). */
function evaluateConstant(node: ts.Node | undefined): string | undefined {
  if (!node) return undefined;
  if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return node.text;
  if (ts.isCallExpression(node) && ts.isPropertyAccessExpression(node.expression) && node.expression.name.text === 'join' && ts.isArrayLiteralExpression(node.expression.expression)) {
    const parts = node.expression.expression.elements.map((e) => evaluateConstant(e));
    const sep = node.arguments[0] ? evaluateConstant(node.arguments[0]) : ',';
    return parts.every((p) => p !== undefined) && sep !== undefined ? parts.join(sep) : undefined;
  }
  // A constant held in an identifier is resolved by the dynamic list's reviewer, not here.
  return undefined;
}

function tsFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const p = join(dir, name);
    return statSync(p).isDirectory() ? tsFiles(p) : p.endsWith('.ts') ? [p] : [];
  });
}

/**
 * Runs the pattern over the input in a separate V8 context with a time limit, the way the code uses it: a global
 * or unanchored pattern finds every match; a sticky one is tried where the code tries it (the start).
 */
function timeOver(p: Pattern, input: string): number {
  const started = Date.now();
  runInNewContext(
    `const re = new RegExp(source, flags.includes('y') ? flags : flags.replace('g', '') + 'g');
     if (flags.includes('y')) { re.lastIndex = 0; re.exec(input); }
     else { let n = 0; for (const m of input.matchAll(re)) { if (m[0].length === 0 && ++n > 1e6) break; } }`,
    { source: p.source, flags: p.flags, input },
    { timeout: BOUND_MS },
  );
  return Date.now() - started;
}

const { literals, dynamic } = patternsInSource();

/**
 * Patterns the code only ever applies to a short slice: they are tried on hostile input of that length (a quadratic
 * pattern on 1,000 characters is harmless). Each entry says where the bound comes from; keep this list short.
 */
const BOUNDED_INPUT: Record<string, { chars: number; why: string }> = {
  [String.raw`src/checks/credentials/scan.ts /^[ \t"']*(?:[:=]|\(|[ \t])[ \t]*(?:true|1)\b/i`]: { chars: 24, why: 'onTestDc reads 24 characters after the name' },
  [String.raw`src/checks/credentials/scan.ts /^[ \t]*(?:=|[ \t])[ \t]*(?:ON|1|TRUE|YES)\b/i`]: { chars: 16, why: 'onApiTest reads 16 characters after the switch' },
  [String.raw`src/pipeline/inline-suppression.ts /^[a-z][a-z-]+$/`]: { chars: 1000, why: 'a word of a finding line, which LineIndex clips to 1,000 characters' },
};
const boundOf = (p: Pattern) => BOUNDED_INPUT[`${p.where.replace(/:\d+$/, '')} /${p.source}/${p.flags}`]?.chars ?? MB;

describe('every regular expression in the source runs in linear time on 1 MB of hostile input', () => {
  test('the source holds the patterns we expect to test (the extractor works)', () => {
    expect(literals.length).toBeGreaterThan(60);
    expect(literals.map((p) => p.where)).toEqual(expect.arrayContaining([expect.stringMatching(/^src\/checks\/credentials\/binding\.ts:/), expect.stringMatching(/^src\/checks\/credentials\/scan\.ts:/)]));
    // Patterns built at run time are exercised through the functions that build them (below); this list is the
    // inventory, so a new one is noticed and given a test.
    // The license and branding checks build theirs from constant word lists: the whole-check runs below exercise them.
    const files = [...new Set(dynamic.map((d) => d.replace(/:\d+$/, '')))].sort();
    expect(files).toEqual([
      'src/checks/branding/sources/gradle-placeholders.ts',
      'src/checks/branding/sources/strings-file.ts',
      'src/checks/credentials/catalogue.ts',
      'src/checks/credentials/line-index.ts',
      'src/checks/credentials/prefilter/prefilter.ts',
      'src/checks/license/differences.ts',
      'src/checks/license/license-files.ts',
      'src/checks/license/normalise.ts',
      'src/checks/license/or-later.ts',
      'src/checks/license/spdx-names.ts',
      'src/checks/listing/languages/language.ts',
      'src/checks/publication/directions.ts',
      'src/pipeline/mask.ts',
    ]);
  });

  test.each(Object.keys(ADVERSARIAL))('%s', (name) => {
    const slow: string[] = [];
    for (const p of literals) {
      try {
        timeOver(p, ADVERSARIAL[name].slice(0, boundOf(p)));
      } catch (err) {
        slow.push(`${p.where} /${p.source.slice(0, 60)}/${p.flags}: ${(err as Error).message}`);
      }
    }
    expect(slow).toEqual([]);
  });

  test('every bounded entry still names a pattern in the source', () => {
    const keys = new Set(literals.map((p) => `${p.where.replace(/:\d+$/, '')} /${p.source}/${p.flags}`));
    expect(Object.keys(BOUNDED_INPUT).filter((k) => !keys.has(k))).toEqual([]);
  });
});

describe('the scanners on 1 MB of hostile input', () => {
  afterAll(removeTempDirs);
  const catalogue = buildCatalogue([{ apiHash: 'c0ffee00deadbeef0123456789abcd42', apiId: 7777777, origin: 'test', kind: 'team' }]);
  const kinds: Record<string, FileKind> = { 'src/Config.java': kindOf('src/Config.java'), 'README.md': kindOf('README.md') };

  // Work grows with the number of findings (each is located, classified and fingerprinted): a linear allowance each.
  const allowance = (findings: number) => BOUND_MS + findings * PER_FINDING_MS;

  test.each(Object.keys(ADVERSARIAL))('credentials scan and pipeline, in code and in docs: %s', (name) => {
    const text = ADVERSARIAL[name];
    for (const [path, kind] of Object.entries(kinds)) {
      const started = Date.now();
      const found = scanCredentials({ text, line: 1, limit: text.length, path, kind, release: false }, catalogue);
      runPipeline(found, EMPTY_CONFIG);
      expect({ path, slow: Date.now() - started > allowance(found.length) }).toEqual({ path, slow: false });
    }
  });

  test.each(Object.keys(ADVERSARIAL))('the credentials prefilter, which tries the triggers on each marked block: %s', (name) => {
    const bytes = Buffer.from(ADVERSARIAL[name]);
    const prefilter = createPrefilter(bytes.length, catalogue.byHash)!;
    bytes.copy(prefilter.memory, prefilter.dataOffset);
    const started = Date.now();
    prefilter.mayMatch(prefilter.dataOffset, prefilter.dataOffset + bytes.length);
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
  });

  test('a file with 95,000 findings: each override lookup is an index hit, not a scan to the end of the file', () => {
    const text = fill('api_id = 4\n');
    const started = Date.now();
    const found = scanCredentials({ text, line: 1, limit: text.length, path: 'src/Config.java', kind: kinds['src/Config.java'], release: false }, catalogue);
    expect(found.length).toBeGreaterThan(90_000);
    expect(Date.now() - started).toBeLessThan(allowance(found.length));
  });

  test('override lookups still find a later non-literal assignment of the same name', () => {
    const text = 'int APP_ID = 4; int other = 1, APP_ID = BuildConfig.APP_ID;\n';
    const [found] = scanCredentials({ text, line: 1, limit: text.length, path: 'BuildVars.java', kind: kinds['src/Config.java'], release: false }, catalogue);
    expect(found).toMatchObject({ level: 'warning', message: expect.stringContaining('overridden at line 1 by `APP_ID = BuildConfig.APP_ID`') });
  });

  test.each(['http:// repeated', 'github.com/ repeated', 'slashes', 'dots and dashes'])('source directions in a 1 MB README, with and without a known place: %s', async (name) => {
    const root = await tempDir();
    await writeFile(join(root, 'README.md'), ADVERSARIAL[name]);
    const readme = { path: 'README.md', abs: join(root, 'README.md'), size: MB, kind: kindOf('README.md') };
    const started = Date.now();
    await findDirections([readme], readme, []);
    await findDirections([readme], readme, ['https://github.com/acme/app']);
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
  });

  // The statements are built from word lists (listing/languages): each is tried on runs of its own first words too.
  const STATEMENT_STARTS = ['unofficial ', 'unofficial client for ', 'open-source telegram-', 'неофициальный ', 'клиент telegram ', 'غیررسمی ', 'عميل تيليجرام ', 'no oficial ', 'cliente de ', 'inoffizieller ', '非官方', 'telegram 的', 'based on ', 'telegram '];
  test.each([...Object.keys(ADVERSARIAL), ...STATEMENT_STARTS])('the store listing statements: %s', (name) => {
    const text = ADVERSARIAL[name] ?? fill(name, '.');
    const started = Date.now();
    expect(saysUnofficialApiApp(text)).toBe(false);
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
  });

  test.each(Object.keys(ADVERSARIAL))('inline suppression, masking, config parsing: %s', (name) => {
    const text = ADVERSARIAL[name];
    const started = Date.now();
    inlineSuppression('published-api-credentials', text, text);
    maskText(text, new Set(['c0ffee00deadbeef0123456789abcd42', text.slice(0, 40)]));
    try {
      parseConfig(`ignore:\n  - paths: ["${text.slice(0, 64 * 1024).replace(/["\\\n]/g, '')}"]\n    reason: x\n`, 'c.yml');
    } catch {
      // Only the time matters here; config errors have their own tests.
    }
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
  });
});

describe('AppStream listings: elements opened and never closed', () => {
  test.each(['<name>', '<description>', '<description><p xml:lang="de">', '<p xml:lang="de">'])('1 MB of %s', (unit) => {
    const text = `<component>${fill(unit)}</component>`;
    const started = Date.now();
    appstreamListing(text);
    expect(Date.now() - started).toBeLessThan(BOUND_MS);
  });
});

describe('the license, branding and listing checks on hostile files', () => {
  afterAll(removeTempDirs);
  // Whole checks, so the patterns they build at run time are exercised too, on 256 KB per file (the YAML parser
  // alone takes seconds on 1 MB of nested brackets, linearly). A quadratic pattern takes minutes at this size.
  const SIZE = 256 * 1024;
  const CHECK_BOUND_MS = 20_000;
  const FILES = ['LICENSE', 'COPYING.md', 'package.json', 'build.gradle', 'Cargo.toml', 'pom.xml', 'x.podspec', 'composer.json', 'pyproject.toml', 'app/src/main/AndroidManifest.xml', 'app/src/main/res/values/strings.xml', 'Info.plist', 'en.lproj/InfoPlist.strings', 'app.desktop', 'app.rc', 'manifest.webmanifest', 'electron-builder.yml', 'README.md', 'fastlane/metadata/android/en-US/full_description.txt', 'gram.metainfo.xml', 'snap/snapcraft.yaml', 'app/src/main/res/mipmap-anydpi-v26/ic_launcher.xml', 'app/src/main/res/drawable/ic_launcher_background.xml'];
  test.each(['hex run', 'spaces then a letter', 'tabs and newlines', 'nested square and curly brackets', 'api_id = spaces', 'dots and dashes', 'slashes', 'digits', 'XML open tags, never closed', 'XML declarations, never closed', 'CDATA sections, never closed', 'AppStream parts, never closed', 'Android resource tags, never closed'])('%s', async (name) => {
    const root = await tempDir();
    for (const f of FILES) {
      await mkdir(dirname(join(root, f)), { recursive: true });
      await writeFile(join(root, f), ADVERSARIAL[name].slice(0, SIZE));
    }
    const started = Date.now();
    const report = await scan(root, { checks: ['license', 'branding', 'listing'] });
    expect(report.checks.license.status).toBe('ran');
    expect(report.checks.branding.status).toBe('ran');
    expect(report.checks.listing.status).toBe('ran');
    expect(Date.now() - started).toBeLessThan(CHECK_BOUND_MS);
  });
});
