/**
 * Published Telegram API credentials, from the project's sourced catalogue (docs/telegram-ids.md).
 * Every value here is already public; a team's own values (config `credentials.extra`) are not, and are masked.
 */
export type CredentialKind = 'sample' | 'official' | 'third-party' | 'official (reported)' | 'third-party (reported)' | 'team';

export interface PublishedCredential {
  apiId?: number;
  apiHash?: string;
  kind: CredentialKind;
  origin: string;
}

export const CATALOGUE_VERSION = '2025.11';

export const PUBLISHED: readonly PublishedCredential[] = [
  { apiId: 4, apiHash: '014b35b6184100b085b0d0572f9b5103', kind: 'sample', origin: 'Telegram for Android (DrKLO/Telegram BuildVars.java APP_ID/APP_HASH), kept in most Android forks' },
  { apiId: 17349, apiHash: '344583e45741c457fe1862106095a5eb', kind: 'sample', origin: "Telegram Desktop's test credentials (docs/api_credentials.md, telegram_options.cmake TDESKTOP_API_TEST, config.h); gotd/td TestAppID" },
  { apiId: 8, apiHash: '7245de8e747a0d6fbe11f7cc14fcc0bb', kind: 'sample', origin: 'Telegram iOS example configuration (build-system/example-configuration/variables.bzl)' },
  { apiId: 9, apiHash: '3975f648bb682ee889f35483bc618d1c', kind: 'sample', origin: 'Telegram macOS, overtake/TelegramSwift (packages/ApiCredentials Config.swift: "Do not use it")' },
  { apiId: 94575, apiHash: 'a3406de8d171bb422bb6ddf3bbd800e2', kind: 'sample', origin: 'TDLib examples (example/ in C++, C#, Java, Swift, Python, UWP; test/tdclient.cpp)' },
  { apiId: 2899, apiHash: '36722c72256a24c1225de00eb6a1ca74', kind: 'sample', origin: 'telegram-cli, vysheng/tg (loop.h)' },
  { apiId: 611335, apiHash: 'd524b414d21f4d37f08684c1df41ac9c', kind: 'official', origin: "Telegram Desktop's snap/Flatpak credentials (snap/snapcraft.yaml), inherited by desktop forks" },
  { apiId: 2040, apiHash: 'b18441a1ff607e10a989891a5462e627', kind: 'official', origin: 'Telegram Desktop (official app id, published by extraction tools and fork docs)' },
  { apiId: 6, apiHash: 'eb06d4abfb49dc3eeb1aeb98ae0f581e', kind: 'official', origin: 'Telegram for Android store build (official app id)' },
  { apiId: 21724, apiHash: '3e0cb5efcd52300aec5994fdfc5bdc16', kind: 'official', origin: 'Telegram X (official app id)' },
  { apiId: 10840, apiHash: '33c45224029d59cb3ad0c16134215aeb', kind: 'official', origin: 'Telegram iOS (official app id)' },
  { apiId: 2834, apiHash: '68875f756c9b437a8b916ca3de215815', kind: 'official', origin: 'Telegram macOS store build (official app id)' },
  { apiId: 2496, apiHash: '8da85b0d5bfe62527e5b244c209159c3', kind: 'official', origin: 'Webogram / web.telegram.org (app/js/lib/config.js: "forks with these credentials may be blocked")' },
  { apiId: 1025907, apiHash: '452b0359b988148995f22ff0f4229750', kind: 'official', origin: 'Telegram Web K, morethanwords/tweb (committed .env VITE_API_ID)' },
  { apiId: 2458, apiHash: '5bce48dc7d331e62c955669eb7233217', kind: 'official', origin: 'Telegram for Android, 2014 BuildVars.java' },
  { apiId: 5, apiHash: '1c5c96d5edd401b1ed40db3fb5633e2d', kind: 'third-party', origin: 'old Java telegram-api / telegram-bot (ex3ndr)' },
  { apiId: 1391584, apiHash: '355c91550b0d658cfb7ff89dcf91a08c', kind: 'third-party', origin: 'NekoX build.gradle default' },
  { apiId: 10029733, apiHash: 'd0d81009d46e774f78c0e0e622f5fa21', kind: 'third-party', origin: 'OwlGram BuildVars.java' },
  { apiId: 14565251, apiHash: '9952ccf3124c8fa7835d9b8e091dfb4a', kind: 'third-party', origin: 'OctoGram BuildVars.java' },
  { apiId: 49631, apiHash: 'fb050b8f6771e15bfda5df2409931569', kind: 'third-party', origin: 'telegram-mtproto (JS) default config and README' },
  { apiId: 25628, apiHash: '1fe17cda7d355166cdaa71f04122873c', kind: 'third-party', origin: 'MadelineProto default, 2016-17' },
  { apiId: 65536, apiHash: '4251a2777e179232705e2462706f4143', kind: 'third-party', origin: 'MadelineProto default, 2017' },
  { apiId: 1, apiHash: 'b6b154c3707471f5339bd661645ed3d6', kind: 'official (reported)', origin: 'legacy Telegram iOS id, widespread in bots' },
  { apiId: 2521, apiHash: '64d20abd7ee359213579e9a599fde866', kind: 'official (reported)', origin: 'a Telegram for Android id (reported in key lists)' },
  { apiId: 16623, apiHash: '8c9dbfe58437d1739540f5d53c72ae4b', kind: 'third-party (reported)', origin: 'Plus Messenger (reported in key lists)' },
];

