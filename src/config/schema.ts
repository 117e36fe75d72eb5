import type { FailOn } from '../findings.js';
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
}

export interface Config {
  /** The file it was read from, workspace-relative; undefined when there was none. */
  source?: string;
  /** The absolute path of that file. */
  file?: string;
  checks?: CheckName[];
  failOn?: FailOn;
  maxFileSize?: number;
  requireGpl?: RequireGpl;
  mirror?: string;
  artifacts?: string[];
  credentials: { extra: ExtraCredential[] };
  ignore: IgnoreEntry[];
}

export const EMPTY_CONFIG: Config = { credentials: { extra: [] }, ignore: [] };

export const CONFIG_KEYS = ['checks', 'fail-on', 'max-file-size', 'require-gpl', 'mirror', 'artifacts', 'credentials', 'ignore'] as const;
export const DEFAULT_CONFIG_PATH = '.github/telegram-compliance.yml';

/** A problem in the user's configuration, input or arguments: exit 2 with this one line. */
export class UsageError extends Error {
  override name = 'UsageError';
}
