import type { EventInfo } from '../../github/event.js';
import type { Octokit } from '../../github/octokit.js';
import type { Finding } from '../../findings.js';
import type { Report } from '../../report/model.js';

/** Everything a sink may show; sinks only read it. */
export interface SinkContext {
  report: Report;
  event: EventInfo;
  /** What per-file checks scanned, in words. */
  scanned: string;
  /** A finding's line on the commit, for Markdown links. */
  link: (f: Finding) => string | undefined;
  /** Notices the step printed before the sinks: they share GitHub's 10 per level. */
  earlierNotices: number;
  /** Undefined without a token. */
  octokit?: Octokit;
}

/**
 * One destination of the findings (reviewdog style): annotations, job summary, PR comment, check run. A sink that
 * writes through the API names the token permission it needs; when the token lacks it, the runner turns the
 * refusal into a notice and the other sinks still carry the findings.
 */
export interface Sink {
  /** What the user sees in notices: "PR comment", "check run". */
  name: string;
  /** The `permissions:` entry a write needs, e.g. `pull-requests: write`. */
  permission?: string;
  /** Whether the sink has a place on this event at all (a PR comment needs a pull request); quietly left out if not. */
  applies?(ctx: SinkContext): boolean;
  /** Why this sink cannot write on this run, decided before any request; undefined to write. */
  unavailable?(ctx: SinkContext): string | undefined;
  write(ctx: SinkContext): Promise<void>;
}

/** A sink's write was refused for lack of a permission. */
export class PermissionDenied extends Error {
  override name = 'PermissionDenied';
}
