import { performance } from 'node:perf_hooks';
import type { Config } from './config/schema.js';
import { CATALOGUE_VERSION } from './checks/credentials/catalogue.js';
import { checkByName } from './checks/all.js';
import type { Check, FileStream, StreamContext } from './checks/types.js';
import { decide } from './decision.js';
import { mergeSkipped, type SkipNote } from './files/skipped.js';
import { redact } from './github/redact.js';
import { listPaths, relative, walk, type WalkOptions, type WalkResult } from './files/walk.js';
import type { FailOn, RawFinding } from './findings.js';
import type { Logger } from './log.js';
import { ignoreEntryNotes } from './pipeline/entry-notes.js';
import { withLineText } from './pipeline/line-text.js';
import { runPipeline } from './pipeline/pipeline.js';
import { TOOL_NAME, type CheckStats, type Report } from './report/model.js';
import type { CheckName } from './rules.js';
import { DEFAULT_SETTINGS, type RunSettings } from './settings.js';
import { gplDutyOnce } from './upstream/duty.js';
import { VERSION } from './version.js';
import { append } from './append.js';

export interface EngineOptions {
  /** Workspace root: findings' paths are relative to it. */
  root: string;
  /** The folder to scan, inside root. */
  target: string;
  checks: readonly CheckName[];
  failOn: FailOn;
  maxFileSize: number;
  config: Config;
  /** Workspace-relative paths that per-file checks scan; the whole tree when undefined. */
  changedFiles?: readonly string[];
  /** Absolute paths of the reports this run writes: never scanned (a report quotes the values it found). */
  reportFiles?: readonly string[];
  settings?: Partial<RunSettings>;
  /** Checks asked for that the caller knows cannot run here, each with why and what enables it: listed as skipped. */
  notRun?: Partial<Record<CheckName, string>>;
  /** Notes about the configuration found before the scan (a baseline file not written yet). */
  configNotes?: readonly string[];
  log: Logger;
}

/** options → file walk → checks → pipeline → report, with pass/fail decided once. Shared by the CLI and the action. */
export async function runEngine(options: EngineOptions): Promise<Report> {
  const { log } = options;
  const skipped: SkipNote[] = [];
  const base: Omit<StreamContext, 'skip'> = {
    root: options.root,
    config: options.config,
    settings: { ...DEFAULT_SETTINGS, ...options.settings },
    log,
  };
  /** Each check's own context: what it skips is noted with its name. */
  const contextOf = (name: CheckName): StreamContext => ({ ...base, skip: (path, reason) => skipped.push({ path, reason, by: name }) });
  const checks: Record<string, CheckStats> = {};
  const failed = (name: CheckName, from: number, err: unknown) => {
    const reason = redact(err instanceof Error ? err.message : String(err));
    log.warning(`the ${name} check failed: ${reason}`);
    checks[name] = { status: 'failed', files: 0, bytes: 0, ms: Math.round(performance.now() - from), reason };
  };

  // Checks that stream start before the walk and take each file in scope as it is found.
  const started = performance.now();
  const loaded = new Map<CheckName, Check>();
  const streams = new Map<CheckName, FileStream>();
  for (const name of options.checks) {
    const notRun = options.notRun?.[name];
    if (notRun !== undefined) {
      checks[name] = { status: 'skipped', files: 0, bytes: 0, ms: 0, reason: notRun };
      continue;
    }
    try {
      const check = await checkByName(name).load();
      if (check.stream) streams.set(name, check.stream(contextOf(name)));
      loaded.set(name, check);
    } catch (err) {
      failed(name, started, err);
    }
  }
  const wanted = options.changedFiles ? new Set(options.changedFiles) : undefined;
  // When every check streams, nothing needs the list of files afterwards: it is not kept.
  const leaveOut = new Map((options.reportFiles ?? []).map((abs) => [relative(options.root, abs), 'a report this run writes (not scanned)']));
  const walkOptions: WalkOptions = { maxFileSize: options.maxFileSize, keepFiles: streams.size < loaded.size, leaveOut };
  if (streams.size > 0) {
    walkOptions.onFile = (file) => {
      if (!wanted || wanted.has(file.path)) for (const s of streams.values()) s.add(file);
    };
  }
  // A change set that only per-file checks read needs no walk of the whole tree: it costs what it scans.
  const perFileOnly = options.checks.every((c) => checkByName(c).scope === 'per-file');
  let walked: WalkResult;
  try {
    walked =
      options.changedFiles && perFileOnly
        ? await listPaths(options.root, options.target, options.changedFiles, walkOptions)
        : await walk(options.root, options.target, walkOptions);
  } catch (err) {
    await Promise.allSettled([...streams.values()].map((s) => s.finish())); // lets their threads end
    throw err;
  }
  append(skipped, walked.skipped);
  const files = wanted ? walked.files.filter((f) => wanted.has(f.path)) : walked.files;
  log.debug(`${walked.found} files in the tree, ${wanted ? `${files.length} in scope, ` : ''}${walked.ignored} left out by .gitignore`);

  const gplDuty = gplDutyOnce(base.settings.requireGpl, walked.files, options.config.ignore);
  const raw: RawFinding[] = [];
  for (const [name, check] of loaded) {
    const stream = streams.get(name);
    const from = stream ? started : performance.now();
    try {
      const outcome = stream ? await stream.finish() : await check.run({ ...contextOf(name), files, tree: walked.files, gplDuty });
      append(raw, outcome.findings);
      const stats = { files: outcome.files, bytes: outcome.bytes, ms: Math.round(performance.now() - from) };
      if (outcome.incomplete?.length) {
        const reason = outcome.incomplete.join('; ');
        log.warning(`the ${name} check failed: ${reason}`);
        checks[name] = { status: 'failed', ...stats, reason };
      } else {
        checks[name] = { status: 'ran', ...stats, ...(outcome.nothingFound ? { nothingFound: outcome.nothingFound } : {}) };
      }
    } catch (err) {
      failed(name, from, err);
    }
  }

  const statsInOrder = Object.fromEntries(options.checks.filter((n) => checks[n]).map((n) => [n, checks[n]]));
  const { findings, suppressed, matched } = runPipeline(withLineText(raw, options.root), options.config);
  const ran = new Set(Object.entries(checks).filter(([, c]) => c.status === 'ran').map(([name]) => name));
  const configNotes = [
    ...(options.configNotes ?? []),
    ...ignoreEntryNotes(options.config.ignore, matched, { full: !options.changedFiles && options.target === options.root, ran, allRan: options.checks.every((c) => ran.has(c)) }),
  ];
  return {
    tool: { name: TOOL_NAME, version: VERSION, catalogue: CATALOGUE_VERSION },
    root: options.root,
    findings,
    suppressed,
    skipped: mergeSkipped(skipped),
    summary: {
      errors: findings.filter((f) => f.level === 'error').length,
      warnings: findings.filter((f) => f.level === 'warning').length,
      notes: findings.filter((f) => f.level === 'note').length,
      suppressed: suppressed.length,
    },
    checks: statsInOrder,
    ...(configNotes.length > 0 ? { configNotes } : {}),
    failOn: options.failOn,
    result: decide(findings, options.failOn, statsInOrder),
  };
}

