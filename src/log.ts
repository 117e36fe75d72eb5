import { terminalText } from './report/terminal-text.js';

/** Where diagnostics go: stderr in the CLI, workflow commands in the action. Never given a secret. */
export interface Logger {
  info(message: string): void;
  warning(message: string): void;
  debug(message: string): void;
}

export const silentLogger: Logger = { info() {}, warning() {}, debug() {} };

/** Messages name files and quote their text: each is one line of terminalText. */
export function stderrLogger(verbose = false): Logger {
  return {
    info: (m) => process.stderr.write(`${terminalText(m)}\n`),
    warning: (m) => process.stderr.write(`warning: ${terminalText(m)}\n`),
    debug: (m) => {
      if (verbose) process.stderr.write(`debug: ${terminalText(m)}\n`);
    },
  };
}
