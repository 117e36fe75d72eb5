import type { RawFinding } from '../../findings.js';
import { buildCatalogue } from '../credentials/catalogue.js';
import type { Check, CheckContext, CheckOutcome } from '../types.js';
import { artifactFinding } from './findings.js';
import { expandArtifacts } from './globs.js';
import { inspectFile } from './inspect.js';
import { DEFAULT_LIMITS, formatBytes, type Limits } from './limits.js';
import { ArtifactSession, reasonOf } from './session.js';
import { append } from '../../append.js';

/** Release artifacts (settings.artifacts globs) scanned for the catalogued api_hashes and a team's never-ship ones. */
export const artifactsCheck: Check = {
  run: (ctx) => scanArtifacts(ctx, DEFAULT_LIMITS),
};

export async function scanArtifacts(ctx: CheckContext, limits: Limits): Promise<CheckOutcome> {
  const outcome: CheckOutcome = { findings: [], files: 0, bytes: 0 };
  if (ctx.settings.artifacts.length === 0) {
    return { ...outcome, incomplete: ['no release artifact was named: give globs with --artifacts, the artifacts input or the artifacts config key'] };
  }
  const catalogue = buildCatalogue(ctx.config.credentials.extra.map((e) => ({ ...e, kind: 'team' as const })));
  const hashes = new Set(catalogue.byHash.keys());
  const { files, unmatched } = await expandArtifacts(ctx.root, ctx.settings.artifacts);
  for (const u of unmatched) {
    ctx.log.warning(`artifacts: ${u.path}: ${u.reason}`);
    ctx.skip(u.path, u.reason);
  }
  // A release gate that inspected nothing for a glob cannot say the release is clean.
  const nothingMatched = unmatched.filter((u) => u.nothingMatched).map((u) => `"${u.path}" matches no file`);
  if (nothingMatched.length > 0) outcome.incomplete = nothingMatched;
  for (const file of files) {
    if (file.size > limits.maxArtifactBytes) {
      ctx.skip(file.path, `artifact of ${formatBytes(file.size)}, above the ${formatBytes(limits.maxArtifactBytes)} limit: not inspected`);
      continue;
    }
    const session = new ArtifactSession(hashes, limits, ctx.skip);
    try {
      await inspectFile(session, file.path, file.abs);
    } catch (err) {
      ctx.skip(file.path, reasonOf(err));
    }
    if (session.media > 0) ctx.skip(file.path, `${session.media} image, audio or video entries (recognised by their bytes) not inspected`);
    outcome.files++;
    outcome.bytes += session.bytes;
    const found: RawFinding[] = session.hits.map((hit) => artifactFinding(file.path, hit, catalogue.byHash.get(hit.match.hash)!));
    append(outcome.findings, found);
  }
  return outcome;
}
