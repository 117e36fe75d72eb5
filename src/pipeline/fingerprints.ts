import { compareLocation, fingerprint, type Finding, type RawFinding } from '../findings.js';

export type Fingerprinted = RawFinding & Pick<Finding, 'fingerprint'>;

/**
 * Gives each finding its fingerprint: rule, path, matched content and the occurrence number of that content in
 * the file. Lines can move without changing it; two equal matches in one file stay apart.
 */
export function addFingerprints(findings: readonly RawFinding[]): Fingerprinted[] {
  const ordered = [...findings].sort(compareLocation);
  const seen = new Map<string, number>();
  return ordered.map((f) => {
    const id = `${f.ruleId}\0${f.path}\0${f.key}`;
    const occurrence = (seen.get(id) ?? 0) + 1;
    seen.set(id, occurrence);
    return { ...f, fingerprint: fingerprint(f.ruleId, f.path, f.key, occurrence) };
  });
}
