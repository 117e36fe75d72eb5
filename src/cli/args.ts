import { parseArgs } from 'node:util';
import { CHECKS, SETTINGS } from '../checks/all.js';
import { CONFIG_KEYS } from '../config/keys.js';
import { DEFAULT_CONFIG_PATH, UsageError } from '../config/schema.js';
import { didYouMean } from '../config/suggest.js';
import { FAIL_ON_VALUES } from '../findings.js';
import type { RawSettings } from '../options.js';
import { CHECK_NAMES, DEFAULT_CHECKS } from '../rules.js';

export type Format = 'text' | 'json' | 'sarif' | 'markdown';
export const FORMATS: readonly Format[] = ['text', 'json', 'sarif', 'markdown'];

export interface CliArgs {
  path: string;
  format: Format;
  output?: string;
  checks?: string;
  failOn?: string;
  config?: string;
  /** Each check's setting, from its flag (`--require-gpl`, `--artifacts`). */
  settings: RawSettings;
  maxFileSize?: string;
  since?: string;
  repository?: string;
  ref?: string;
  apiUrl?: string;
  baseline?: string;
  writeBaseline?: string;
  verbose: boolean;
  help: boolean;
  version: boolean;
}

const SUPPRESSION_DIRECTIVE = 'tg-compliance:allow';

export const HELP = `Usage: tg-compliance [options] [PATH]
       tg-compliance merge [options] REPORT.json...      (see tg-compliance merge --help)
       tg-compliance list-repos --org NAME [options]     (see tg-compliance list-repos --help)
       tg-compliance matrix [--batch N] [FILE]           (see tg-compliance matrix --help)

Checks a Telegram API app before it ships: published api_id/api_hash values, the GPL license,
source publication and the app title. PATH defaults to the current folder (write ./merge for a folder named merge).

Options:
  --format ${FORMATS.join('|')}   output format (default: text)
  --output FILE                       write the report to FILE (its folder must exist) instead of standard output
  --checks LIST                       comma-separated: ${CHECK_NAMES.join(',')}
                                      (default: ${DEFAULT_CHECKS.join(',')}${enabledByNote()})
  --fail-on ${FAIL_ON_VALUES.join('|')}  exit 1 when a finding is at or above this level (default: error)
  --config FILE                       configuration file (default: ${DEFAULT_CONFIG_PATH} under the workspace root)
  --max-file-size SIZE                skip (and list) larger files, e.g. 100MiB (default: 100MiB)
  --since REF                         scan only files changed between REF and HEAD (repository-wide checks run whole)
  --repository OWNER/NAME             the GitHub repository (default: the origin remote, when PATH is a work tree's top);
                                      without one, outside CI, the publication check is not run
  --ref REF                           the commit, tag or branch being released (publication check; a bare name is
                                      looked up as a tag, then a branch)
  --api-url URL                       GitHub API URL (default: https://api.github.com)
${settingLines()}
  --baseline FILE                     accepted findings (written by --write-baseline), read beside the config
  --write-baseline FILE               add the current findings to FILE as ignore entries, then exit 0
  --verbose                           print debug information to standard error
  -h, --help                          show this help
  -v, --version                       print the version and the catalogue's version

Checks:
${checkLines()}

Configuration file keys: ${CONFIG_KEYS.join(', ')}.

Suppressing a finding:
  ${SUPPRESSION_DIRECTIVE} [RULE-ID ...] [-- reason]            in a comment on the finding's line
  ${SUPPRESSION_DIRECTIVE}-next-line [RULE-ID ...] [-- reason]  in a comment on the line before
  ignore: entries (paths, rules, fingerprint, reason) in the configuration file, or --write-baseline FILE

Environment:
  GITHUB_TOKEN                        token for the GitHub API (publication check, list-repos); never printed
  GITHUB_API_URL                      GitHub API URL when --api-url is not given
  TG_COMPLIANCE_THREADS               scanning threads for a large tree (default: every core, at most 8; 1: none)
  CI, GITHUB_ACTIONS                  in CI an unknown repository is a source-unverified warning, not a skipped check
  NO_COLOR                            no colours in the text report

Examples:
  tg-compliance
      scan the current folder; text report, exit 1 on errors
  tg-compliance --fail-on warning --format sarif --output report.sarif path/to/app
      fail on warnings too; SARIF for code scanning
  GITHUB_TOKEN=... tg-compliance --repository acme/app --ref v1.0.0
      also check that the source of release v1.0.0 is public

Exit status: 0 pass, 1 findings at or above --fail-on, 2 usage, configuration or internal error.
`;

