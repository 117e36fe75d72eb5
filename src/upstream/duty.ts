import ignore from 'ignore';
import type { IgnoreEntry, RequireGpl } from '../config/schema.js';
import type { FileEntry } from '../files/types.js';
import { describeEvidence, detectUpstreams, gplDuty, type GplDuty } from './detect.js';

const LICENSE_RULES = ['license-missing', 'license-not-gpl', 'license-incompatible', 'license-mismatch', 'license-unrecognized'];

/**
 * The GPL duty of a run, decided once (on first use) for the license and publication checks alike: from the
 * require-gpl setting and the upstream code found in the tree, leaving out the files the config's `ignore` paths
 * exclude from every rule or from a license rule (test fixtures, vendored samples): they would put a project under a
 * duty its own code does not bring.
 */
export function gplDutyOnce(requireGpl: RequireGpl, tree: readonly FileEntry[], entries: readonly IgnoreEntry[]): () => Promise<GplDuty> {
  let decided: Promise<GplDuty> | undefined;
  return () => (decided ??= detectUpstreams(notIgnored(tree, entries)).then((evidence) => gplDuty(requireGpl, evidence)));
}

function notIgnored(tree: readonly FileEntry[], entries: readonly IgnoreEntry[]): readonly FileEntry[] {
  const patterns = entries.filter((e) => e.paths && !e.fingerprint && (!e.rules || e.rules.some((r) => LICENSE_RULES.includes(r)))).flatMap((e) => e.paths!);
  if (patterns.length === 0) return tree;
  const ig = ignore().add(patterns);
  return tree.filter((f) => !ig.ignores(f.path));
}

/** Why there is a duty or not, naming each GPL upstream with the file and marker that showed it: the one wording. */
export function describeDuty(duty: GplDuty): string {
  const gpl = duty.evidence.filter((e) => e.upstream.gpl);
  const derived = gpl.map((e) => `${e.upstream.name} (${describeEvidence(e)})`).join(', ');
  if (duty.duty) return `GPL required: ${gpl.length && !duty.reason.startsWith('require-gpl') ? `code derived from ${derived}` : `${duty.reason}${derived ? `; code derived from ${derived}` : ''}`}`;
  return `no GPL duty: ${duty.reason}${derived ? `; code derived from ${derived} is disregarded` : ''}`;
}
