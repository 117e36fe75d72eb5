import { CHECKS, type CheckName } from './checks/all.js';
import type { RuleDeclaration } from './checks/declaration.js';

export type { CheckName };
export const CHECK_NAMES: readonly CheckName[] = CHECKS.map((c) => c.name);
export const DEFAULT_CHECKS: readonly CheckName[] = CHECKS.filter((c) => c.defaultOn).map((c) => c.name);

export interface Rule extends RuleDeclaration {
  readonly check: CheckName;
}

export const RULES: readonly Rule[] = CHECKS.flatMap((c) => c.rules.map((r) => ({ ...r, check: c.name })));

export const RULE_IDS: readonly string[] = RULES.map((r) => r.id);
const byId = new Map(RULES.map((r) => [r.id, r]));
export function ruleById(id: string): Rule | undefined {
  return byId.get(id);
}
