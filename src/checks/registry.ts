import type { CheckName } from '../rules.js';
import type { Check } from './types.js';

/** Each check loads only when a run asks for it, so a credentials-only run never loads network code. */
export const CHECK_LOADERS: Partial<Record<CheckName, () => Promise<Check>>> = {
  credentials: async () => (await import('./credentials/index.js')).credentialsCheck,
  artifacts: async () => (await import('./artifacts/index.js')).artifactsCheck,
  publication: async () => (await import('./publication/index.js')).publicationCheck,
  branding: async () => (await import('./branding/index.js')).brandingCheck,
  license: async () => (await import('./license/index.js')).licenseCheck,
};
