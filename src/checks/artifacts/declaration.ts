import { artifactGlobProblem } from '../../config/glob-check.js';
import { declareCheck } from '../declaration.js';

export const artifactsDeclaration = declareCheck({
  name: 'artifacts',
  summary: 'Published api_id/api_hash values inside release artifacts (apk, aab, ipa, zip, tar.gz, binaries), reported as published-api-credentials.',
  defaultOn: false,
  scope: 'per-file',
  rules: [],
  settings: [
    {
      name: 'artifacts',
      field: 'artifacts',
      list: true,
      metavar: 'GLOB',
      help: 'release artifacts to scan (repeatable)',
      problem: (glob) => {
        const problem = artifactGlobProblem(glob);
        return problem && `artifacts glob "${glob}": ${problem}`;
      },
    },
  ],
  enabledBy: 'artifacts',
  load: async () => (await import('./index.js')).artifactsCheck,
});
