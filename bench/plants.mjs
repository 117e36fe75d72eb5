// The credentials planted in the benchmark corpus, with the findings each must produce.
// Shapes follow docs/telegram-ids.md §3 and the credentials fixtures; every rule of the credentials check is covered.
const published = (what, level = 'error') => ({ rule: 'published-api-credentials', level, what });
const placeholder = (what) => ({ rule: 'placeholder-api-credentials', level: 'warning', what });
const hardcoded = (what) => ({ rule: 'hardcoded-api-credentials', level: 'warning', what });
const testDc = (what) => ({ rule: 'test-dc-in-release', level: 'warning', what });

/** Published hashes used below (the rg pattern set and the report use every catalogued hash, not only these). */
export const PLANT_HASHES = {
  android: '014b35b6184100b085b0d0572f9b5103',
  desktop: 'b18441a1ff607e10a989891a5462e627',
};

const line = (text, ...expect) => ({ text, expect });

/**
 * Blocks of lines inserted in the middle of generated files of their language. `path` places a block in a
 * file whose path matters (workflows, BuildVars); otherwise the host is a random file of that language.
 * `r` draws the private (non-catalogued) values.
 */
export function plantBlocks(r) {
  const privateHash = `c0${r.hex(28)}42`;
  const privateId = String(30000000 + r.int(9000000));
  return [
    {
      lang: 'java',
      path: 'modules/messenger-android/src/main/java/org/telegram/messenger/BuildVars.java',
      lines: [
        line('public class BuildVars {'),
        line('    public static int APP_ID = 4;', published('APP_ID = 4 (sample)')),
        line(`    public static String APP_HASH = "${PLANT_HASHES.android}";`, published('APP_HASH sample')),
        line('}'),
      ],
    },
    { lang: 'kotlin', lines: [line('object Credentials {'), line('    const val TGX_APP_ID: Int = 21724', published('Telegram X id, typed const')), line('}')] },
    {
      lang: 'cpp',
      lines: [
        line('// Telegram Desktop credentials'),
        line('constexpr auto ApiId = 2040;', published('official desktop id')),
        line(`constexpr auto ApiHash = "${PLANT_HASHES.desktop}";`, published('official desktop hash')),
      ],
    },
    {
      lang: 'header',
      lines: [
        line('#define TELEGRAM_API_ID 10840', published('#define iOS id')),
        line('#define TELEGRAM_API_HASH "33c45224029d59cb3ad0c16134215aeb"', published('#define iOS hash')),
      ],
    },
    {
      lang: 'swift',
      lines: [
        line('public struct ApiCredentials {'),
        line('    public static var apiId: Int32 {'),
        line('        return 9', published('Swift getter over lines')),
        line('    }'),
        line('    public static var apiHash: String {'),
        line('        get {'),
        line('            return "3975f648bb682ee889f35483bc618d1c"', published('Swift getter hash')),
        line('        }'),
        line('    }'),
        line('}'),
      ],
    },
    {
      lang: 'ts',
      lines: [
        line('export const telegramConfig = {'),
        line('  apiId: Number(process.env.TELEGRAM_API_ID ?? 17349),', published('?? fallback id')),
        line("  apiHash: process.env.TELEGRAM_API_HASH || '344583e45741c457fe1862106095a5eb',", published('|| fallback hash')),
        line('};'),
        line("export const legacy = process.env.API_ID || '94575';", published('|| fallback TDLib id')),
      ],
    },
    {
      lang: 'js',
      lines: [
        line('const client = new TelegramClient(session, apiId, apiHash, { testServers: true });', testDc('GramJS testServers')),
        line(`const pairs = ["2040|${PLANT_HASHES.desktop}|TDesktop"];`, published('nameless id|hash|name')),
      ],
    },
    {
      lang: 'python',
      lines: [
        line('api_id = 12345', placeholder('Telethon docs id')),
        line('api_hash = "0123456789abcdef0123456789abcdef"', placeholder('Telethon docs hash')),
        line('TELEGRAM_API_ID = "YOUR_API_ID"', placeholder('word placeholder')),
        line('API_HASH = "YOUR_API_HASH"', placeholder('word placeholder')),
      ],
    },
    {
      lang: 'python',
      lines: [
        line('# telegram client settings'),
        line(`api_id = ${privateId}`, hardcoded('private id')),
        line(`api_hash = "${privateHash}"`, hardcoded('private hash')),
      ],
    },
    {
      lang: 'python',
      lines: [line('client = Client("bot", test_mode=True)', testDc('Pyrogram test_mode')), line('DC = "149.154.167.40"', testDc('test DC address'))],
    },
    {
      lang: 'go',
      lines: [
        line('const TestAppID = 17349', published('gotd TestAppID')),
        line('var client = telegram.NewClient(21724, "3e0cb5efcd52300aec5994fdfc5bdc16", telegram.Options{})', published('positional hash')),
      ],
    },
    {
      lang: 'yaml',
      path: '.github/workflows/nightly.yml',
      lines: [
        line('name: Nightly'),
        line('jobs:'),
        line('  build:'),
        line('    steps:'),
        line('      - run: cmake -B build -D TDESKTOP_API_ID=611335 -DTDESKTOP_API_TEST=ON .', published('-D flag snap id'), published('API_TEST outside release', 'warning')),
      ],
    },
    {
      lang: 'yaml',
      path: '.github/workflows/release.yml',
      whole: true,
      lines: [
        line('on:'),
        line('  release:'),
        line('    types: [published]'),
        line('jobs:'),
        line('  build:'),
        line('    runs-on: ubuntu-latest'),
        line('    steps:'),
        line('      - run: cmake -B build -DTDESKTOP_API_TEST=ON .', published('API_TEST on release')),
      ],
    },
    {
      lang: 'json',
      lines: [line('  "tdlib": { "@type": "setTdlibParameters", "use_test_dc": true, "api_id": 16623 },', published('JSON id'), testDc('use_test_dc'))],
    },
    {
      lang: 'json',
      lines: [
        line('  "telegram": {'),
        line('    "api_id": "14565251",', published('JSON quoted id')),
        line('    "api_hash": "9952ccf3124c8fa7835d9b8e091dfb4a"', published('JSON hash')),
        line('  },'),
      ],
    },
    {
      lang: 'markdown',
      lines: [
        line('| api_id | api_hash |'),
        line('| --- | --- |'),
        line('| 49631 | fb050b8f6771e15bfda5df2409931569 |', published('hash in a docs table', 'warning')),
        line(''),
        line('Set `api_id = 17349` only for local tests.', published('id in docs', 'warning')),
      ],
    },
  ];
}