/** Ids of Telegram's official apps whose hash is not published: the id alone must not ship. */
export const OFFICIAL_IDS_WITHOUT_HASH: readonly { apiId: number; origin: string }[] = [
  { apiId: 24, origin: 'Telegram for Android (official app id)' },
  { apiId: 1026, origin: 'Telegram for Android (official app id)' },
  { apiId: 1083, origin: 'Telegram for Android (official app id)' },
  { apiId: 7, origin: 'Telegram iOS (official app id)' },
  { apiId: 16352, origin: 'Telegram iOS (official app id)' },
  { apiId: 739222, origin: 'Telegram Web (official app id)' },
  { apiId: 1429, origin: 'Telegram for Windows Phone (official app id)' },
];

/** Library documentation placeholders: not working credentials, so an app shipping them cannot log in. */
export const PLACEHOLDER_IDS: ReadonlyMap<string, string> = new Map([
  ['12345', 'Telethon/Pyrogram/mtcute docs'],
  ['123456', 'Telethon/Pyrogram/mtcute docs'],
  ['2222', 'tdl docs'],
  ['0123456', 'gotd example'],
]);

export const PLACEHOLDER_HASHES: ReadonlyMap<string, string> = new Map([
  ['0123456789abcdef0123456789abcdef', 'Telethon/Pyrogram/mtcute/tdl docs'],
  ['123456abcdfg', 'GramJS docs'],
  ['aaaaaaaabbbbbbccccccfffffff001122', 'Telegram-FOSS docs'],
  ['8pu9yg32qkuukj83ozaqo5zzjwhkxhnk', 'go-tdlib docs'],
  ['abcdefg', 'library docs'],
]);

export const PLACEHOLDER_WORDS: ReadonlyMap<string, string> = new Map(
  ['YOUR_API_ID', 'YOUR_API_HASH', '[API_ID]', '[API_HASH]', 'your_api_id', 'your_api_hash', 'YOUR_TELEGRAM_API_ID', 'YOUR_TELEGRAM_API_HASH'].map(
    (w) => [w, 'library docs'] as const,
  ),
);
export const PLACEHOLDER_GET_ONE = '{! get one at https://my.telegram.org/apps !}';

/** A catalogue built once per run: the published values plus a team's own never-ship values. */
export interface Catalogue {
  byHash: ReadonlyMap<string, PublishedCredential>;
  byId: ReadonlyMap<number, PublishedCredential>;
  /** Every hash as a lower-case literal, in one pattern: the fastest way V8 finds them anywhere. */
  hashPattern: RegExp;
}

export function buildCatalogue(extra: readonly PublishedCredential[] = []): Catalogue {
  const byHash = new Map<string, PublishedCredential>();
  const byId = new Map<number, PublishedCredential>();
  for (const c of [...PUBLISHED, ...extra]) {
    if (c.apiHash) byHash.set(c.apiHash.toLowerCase(), c);
    if (c.apiId !== undefined && !byId.has(c.apiId)) byId.set(c.apiId, c);
  }
  for (const { apiId, origin } of OFFICIAL_IDS_WITHOUT_HASH) {
    if (!byId.has(apiId)) byId.set(apiId, { apiId, kind: 'official', origin });
  }
  return { byHash, byId, hashPattern: new RegExp([...byHash.keys()].join('|'), 'g') };
}

/** Only values that Telegram or others already published may be printed whole. */
export function isPublic(c: PublishedCredential): boolean {
  return c.kind !== 'team';
}
