import type { SettingValues } from './checks/declaration.js';

/**
 * What checks need to know beyond the files: their settings (SettingValues, resolved from flags or inputs and the
 * config file, with the defaults below) and what the environment tells.
 */
export interface RunSettings extends SettingValues {
  requireGpl: NonNullable<SettingValues['requireGpl']>;
  artifacts: string[];
  /** owner/name of the repository on GitHub, when known. */
  repository?: string;
  /** The commit or tag being released or checked. */
  ref?: string;
  /** The release's tag on release events, or the tag a bare --ref named. */
  releaseTag?: string;
  /** The branch a bare --ref named (with `ref` its commit). */
  releaseBranch?: string;
  /** GitHub REST API base URL. */
  apiUrl: string;
  /** Token for the GitHub API; never logged. */
  token?: string;
  /** The running bundle, which can start itself as a scanning thread (src/worker.ts); none: scan on this thread. */
  workerScript?: string;
}

export const DEFAULT_SETTINGS: RunSettings = { requireGpl: 'auto', apiUrl: 'https://api.github.com', artifacts: [] };
