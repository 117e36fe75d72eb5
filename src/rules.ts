import type { Level } from './findings.js';

export type CheckName = 'credentials' | 'license' | 'branding' | 'publication' | 'artifacts';
export const CHECK_NAMES: readonly CheckName[] = ['credentials', 'license', 'branding', 'publication', 'artifacts'];
export const DEFAULT_CHECKS: readonly CheckName[] = ['credentials', 'license', 'branding', 'publication'];

export interface Rule {
  id: string;
  check: CheckName;
  level: Level;
  /** One line: what the rule finds. */
  summary: string;
  /** What to do about it; shown in SARIF help, the summary and the text report. */
  help: string;
  /** Whether it fires depends on the run's environment (token, network), not on the tree: never baselined. */
  environmental?: boolean;
}

const OWN_ID =
  'Register your own app at https://my.telegram.org/apps and pass its api_id/api_hash at build time from a CI secret or a git-ignored file.';

export const RULES: readonly Rule[] = [
  {
    id: 'published-api-credentials',
    check: 'credentials',
    level: 'error',
    summary: 'A published Telegram api_id or api_hash (sample, official or leaked) is in the code.',
    help: `Published credentials are limited on Telegram's side: users of an app released with them get API_ID_PUBLISHED_FLOOD or login errors, and Telegram's API Terms of Service (2.1) require your own api_id. ${OWN_ID}`,
  },
  {
    id: 'placeholder-api-credentials',
    check: 'credentials',
    level: 'warning',
    summary: "A library documentation placeholder is used as the app's api_id or api_hash.",
    help: `Placeholder values from library docs are not credentials: the app cannot log in (API_ID_INVALID). ${OWN_ID}`,
  },
  {
    id: 'hardcoded-api-credentials',
    check: 'credentials',
    level: 'warning',
    summary: 'An api_id or api_hash is written in the source instead of coming from a secret.',
    help: 'Anyone who reads the source or unpacks the app can reuse a committed api_hash, and Telegram may limit the app for it. Move the value to a CI secret or a git-ignored file and read it at build time; if it was ever public, revoke it at https://my.telegram.org/apps.',
  },
  {
    id: 'test-dc-in-release',
    check: 'credentials',
    level: 'warning',
    summary: "A switch to Telegram's test data centers is set outside test code.",
    help: 'Test data centers have separate accounts and reset without notice; a release built with this switch cannot log users in. Set it only in test code or behind a debug build flag.',
  },
  {
    id: 'app-title-telegram',
    check: 'branding',
    level: 'error',
    summary: 'A user-visible app title contains "Telegram" without "Unofficial" right before it.',
    help: 'Telegram API Terms of Service 2.3: the title must not include the word "Telegram" unless it is preceded by "Unofficial" (e.g. "Unofficial Telegram Lite").',
  },
  {
    id: 'license-missing',
    check: 'license',
    level: 'error',
    summary: 'The repository has no license file.',
    help: "Code derived from Telegram's apps must be distributed under the GPL: add the full GPL text as LICENSE (or COPYING).",
  },
  {
    id: 'license-not-gpl',
    check: 'license',
    level: 'error',
    summary: 'The license file is not GPL or AGPL, but the code is derived from a GPL Telegram app.',
    help: 'A derived work of GPL code must be released under a GPL version the upstream allows; LGPL and permissive licenses cannot carry it. Replace the license file with the GPL text.',
  },
  {
    id: 'license-incompatible',
    check: 'license',
    level: 'error',
    summary: "The license's GPL version cannot carry the upstream's.",
    help: 'Pick a GPL version the upstream allows (e.g. GPL-3.0-or-later for Telegram Desktop code, GPL-2.0-or-later or GPL-3.0 for Telegram for Android code).',
  },
  {
    id: 'license-mismatch',
    check: 'license',
    level: 'warning',
    summary: 'A manifest license field or SPDX header disagrees with the license file.',
    help: 'Make package manifests and SPDX-License-Identifier headers name the same license as the license file.',
  },
  {
    id: 'license-unrecognized',
    check: 'license',
    level: 'warning',
    summary: 'The license file matches no known license text closely enough.',
    help: 'Use the unmodified license text; GPL forbids adding further restrictions (GPLv3 §7, GPLv2 §6).',
  },
  {
    id: 'source-not-public',
    check: 'publication',
    level: 'error',
    summary: 'The repository is not public and no public mirror is declared.',
    help: 'Make the repository public, or declare a public mirror with the `mirror` input or config key.',
  },
  {
    id: 'release-not-published',
    check: 'publication',
    level: 'error',
    summary: 'The released commit or tag is not in the public repository or mirror.',
    help: 'Push the release commit and its tag to the public repository or mirror before publishing the release.',
  },
  {
    id: 'source-unverified',
    check: 'publication',
    level: 'warning',
    summary: 'Publication of the source could not be checked.',
    help: 'Give the check a token that can read the repository (and the mirror), and network access to the API.',
    environmental: true,
  },
  {
    id: 'source-directions-missing',
    check: 'publication',
    level: 'note',
    summary: "Neither the README nor the app's about strings point to the source.",
    help: 'Link the public source repository from the README and the app\'s about screen (GPLv3 §6(d), GPLv2 §3).',
  },
];

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
const byId = new Map(RULES.map((r) => [r.id, r]));
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
