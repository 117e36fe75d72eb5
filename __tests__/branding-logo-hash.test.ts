import { describe, expect, test } from '@jest/globals';
import { HASH_BITS, hashDistance, iconHash } from '../src/checks/branding/icons/hash.js';
import { matchOfficialLogo, SAME_LOGO_BITS } from '../src/checks/branding/icons/match.js';
import type { LogoReference } from '../src/checks/branding/icons/references.js';
import { BUBBLE, catIcon, discWith, draw, ENVELOPE, flatIcon, LETTER_T, planeIcon, star, type Layer, type Variation } from './helpers/icon-drawing.js';

// The reference is this test's own drawing, not Telegram's file: what is tested here is that the hash keeps a
// redrawn copy together and keeps other icons apart. The real catalogue is tested against the drawing below too.
const OWN: LogoReference = { hash: iconHash(draw(512, planeIcon()))!, app: 'a test drawing', repository: 'none', commit: '0', path: 'none', blob: '0' };

const copies: [string, number, Variation][] = [
  ['48 px', 48, {}],
  ['192 px', 192, {}],
  ['512 px', 512, {}],
  ['a rounded mask on a white square', 192, { mask: 'rounded', backdrop: [255, 255, 255] }],
  ['a rounded mask on a grey square', 192, { mask: 'rounded', backdrop: [232, 236, 240] }],
  ['a circular mask with 4 % padding', 192, { mask: 'circle', padding: 0.04 }],
  ['a violet tint', 192, { tint: { colour: [120, 60, 200], amount: 0.3 } }],
  ['a green tint, darker', 192, { tint: { colour: [40, 180, 90], amount: 0.35 }, brightness: 0.85 }],
  ['4 % transparent padding', 192, { padding: 0.04 }],
  ['4 % padding on an opaque white square', 192, { padding: 0.04, backdrop: [255, 255, 255] }],
  ['noise', 192, { noise: { amplitude: 12, seed: 7 } }],
  ['all at once, 48 px', 48, { mask: 'rounded', backdrop: [250, 250, 250], padding: 0.04, tint: { colour: [200, 80, 160], amount: 0.25 } }],
];

const others: [string, Layer[]][] = [
  ['the blue disk with a five-pointed star', discWith(star(5))],
  ['the blue disk with a six-pointed star', discWith(star(6))],
  ['the blue disk with an envelope', discWith(ENVELOPE)],
  ['the blue disk with a chat bubble', discWith(BUBBLE)],
  ['the blue disk with a letter T', discWith(LETTER_T)],
  ['the blue disk alone', discWith({ kind: 'disk', cx: 0.5, cy: 0.5, r: 0 })],
  ['a cat', catIcon()],
];

describe('a redrawn paper-plane logo matches', () => {
  test.each(copies)('with %s', (_, size, variation) => {
    const hash = iconHash(draw(size, planeIcon(), variation))!;
    expect(matchOfficialLogo(hash, [OWN])?.distance).toBeLessThanOrEqual(SAME_LOGO_BITS);
    // The drawing looks like the real logo: the catalogue computed from the official repositories knows it too.
    expect(matchOfficialLogo(hash)).toBeDefined();
  });
});

describe('other icons do not match', () => {
  test.each(others)('%s', (_, layers) => {
    for (const size of [48, 192, 512]) {
      const hash = iconHash(draw(size, layers))!;
      expect(hashDistance(hash, OWN.hash)).toBeGreaterThan(SAME_LOGO_BITS);
      expect(matchOfficialLogo(hash)).toBeUndefined();
    }
  });

  test('a flat colour has no hash at all, and a flat rounded square matches nothing', () => {
    expect(iconHash(draw(192, flatIcon([50, 150, 220])))).toBeUndefined();
    const rounded = iconHash(draw(192, flatIcon([50, 150, 220]), { mask: 'rounded' }))!;
    expect(hashDistance(rounded, OWN.hash)).toBeGreaterThan(SAME_LOGO_BITS);
    expect(matchOfficialLogo(rounded)).toBeUndefined();
  });
});

test('hashes are 16 hex digits and distances count differing bits', () => {
  expect(OWN.hash).toMatch(/^[0-9a-f]{16}$/);
  expect(hashDistance(OWN.hash, OWN.hash)).toBe(0);
  const inverted = OWN.hash.replace(/./g, (d) => (15 - parseInt(d, 16)).toString(16));
  expect(hashDistance(OWN.hash, inverted)).toBe(64);
  expect(HASH_BITS).toBe(63);
});

test('a one-pixel and a very wide image hash without failing', () => {
  expect(iconHash({ width: 1, height: 1, data: new Uint8Array([0, 0, 255, 255]) })).toBeUndefined();
  const wide = draw(64, planeIcon());
  const strip = { width: 64, height: 2, data: wide.data.slice(0, 64 * 2 * 4) };
  expect(() => iconHash(strip)).not.toThrow();
});
