import * as core from '@actions/core';
import { describeError, isPermissionError, isRateLimited } from '../../github/errors.js';
import { PermissionDenied, type Sink, type SinkContext } from './types.js';

/**
 * Writes to every sink in turn. A sink that cannot write (fork PR, read-only token, 403/404 on a write) is
 * skipped with a notice naming the missing permission, one refused by a rate limit with a notice saying so; a sink that fails otherwise gives a warning. Neither
 * fails the step: only findings do.
 */
export async function writeSinks(sinks: readonly Sink[], ctx: SinkContext): Promise<string[]> {
  const written: string[] = [];
  for (const sink of sinks) {
    if (sink.applies && !sink.applies(ctx)) continue;
    const reason = sink.unavailable?.(ctx);
    if (reason) {
      if (sink.permission) core.notice(`The ${sink.name} is skipped: ${reason}${needs(sink)}. The findings are in the annotations and the job summary.`);
      else core.info(`The ${sink.name} is skipped: ${reason}.`);
      continue;
    }
    try {
      await sink.write(ctx);
      written.push(sink.name);
    } catch (err) {
      if (isRateLimited(err)) {
        core.notice(`The ${sink.name} is skipped: GitHub's rate limit refused it for longer than this run waits (${describeError(err)}). The findings are in the annotations and the job summary.`);
      } else if (err instanceof PermissionDenied || (sink.permission && isPermissionError(err))) {
        core.notice(`The ${sink.name} is skipped: the token may not write it (${describeError(err)})${needs(sink)}. The findings are in the annotations and the job summary.`);
      } else {
        core.warning(`Could not write the ${sink.name}: ${describeError(err)}`);
      }
    }
  }
  return written;
}

function needs(sink: Sink): string {
  return sink.permission ? `; it needs \`permissions: ${sink.permission}\`` : '';
}
