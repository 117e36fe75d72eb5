import type { Check, CheckContext, CheckOutcome } from '../types.js';
import { judgeIntros } from './intro.js';
import { judgeListings } from './listings.js';

/**
 * Telegram API Terms of Service 2.2: users must be told that the app uses the Telegram API, in its store listings
 * (store-listing-api-notice) and in its intro (intro-api-notice).
 */
export const listingCheck: Check = {
  async run(ctx: CheckContext): Promise<CheckOutcome> {
    // A listing or string table under a test or vendored folder is not the app's: no store or screen shows it.
    const own = ctx.tree.filter((file) => !file.kind.test && !file.kind.vendored);
    const listings = judgeListings(own, ctx);
    const intros = judgeIntros(own, ctx);
    const read = [...listings.read, ...intros.read];
    const outcome: CheckOutcome = {
      findings: [...listings.findings, ...intros.findings],
      files: read.length,
      bytes: read.reduce((sum, f) => sum + f.size, 0),
    };
    return listings.read.length === 0 ? { ...outcome, nothingFound: 'no store listing in the repository' } : outcome;
  },
};
