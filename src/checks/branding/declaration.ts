import { declareCheck } from '../declaration.js';

export const brandingDeclaration = declareCheck({
  name: 'branding',
  summary: 'No "Telegram" in a user-visible app title unless "Unofficial" comes right before it, and no official Telegram logo as the app icon (Terms of Service 2.3, 2.4).',
  defaultOn: true,
  scope: 'repository',
  rules: [
    {
      id: 'app-title-telegram',
      level: 'error',
      summary: 'A user-visible app title contains "Telegram" without "Unofficial" right before it.',
      help: 'Telegram API Terms of Service 2.3: the title must not include the word "Telegram" unless it is preceded by "Unofficial" (e.g. "Unofficial Telegram Lite").',
    },
    {
      id: 'official-logo',
      level: 'error',
      summary: "An app icon that ships is Telegram's official logo.",
      help: 'Telegram API Terms of Service 2.4 forbid using the official Telegram logo for your app. Draw your own icon (a different glyph and colours) and replace every size of it: launcher mipmaps, app icon sets, .icns/.ico files, web and Electron icons.',
    },
  ],
  settings: [],
  load: async () => (await import('./index.js')).brandingCheck,
});
