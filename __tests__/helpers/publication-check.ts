import { createPublicationCheck } from '../../src/checks/publication/index.js';
import type { PublicationDeps } from '../../src/checks/publication/verify.js';
import { EMPTY_CONFIG } from '../../src/config/schema.js';
import type { RawFinding } from '../../src/findings.js';
import { walk } from '../../src/files/walk.js';
import { silentLogger } from '../../src/log.js';
import { DEFAULT_SETTINGS, type RunSettings } from '../../src/settings.js';
import { copyFixture } from './fixtures.js';
import { gplDutyOnce } from '../../src/upstream/duty.js';

/** Short backoff for every test; the time limit stays generous so a busy machine does not turn answers into timeouts. */
export const FAST = { timeoutMs: 5000, retries: 2, backoffMs: 5, maxWaitMs: 100 };
/** For tests of a server that never answers: three tries cost under a second, not the production 3 × 10 s. */
export const HANG = { ...FAST, timeoutMs: 250 };

/** Runs the publication check alone on a copy of a fixture, with a loopback server standing in for github.com. */
export async function runPublication(fixture: string, settings: Partial<RunSettings>, deps: Partial<PublicationDeps> & { publicApiUrl: string }): Promise<RawFinding[]> {
  const root = await copyFixture(fixture);
  const { files } = await walk(root, root, { maxFileSize: 1024 * 1024 });
  const check = createPublicationCheck({ publicGitHub: { apiUrl: deps.publicApiUrl, webHost: 'github.com' }, resilience: FAST, ...deps });
  const outcome = await check.run({
    root,
    files,
    tree: files,
    config: EMPTY_CONFIG,
    settings: { ...DEFAULT_SETTINGS, ...settings },
    log: silentLogger,
    skip() {},
    gplDuty: gplDutyOnce(settings.requireGpl ?? DEFAULT_SETTINGS.requireGpl, files, []),
  });
  return outcome.findings;
}

/** The findings of the network rules, without the directions note that depends on the fixture's README. */
export function verdicts(findings: RawFinding[]): RawFinding[] {
  return findings.filter((f) => f.ruleId !== 'source-directions-missing');
}
