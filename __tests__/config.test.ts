import { afterAll, describe, expect, test } from '@jest/globals';
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { loadConfig, parseConfig } from '../src/config/load.js';
import { UsageError } from '../src/config/schema.js';
import { parseSize } from '../src/config/size.js';
import { resolveOptions } from '../src/options.js';
import { removeTempDirs, tempDir } from './helpers/fixtures.js';

const fails = (text: string) => {
  try {
    parseConfig(text, '.github/telegram-compliance.yml');
  } catch (err) {
    expect(err).toBeInstanceOf(UsageError);
    return (err as Error).message;
  }
  throw new Error('expected a UsageError');
};

describe('configuration file', () => {
  afterAll(removeTempDirs);

  test('reads every key of DESIGN §2', () => {
    const c = parseConfig(
      [
        'checks: [credentials, license]',
        'fail-on: warning',
        'max-file-size: 5MiB',
        'require-gpl: "true"',
        'mirror: acme/app-mirror',
        'artifacts: [build/outputs/**/*.apk]',
        'baseline: .github/telegram-compliance-baseline.yml',
        'rules:',
        '  source-unverified: error',
        '  source-directions-missing: off',
        'credentials:',
        '  extra:',
        '    - { api_id: 123456, api_hash: "0123456789ABCDEF0123456789abcdef", origin: "our staging app" }',
        'ignore:',
        '  - paths: ["docs/legacy/**"]',
        '    rules: [published-api-credentials]',
        '    reason: upstream docs kept verbatim',
        '  - fingerprint: 3f2a9c',
        '    reason: test fixture',
      ].join('\n'),
      'cfg.yml',
    );
    expect(c.checks).toEqual(['credentials', 'license']);
    expect(c.failOn).toBe('warning');
    expect(c.maxFileSize).toBe(5 * 1024 * 1024);
    expect(c.requireGpl).toBe('true');
    expect(c.mirror).toBe('acme/app-mirror');
    expect(c.artifacts).toEqual(['build/outputs/**/*.apk']);
    expect(c.credentials.extra).toEqual([{ apiId: 123456, apiHash: '0123456789abcdef0123456789abcdef', origin: 'our staging app' }]);
    expect(c.baseline).toBe('.github/telegram-compliance-baseline.yml');
    expect(c.rules).toEqual({ 'source-unverified': 'error', 'source-directions-missing': 'off' });
    expect(c.ignore).toEqual([
      { paths: ['docs/legacy/**'], rules: ['published-api-credentials'], reason: 'upstream docs kept verbatim', at: 'cfg.yml:15:5' },
      { fingerprint: '3f2a9c', reason: 'test fixture', at: 'cfg.yml:18:5' },
    ]);
  });

  test('malformed YAML names file, line and column', () => {
    expect(fails('checks: [credentials\nfail-on: error\n')).toMatch(/^\.github\/telegram-compliance\.yml:\d+:\d+: invalid YAML/);
    expect(fails('ignore:\n  - paths: ["a"]\n   reason: x\n')).toMatch(/telegram-compliance\.yml:3:\d+: invalid YAML/);
  });

  test('an unknown key, check, level or rule id says what was meant', () => {
    expect(fails('fail_on: error\n')).toBe('.github/telegram-compliance.yml:1:1: unknown key "fail_on" (did you mean "fail-on"?)');
    expect(fails('checks: [credential]\n')).toMatch(/:1:\d+: unknown check "credential" \(did you mean "credentials"\?\)/);
    expect(fails('fail-on: errors\n')).toMatch(/unknown fail-on value "errors" \(did you mean "error"\?\)/);
    expect(fails('ignore:\n  - paths: [a]\n    rules: [published-api-credential]\n    reason: x\n')).toMatch(
      /:2:\d+: unknown rule id "published-api-credential" \(did you mean "published-api-credentials"\?\)/,
    );
    expect(fails('credentials:\n  extras: []\n')).toMatch(/:2:3: unknown key "credentials.extras" \(did you mean "extra"\?\)/);
  });

  test('every ignore entry needs a reason, and paths stay inside the workspace', () => {
    expect(fails('ignore:\n  - paths: [a]\n')).toMatch(/:2:5: every ignore entry needs a reason/);
    expect(fails('ignore:\n  - paths: ["../outside/**"]\n    reason: x\n')).toMatch(/must be relative to the workspace root, without "\.\."/);
    expect(fails('ignore:\n  - paths: ["/etc/**"]\n    reason: x\n')).toMatch(/must be relative/);
  });

  test('a glob the matchers would take literally (unclosed [ or {) is an error, in ignore paths and artifacts', () => {
    expect(fails('ignore:\n  - paths: ["src/[ab/**"]\n    reason: x\n')).toBe('.github/telegram-compliance.yml:2:5: ignore path "src/[ab/**": "[" at character 5 is never closed (write \\[ for a literal bracket)');
    expect(fails('artifacts: ["build/**/*.{apk,aab"]\n')).toMatch(/^\.github\/telegram-compliance\.yml:1:\d+: artifacts glob "build\/\*\*\/\*\.\{apk,aab": a "\{" is never closed/);
    expect(parseConfig('ignore:\n  - paths: ["a/[!]]x", "b/\\\\[literal", "c/{x,y}/*"]\n    reason: x\n', 'c.yml').ignore[0].paths).toHaveLength(3);
  });

  test('bad values: sizes, credentials', () => {
    expect(fails('max-file-size: lots\n')).toMatch(/max-file-size "lots" is not a size/);
    expect(fails('credentials:\n  extra:\n    - { api_hash: "xyz" }\n')).toMatch(/:3:7: api_hash must be 32 hexadecimal digits/);
  });

  test('an empty file is an empty configuration', () => {
    expect(parseConfig('', 'x.yml').ignore).toEqual([]);
    expect(parseConfig('# only a comment\n', 'x.yml').ignore).toEqual([]);
  });

  test('the default file is optional; an explicit --config must exist', async () => {
    const root = await tempDir();
    expect((await loadConfig(root)).source).toBeUndefined();
    await expect(loadConfig(root, join(root, 'missing.yml'))).rejects.toThrow(/missing\.yml: cannot read the configuration file \(ENOENT\)/);
    await mkdir(join(root, '.github'));
    await writeFile(join(root, '.github', 'telegram-compliance.yml'), 'fail-on: note\n');
    expect((await loadConfig(root)).failOn).toBe('note');
  });

  test('flags and inputs override the file, which overrides the defaults', () => {
    const config = parseConfig('fail-on: warning\nchecks: [credentials]\nmax-file-size: 1MB\n', 'x.yml');
    const label = (n: string) => `--${n}`;
    expect(resolveOptions({}, config, label)).toMatchObject({ failOn: 'warning', checks: ['credentials'], maxFileSize: 1_000_000 });
    expect(resolveOptions({ failOn: 'never', checks: 'credentials,branding', maxFileSize: '2KiB' }, config, label)).toMatchObject({
      failOn: 'never',
      checks: ['credentials', 'branding'],
      maxFileSize: 2048,
    });
    expect(resolveOptions({ artifacts: ['out/*.apk'] }, config, label).checks).toEqual(['credentials', 'artifacts']);
    expect(() => resolveOptions({ checks: 'credentails' }, config, label)).toThrow('--checks: unknown check "credentails" (did you mean "credentials"?)');
    expect(() => resolveOptions({ failOn: 'fatal' }, config, (n) => `input ${n}`)).toThrow(/^input fail-on: unknown value "fatal"/);
  });

  test('sizes', () => {
    expect(parseSize('100MiB')).toBe(104857600);
    expect(parseSize('10 MB')).toBe(10_000_000);
    expect(parseSize('1g')).toBe(1e9);
    expect(parseSize('512')).toBe(512);
    expect(parseSize('ten')).toBeUndefined();
    expect(parseSize('5 parsecs')).toBeUndefined();
  });
});
