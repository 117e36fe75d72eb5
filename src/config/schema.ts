import type { FailOn, Level } from '../findings.js';
import type { SettingValues } from '../checks/declaration.js';
import type { CheckName } from '../rules.js';

export type RequireGpl = 'auto' | 'true' | 'false';
export const REQUIRE_GPL_VALUES: readonly RequireGpl[] = ['auto', 'true', 'false'];

export interface ExtraCredential {
  apiId?: number;
  apiHash?: string;
  origin: string;
}

export interface IgnoreEntry {
  /** Gitignore-style patterns, relative to the workspace root. */
  paths?: string[];
  /** Rule ids; all rules when absent. */
  rules?: string[];
  fingerprint?: string;
  reason: string;
  /** Where the entry is written (`file:line:col`): notes about a stale or malformed entry name it. */
  at?: string;
  /** Read from a baseline file (`baseline`, `--baseline`): its findings are suppressed as kind `baseline`. */
  fromBaseline?: boolean;
}

/** A per-rule level from the config's `rules`; `off` suppresses the rule's findings (listed as suppressed). */
export type RuleLevel = Level | 'off';
export const RULE_LEVELS: readonly RuleLevel[] = ['error', 'warning', 'note', 'off'];

/** The configuration file, read; each check's settings by their fields (SettingValues). */
export interface Config extends SettingValues {
  /** The file it was read from, workspace-relative; undefined when there was none. */
  source?: string;
  /** The absolute path of that file. */
  file?: string;
  checks?: CheckName[];
  failOn?: FailOn;
  maxFileSize?: number;
  /** The baseline file as written in the config (workspace-relative). */
  baseline?: string;
  rules?: Record<string, RuleLevel>;
  credentials: { extra: ExtraCredential[] };
  ignore: IgnoreEntry[];
}

export const EMPTY_CONFIG: Config = { credentials: { extra: [] }, ignore: [] };

export const DEFAULT_CONFIG_PATH = '.github/telegram-compliance.yml';
/** Where the README and the reports suggest keeping a baseline (nothing reads it unless named). */
export const SUGGESTED_BASELINE_PATH = '.github/telegram-compliance-baseline.yml';

/** A problem in the user's configuration, input or arguments: exit 2 with this one line. */
export class UsageError extends Error {
  override name = 'UsageError';
}
