import type { RawFinding } from '../../findings.js';
import { describeEvidence, type GplDuty } from '../../upstream/detect.js';
import { describeDuty } from '../../upstream/duty.js';
import type { Check, CheckContext, CheckOutcome } from '../types.js';
import { classify, gplLicenses, type ClassifiedFile } from './classify.js';
import { compatible } from './compatibility.js';
import { holds, unrecognizedMessage } from './describe.js';
import { declarationFindings, type DeclarationSource } from './declarations.js';
import { readHeaders, sampleSources } from './headers.js';
import { findLicenseFiles, scannedRoot } from './license-files.js';
import { manifestFiles } from './manifests.js';
import { noticeFiles } from './notices.js';
import { versionStatements, type VersionStatement } from './or-later.js';
import { readWhole } from './read.js';

/**
 * Repository-wide: finds the license files as GitHub does, decides what each holds, whether the code carries a
 * GPL duty (upstream markers or require-gpl), whether the license can carry the upstream's code, and whether
 * manifests and SPDX headers agree with it.
 */
export const licenseCheck: Check = {
  async run(ctx: CheckContext): Promise<CheckOutcome> {
    const outcome: CheckOutcome = { findings: [], files: 0, bytes: 0 };
    const root = scannedRoot(ctx.tree);
    const read = async (file: (typeof ctx.tree)[number]) => {
      const text = await readWhole(file, ctx);
      if (text !== undefined) {
        outcome.files++;
        outcome.bytes += file.size;
      }
      return text;
    };

    const classified: ClassifiedFile[] = [];
    for (const candidate of findLicenseFiles(ctx.tree)) {
      const text = await read(candidate.file);
      if (text !== undefined) classified.push(classify(candidate, text));
    }

    const statements: VersionStatement[] = classified.flatMap((f) => f.statements);
    for (const file of noticeFiles(ctx.tree, root)) {
      const text = await read(file);
      if (text !== undefined) statements.push(...versionStatements(text, file.path));
    }
    const headers = await readHeaders(sampleSources(ctx.tree, root));
    outcome.files += headers.files;
    outcome.bytes += headers.bytes;
    statements.push(...headers.statements);

    const sources: DeclarationSource[] = headers.headers.map((h) => ({ path: h.path, line: h.line, field: 'SPDX-License-Identifier', value: h.expression, header: true }));
    for (const { file, read: parse } of manifestFiles(ctx.tree, root)) {
      const text = await read(file);
      if (text === undefined) continue;
      const result = parse(text, file.path);
      if (result.ok) sources.push(...result.licenses.map((l) => ({ ...l, header: false })));
      else ctx.skip(file.path, result.reason);
    }

    const duty = await ctx.gplDuty();
    outcome.findings.push(...licenseFileFindings(classified, duty, root));
    outcome.findings.push(...declarationFindings(sources, classified, statements));
    return outcome;
  },
};

/** About a license file as a whole: no line. */
function finding(ruleId: string, level: RawFinding['level'], path: string, message: string, key: string): RawFinding {
  return { ruleId, level, path, message, key };
}

/** license-missing, license-unrecognized, license-not-gpl and license-incompatible, from the classified files and the duty. */
export function licenseFileFindings(files: readonly ClassifiedFile[], duty: GplDuty, root = ''): RawFinding[] {
  const out: RawFinding[] = [];
  const dutyText = describeDuty(duty);
  if (files.length === 0) {
    out.push({
      ...finding(
        'license-missing',
        duty.duty ? 'error' : 'note',
        `${root}LICENSE`,
        `No license file (LICENSE, LICENCE, COPYING, with or without .md/.txt, or a REUSE LICENSES/ folder) at the top of the repository (${dutyText}).`,
        'LICENSE',
      ),
      fileToCreate: true,
    });
    return out;
  }
  for (const f of files) {
    // A REUSE file named for a license the matcher has no text of (CC0-1.0, CC-BY-4.0 for docs) is taken at its name.
    if (f.match.status === 'unknown' && f.reuseId) continue;
    if (f.match.status !== 'exact') out.push(finding('license-unrecognized', 'warning', f.path, unrecognizedMessage(f), `${f.match.status}:${f.match.license?.id ?? ''}`));
  }
  const all = files.map((f) => `${f.path}: ${holds(f)}`).join('; ');
  const gpl = gplLicenses(files);
  if (gpl.length === 0) {
    out.push(
      finding(
        'license-not-gpl',
        duty.duty ? 'error' : 'note',
        files[0].path,
        duty.duty
          ? `The license is not GPL or AGPL (${all}), but ${dutyText}. LGPL and permissive licenses cannot carry GPL code.`
          : `The license is not GPL or AGPL (${all}); that is fine here, ${dutyText}.`,
        files.map((f) => f.license?.id ?? f.match.status).join(','),
      ),
    );
    return out;
  }
  if (!duty.duty) return out;
  for (const evidence of duty.evidence.filter((e) => e.upstream.gpl)) {
    const results = gpl.map(({ file, license }) => ({ f: file, c: compatible(evidence.upstream, { family: license.family, version: license.version ?? '' }) }));
    if (results.some((r) => r.c.ok)) continue;
    const { f, c } = results[0];
    out.push(
      finding(
        'license-incompatible',
        'error',
        f.path,
        `${f.path} holds ${holds(f)}, which cannot carry ${evidence.upstream.name} code: that code is ${c.upstreamReading} and may only go out under ${c.allowed}. Evidence: ${describeEvidence(evidence)}.`,
        `${evidence.upstream.id}:${f.license?.id}`,
      ),
    );
  }
  return out;
}
