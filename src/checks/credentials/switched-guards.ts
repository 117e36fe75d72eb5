import type { RawFinding } from '../../findings.js';
import type { CredentialFinding } from './scan.js';

/**
 * A value guarded by a test switch does not ship, unless a release build turns that switch on: then it is an error
 * again, and says where the switch is turned on. Needs the findings of every file, so it runs after the threads.
 */
export function countSwitchedOnGuards(findings: readonly CredentialFinding[]): RawFinding[] {
  const onInRelease = new Map<string, CredentialFinding>();
  for (const f of findings) {
    if (!f.switchOnInRelease) continue;
    const name = f.switchOnInRelease.toUpperCase();
    const seen = onInRelease.get(name);
    // The first place in path and line order names the switch, whatever order the threads answered in.
    if (!seen || f.path < seen.path || (f.path === seen.path && (f.line ?? 0) < (seen.line ?? 0))) onInRelease.set(name, f);
  }
  return findings.map(({ guardSwitch, switchOnInRelease: _, team: _team, ...f }) => {
    const on = guardSwitch ? onInRelease.get(guardSwitch.toUpperCase()) : undefined;
    return on ? { ...f, level: 'error', message: `${f.message} ${guardSwitch} is turned on in a release build at ${on.path}:${on.line}, so it ships.` } : f;
  });
}
