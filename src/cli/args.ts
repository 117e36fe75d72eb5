import { parseArgs } from 'node:util';
import { UsageError } from '../config/schema.js';

export type Format = 'text' | 'json' | 'sarif' | 'markdown';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'markdown'];

export interface CliArgs {
  path: string;
  format: Format;
  output?: string;
  checks?: string;
  failOn?: string;
  config?: string;
  requireGpl?: string;
  maxFileSize?: string;
  since?: string;
  artifacts: string[];
  repository?: string;
  ref?: string;
  mirror?: string;
  apiUrl?: string;
  writeBaseline?: string;
  verbose: boolean;
  help: boolean;
  version: boolean;
}

export const HELP = `Usage: tg-compliance [options] [PATH]

Checks a Telegram API app before it ships: published api_id/api_hash values, the GPL license,
source publication and the app title. PATH defaults to the current folder.

Options:
  --format text|json|sarif|markdown   output format (default: text)
  --output FILE                       write the report to FILE instead of standard output
  --checks LIST                       comma-separated: credentials,license,branding,publication,artifacts
                                      (default: the first four; artifacts runs when --artifacts is given)
  --fail-on error|warning|note|never  exit 1 when a finding is at or above this level (default: error)
  --config FILE                       configuration file (default: .github/telegram-compliance.yml under the workspace root)
  --require-gpl auto|true|false       whether the code must be GPL (default: auto, from upstream markers)
  --max-file-size SIZE                skip (and list) larger files, e.g. 100MiB (default: 100MiB)
  --since REF                         scan only files changed between REF and HEAD (repository-wide checks run whole)
  --artifacts GLOB                    release artifacts to scan (repeatable)
  --repository OWNER/NAME             the GitHub repository (default: the origin remote, when PATH is a work tree's top)
  --ref REF                           the commit or tag being released (publication check)
  --mirror OWNER/NAME|URL             the public mirror of a private repository
  --api-url URL                       GitHub API URL (default: https://api.github.com); token from GITHUB_TOKEN
  --write-baseline FILE               add the current findings to FILE as ignore entries, then exit 0
  --verbose                           print debug information to standard error
  -h, --help                          show this help
  -v, --version                       print the version and the catalogue's version

Exit status: 0 pass, 1 findings at or above --fail-on, 2 usage, configuration or internal error.
`;

export function parseCliArgs(argv: readonly string[]): CliArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string' },
        output: { type: 'string', short: 'o' },
        checks: { type: 'string' },
        'fail-on': { type: 'string' },
        config: { type: 'string' },
        'require-gpl': { type: 'string' },
        'max-file-size': { type: 'string' },
        since: { type: 'string' },
        artifacts: { type: 'string', multiple: true },
        repository: { type: 'string' },
        ref: { type: 'string' },
        mirror: { type: 'string' },
        'api-url': { type: 'string' },
        'write-baseline': { type: 'string' },
        verbose: { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
        version: { type: 'boolean', short: 'v' },
      },
    });
  } catch (err) {
    throw new UsageError(`${(err as Error).message.split('\n')[0]} (see --help)`);
  }
  const { values, positionals } = parsed;
  if (positionals.length > 1) throw new UsageError(`expected one PATH, got ${positionals.length}: ${positionals.join(' ')} (see --help)`);
  const format = (values.format ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format: unknown format "${values.format}" (expected one of: ${FORMATS.join(', ')})`);
  return {
    path: positionals[0] ?? '.',
    format,
    output: values.output,
    checks: values.checks,
    failOn: values['fail-on'],
    config: values.config,
    requireGpl: values['require-gpl'],
    maxFileSize: values['max-file-size'],
    since: values.since,
    artifacts: values.artifacts ?? [],
    repository: values.repository,
    ref: values.ref,
    mirror: values.mirror,
    apiUrl: values['api-url'],
    writeBaseline: values['write-baseline'],
    verbose: values.verbose ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}
