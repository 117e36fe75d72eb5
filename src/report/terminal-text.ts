import { visibleControls } from './visible.js';

/**
 * Untrusted text (a file name, a file's line, an error naming either) as the CLI prints it, on standard output or
 * standard error: control characters written as escapes, so no ANSI sequence reaches the terminal and no line
 * break starts a line of the attacker's; and no `::` at its start, which GitHub's runner reads as a workflow
 * command (`::error file=…::`) when the text begins a line of a step's log, after any blanks.
 */
export function terminalText(text: string): string {
  return visibleControls(text).replace(/^(\s*):(?=:)/, '$1\\x3a');
}
