import type { Level, RawFinding } from '../../findings.js';
import { oneLine } from '../../github/errors.js';
import { describeDuty } from '../../upstream/duty.js';
import type { Check, CheckContext, CheckOutcome } from '../types.js';
import { anchorAt, readmeOf } from './anchor.js';
import { findDirections } from './directions.js';
import { GITHUB_DOT_COM, parseMirror, parseRepository, type Place } from './place.js';
import { releaseOf } from './release.js';
import { verifyPublication, type PublicationDeps, type Verdict } from './verify.js';

/** The publication check with its network dependencies; tests give it loopback servers and short time limits. */
export function createPublicationCheck(deps: PublicationDeps = { publicGitHub: GITHUB_DOT_COM }): Check {
  return {
    async run(ctx: CheckContext): Promise<CheckOutcome> {
      const outcome: CheckOutcome = { findings: [], files: 0, bytes: 0 };
      const readme = readmeOf(ctx.tree);
      const anchor = anchorAt(readme);
      const { settings } = ctx;
      const verdicts: Verdict[] = [];

      const repository = settings.repository ? parseRepository(settings.repository, settings.apiUrl, deps.publicGitHub) : undefined;
      if (settings.repository && !repository) {
        verdicts.push({ rule: 'source-unverified', key: 'repository', message: `The repository "${settings.repository}" is not OWNER/NAME.`, fix: 'Pass --repository OWNER/NAME.' });
      }
      let mirror: Place | undefined;
      if (settings.mirror) {
        const parsed = parseMirror(settings.mirror, settings.apiUrl, deps.publicGitHub);
        if (typeof parsed === 'string') verdicts.push({ rule: 'source-unverified', key: 'mirror', message: `${capitalise(parsed)}.`, fix: 'Set mirror (input, --mirror or config) to OWNER/NAME or an https:// clone URL.' });
        else mirror = parsed;
      }
      const release = releaseOf(settings);
      if (typeof release === 'string') {
        verdicts.push({ rule: 'source-unverified', key: 'ref', message: `${capitalise(release)}.`, fix: 'Pass --ref with a commit SHA, a tag or a branch, or run inside the git work tree so the ref can be resolved.' });
      }
      if (verdicts.length === 0) {
        try {
          verdicts.push(...(await verifyPublication({ repository, mirror, release: release as Exclude<typeof release, string> }, settings, deps, ctx.log)));
        } catch (err) {
          // Anything unforeseen still ends as a finding, so the other checks' results and this one's cause both show.
          const reason = oneLine(err instanceof Error ? err.message : String(err));
          verdicts.push({ rule: 'source-unverified', key: 'internal', message: `Publication could not be checked: ${reason}.`, fix: 'Check the API URL (--api-url / GITHUB_API_URL) and the mirror setting.' });
        }
      }

      const needsDuty = verdicts.some((v) => v.rule === 'source-not-public');
      const duty = needsDuty ? await ctx.gplDuty() : undefined;
      for (const v of verdicts) {
        let level: Level = v.rule === 'release-not-published' ? 'error' : v.rule === 'source-unverified' ? 'warning' : 'note';
        let message = v.message;
        if (v.rule === 'source-not-public') {
          level = duty!.duty ? 'error' : 'note';
          message += ` ${capitalise(describeDuty(duty!))}${duty!.duty ? '' : ', so this is a note'}.`;
        }
        outcome.findings.push({ ...finding(v.rule, level, message, v.key, anchor), ...(v.fix ? { help: v.fix } : {}) });
      }

      const targets = [mirror?.webUrl ?? repository?.webUrl].filter((t): t is string => t !== undefined);
      const directions = await findDirections(ctx.tree, readme, targets);
      outcome.files += directions.files;
      outcome.bytes += directions.bytes;
      if (!directions.found) {
        const where = targets.length > 0 ? `a link to ${targets[0]}` : 'a link to the source repository';
        const looked = directions.lookedIn.length > 0 ? `looked in ${directions.lookedIn.length} file${directions.lookedIn.length === 1 ? '' : 's'}: ${directions.lookedIn.slice(0, 3).join(', ')}${directions.lookedIn.length > 3 ? ', ...' : ''}` : 'there is no README and no about or settings strings';
        outcome.findings.push(
          finding('source-directions-missing', 'note', `Neither the README nor the app's about/settings strings hold ${where} (${looked}). Users must be told where to get the source (GPLv3 §6(d), GPLv2 §3).`, targets[0] ?? 'source', anchor),
        );
      }
      return outcome;
    },
  };
}

export const publicationCheck: Check = createPublicationCheck();

function finding(ruleId: string, level: Level, message: string, key: string, anchor: ReturnType<typeof anchorAt>): RawFinding {
  return { ruleId, level, message, key, ...anchor };
}

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1);
}
