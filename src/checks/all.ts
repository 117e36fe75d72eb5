import { artifactsDeclaration } from './artifacts/declaration.js';
import { brandingDeclaration } from './branding/declaration.js';
import { credentialsDeclaration } from './credentials/declaration.js';
import type { CheckDeclaration, SettingDeclaration } from './declaration.js';
import { licenseDeclaration } from './license/declaration.js';
import { listingDeclaration } from './listing/declaration.js';
import { publicationDeclaration } from './publication/declaration.js';

/** Every check, in the order they run and are reported. Adding a check is adding its declaration here. */
export const CHECKS = [credentialsDeclaration, licenseDeclaration, brandingDeclaration, listingDeclaration, publicationDeclaration, artifactsDeclaration] as const;

export type CheckName = (typeof CHECKS)[number]['name'];

const byName = new Map<string, CheckDeclaration<CheckName>>(CHECKS.map((c) => [c.name, c]));
export function checkByName(name: CheckName): CheckDeclaration<CheckName> {
  return byName.get(name)!;
}

/** Every check's settings, in check order. */
export const SETTINGS: readonly SettingDeclaration[] = CHECKS.flatMap((c) => c.settings);
