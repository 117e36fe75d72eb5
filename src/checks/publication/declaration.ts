import { mirrorProblem } from './place.js';
import { declareCheck } from '../declaration.js';

export const publicationDeclaration = declareCheck({
  name: 'publication',
  summary: 'The source is public (the repository or its mirror) and holds the released commit and tag (GPL).',
  defaultOn: true,
  scope: 'repository',
  rules: [
    {
      id: 'source-not-public',
      level: 'error',
      summary: 'The repository is not public and no public mirror is declared.',
      help: 'Make the repository public, or declare a public mirror with the `mirror` input or config key.',
    },
    {
      id: 'release-not-published',
      level: 'error',
      summary: 'The released commit or tag is not in the public repository or mirror.',
      help: 'Push the release commit and its tag to the public repository or mirror before publishing the release.',
    },
    {
      id: 'source-unverified',
      level: 'warning',
      summary: 'Publication of the source could not be checked.',
      help: 'Give the check a token that can read the repository (and the mirror), and network access to the API.',
      environmental: true,
    },
    {
      id: 'source-directions-missing',
      level: 'note',
      summary: "Neither the README nor the app's about strings point to the source.",
      help: 'Link the public source repository from the README and the app\'s about screen (GPLv3 §6(d), GPLv2 §3).',
    },
  ],
  settings: [
    {
      name: 'mirror',
      field: 'mirror',
      list: false,
      metavar: 'OWNER/NAME|URL',
      help: 'the public mirror of a private repository',
      problem: mirrorProblem,
    },
  ],
  load: async () => (await import('./index.js')).publicationCheck,
});
