import { readHead } from '../files/read-head.js';
import type { RequireGpl } from '../config/schema.js';
import type { FileEntry } from '../files/types.js';
import { UPSTREAMS, type Upstream } from './catalogue.js';

export interface UpstreamEvidence {
  upstream: Upstream;
  /** The file that shows it, workspace-relative. */
  path: string;
  /** What was seen: the file's path itself, or a content marker (its label). */
  marker: { kind: 'path' } | { kind: 'content'; label: string };
}

/** "the path Telegram/SourceFiles/app.cpp", or "package org.telegram.messenger in src/X.java". */
export function describeEvidence(e: Pick<UpstreamEvidence, 'path' | 'marker'>): string {
  return e.marker.kind === 'path' ? `the path ${e.path}` : `${e.marker.label} in ${e.path}`;
}

export interface GplDuty {
  duty: boolean;
  /** Why: the upstream and its evidence, or the require-gpl setting. */
  reason: string;
  evidence: UpstreamEvidence[];
}

const HEAD_BYTES = 4096;
const MAX_CONTENT_READS = 400;

/**
 * Recognises code derived from Telegram's apps by path markers, then by markers in the first bytes of a bounded
 * number of candidate files. One piece of evidence per upstream, the first in path order.
 */
export async function detectUpstreams(tree: readonly FileEntry[]): Promise<UpstreamEvidence[]> {
  const found = new Map<string, UpstreamEvidence>();
  for (const file of tree) {
    for (const u of UPSTREAMS) {
      if (found.has(u.id)) continue;
      const m = u.paths.find((re) => re.test(file.path));
      if (m) found.set(u.id, { upstream: u, path: file.path, marker: { kind: 'path' } });
    }
  }
  let reads = 0;
  for (const file of tree) {
    if (reads >= MAX_CONTENT_READS) break;
    const wanted = UPSTREAMS.filter((u) => !found.has(u.id) && u.content?.some((c) => c.in.test(file.path)));
    if (wanted.length === 0) continue;
    reads++;
    const head = readHead(file.abs, HEAD_BYTES) ?? '';
    for (const u of wanted) {
      const c = u.content!.find((x) => x.in.test(file.path) && x.marker.test(head));
      if (c) found.set(u.id, { upstream: u, path: file.path, marker: { kind: 'content', label: c.label } });
    }
  }
  return UPSTREAMS.flatMap((u) => (found.has(u.id) ? [found.get(u.id)!] : []));
}

export function gplDuty(requireGpl: RequireGpl, evidence: UpstreamEvidence[]): GplDuty {
  if (requireGpl === 'true') return { duty: true, reason: 'require-gpl is true', evidence };
  if (requireGpl === 'false') return { duty: false, reason: 'require-gpl is false', evidence };
  const gpl = evidence.filter((e) => e.upstream.gpl);
  if (gpl.length === 0) {
    return { duty: false, reason: evidence.length > 0 ? `only non-GPL upstreams found (${evidence.map((e) => e.upstream.name).join(', ')})` : 'no code derived from a GPL Telegram app found', evidence };
  }
  return { duty: true, reason: gpl.map((e) => `${e.upstream.name}: ${describeEvidence(e)}`).join('; '), evidence };
}
