import { OFFICIAL_IDS_WITHOUT_HASH, PLACEHOLDER_HASHES, PUBLISHED } from '../checks/credentials/catalogue.js';
import type { ExtraCredential } from '../config/schema.js';

/** How a private value is shown: its first 4 characters, never more. */
export function mask(secret: string): string {
  return `${secret.slice(0, 4)}…`;
}

/** Replaces every whole occurrence of each secret (any letter case) in `text` by its mask. */
export function maskText(text: string, secrets: ReadonlySet<string>): string {
  let out = text;
  for (const s of secrets) {
    if (s.length < 8) continue;
    out = out.replace(new RegExp(escape(s), 'gi'), mask(s));
  }
  return out;
}

/** api_hashes anyone may see whole: the published ones and the library-docs placeholders. */
const PUBLIC_HASHES: ReadonlySet<string> = new Set([...PUBLISHED.flatMap((c) => (c.apiHash ? [c.apiHash.toLowerCase()] : [])), ...PLACEHOLDER_HASHES.keys()]);
const HEX32 = /(?<![0-9A-Fa-f])[0-9A-Fa-f]{32}(?![0-9A-Fa-f])/g;
/** A shorter api_id would show whole in its mask, and would mask line numbers and counts that happen to match. */
const MASKED_ID_DIGITS = 5;

/**
 * The one masking rule for every text a finding carries (message, help, suppression reason): the values a check
 * reported as secret, a team's own never-ship api_ids and api_hashes (config `credentials.extra`), and any other
 * 32-hex-digit value, which is an api_hash nobody published (e.g. inside an override statement a message quotes),
 * show only their first 4 characters. Published values stay whole.
 */
export function masker(reported: ReadonlySet<string>, extra: readonly ExtraCredential[] = []): (text: string) => string {
  const publicIds = new Set([...PUBLISHED, ...OFFICIAL_IDS_WITHOUT_HASH].map((c) => c.apiId));
  const teamIds = extra.flatMap((e) => (e.apiId !== undefined && !publicIds.has(e.apiId) && String(e.apiId).length >= MASKED_ID_DIGITS ? [String(e.apiId)] : []));
  const ids = teamIds.length > 0 ? new RegExp(`(?<!\\d)(?:${teamIds.join('|')})(?!\\d)`, 'g') : undefined;
  // The HEX32 pass masks every reported api_hash already: one pattern per message, not one per secret (100,000
  // private hashes would otherwise cost 100,000 passes over each of 100,000 messages).
  const others = new Set([...reported].filter((s) => !/^[0-9a-fA-F]{32}$/.test(s)));
  return (text) => {
    let out = maskText(text, others).replace(HEX32, (hex) => (PUBLIC_HASHES.has(hex.toLowerCase()) ? hex : mask(hex)));
    if (ids) out = out.replace(ids, mask);
    return out;
  };
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
