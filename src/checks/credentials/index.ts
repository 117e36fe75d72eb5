import type { RawFinding } from '../../findings.js';
import type { Check, CheckContext, CheckOutcome } from '../types.js';
import type { CredentialFinding } from './scan.js';
import { scanFiles, type FileToScan, type ScanResult } from './scan-files.js';
import { deal, scanInWorkers, threadCount } from './workers.js';

export const credentialsCheck: Check = {
  name: 'credentials',
  async run(ctx: CheckContext): Promise<CheckOutcome> {
    const files: FileToScan[] = ctx.files.map(({ abs, path, size }) => ({ abs, path, size }));
    const extra = ctx.config.credentials.extra;
    const threads = ctx.settings.workerScript ? threadCount(files) : 1;
    const results: ScanResult[] =
      threads > 1 ? await scanInWorkers(ctx.settings.workerScript!, deal(files, threads), extra) : [scanFiles(files, extra)];
    const outcome: CheckOutcome = { findings: [], files: 0, bytes: 0 };
    const found: CredentialFinding[] = [];
    for (const r of results) {
      found.push(...r.findings);
      outcome.files += r.files;
      outcome.bytes += r.bytes;
      for (const s of r.skipped) ctx.skip(s.path, s.reason);
    }
    outcome.findings = countSwitchedOnGuards(found);
    return outcome;
  },
};

/**
 * A value guarded by a test switch does not ship, unless a release build turns that switch on: then it is an error
 * again, and says where the switch is turned on.
 */
function countSwitchedOnGuards(findings: CredentialFinding[]): RawFinding[] {
  const onInRelease = new Map<string, CredentialFinding>();
  for (const f of findings) if (f.switchOnInRelease) onInRelease.set(f.switchOnInRelease.toUpperCase(), f);
  return findings.map(({ guardSwitch, switchOnInRelease: _, ...f }) => {
    const on = guardSwitch ? onInRelease.get(guardSwitch.toUpperCase()) : undefined;
    return on ? { ...f, level: 'error', message: `${f.message} ${guardSwitch} is turned on in a release build at ${on.path}:${on.line}, so it ships.` } : f;
  });
}
