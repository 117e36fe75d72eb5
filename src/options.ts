import type { Config, RequireGpl } from './config/schema.js';
import { artifactGlobProblem } from './config/glob-check.js';
import { REQUIRE_GPL_VALUES, UsageError } from './config/schema.js';
import { parseSize } from './config/size.js';
import { didYouMean } from './config/suggest.js';
import { FAIL_ON_VALUES, type FailOn } from './findings.js';
import { CHECK_NAMES, DEFAULT_CHECKS, type CheckName } from './rules.js';
import { mirrorProblem } from './checks/publication/place.js';

/** Options as text, from command-line flags or action inputs; empty means "not given". */
export interface RawOptions {
  checks?: string;
  failOn?: string;
  maxFileSize?: string;
  requireGpl?: string;
  artifacts?: readonly string[];
  mirror?: string;
}

export interface RunOptions {
  checks: CheckName[];
  failOn: FailOn;
  maxFileSize: number;
  requireGpl: RequireGpl;
  artifacts: string[];
  mirror?: string;
}

export const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024;

/**
 * Flags and inputs override the config file, which overrides the defaults. `label` names an option the way the
 * user wrote it (`--fail-on` or `input fail-on`) in error messages.
 */
export function resolveOptions(raw: RawOptions, config: Config, label: (name: string) => string): RunOptions {
  const given = (v: string | undefined) => (v !== undefined && v.trim() !== '' ? v.trim() : undefined);
  const artifacts = raw.artifacts && raw.artifacts.length > 0 ? [...raw.artifacts] : (config.artifacts ?? []);
  for (const glob of raw.artifacts ?? []) {
    const problem = artifactGlobProblem(glob);
    if (problem) throw new UsageError(`${label('artifacts')}: "${glob}": ${problem}`);
  }

  let checks: CheckName[];
  const checksText = given(raw.checks);
  if (checksText) {
    checks = checksText.split(/[\s,]+/).filter(Boolean).map((c) => {
      if (!(CHECK_NAMES as readonly string[]).includes(c)) throw new UsageError(`${label('checks')}: unknown check "${c}"${didYouMean(c, CHECK_NAMES)}`);
      return c as CheckName;
    });
  } else {
    checks = [...(config.checks ?? DEFAULT_CHECKS)];
  }
  if (artifacts.length > 0 && !checks.includes('artifacts')) checks.push('artifacts');
  checks = [...new Set(checks)];

  const failOn = parseFailOn(given(raw.failOn), label('fail-on'));
  const gplText = given(raw.requireGpl);
  if (gplText && !(REQUIRE_GPL_VALUES as readonly string[]).includes(gplText)) {
    throw new UsageError(`${label('require-gpl')}: unknown value "${gplText}"${didYouMean(gplText, REQUIRE_GPL_VALUES)}`);
  }
  const sizeText = given(raw.maxFileSize);
  const size = sizeText ? parseSize(sizeText) : undefined;
  if (sizeText && (size === undefined || size <= 0)) throw new UsageError(`${label('max-file-size')}: "${sizeText}" is not a size (e.g. 100MiB, 5MB, 1048576)`);

  return {
    checks,
    failOn: failOn ?? config.failOn ?? 'error',
    maxFileSize: size ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
    requireGpl: (gplText as RequireGpl | undefined) ?? config.requireGpl ?? 'auto',
    artifacts,
    mirror: checkedMirror(given(raw.mirror), config.mirror, label),
  };
}

/** The mirror setting, refused before any scan when it can never be read. */
function checkedMirror(given: string | undefined, configured: string | undefined, label: (name: string) => string): string | undefined {
  const mirror = given ?? configured;
  const problem = mirror === undefined ? undefined : mirrorProblem(mirror);
  if (problem) throw new UsageError(`${given !== undefined ? label('mirror') : 'config mirror'}: ${problem}`);
  return mirror;
}

/** A fail-on level as text (a flag or input named `label`), checked; undefined when not given. */
export function parseFailOn(text: string | undefined, label: string): FailOn | undefined {
  if (text === undefined) return undefined;
  if (!(FAIL_ON_VALUES as readonly string[]).includes(text)) throw new UsageError(`${label}: unknown value "${text}"${didYouMean(text, FAIL_ON_VALUES)}`);
  return text as FailOn;
}