/** Plants in the very large file: `at` is the byte offset where the value starts; values cross likely chunk edges. */
export function BIG_FILE_PLANTS(bytes) {
  const KiB = 1024;
  const MiB = 1024 * KiB;
  return [
    { at: 64 * KiB - 10, prefix: 'static const char *kPinnedA = "', value: '1fe17cda7d355166cdaa71f04122873c', suffix: '";', expect: [published('hash across a 64 KiB edge')] },
    { at: 1 * MiB - 10, prefix: 'static const char *kPinnedB = "', value: '4251a2777e179232705e2462706f4143', suffix: '";', expect: [published('hash across a 1 MiB edge')] },
    { at: 4 * MiB - 10, prefix: 'static const char *kPinnedC = "', value: '355c91550b0d658cfb7ff89dcf91a08c', suffix: '";', expect: [published('hash across a 4 MiB edge')] },
    { at: 8 * MiB - 3, prefix: '#define TELEGRAM_API_ID ', value: '14565251', suffix: '', expect: [published('id whose digits cross an 8 MiB edge')] },
    { at: Math.floor(bytes / 2), prefix: 'static const char *kMiddle = "', value: 'd0d81009d46e774f78c0e0e622f5fa21', suffix: '";', expect: [published('hash in the middle of the large file')] },
    { at: bytes - 100 * KiB, prefix: '    params.', value: 'use_test_dc = true', suffix: ';', expect: [testDc('test DC near the end of the large file')] },
  ]
    .filter((p) => p.at > 0 && p.at < bytes - 64 * KiB)
    .sort((a, b) => a.at - b.at)
    .filter((p, i, all) => i === 0 || p.at - all[i - 1].at > 70 * KiB);
}

/** Plants in the single-line minified file (all on line 1). */
export function MINIFIED_PLANTS(bytes) {
  const MiB = 1024 * 1024;
  return [
    { at: 4 * MiB - 10, prefix: ',k:"', value: '8da85b0d5bfe62527e5b244c209159c3', suffix: '"', expect: [published('hash across a 4 MiB edge of one line')] },
    { at: Math.floor(bytes / 2), prefix: ',apiHash:"', value: 'b6b154c3707471f5339bd661645ed3d6', suffix: '"', expect: [published('bound hash mid-line')] },
    { at: Math.floor(bytes * 0.75), prefix: ',', value: 'testServers:true', suffix: ',', expect: [testDc('testServers in minified code')] },
  ].filter((p) => p.at > 1024 && p.at < bytes - 1024);
}

/** A published value in a git-ignored build folder (path relative to a module): it must NOT be found. */
export const IGNORED_PLANTS = [
  { path: 'build/generated/org/telegram/messenger/BuildVars.java', text: 'class BuildVars {\n    static String APP_HASH = "5bce48dc7d331e62c955669eb7233217";\n}\n' },
];

/** A published value in the strings of a binary: the credentials check skips binaries, so it must NOT be found. */
export const BINARY_PLANT = { text: 'APP_HASH=64d20abd7ee359213579e9a599fde866' };
