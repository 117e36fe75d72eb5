import ignore, { type Ignore } from 'ignore';
import type { IgnoreEntry } from '../config/schema.js';
import type { SuppressionKind } from '../findings.js';

export interface ConfigSuppressor {
  match(f: { ruleId: string; path: string; fingerprint: string }): { kind: SuppressionKind; reason: string } | undefined;
}

/** The config file's `ignore` list: path patterns (gitignore syntax), optionally for some rules, and fingerprints. */
export function configSuppressor(entries: readonly IgnoreEntry[]): ConfigSuppressor {
  const compiled = entries.map((e) => ({ entry: e, paths: e.paths ? (ignore().add(e.paths) as Ignore) : undefined }));
  return {
    match(f) {
      for (const { entry, paths } of compiled) {
        if (entry.rules && !entry.rules.includes(f.ruleId)) continue;
        if (entry.fingerprint && entry.fingerprint !== f.fingerprint) continue;
        if (paths && !paths.ignores(f.path)) continue;
        return { kind: entry.reason === 'baseline' && entry.fingerprint ? 'baseline' : 'config', reason: entry.reason };
      }
      return undefined;
    },
  };
}
