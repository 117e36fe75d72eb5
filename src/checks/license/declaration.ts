import { REQUIRE_GPL_VALUES } from '../../config/schema.js';
import { declareCheck } from '../declaration.js';

export const licenseDeclaration = declareCheck({
  name: 'license',
  summary: 'A real GPL license file when the code derives from a GPL Telegram app; manifests and SPDX headers agree with it.',
  defaultOn: true,
  scope: 'repository',
  rules: [
    {
      id: 'license-missing',
      level: 'error',
      summary: 'The repository has no license file.',
      help: "Code derived from Telegram's apps must be distributed under the GPL: add the full GPL text as LICENSE (or COPYING).",
    },
    {
      id: 'license-not-gpl',
      level: 'error',
      summary: 'The license file is not GPL or AGPL, but the code is derived from a GPL Telegram app.',
      help: 'A derived work of GPL code must be released under a GPL version the upstream allows; LGPL and permissive licenses cannot carry it. Replace the license file with the GPL text.',
    },
    {
      id: 'license-incompatible',
      level: 'error',
      summary: "The license's GPL version cannot carry the upstream's.",
      help: 'Pick a GPL version the upstream allows (e.g. GPL-3.0-or-later for Telegram Desktop code, GPL-2.0-or-later or GPL-3.0 for Telegram for Android code).',
    },
    {
      id: 'license-mismatch',
      level: 'warning',
      summary: 'A manifest license field or SPDX header disagrees with the license file.',
      help: 'Make package manifests and SPDX-License-Identifier headers name the same license as the license file.',
    },
    {
      id: 'license-unrecognized',
      level: 'warning',
      summary: 'The license file matches no known license text closely enough.',
      help: 'Use the unmodified license text; GPL forbids adding further restrictions (GPLv3 §7, GPLv2 §6).',
    },
  ],
  settings: [
    {
      name: 'require-gpl',
      field: 'requireGpl',
      list: false,
      metavar: REQUIRE_GPL_VALUES.join('|'),
      values: REQUIRE_GPL_VALUES,
      help: 'whether the code must be GPL (default: auto, from upstream markers)',
    },
  ],
  load: async () => (await import('./index.js')).licenseCheck,
});
