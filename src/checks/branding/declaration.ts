import { declareCheck } from '../declaration.js';

export const brandingDeclaration = declareCheck({
  name: 'branding',
  summary: 'No "Telegram" in a user-visible app title unless "Unofficial" comes right before it (Terms of Service 2.3).',
  defaultOn: true,
  scope: 'repository',
  rules: [
    {
      id: 'app-title-telegram',
      level: 'error',
      summary: 'A user-visible app title contains "Telegram" without "Unofficial" right before it.',
      help: 'Telegram API Terms of Service 2.3: the title must not include the word "Telegram" unless it is preceded by "Unofficial" (e.g. "Unofficial Telegram Lite").',
    },
  ],
  settings: [],
  load: async () => (await import('./index.js')).brandingCheck,
});