/** The check settings' flags, in the help's layout (the flag and its value padded to the description's column). */
function settingLines(): string {
  return SETTINGS.map((s) => `  ${`--${s.name} ${s.metavar}`.padEnd(36)}${s.help}`).join('\n');
}

function checkLines(): string {
  return CHECKS.map((c) => `  ${c.name.padEnd(14)}${c.summary}`).join('\n');
}

function enabledByNote(): string {
  return CHECKS.filter((c) => c.enabledBy).map((c) => `; ${c.name} runs when --${SETTINGS.find((s) => s.field === c.enabledBy)!.name} is given`).join('');
}

export function parseCliArgs(argv: readonly string[]): CliArgs {
  const { values, positionals } = parseStrict(argv, {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    checks: { type: 'string' },
    'fail-on': { type: 'string' },
    config: { type: 'string' },
    'max-file-size': { type: 'string' },
    since: { type: 'string' },
    repository: { type: 'string' },
    ref: { type: 'string' },
    'api-url': { type: 'string' },
    ...Object.fromEntries(SETTINGS.map((s) => [s.name, { type: 'string', multiple: s.list } as const])),
    baseline: { type: 'string' },
    'write-baseline': { type: 'string' },
    verbose: { type: 'boolean' },
    help: { type: 'boolean', short: 'h' },
    version: { type: 'boolean', short: 'v' },
  });
  if (positionals.length > 1) throw new UsageError(`expected one PATH, got ${positionals.length}: ${positionals.join(' ')} (see --help)`);
  return {
    path: positionals[0] ?? '.',
    format: formatOf(values.format),
    output: values.output,
    checks: values.checks,
    failOn: values['fail-on'],
    config: values.config,
    settings: Object.fromEntries(SETTINGS.map((s) => [s.field, (values as Record<string, string | string[] | undefined>)[s.name]])),
    maxFileSize: values['max-file-size'],
    since: values.since,
    repository: values.repository,
    ref: values.ref,
    apiUrl: values['api-url'],
    baseline: values.baseline,
    writeBaseline: values['write-baseline'],
    verbose: values.verbose ?? false,
    help: values.help ?? false,
    version: values.version ?? false,
  };
}

/** The subcommands; anything else as the first argument is an option or the PATH to scan. */
export type Subcommand = 'merge' | 'list-repos' | 'matrix';

export interface MergeArgs {
  reports: string[];
  format: Format;
  output?: string;
  failOn?: string;
  help: boolean;
}

export const MERGE_HELP = `Usage: tg-compliance merge [options] REPORT.json...

Merges the JSON reports of many repositories (tg-compliance --format json, one per repository) into one report:
a table of repositories, totals per rule and the repositories that were unreachable. A file may also be an
unreachable entry: {"repository": {"name": "OWNER/NAME"}, "unreachable": "why"}.

Options:
  --format text|json|sarif|markdown   output format (default: text); SARIF has one run per repository
  --output FILE                       write the merged report to FILE instead of standard output
  --fail-on error|warning|note|never  exit 1 when a merged finding is at or above this level (default: error)
  -h, --help                          show this help

Exit status: 0 pass, 1 findings at or above --fail-on, 2 a usage error, a report that cannot be read (the merged
report is still written, with that file listed as unreachable) or a repository whose scan had a failed check.
`;

