import { hashDistance, type IconHash } from './hash.js';
import { LOGO_REFERENCES, type LogoReference } from './references.js';

/**
 * The most bits two hashes of the same logo differ by. Measured by scripts/logo-rates.mjs on 300 + 300 drawn icons
 * (docs/logo.md): redrawn copies (any size, masks, padding, tints up to 35 %, brightness, noise, shifts) stay within
 * 12 bits of the closest official icon (none missed), and 3 % of other icons come this close, all of them a white
 * blob on the same blue disk; a cat, flat colours and glyphs on squares stay 16 bits or more away. At 10 bits 4 % of
 * the copies would be missed.
 */
export const SAME_LOGO_BITS = 12;

export interface LogoMatch {
  reference: LogoReference;
  distance: number;
}

/** The closest official icon within SAME_LOGO_BITS, if any. */
export function matchOfficialLogo(hash: IconHash, references: readonly LogoReference[] = LOGO_REFERENCES): LogoMatch | undefined {
  let best: LogoMatch | undefined;
  for (const reference of references) {
    const distance = hashDistance(hash, reference.hash);
    if (distance <= SAME_LOGO_BITS && (!best || distance < best.distance)) best = { reference, distance };
  }
  return best;
}
