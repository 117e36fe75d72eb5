import { DEFAULT_CONFIG_PATH, SUGGESTED_BASELINE_PATH } from '../config/schema.js';
import type { Finding } from '../findings.js';

/** The closing lines of the text and Markdown reports: how to silence one finding, and how to accept them all. `code` formats a command or key. */
export function howToSilence(code: (s: string) => string): string[] {
  return [
    `To silence one finding, with your reason: paste its comment at the end of its line, or its entry under ${code('ignore:')} in ${code(DEFAULT_CONFIG_PATH)}.`,
    `To accept every current finding (a fork's inherited ones) at once: ${code(`tg-compliance --write-baseline ${SUGGESTED_BASELINE_PATH} .`)}, then ${code(`baseline: ${SUGGESTED_BASELINE_PATH}`)} in the config; later runs fail only on new findings.`,
  ];
}

/** The level as a report shows it: with "(level set by config)" when the config's `rules` changed it. */
export function levelNote(f: Pick<Finding, 'defaultLevel'>): string {
  return f.defaultLevel ? ` (level set by config; ${f.defaultLevel} by default)` : '';
}

/** " (file to create)" after the location of a finding anchored at a file that does not exist yet. */
export function toCreateNote(f: Pick<Finding, 'fileToCreate'>): string {
  return f.fileToCreate ? ' (file to create)' : '';
}
