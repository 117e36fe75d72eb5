import { createHash } from 'node:crypto';

export type Level = 'error' | 'warning' | 'note';
export const LEVELS: readonly Level[] = ['error', 'warning', 'note'];
export const LEVEL_RANK: Record<Level, number> = { error: 3, warning: 2, note: 1 };

export type FailOn = Level | 'never';
export const FAIL_ON_VALUES: readonly FailOn[] = ['error', 'warning', 'note', 'never'];

/** The one finding type every output is made from. Paths are workspace-relative with `/`. */
export interface Finding {
  ruleId: string;
  level: Level;
  message: string;
  path: string;
  /** Where in the file; none for a finding about the whole file (an icon, a listing, a file to create). */
  line?: number;
  column?: number;
  fingerprint: string;
  help?: string;
  /** The other places of the same finding (a title string's translations): SARIF relatedLocations. */
  related?: Place[];
  /** The level the check gave, when the config's `rules` set another. */
  defaultLevel?: Level;
  /** Anchored at the file the fix would create (e.g. LICENSE): it does not exist yet. */
  fileToCreate?: boolean;
  /** Paste-ready ways to silence it, made by the pipeline. */
  silence?: Silence;
}

/** An inline comment for the finding's line (only where its file takes one) and a config `ignore` entry. */
export interface Silence {
  readonly comment?: string;
  readonly entry: string;
}

/** A place in a file; a whole file when it has no line. */
export interface Place {
  path: string;
  line?: number;
  column?: number;
}

/** The message with the finding's own fix, for the sinks that have one text per finding (SARIF, annotations). */
export function messageWithFix(f: Pick<Finding, 'message' | 'help'>): string {
  return f.help ? `${f.message} Fix: ${f.help}` : f.message;
}

/** What a check reports, before the pipeline fingerprints, suppresses and masks it. */
export interface RawFinding extends Omit<Finding, 'fingerprint' | 'defaultLevel' | 'silence'> {
  /** The matched content: with rule and path it makes the fingerprint, never the line number. */
  key: string;
  /** Private values that must never appear whole in any output. */
  secrets?: string[];
  /**
   * The text of the finding's line and the one before, for inline suppression comments: kept by a check that has
   * them at hand (credentials, reading a file once in chunks); the pipeline reads them for the others (line-text.ts).
   */
  lineText?: string;
  previousLineText?: string;
  /** The catalogued value matched (a lowercase api_hash): links findings of one value in source and in artifacts. */
  value?: string;
  /** Set on artifact findings: where inside the artifact the value ships (`app-release.apk!/classes3.dex`). */
  shipsIn?: string;
}

export type SuppressionKind = 'inline' | 'config' | 'baseline';
export interface SuppressedFinding extends Finding {
  suppression: { kind: SuppressionKind; reason: string };
}

export function fingerprint(ruleId: string, path: string, key: string, occurrence: number): string {
  return createHash('sha256').update(`${ruleId}\0${path}\0${key}\0${occurrence}`).digest('hex').slice(0, 32);
}

export function compareFindings(a: Finding, b: Finding): number {
  return (
    LEVEL_RANK[b.level] - LEVEL_RANK[a.level] ||
    compareLocation(a, b) ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0)
  );
}

/** A file-level finding comes before the findings on the file's lines. */
export function compareLocation(a: Pick<Finding, 'path' | 'line' | 'column'>, b: Pick<Finding, 'path' | 'line' | 'column'>): number {
  return (a.path < b.path ? -1 : a.path > b.path ? 1 : 0) || (a.line ?? 0) - (b.line ?? 0) || (a.column ?? 0) - (b.column ?? 0);
}

/** `path:line` for a finding on a line, `path` for a file-level one. */
export function placeText(f: Pick<Finding, 'path' | 'line'>): string {
  return f.line === undefined ? f.path : `${f.path}:${f.line}`;
}

export function atOrAbove(level: Level, failOn: FailOn): boolean {
  return failOn !== 'never' && LEVEL_RANK[level] >= LEVEL_RANK[failOn];
}
