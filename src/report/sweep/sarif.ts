import { failedChecks } from '../../decision.js';
import type { MergedReport, UnreachableRepository } from '../../sweep/model.js';
import { sarifLog, sarifRun, sarifTool } from '../sarif.js';

/**
 * One run per repository, each with its own `versionControlProvenance` and automation id (`telegram-compliance/OWNER/NAME/`);
 * an unreachable repository is a run without results whose invocation failed, with the reason, and so is one whose
 * checks did not all run (with its results).
 */
export function renderMergedSarif(merged: MergedReport): string {
  const scanned = merged.repositories.map((r) =>
    sarifRun(r.report, {
      ...identity(r.name, r.url, r.revision),
      ...(r.result === 'error' ? failedInvocation(failedChecks(r.report.checks)) : {}),
      properties: { repository: r.name, result: r.result },
    }),
  );
  return sarifLog([...scanned, ...merged.unreachable.map((u) => unreachableRun(u, merged.tool))]);
}

function unreachableRun(u: UnreachableRepository, tool: MergedReport['tool']) {
  return {
    tool: sarifTool(tool),
    ...identity(u.name, u.url, undefined),
    ...failedInvocation(u.reason),
    properties: { repository: u.name, result: 'unreachable' },
    results: [],
  };
}

/** A run whose scan did not complete: SARIF's way to say why. */
function failedInvocation(reason: string) {
  return { invocations: [{ executionSuccessful: false, toolExecutionNotifications: [{ level: 'error', message: { text: reason } }] }] };
}

function identity(name: string, url: string | undefined, revision: string | undefined) {
  return {
    automationDetails: { id: `telegram-compliance/${name}/` },
    ...(url ? { versionControlProvenance: [{ repositoryUri: url, ...(revision ? { revisionId: revision } : {}) }] } : {}),
  };
}
