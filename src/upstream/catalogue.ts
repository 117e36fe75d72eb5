/** Telegram's open-source apps and libraries, their licenses, and how derived code is recognised (telegram-ids.md §4). */
export interface Upstream {
  id: string;
  name: string;
  /** SPDX id of the upstream's license as it states it; "-only" where no "or later" is stated. */
  license: string;
  /** The upstream puts derived works under a GPL duty. */
  gpl: boolean;
  /** What the upstream states, for messages: e.g. "GPLv2 text in LICENSE; headers 'GNU GPL v. 2 or later'". */
  stated: string;
  /** Workspace-relative path markers: a file whose path matches. */
  paths: readonly RegExp[];
  /** Content markers, looked for in the first bytes of files whose path matches `contentIn`. */
  content?: { in: RegExp; marker: RegExp; label: string }[];
}

export const UPSTREAMS: readonly Upstream[] = [
  {
    id: 'telegram-android',
    name: 'Telegram for Android (DrKLO/Telegram)',
    license: 'GPL-2.0-or-later',
    gpl: true,
    stated: 'GPLv2 text in LICENSE; file headers say "GNU GPL v. 2 or later"',
    paths: [/(?:^|\/)TMessagesProj\//],
    content: [
      { in: /\.(?:java|kt)$/, marker: /^[ \t]*package[ \t]+org\.telegram\.messenger\b/m, label: 'package org.telegram.messenger' },
      { in: /\.(?:java|kt|cpp|c|h)$/, marker: /This is the source code of Telegram for Android/, label: 'the DrKLO file header' },
    ],
  },
  {
    id: 'telegram-desktop',
    name: 'Telegram Desktop (telegramdesktop/tdesktop)',
    license: 'GPL-3.0-or-later WITH OpenSSL-exception',
    gpl: true,
    stated: 'GPL-3.0-or-later with an OpenSSL linking exception in LICENSE',
    paths: [/(?:^|\/)Telegram\/SourceFiles\//],
    content: [
      {
        in: /\.(?:cpp|h|mm|c|cmake|txt)$/,
        marker: /This file is part of Telegram Desktop,\s*(?:\/\/\s*)?the official desktop application for the Telegram messaging service/,
        label: 'the Telegram Desktop file header',
      },
    ],
  },
  {
    id: 'telegram-macos',
    name: 'Telegram macOS (overtake/TelegramSwift)',
    license: 'GPL-2.0-only',
    gpl: true,
    stated: 'README says "GPL version 2.0" with no "or later"',
    paths: [/(?:^|\/)Telegram-Mac\//, /(?:^|\/)packages\/ApiCredentials\//],
  },
  {
    id: 'telegram-x',
    name: 'Telegram X (TGX-Android/Telegram-X)',
    license: 'GPL-3.0-or-later',
    gpl: true,
    stated: 'GPL-3.0-or-later',
    paths: [/(?:^|\/)org\/thunderdog\/challegram\//],
    content: [{ in: /\.(?:java|kt)$/, marker: /^[ \t]*package[ \t]+org\.thunderdog\.challegram\b/m, label: 'package org.thunderdog.challegram' }],
  },
  {
    id: 'telegram-web-k',
    name: 'Telegram Web K (morethanwords/tweb)',
    license: 'GPL-3.0-only',
    gpl: true,
    stated: 'GPL-3.0 with no "or later" found',
    paths: [],
    content: [{ in: /(?:^|\/)src\/config\/app\.ts$/, marker: /tweb|Telegram Web K|morethanwords/i, label: 'tweb src/config/app.ts' }],
  },
  {
    id: 'webogram',
    name: 'Webogram (zhukov/webogram)',
    license: 'GPL-3.0-only',
    gpl: true,
    stated: 'GPL-3.0 with no "or later" found',
    paths: [],
    content: [{ in: /(?:^|\/)app\/js\/lib\/config\.js$/, marker: /webogram|Telegram Web/i, label: 'webogram app/js/lib/config.js' }],
  },
  {
    id: 'unigram',
    name: 'Unigram (UnigramDev/Unigram)',
    license: 'GPL-3.0-only',
    gpl: true,
    stated: 'GPL-3.0 with no "or later" found',
    paths: [/(?:^|\/)Unigram\.sln$/, /(?:^|\/)Telegram\/Telegram\.csproj$/],
  },
  {
    id: 'telegram-web-a',
    name: 'Telegram Web A (Ajaxy/telegram-tt)',
    license: 'GPL-3.0-or-later',
    gpl: true,
    stated: 'GPL-3.0-or-later',
    paths: [],
    content: [{ in: /(?:^|\/)package\.json$/, marker: /"name"\s*:\s*"telegram-t"/, label: 'package.json name "telegram-t"' }],
  },
  {
    id: 'tdlib',
    name: 'TDLib (tdlib/td)',
    license: 'BSL-1.0',
    gpl: false,
    stated: 'Boost Software License 1.0',
    paths: [/(?:^|\/)td\/telegram\//, /(?:^|\/)LICENSE_1_0\.txt$/],
  },
];
