import type { Config, IgnoreEntry } from '../config/schema.js';
import { compareFindings, type Finding, type RawFinding, type SuppressedFinding } from '../findings.js';
import { configSuppressor } from './config-suppression.js';
import { addFingerprints, type Fingerprinted } from './fingerprints.js';
import { inlineSuppression } from './inline-suppression.js';
import { linkShipped } from './link-shipped.js';
import { masker } from './mask.js';
import { silenceOf } from './silence.js';

export interface PipelineResult {
  findings: Finding[];
  suppressed: SuppressedFinding[];
  /** The `ignore` entries that suppressed at least one finding (the others may be stale). */
  matched: ReadonlySet<IgnoreEntry>;
}

/**
 * The one path from what checks report to what every output shows: link, fingerprint, the config's rule levels,
 * suppress, dedupe, mask, sort.
 */
export function runPipeline(raw: readonly RawFinding[], config: Pick<Config, 'ignore' | 'credentials' | 'rules'>): PipelineResult {
  const secrets = new Set<string>();
  for (const f of raw) for (const s of f.secrets ?? []) secrets.add(s);
  const maskText = masker(secrets, config.credentials.extra);
  const suppressor = configSuppressor(config.ignore);
  const findings: Finding[] = [];
  const suppressed: SuppressedFinding[] = [];
  const seen = new Set<string>();
  for (const f of addFingerprints(linkShipped(raw))) {
    // The same rule on the same matched content at the same place is one finding (the message is not needed to tell).
    const dedupeKey = `${f.ruleId}\0${f.path}\0${f.line}\0${f.column}\0${f.key}`;
    if (seen.has(dedupeKey)) continue;
    seen.add(dedupeKey);
    const configured = config.rules?.[f.ruleId];
    const clean = toFinding(f, maskText, configured === 'off' ? undefined : configured);
    const inline = inlineSuppression(f.ruleId, f.lineText, f.previousLineText);
    const suppression =
      configured === 'off'
        ? { kind: 'config' as const, reason: `rule turned off in the config (rules: ${f.ruleId}: off)` }
        : inline
          ? { kind: 'inline' as const, reason: inline.reason }
          : suppressor.match(clean);
    if (suppression) suppressed.push({ ...clean, suppression: { ...suppression, reason: maskText(suppression.reason) } });
    else findings.push(clean);
  }
  findings.sort(compareFindings);
  suppressed.sort(compareFindings);
  return { findings, suppressed, matched: suppressor.matched };
}

function toFinding(f: Fingerprinted, maskText: (text: string) => string, level: Finding['level'] | undefined): Finding {
  const out: Finding = {
    ruleId: f.ruleId,
    level: level ?? f.level,
    message: maskText(f.message),
    path: f.path,
    line: f.line,
    column: f.column,
    fingerprint: f.fingerprint,
  };
  if (f.help) out.help = maskText(f.help);
  if (f.related) out.related = f.related;
  if (level !== undefined && level !== f.level) out.defaultLevel = f.level;
  if (f.fileToCreate) out.fileToCreate = true;
  out.silence = silenceOf(f);
  return out;
}
