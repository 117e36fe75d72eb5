import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { LEVELS } from '../findings.js';
import { REPOSITORY_NAME } from '../github/repository-name.js';
import type { Report } from '../report/model.js';
import { COMMIT_ID } from '../report/repository.js';
import type { UnreachableEntry } from './model.js';

/** Far above a real report (a report of 100,000 findings is about 60 MiB); a bigger file is refused, not read. */
const MAX_REPORT_BYTES = 256 * 1024 * 1024;

export type ReadEntry =
  | { kind: 'report'; file: string; report: Report }
  | { kind: 'unreachable'; file: string; entry: UnreachableEntry }
  | { kind: 'invalid'; file: string; problem: string };

/** What a report without a `repository` is called: its file's name without `.json`. */
export function nameFromFile(file: string): string {
  return basename(file).replace(/\.json$/i, '');
}

/** One input of `merge`: a JSON report, an unreachable entry, or why the file is neither (the merge goes on without it). */
export async function readSweepEntry(file: string): Promise<ReadEntry> {
  const invalid = (problem: string): ReadEntry => ({ kind: 'invalid', file, problem: `${file}: ${problem}` });
  let text: string;
  try {
    const size = (await stat(file)).size;
    if (size > MAX_REPORT_BYTES) return invalid(`${size} bytes is more than a report can be (${MAX_REPORT_BYTES})`);
    text = await readFile(file, 'utf8');
  } catch (err) {
    return invalid(`cannot read the file (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (err) {
    return invalid(`not JSON (${(err as Error).message.split('\n')[0]})`);
  }
  const problem = isObject(data) && 'unreachable' in data ? unreachableProblem(data) : reportProblem(data);
  if (problem) return invalid(problem);
  return isObject(data) && 'unreachable' in data
    ? { kind: 'unreachable', file, entry: data as unknown as UnreachableEntry }
    : { kind: 'report', file, report: data as Report };
}

function unreachableProblem(data: Record<string, unknown>): string | undefined {
  if (typeof data.unreachable !== 'string') return '"unreachable" is not a string';
  const repo = data.repository;
  if (!isObject(repo) || typeof repo.name !== 'string' || !REPOSITORY_NAME.test(repo.name)) return '"repository.name" is not OWNER/NAME';
  if (repo.url !== undefined && !isWebUrl(repo.url)) return '"repository.url" is not an https:// URL';
  return undefined;
}

/** Checks the fields the merge reads, so a hostile or truncated file cannot reach the renderers. */
function reportProblem(data: unknown): string | undefined {
  if (!isObject(data) || !isObject(data.tool) || data.tool.name !== 'telegram-compliance') return 'not a telegram-compliance JSON report (no "tool.name": "telegram-compliance")';
  if (typeof data.tool.version !== 'string' || typeof data.tool.catalogue !== 'string') return '"tool.version" or "tool.catalogue" is not a string';
  if (typeof data.root !== 'string') return '"root" is not a string';
  for (const key of ['findings', 'suppressed', 'skipped'] as const) if (!Array.isArray(data[key])) return `"${key}" is not a list`;
  const findings = data.findings as unknown[];
  const suppressed = data.suppressed as unknown[];
  for (const [i, f] of findings.entries()) {
    const p = findingProblem(f);
    if (p) return `findings[${i}]: ${p}`;
  }
  for (const [i, f] of suppressed.entries()) {
    const p = findingProblem(f) ?? (isObject(f) && isObject(f.suppression) && typeof f.suppression.kind === 'string' && typeof f.suppression.reason === 'string' ? undefined : '"suppression" lacks kind or reason');
    if (p) return `suppressed[${i}]: ${p}`;
  }
  for (const [i, s] of (data.skipped as unknown[]).entries()) {
    if (!isObject(s) || typeof s.path !== 'string' || typeof s.reason !== 'string') return `skipped[${i}]: needs "path" and "reason"`;
  }
  if (!isObject(data.summary) || !['errors', 'warnings', 'notes', 'suppressed'].every((k) => isCount((data.summary as Record<string, unknown>)[k]))) {
    return '"summary" needs errors, warnings, notes and suppressed counts';
  }
  if (!isObject(data.checks)) return '"checks" is not an object';
  for (const [name, c] of Object.entries(data.checks)) {
    if (!isObject(c) || !['ran', 'skipped', 'failed'].includes(c.status as string) || !isCount(c.files) || !isCount(c.bytes) || !isCount(c.ms)) return `checks.${name}: needs status, files, bytes and ms`;
    if (c.reason !== undefined && typeof c.reason !== 'string') return `checks.${name}.reason is not a string`;
  }
  const repo = data.repository;
  if (repo !== undefined) {
    if (!isObject(repo) || typeof repo.name !== 'string' || !REPOSITORY_NAME.test(repo.name)) return '"repository.name" is not OWNER/NAME';
    if (!isWebUrl(repo.url)) return '"repository.url" is not an https:// URL';
    if (repo.revision !== undefined && (typeof repo.revision !== 'string' || !COMMIT_ID.test(repo.revision))) return '"repository.revision" is not a commit id';
  }
  return undefined;
}

function findingProblem(f: unknown): string | undefined {
  if (!isObject(f)) return 'not an object';
  for (const key of ['ruleId', 'message', 'path', 'fingerprint'] as const) if (typeof f[key] !== 'string') return `"${key}" is not a string`;
  if (!(LEVELS as readonly unknown[]).includes(f.level)) return `"level" is not one of ${LEVELS.join(', ')}`;
  // A file-level finding has neither.
  if (!(f.line === undefined && f.column === undefined) && !(isCount(f.line) && isCount(f.column))) return '"line" and "column" must be whole numbers, or both absent';
  if (f.help !== undefined && typeof f.help !== 'string') return '"help" is not a string';
  return undefined;
}

function isObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function isCount(v: unknown): boolean {
  return Number.isInteger(v) && (v as number) >= 0;
}

function isWebUrl(v: unknown): boolean {
  if (typeof v !== 'string') return false;
  try {
    return new URL(v).protocol === 'https:';
  } catch {
    return false;
  }
}
