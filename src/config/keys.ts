import { CHECKS, SETTINGS } from '../checks/all.js';

/** The keys of the configuration file: the tool's own, then each check's settings and keys of its own. */
export const CONFIG_KEYS: readonly string[] = [
  'checks',
  'fail-on',
  'max-file-size',
  ...SETTINGS.map((s) => s.name),
  ...CHECKS.flatMap((c) => c.configKeys ?? []),
  'baseline',
  'rules',
  'ignore',
];
