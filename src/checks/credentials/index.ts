import type { Check } from '../types.js';
import { CredentialsScan } from './scan-stream.js';

export const credentialsCheck: Check = {
  stream: (ctx) => new CredentialsScan(ctx),
  run(ctx) {
    const scan = new CredentialsScan(ctx);
    for (const file of ctx.files) scan.add(file);
    return scan.finish();
  },
};