export function parseMergeArgs(argv: readonly string[]): MergeArgs {
  const { values, positionals } = parseStrict(argv, {
    format: { type: 'string' },
    output: { type: 'string', short: 'o' },
    'fail-on': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const help = values.help ?? false;
  if (positionals.length === 0 && !help) throw new UsageError('merge: expected one or more REPORT.json files (see tg-compliance merge --help)');
  return { reports: positionals, format: formatOf(values.format), output: values.output, failOn: values['fail-on'], help };
}

export interface ListReposArgs {
  org: string;
  topic?: string;
  includeForks: boolean;
  includeArchived: boolean;
  apiUrl?: string;
  output?: string;
  help: boolean;
}

export const LIST_REPOS_HELP = `Usage: tg-compliance list-repos --org NAME [options]

Prints an organisation's repositories as OWNER/NAME, one a line, sorted: the input of tg-compliance matrix.
Forks and archived repositories are left out unless asked for. The token comes from GITHUB_TOKEN (without one,
public repositories only).

Options:
  --org NAME                          the organisation (required)
  --topic TOPIC                       only repositories with this topic
  --include-forks                     list forks too
  --include-archived                  list archived repositories too
  --api-url URL                       GitHub API URL (default: https://api.github.com)
${settingLines()}
  --output FILE                       write the list to FILE instead of standard output
  -h, --help                          show this help
`;

export function parseListReposArgs(argv: readonly string[]): ListReposArgs {
  const { values, positionals } = parseStrict(argv, {
    org: { type: 'string' },
    topic: { type: 'string' },
    'include-forks': { type: 'boolean' },
    'include-archived': { type: 'boolean' },
    'api-url': { type: 'string' },
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  });
  const help = values.help ?? false;
  if (positionals.length > 0) throw new UsageError(`list-repos: unexpected argument "${positionals[0]}" (see tg-compliance list-repos --help)`);
  const org = values.org?.trim() ?? '';
  if (!help && !/^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})$/.test(org)) throw new UsageError(`list-repos: --org needs an organisation name${org ? `, not "${org}"` : ''} (see tg-compliance list-repos --help)`);
  return {
    org,
    topic: values.topic?.trim() || undefined,
    includeForks: values['include-forks'] ?? false,
    includeArchived: values['include-archived'] ?? false,
    apiUrl: values['api-url'],
    output: values.output,
    help,
  };
}

export interface MatrixArgs {
  /** Undefined or "-": standard input. */
  file?: string;
  batch: number;
  output?: string;
  help: boolean;
}

export const MATRIX_HELP = `Usage: tg-compliance matrix [--batch N] [FILE]

Reads OWNER/NAME lines (FILE, or standard input when FILE is absent or -; blank lines and # comments skipped,
repeats dropped) and prints the sweep's matrix as JSON: {"total", "batches", "batch", "repositories", "summary"}.
GitHub runs at most 256 jobs from one matrix: larger lists are split into batches of 256 and "repositories"
holds batch N's.

Options:
  --batch N                           which batch, from 1 (default: 1)
  --output FILE                       write the JSON to FILE instead of standard output
  -h, --help                          show this help

Exit status: 0, or 2 when a line is not OWNER/NAME (each is named on standard error; the matrix is still printed).
`;

export function parseMatrixArgs(argv: readonly string[]): MatrixArgs {
  const { values, positionals } = parseStrict(argv, {
    batch: { type: 'string' },
    output: { type: 'string', short: 'o' },
    help: { type: 'boolean', short: 'h' },
  });
  if (positionals.length > 1) throw new UsageError(`matrix: expected at most one FILE, got ${positionals.length} (see tg-compliance matrix --help)`);
  const batchText = values.batch ?? '1';
  if (!/^[1-9]\d{0,5}$/.test(batchText)) throw new UsageError(`matrix: --batch: "${batchText}" is not a batch number (1, 2, ...)`);
  return { file: positionals[0], batch: Number(batchText), output: values.output, help: values.help ?? false };
}

type OptionSpec = Record<string, { type: 'string' | 'boolean'; short?: string; multiple?: boolean }>;

function parseStrict<T extends OptionSpec>(argv: readonly string[], options: T) {
  try {
    return parseArgs({ args: [...argv], allowPositionals: true, strict: true, options });
  } catch (err) {
    const { code, message } = err as NodeJS.ErrnoException;
    const unknown = code === 'ERR_PARSE_ARGS_UNKNOWN_OPTION' ? /'(-[^']*)'/.exec(message)?.[1] : undefined;
    if (unknown !== undefined) {
      const longs = Object.keys(options).map((name) => `--${name}`);
      const shorts = Object.values(options).flatMap((o) => (o.short ? [`-${o.short}`] : []));
      const hint = unknown.startsWith('--') ? didYouMean(unknown, longs) : ` (the short options are ${shorts.join(', ')})`;
      throw new UsageError(`unknown option "${unknown}"${hint} (see --help)`);
    }
    throw new UsageError(`${message.split('\n')[0]} (see --help)`);
  }
}

function formatOf(value: string | undefined): Format {
  const format = (value ?? 'text') as Format;
  if (!FORMATS.includes(format)) throw new UsageError(`--format: unknown format "${value}" (expected one of: ${FORMATS.join(', ')})`);
  return format;
}
