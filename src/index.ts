import { fileURLToPath } from 'node:url';
import { run } from './action/main.js';
import { runAsWorker } from './worker.js';

if (!runAsWorker()) void run({ workerScript: fileURLToPath(import.meta.url) });
