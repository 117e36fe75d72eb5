import ignore, { type Ignore } from 'ignore';
import type { IgnoreEntry } from '../config/schema.js';
import type { SuppressionKind } from '../findings.js';

export interface ConfigSuppressor {
  match(f: { ruleId: string; path: string; fingerprint: string }): { kind: SuppressionKind; reason: string } | undefined;
  /** The entries that suppressed at least one finding so far. */
  readonly matched: ReadonlySet<IgnoreEntry>;
}

/** The `ignore` entries of the config and the baseline: path patterns (gitignore syntax), optionally for some rules, and fingerprints. */
export function configSuppressor(entries: readonly IgnoreEntry[]): ConfigSuppressor {
  const compiled = entries.map((e) => ({ entry: e, paths: e.paths ? (ignore().add(e.paths) as Ignore) : undefined }));
  const matched = new Set<IgnoreEntry>();
  return {
    matched,
    match(f) {
      for (const { entry, paths } of compiled) {
        if (entry.rules && !entry.rules.includes(f.ruleId)) continue;
        if (entry.fingerprint && entry.fingerprint !== f.fingerprint) continue;
        if (paths && !paths.ignores(f.path)) continue;
        matched.add(entry);
        const baseline = entry.fromBaseline || (entry.reason === 'baseline' && entry.fingerprint !== undefined);
        return { kind: baseline ? 'baseline' : 'config', reason: entry.reason };
      }
      return undefined;
    },
  };
}
