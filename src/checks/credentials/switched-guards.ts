import type { RawFinding } from '../../findings.js';
import type { CredentialFinding } from './scan.js';

/**
 * A value guarded by a test switch does not ship, unless a release build turns that switch on: then it is an error
 * again, and says where the switch is turned on. Needs the findings of every file, so it runs after the threads.
 */
export function countSwitchedOnGuards(findings: readonly CredentialFinding[]): RawFinding[] {
  const onInRelease = new Map<string, CredentialFinding>();
  for (const f of findings) if (f.switchOnInRelease) onInRelease.set(f.switchOnInRelease.toUpperCase(), f);
  return findings.map(({ guardSwitch, switchOnInRelease: _, ...f }) => {
    const on = guardSwitch ? onInRelease.get(guardSwitch.toUpperCase()) : undefined;
    return on ? { ...f, level: 'error', message: `${f.message} ${guardSwitch} is turned on in a release build at ${on.path}:${on.line}, so it ships.` } : f;
  });
}
