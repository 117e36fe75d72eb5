import type { RawFinding } from '../../findings.js';
import { openText } from '../../files/read-text.js';
import { mapLimit } from '../../files/pool.js';
import { errorCode } from '../../files/walk.js';
import type { Check, CheckContext, CheckOutcome } from '../types.js';
import { buildCatalogue, type Catalogue } from './catalogue.js';
import { fileKind } from './file-kind.js';
import { scanCredentials } from './scan.js';

// Files that hold other services' ids under app_id-like names.
const OTHER_SERVICE_FILES = /(?:^|\/)(?:agconnect-services\.json|google-services\.json|GoogleService-Info\.plist)$/;

export const credentialsCheck: Check = {
  name: 'credentials',
  async run(ctx: CheckContext): Promise<CheckOutcome> {
    const catalogue = buildCatalogue(ctx.config.credentials.extra.map((e) => ({ ...e, kind: 'team' as const })));
    const outcome: CheckOutcome = { findings: [], files: 0, bytes: 0 };
    const perFile = await mapLimit(ctx.files, 16, (file) => scanFile(file.abs, file.path, file.size, catalogue, ctx, outcome));
    for (const findings of perFile) outcome.findings.push(...findings);
    return outcome;
  },
};

async function scanFile(abs: string, path: string, size: number, catalogue: Catalogue, ctx: CheckContext, outcome: CheckOutcome): Promise<RawFinding[]> {
  if (OTHER_SERVICE_FILES.test(path)) return [];
  const findings: RawFinding[] = [];
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
