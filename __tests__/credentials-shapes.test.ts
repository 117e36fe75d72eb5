import { afterAll, beforeAll, describe, expect, test } from '@jest/globals';
import { copyFixture, removeTempDirs, scan } from './helpers/fixtures.js';
import type { Report } from '../src/report/model.js';

// One case per shape of telegram-ids.md §3: [path, line, rule, level].
const EXPECTED: [string, number, string, string][] = [
  ['.github/workflows/nightly.yml', 9, 'published-api-credentials', 'error'], // -D TDESKTOP_API_ID=611335 in CI
  ['.github/workflows/nightly.yml', 9, 'published-api-credentials', 'warning'], // -DTDESKTOP_API_TEST=ON, not a release workflow
  ['.github/workflows/release.yml', 9, 'published-api-credentials', 'error'], // -DTDESKTOP_API_TEST=ON on release events
  ['android/TMessagesProj/src/main/java/org/telegram/messenger/BuildVars.java', 5, 'published-api-credentials', 'warning'], // overridden
  ['android/TMessagesProj/src/main/java/org/telegram/messenger/BuildVars.java', 6, 'published-api-credentials', 'warning'],
  ['csharp/Program.cs', 3, 'published-api-credentials', 'error'],
  ['desktop/Telegram/SourceFiles/config.h', 10, 'published-api-credentials', 'warning'], // guarded by #error
  ['desktop/Telegram/SourceFiles/config.h', 11, 'published-api-credentials', 'warning'],
  ['desktop/Telegram/cmake/telegram_options.cmake', 5, 'published-api-credentials', 'error'], // guarded, but release.yml turns the switch on
  ['desktop/Telegram/cmake/telegram_options.cmake', 6, 'published-api-credentials', 'error'],
  ['desktop/snap/snapcraft.yaml', 4, 'published-api-credentials', 'error'],
  ['desktop/snap/snapcraft.yaml', 5, 'published-api-credentials', 'error'],
  ['docker/Dockerfile', 2, 'published-api-credentials', 'error'],
  ['docker/Dockerfile', 3, 'published-api-credentials', 'error'],
  ['docker/docker-compose.yml', 5, 'published-api-credentials', 'error'],
  ['docker/docker-compose.yml', 6, 'published-api-credentials', 'error'],
  ['docs/SETUP.md', 5, 'published-api-credentials', 'warning'], // Markdown table: documentation
  ['docs/SETUP.md', 7, 'published-api-credentials', 'warning'],
  ['go/main.go', 5, 'published-api-credentials', 'error'], // const TestAppID = 17349
  ['go/main.go', 8, 'published-api-credentials', 'error'], // positional hash beside its id
  ['gradle/build.gradle', 3, 'published-api-credentials', 'error'], // buildConfigField "int", "APP_ID", "6"
  ['gradle/build.gradle', 4, 'published-api-credentials', 'error'],
  ['ios/build-system/variables.bzl', 2, 'published-api-credentials', 'error'], // Starlark, quoted number
  ['ios/build-system/variables.bzl', 3, 'published-api-credentials', 'error'],
  ['json/config.json', 3, 'published-api-credentials', 'error'], // JSON quoted number
  ['json/config.json', 4, 'published-api-credentials', 'error'],
  ['kotlin/Credentials.kt', 4, 'published-api-credentials', 'error'], // const val TGX_APP_ID: Int = 21724
  ['macos/Config.swift', 5, 'published-api-credentials', 'error'], // getter over several lines
  ['macos/Config.swift', 9, 'published-api-credentials', 'error'],
  ['misc/gramjs.js', 1, 'test-dc-in-release', 'warning'],
  ['misc/keys.txt.js', 1, 'published-api-credentials', 'error'], // "2040|<hash>|TDesktop", no name
  ['misc/keys.txt.js', 2, 'published-api-credentials', 'error'], // positional hash
  ['misc/placeholder.py', 1, 'placeholder-api-credentials', 'warning'],
  ['misc/placeholder.py', 2, 'placeholder-api-credentials', 'warning'],
  ['misc/placeholder.py', 3, 'placeholder-api-credentials', 'warning'],
  ['misc/placeholder.py', 4, 'placeholder-api-credentials', 'warning'],
  ['misc/private.py', 2, 'hardcoded-api-credentials', 'warning'],
  ['misc/private.py', 3, 'hardcoded-api-credentials', 'warning'],
  ['misc/tdlib_params.json', 1, 'published-api-credentials', 'error'],
  ['misc/tdlib_params.json', 1, 'test-dc-in-release', 'warning'],
  ['misc/testdc.py', 2, 'test-dc-in-release', 'warning'], // Pyrogram test_mode=True
  ['misc/testdc.py', 3, 'test-dc-in-release', 'warning'], // 149.154.167.40
  ['objc/Config.m', 1, 'published-api-credentials', 'error'], // #define TELEGRAM_API_ID 10840
  ['objc/Config.m', 2, 'published-api-credentials', 'error'],
  ['php/settings.php', 4, 'published-api-credentials', 'error'], // 'api_id' => 25628
  ['php/settings.php', 5, 'published-api-credentials', 'error'],
  ['props/gradle.properties', 2, 'published-api-credentials', 'error'],
  ['props/gradle.properties', 3, 'published-api-credentials', 'error'],
  ['py/client.py', 4, 'published-api-credentials', 'error'], // os.getenv("API_ID", "2040")
  ['py/client.py', 5, 'published-api-credentials', 'error'],
  ['rust/main.rs', 2, 'published-api-credentials', 'error'], // unwrap_or("2496")
  ['rust/main.rs', 3, 'published-api-credentials', 'error'],
  ['shell/build.sh', 2, 'published-api-credentials', 'error'], // export TELEGRAM_API_ID=2458
  ['shell/build.sh', 3, 'published-api-credentials', 'error'],
  ['shell/build.sh', 4, 'published-api-credentials', 'error'], // --api-id 2899
  ['sql/schema.sql', 2, 'published-api-credentials', 'error'], // DEFAULT 65536
  ['tdlib/example.cpp', 4, 'published-api-credentials', 'error'],
  ['tdlib/example.cpp', 5, 'published-api-credentials', 'error'],
  ['web/.env', 1, 'published-api-credentials', 'error'],
  ['web/.env', 2, 'published-api-credentials', 'error'],
  ['web/config.ts', 2, 'published-api-credentials', 'error'], // ?? 17349
  ['web/config.ts', 3, 'published-api-credentials', 'error'], // || '<hash>'
  ['web/config.ts', 5, 'published-api-credentials', 'error'], // || '94575'
];

