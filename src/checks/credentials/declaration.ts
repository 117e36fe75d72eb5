import { declareCheck } from '../declaration.js';

const OWN_ID =
  'Register your own app at https://my.telegram.org/apps and pass its api_id/api_hash at build time from a CI secret or a git-ignored file.';

export const credentialsDeclaration = declareCheck({
  name: 'credentials',
  summary: 'Published, placeholder or hard-coded api_id/api_hash values and test data-center switches (Terms of Service 2.1).',
  defaultOn: true,
  scope: 'per-file',
  rules: [
    {
      id: 'published-api-credentials',
      level: 'error',
      summary: 'A published Telegram api_id or api_hash (sample, official or leaked) is in the code.',
      help: `Published credentials are limited on Telegram's side: users of an app released with them get API_ID_PUBLISHED_FLOOD or login errors, and Telegram's API Terms of Service (2.1) require your own api_id. ${OWN_ID}`,
    },
    {
      id: 'placeholder-api-credentials',
      level: 'warning',
      summary: "A library documentation placeholder is used as the app's api_id or api_hash.",
      help: `Placeholder values from library docs are not credentials: the app cannot log in (API_ID_INVALID). ${OWN_ID}`,
    },
    {
      id: 'hardcoded-api-credentials',
      level: 'warning',
      summary: 'An api_id or api_hash is written in the source instead of coming from a secret.',
      help: 'Anyone who reads the source or unpacks the app can reuse a committed api_hash, and Telegram may limit the app for it. Move the value to a CI secret or a git-ignored file and read it at build time; if it was ever public, revoke it at https://my.telegram.org/apps.',
    },
    {
      id: 'test-dc-in-release',
      level: 'warning',
      summary: "A switch to Telegram's test data centers is set outside test code.",
      help: 'Test data centers have separate accounts and reset without notice; a release built with this switch cannot log users in. Set it only in test code or behind a debug build flag.',
    },
  ],
  settings: [],
  configKeys: ['credentials'],
  load: async () => (await import('./index.js')).credentialsCheck,
});
