import type { RequireGpl } from '../config/schema.js';
import type { Level } from '../findings.js';
import type { Check } from './types.js';

/** A rule as its check declares it: the check's name is added where all rules are listed (src/rules.ts). */
export interface RuleDeclaration {
  readonly id: string;
  readonly level: Level;
  /** One line: what the rule finds. */
  readonly summary: string;
  /** What to do about it; shown in SARIF help, the summary and the text report. */
  readonly help: string;
  /** Whether it fires depends on the run's environment (token, network), not on the tree: never baselined. */
  readonly environmental?: boolean;
}

/** The settings checks take, by the field that carries them on options, the config and RunSettings. */
export interface SettingValues {
  requireGpl?: RequireGpl;
  mirror?: string;
  artifacts?: string[];
}
export type SettingField = keyof SettingValues;

/** One setting of a check: the same name is its CLI flag (`--NAME`), its action input and its config key. */
export interface SettingDeclaration {
  readonly name: string;
  readonly field: SettingField;
  /** Repeatable flag, newline-separated input, YAML list in the config. */
  readonly list: boolean;
  /** The value's form in the CLI's help: `auto|true|false`, `GLOB`. */
  readonly metavar: string;
  /** One line for the CLI's help. */
  readonly help: string;
  /** The only values it takes, when it is a choice. */
  readonly values?: readonly string[];
  /** What is wrong with one value, checked before any scan; undefined when it is fine. */
  problem?(value: string): string | undefined;
}

/**
 * Everything about a check that the rest of the tool derives from: the rule list, the check names the CLI, the
 * action and the config accept, which checks run by default, which need the whole tree, the settings' flags, inputs
 * and config keys, the CLI's help and the README's table of checks.
 */
export interface CheckDeclaration<Name extends string = string> {
  readonly name: Name;
  /** What it checks, one line for the README's table and the CLI's help. */
  readonly summary: string;
  /** Runs when no `checks` are given. */
  readonly defaultOn: boolean;
  /**
   * `per-file`: reads only the files in scope (the changed files, or its own inputs), so a change set costs what it
   * scans; `repository`: reads the whole tree whatever the scope.
   */
  readonly scope: 'per-file' | 'repository';
  readonly rules: readonly RuleDeclaration[];
  readonly settings: readonly SettingDeclaration[];
  /** Config keys of its own besides its settings, read by the config loader (`credentials:`). */
  readonly configKeys?: readonly string[];
  /** Turned on, whatever `checks` says, when this setting is given (the artifacts check by `artifacts`). */
  readonly enabledBy?: SettingField;
  /** Loaded only when a run asks for it, so a credentials-only run never loads network code. */
  load(): Promise<Check>;
}

/** Keeps the name's literal type, from which CheckName is made. */
export function declareCheck<const Name extends string>(declaration: CheckDeclaration<Name>): CheckDeclaration<Name> {
  return declaration;
}