describe('credentials check on one case per shape', () => {
  let report: Report;
  beforeAll(async () => {
    report = await scan(await copyFixture('credentials/shapes'));
  });
  afterAll(removeTempDirs);

  test('finds every planted value with the right rule, level, file and line, and nothing else', () => {
    const got = report.findings.map((f) => [f.path, f.line, f.ruleId, f.level]);
    const sort = (a: unknown[][]) => a.map((x) => JSON.stringify(x)).sort();
    expect(sort(got)).toEqual(sort(EXPECTED));
  });

  test('messages say where the value comes from, and how it is used', () => {
    const at = (path: string, line: number) => report.findings.find((f) => f.path.endsWith(path) && f.line === line)!.message;
    expect(at('BuildVars.java', 5)).toMatch(/sample api_id 4; overridden at line 9 by `APP_ID = BuildConfig.APP_ID`.*DrKLO/);
    expect(at('config.h', 10)).toMatch(/guarded: #error "You are required to provide API_ID and API_HASH\." stops the build before it/);
    expect(at('telegram_options.cmake', 5)).toMatch(/guarded: built only when TDESKTOP_API_TEST.*TDESKTOP_API_TEST is turned on in a release build at \.github\/workflows\/release\.yml:9, so it ships\./);
    expect(at('py/client.py', 4)).toMatch(/fallback default/);
    expect(at('web/config.ts', 2)).toMatch(/fallback default/);
    expect(at('rust/main.rs', 2)).toMatch(/fallback default/);
    expect(at('go/main.go', 8)).toMatch(/with its api_id 21724/);
    expect(at('release.yml', 9)).toMatch(/in a release build/);
    expect(at('snapcraft.yaml', 4)).toMatch(/611335.*snap/);
  });

  test('a private hash is never shown whole', () => {
    const f = report.findings.find((x) => x.path === 'misc/private.py' && x.line === 3)!;
    expect(f.message).toContain('c0ff…');
    expect(JSON.stringify(report)).not.toContain('c0ffee00deadbeef0123456789abcd42');
  });

  test('counts files and bytes', () => {
    expect(report.checks.credentials.status).toBe('ran');
    expect(report.checks.credentials.files).toBeGreaterThan(30);
    expect(report.result).toBe('fail');
  });
});

describe('credentials check on the non-credentials of telegram-ids.md §3', () => {
  afterAll(removeTempDirs);
  test('reports nothing: TL schema, official-id lists, other services, checksums, env and secrets, tests, docs placeholders', async () => {
    const report = await scan(await copyFixture('credentials/clean'));
    expect(report.findings).toEqual([]);
    expect(report.checks.credentials.files).toBeGreaterThanOrEqual(12);
    expect(report.result).toBe('pass');
  });
});
