import type { RawFinding } from '../../findings.js';
import { openText } from '../../files/read-text.js';
import { mapLimit } from '../../files/pool.js';
import { errorCode } from '../../files/walk.js';
import type { Check, CheckContext, CheckOutcome } from '../types.js';
import { buildCatalogue, type Catalogue } from './catalogue.js';
import { fileKind } from './file-kind.js';
import { scanCredentials, type CredentialFinding } from './scan.js';

// Files that hold other services' ids under app_id-like names.
const OTHER_SERVICE_FILES = /(?:^|\/)(?:agconnect-services\.json|google-services\.json|GoogleService-Info\.plist)$/;

export const credentialsCheck: Check = {
  name: 'credentials',
  async run(ctx: CheckContext): Promise<CheckOutcome> {
    const catalogue = buildCatalogue(ctx.config.credentials.extra.map((e) => ({ ...e, kind: 'team' as const })));
    const outcome: CheckOutcome = { findings: [], files: 0, bytes: 0 };
    const perFile = await mapLimit(ctx.files, ctx.settings.readConcurrency ?? 16, (file) => scanFile(file.abs, file.path, file.size, catalogue, ctx, outcome));
    outcome.findings = countSwitchedOnGuards(perFile.flat());
    return outcome;
  },
};

/**
 * A value guarded by a test switch does not ship, unless a release build turns that switch on: then it is an error
 * again, and says where the switch is turned on.
 */
function countSwitchedOnGuards(findings: CredentialFinding[]): RawFinding[] {
  const onInRelease = new Map<string, CredentialFinding>();
  for (const f of findings) if (f.switchOnInRelease) onInRelease.set(f.switchOnInRelease.toUpperCase(), f);
  return findings.map(({ guardSwitch, switchOnInRelease: _, ...f }) => {
    const on = guardSwitch ? onInRelease.get(guardSwitch.toUpperCase()) : undefined;
    return on ? { ...f, level: 'error', message: `${f.message} ${guardSwitch} is turned on in a release build at ${on.path}:${on.line}, so it ships.` } : f;
  });
}

async function scanFile(abs: string, path: string, size: number, catalogue: Catalogue, ctx: CheckContext, outcome: CheckOutcome): Promise<CredentialFinding[]> {
  if (OTHER_SERVICE_FILES.test(path)) return [];
  const findings: CredentialFinding[] = [];
  try {
    const opened = await openText(abs, size);
    if (opened.binary) {
      ctx.skip(path, 'binary file');
      return [];
    }
    outcome.files++;
    outcome.bytes += size;
    let kind: ReturnType<typeof fileKind> | undefined;
    for await (const chunk of opened.chunks) {
      kind ??= fileKind(path, () => chunk.text);
      findings.push(...scanCredentials({ ...chunk, path, kind }, catalogue));
    }
  } catch (err) {
    ctx.skip(path, `could not be read: ${errorCode(err)}`);
  }
  return findings;
}
