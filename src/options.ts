import type { Config } from './config/schema.js';
import { UsageError } from './config/schema.js';
import { parseSize } from './config/size.js';
import { didYouMean } from './config/suggest.js';
import { CHECKS, SETTINGS } from './checks/all.js';
import type { SettingDeclaration, SettingField, SettingValues } from './checks/declaration.js';
import { FAIL_ON_VALUES, type FailOn } from './findings.js';
import { CHECK_NAMES, DEFAULT_CHECKS, type CheckName } from './rules.js';

/** Each check setting as text, by its field: a list setting from a repeatable flag or a newline-separated input. */
export type RawSettings = Partial<Record<SettingField, string | readonly string[]>>;

/** Options as text, from command-line flags or action inputs; empty means "not given". */
export interface RawOptions extends RawSettings {
  checks?: string;
  failOn?: string;
  maxFileSize?: string;
}

export interface RunOptions extends SettingValues {
  checks: CheckName[];
  failOn: FailOn;
  maxFileSize: number;
}

export const DEFAULT_MAX_FILE_SIZE = 100 * 1024 * 1024;

/**
 * Flags and inputs override the config file, which overrides the defaults. `label` names an option the way the
 * user wrote it (`--fail-on` or `input fail-on`) in error messages.
 */
export function resolveOptions(raw: RawOptions, config: Config, label: (name: string) => string): RunOptions {
  const given = (v: string | undefined) => (v !== undefined && v.trim() !== '' ? v.trim() : undefined);
  const settings: SettingValues = {};
  for (const setting of SETTINGS) {
    const value = givenSetting(setting, raw[setting.field], label) ?? config[setting.field];
    if (value !== undefined) Object.assign(settings, { [setting.field]: value });
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
  for (const check of CHECKS) if (check.enabledBy && isGiven(settings[check.enabledBy])) checks.push(check.name);
  checks = [...new Set(checks)];

  const failOn = parseFailOn(given(raw.failOn), label('fail-on'));
  const sizeText = given(raw.maxFileSize);
  const size = sizeText ? parseSize(sizeText) : undefined;
  if (sizeText && (size === undefined || size <= 0)) throw new UsageError(`${label('max-file-size')}: "${sizeText}" is not a size (e.g. 100MiB, 5MB, 1048576)`);

  return {
    ...settings,
    checks,
    failOn: failOn ?? config.failOn ?? 'error',
    maxFileSize: size ?? config.maxFileSize ?? DEFAULT_MAX_FILE_SIZE,
  };
}

/** A setting given as a flag or input, checked; undefined when not given (empty text, no list items). */
function givenSetting(setting: SettingDeclaration, text: string | readonly string[] | undefined, label: (name: string) => string): string | string[] | undefined {
  const values = (typeof text === 'string' ? [text] : (text ?? [])).map((v) => v.trim()).filter(Boolean);
  if (values.length === 0) return undefined;
  for (const value of values) {
    const problem = settingProblem(setting, value);
    if (problem) throw new UsageError(`${label(setting.name)}: ${problem}`);
  }
  return setting.list ? values : values[values.length - 1];
}

/** What is wrong with one value of a setting, in words that name the value; undefined when it is fine. */
export function settingProblem(setting: SettingDeclaration, value: string): string | undefined {
  if (setting.values && !setting.values.includes(value)) return `unknown value "${value}"${didYouMean(value, setting.values)}`;
  return setting.problem?.(value);
}

/** The check settings of resolved options, for RunSettings. */
export function settingsOf(options: RunOptions): SettingValues {
  return Object.fromEntries(SETTINGS.flatMap((s) => (options[s.field] === undefined ? [] : [[s.field, options[s.field]]])));
}

function isGiven(value: SettingValues[SettingField]): boolean {
  return Array.isArray(value) ? value.length > 0 : value !== undefined;
}

/** A fail-on level as text (a flag or input named `label`), checked; undefined when not given. */
export function parseFailOn(text: string | undefined, label: string): FailOn | undefined {
  if (text === undefined) return undefined;
  if (!(FAIL_ON_VALUES as readonly string[]).includes(text)) throw new UsageError(`${label}: unknown value "${text}"${didYouMean(text, FAIL_ON_VALUES)}`);
  return text as FailOn;
}
