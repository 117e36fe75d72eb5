#!/usr/bin/env node
import { fileURLToPath } from 'node:url';
import { main } from './cli/main.js';
import { redact } from './github/redact.js';
import { unsupportedNodeReason } from './node-version.js';
import { terminalText } from './report/terminal-text.js';
import { runAsWorker } from './worker.js';

// Standard error closed too: nowhere is left to say so, and the exit status still tells.
process.stderr.on('error', () => undefined);

const unsupported = unsupportedNodeReason(process.versions.node);
if (unsupported) {
  process.stderr.write(`tg-compliance: error: ${unsupported}\n`);
  process.exitCode = 2;
} else if (!runAsWorker()) {
  main(process.argv.slice(2), { workerScript: fileURLToPath(import.meta.url) }).then(
    (code) => {
      process.exitCode = code;
    },
    (err: unknown) => {
      process.stderr.write(`tg-compliance: internal error: ${terminalText(redact(err instanceof Error ? err.message : String(err)))}\n`);
      process.exitCode = 2;
    },
  );
}
