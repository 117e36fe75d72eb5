import { declareCheck } from '../declaration.js';

export const listingDeclaration = declareCheck({
  name: 'listing',
  summary: 'The store listings kept in the repository, and the intro, say that the app is an unofficial one using the Telegram API (Terms of Service 2.2).',
  defaultOn: true,
  scope: 'repository',
  rules: [
    {
      id: 'store-listing-api-notice',
      level: 'warning',
      summary: 'A store listing kept in the repository does not say that the app is an unofficial one using the Telegram API.',
      help: 'Telegram API Terms of Service 2.2: users must be aware that the app uses the Telegram API and is part of the Telegram ecosystem, featured prominently in the app\'s store description. Add a sentence such as "This is an unofficial app that uses the Telegram API." near the start of each listing, in its language.',
    },
    {
      id: 'intro-api-notice',
      level: 'note',
      summary: "The app's intro screens (named as in Telegram's apps) never mention Telegram.",
      help: 'Telegram API Terms of Service 2.2 ask the in-app intro, where the app has one, to tell users that the app uses the Telegram API and is part of the Telegram ecosystem: say so on one of its pages.',
    },
  ],
  settings: [],
  load: async () => (await import('./index.js')).listingCheck,
});
