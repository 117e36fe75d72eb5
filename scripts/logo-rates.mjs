#!/usr/bin/env node
// node scripts/logo-rates.mjs [COUNT]
// Measures the official-logo matcher on generated icons (COUNT copies and COUNT other icons, 200 each by default):
// redrawn paper-plane logos at random sizes, masks, paddings, tints, brightness, noise and small shifts must match
// the catalogue (src/checks/branding/icons/references.ts); other glyphs on the same blue disk, other icons and flat
// colours must not. Prints the miss and false-match rates and the distances around the threshold. Needs Node 22.
import { importTs } from './lib/ts-import.mjs';

const { iconHash } = await importTs('src/checks/branding/icons/hash.ts');
const { matchOfficialLogo, SAME_LOGO_BITS } = await importTs('src/checks/branding/icons/match.ts');
const { LOGO_REFERENCES } = await importTs('src/checks/branding/icons/references.ts');
const { hashDistance } = await importTs('src/checks/branding/icons/hash.ts');
const D = await importTs('__tests__/helpers/icon-drawing.ts');

const count = Number(process.argv[2] ?? 200);
const random = D.mulberry32(20260418);
const pick = (list) => list[Math.floor(random() * list.length)];
const between = (a, b) => a + random() * (b - a);
const SIZES = [32, 48, 64, 96, 128, 192, 256, 512];

/** What a platform or a copier does to an icon. */
function variation() {
  const mask = pick([undefined, 'circle', 'rounded']);
  return {
    padding: pick([0, 0, between(0, 0.08)]),
    mask,
    backdrop: mask === 'rounded' && random() < 0.7 ? pick([[255, 255, 255], [238, 242, 246], [250, 250, 250]]) : undefined,
    tint: random() < 0.6 ? { colour: [between(0, 255), between(0, 255), between(0, 255)], amount: between(0, 0.35) } : undefined,
    brightness: between(0.8, 1.15),
    noise: random() < 0.4 ? { amplitude: between(2, 12), seed: Math.floor(random() * 1e9) } : undefined,
  };
}

/** The plane redrawn a little differently: moved and scaled by a few per cent. */
function planeCopy() {
  const [dx, dy, scale] = [between(-0.02, 0.02), between(-0.02, 0.02), between(0.95, 1.05)];
  const points = D.PLANE.map(([x, y]) => [0.5 + (x - 0.5) * scale + dx, 0.5 + (y - 0.5) * scale + dy]);
  const disc = [between(40, 70), between(160, 185), between(215, 235)];
  return [
    { shape: { kind: 'disk', cx: 0.5, cy: 0.5, r: 0.5 }, colour: disc, bottom: disc.map((c) => c * 0.85) },
    { shape: { kind: 'polygon', points }, colour: D.WHITE },
  ];
}

function randomGlyph() {
  switch (Math.floor(random() * 6)) {
    case 0:
      return D.star(4 + Math.floor(random() * 5), between(0.3, 0.6), between(0, Math.PI), between(0.25, 0.36));
    case 1: {
      const n = 5 + Math.floor(random() * 4);
      const points = Array.from({ length: n }, (_, i) => {
        const a = (i / n) * 2 * Math.PI;
        const r = between(0.12, 0.34);
        return [0.5 + r * Math.cos(a), 0.5 + r * Math.sin(a)];
      });
      return { kind: 'polygon', points };
    }
    case 2:
      return pick([D.ENVELOPE, D.BUBBLE, D.LETTER_T]);
    case 3:
      return { kind: 'ring', cx: 0.5, cy: 0.5, r: between(0.2, 0.34), width: between(0.05, 0.12) };
    case 4:
      return { kind: 'rect', x: between(0.2, 0.35), y: between(0.2, 0.35), w: between(0.3, 0.45), h: between(0.3, 0.45), radius: between(0, 0.1) };
    default:
      return { kind: 'disk', cx: between(0.35, 0.65), cy: between(0.35, 0.65), r: between(0.1, 0.25) };
  }
}

function otherIcon() {
  const kind = random();
  if (kind < 0.6) return { name: 'blue disk, other glyph', layers: D.discWith(randomGlyph(), [between(30, 80), between(140, 190), between(200, 240)]) };
  if (kind < 0.75) return { name: 'other colour disk, other glyph', layers: D.discWith(randomGlyph(), [between(0, 255), between(0, 255), between(0, 255)]) };
  if (kind < 0.85) return { name: 'cat', layers: D.catIcon() };
  if (kind < 0.95) {
    const background = [between(0, 255), between(0, 255), between(0, 255)];
    return { name: 'square with a glyph', layers: [{ shape: { kind: 'rect', x: 0, y: 0, w: 1, h: 1 }, colour: background }, { shape: randomGlyph(), colour: D.WHITE }] };
  }
  return { name: 'flat colour', layers: D.flatIcon([between(0, 255), between(0, 255), between(0, 255)]) };
}

const closest = (hash) => Math.min(...LOGO_REFERENCES.map((r) => hashDistance(hash, r.hash)));
const started = Date.now();
const copies = [];
for (let i = 0; i < count; i++) {
  const hash = iconHash(D.draw(pick(SIZES), planeCopy(), variation()));
  copies.push({ matched: hash !== undefined && matchOfficialLogo(hash) !== undefined, distance: hash ? closest(hash) : 64 });
}
const others = [];
for (let i = 0; i < count; i++) {
  const icon = otherIcon();
  const hash = iconHash(D.draw(pick(SIZES), icon.layers, variation()));
  others.push({ name: icon.name, matched: hash !== undefined && matchOfficialLogo(hash) !== undefined, distance: hash ? closest(hash) : 64 });
}

const percent = (n, of) => `${((100 * n) / of).toFixed(1)} %`;
const quantiles = (values) => {
  const sorted = [...values].sort((a, b) => a - b);
  const at = (q) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
  return `min ${sorted[0]}, 5 % ${at(0.05)}, median ${at(0.5)}, 95 % ${at(0.95)}, max ${sorted.at(-1)}`;
};
const missed = copies.filter((c) => !c.matched).length;
const falseMatches = others.filter((o) => o.matched);
console.log(`threshold: ${SAME_LOGO_BITS} bits of 63; catalogue: ${LOGO_REFERENCES.length} official icons`);
console.log(`copies of the logo: ${count}, missed ${missed} (${percent(missed, count)}); distance to the closest official icon: ${quantiles(copies.map((c) => c.distance))}`);
console.log(`other icons: ${count}, matched ${falseMatches.length} (${percent(falseMatches.length, count)}); distance: ${quantiles(others.filter((o) => o.distance < 64).map((o) => o.distance))}`);
for (const name of [...new Set(others.map((o) => o.name))]) {
  const of = others.filter((o) => o.name === name);
  console.log(`  ${name}: ${of.length}, matched ${of.filter((o) => o.matched).length}, closest ${Math.min(...of.map((o) => o.distance))}`);
}
console.log('at other thresholds (bits: missed copies / matched other icons):');
for (const bits of [8, 10, 12, 14, 16]) {
  console.log(`  ${String(bits).padStart(2)}: ${percent(copies.filter((c) => c.distance > bits).length, count)} / ${percent(others.filter((o) => o.distance <= bits).length, count)}`);
}
console.log(`${((Date.now() - started) / 1000).toFixed(1)} s`);
