import type { RgbaImage } from '../../src/checks/branding/icons/image.js';

/**
 * Draws icons at test time (no picture of Telegram's logo is committed): shapes in unit coordinates, painted in
 * order, antialiased by 3x3 supersampling, then masked and padded like a platform would.
 */
export type Rgb = [number, number, number];
export type Shape =
  | { kind: 'disk'; cx: number; cy: number; r: number }
  | { kind: 'ring'; cx: number; cy: number; r: number; width: number }
  | { kind: 'polygon'; points: [number, number][] }
  | { kind: 'rect'; x: number; y: number; w: number; h: number; radius?: number };
/** A shape filled with one colour, or a vertical gradient from `colour` (top) to `bottom`. */
export interface Layer {
  shape: Shape;
  colour: Rgb;
  bottom?: Rgb;
}

export interface Variation {
  /** Fraction of the side left empty (transparent) on every edge. */
  padding?: number;
  /** The platform's mask, applied to the whole square (after padding). */
  mask?: 'circle' | 'rounded';
  /** Blends every colour toward this one by `amount` (0-1). */
  tint?: { colour: Rgb; amount: number };
  /** Multiplies every colour (brightness). */
  brightness?: number;
  /** Painted under everything, filling the square (an opaque icon). */
  backdrop?: Rgb;
  /** Pseudo-random noise of this amplitude on every channel, from `seed`. */
  noise?: { amplitude: number; seed: number };
}

const SAMPLES = 3;

export function draw(size: number, layers: readonly Layer[], variation: Variation = {}): RgbaImage {
  const data = new Uint8Array(size * size * 4);
  const pad = variation.padding ?? 0;
  const inner = 1 - 2 * pad;
  const random = mulberry32(variation.noise?.seed ?? 1);
  for (let py = 0; py < size; py++) {
    for (let px = 0; px < size; px++) {
      const sum = [0, 0, 0, 0];
      for (let sy = 0; sy < SAMPLES; sy++) {
        for (let sx = 0; sx < SAMPLES; sx++) {
          const ux = (px + (sx + 0.5) / SAMPLES) / size;
          const uy = (py + (sy + 0.5) / SAMPLES) / size;
          const x = (ux - pad) / inner;
          const y = (uy - pad) / inner;
          if (x < 0 || x > 1 || y < 0 || y > 1 || !insideMask(variation.mask, x, y)) continue;
          let colour: Rgb | undefined = variation.backdrop;
          for (const layer of layers) {
            if (inside(layer.shape, x, y)) colour = layer.bottom ? mix(layer.colour, layer.bottom, y) : layer.colour;
          }
          if (!colour) continue;
          const seen = recolour(colour, variation);
          sum[0] += seen[0];
          sum[1] += seen[1];
          sum[2] += seen[2];
          sum[3] += 1;
        }
      }
      const i = (py * size + px) * 4;
      if (sum[3] === 0) continue;
      for (let c = 0; c < 3; c++) {
        const noise = variation.noise ? (random() * 2 - 1) * variation.noise.amplitude : 0;
        data[i + c] = clamp(sum[c] / sum[3] + noise);
      }
      data[i + 3] = Math.round((255 * sum[3]) / (SAMPLES * SAMPLES));
    }
  }
  return { width: size, height: size, data };
}

function recolour(colour: Rgb, variation: Variation): Rgb {
  let out = colour;
  if (variation.tint) out = mix(out, variation.tint.colour, variation.tint.amount);
  if (variation.brightness !== undefined) out = out.map((c) => c * variation.brightness!) as Rgb;
  return out;
}

function insideMask(mask: Variation['mask'], x: number, y: number): boolean {
  if (mask === 'circle') return (x - 0.5) ** 2 + (y - 0.5) ** 2 <= 0.25;
  if (mask === 'rounded') return inside({ kind: 'rect', x: 0, y: 0, w: 1, h: 1, radius: 0.22 }, x, y);
  return true;
}

function inside(shape: Shape, x: number, y: number): boolean {
  switch (shape.kind) {
    case 'disk':
      return (x - shape.cx) ** 2 + (y - shape.cy) ** 2 <= shape.r ** 2;
    case 'ring': {
      const d = Math.hypot(x - shape.cx, y - shape.cy);
      return d <= shape.r && d >= shape.r - shape.width;
    }
    case 'rect': {
      if (x < shape.x || y < shape.y || x > shape.x + shape.w || y > shape.y + shape.h) return false;
      const r = shape.radius ?? 0;
      const cx = Math.min(Math.max(x, shape.x + r), shape.x + shape.w - r);
      const cy = Math.min(Math.max(y, shape.y + r), shape.y + shape.h - r);
      return (x - cx) ** 2 + (y - cy) ** 2 <= r * r;
    }
    case 'polygon':
      return insidePolygon(shape.points, x, y);
  }
}

function insidePolygon(points: readonly [number, number][], x: number, y: number): boolean {
  let odd = false;
  for (let i = 0, j = points.length - 1; i < points.length; j = i++) {
    const [xi, yi] = points[i];
    const [xj, yj] = points[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) odd = !odd;
  }
  return odd;
}

function mix(a: Rgb, b: Rgb, t: number): Rgb {
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

function clamp(v: number): number {
  return Math.max(0, Math.min(255, Math.round(v)));
}

/** A small seeded generator, so every drawing is the same on every run. */
export function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// --- the icons the tests and scripts/logo-rates.mjs draw ---

export const BLUE: Rgb = [55, 174, 226];
export const BLUE_BOTTOM: Rgb = [30, 150, 200];
export const WHITE: Rgb = [255, 255, 255];

/** A paper plane pointing up and right, drawn by hand in a 240-unit box (not traced from any logo). */
const PLANE_240: [number, number][] = [
  [50, 121], [170, 72], [177, 79], [152, 176], [143, 181], [100, 151], [91, 141], [140, 98], [83, 132], [70, 134], [48, 127],
];
export const PLANE: [number, number][] = PLANE_240.map(([x, y]) => [x / 240, y / 240]);

/** A blue disk with a white paper plane: what the official app icons look like, drawn from scratch. */
export function planeIcon(): Layer[] {
  return [
    { shape: { kind: 'disk', cx: 0.5, cy: 0.5, r: 0.5 }, colour: BLUE, bottom: BLUE_BOTTOM },
    { shape: { kind: 'polygon', points: PLANE }, colour: WHITE },
  ];
}

/** The same blue disk with another white glyph. */
export function discWith(glyph: Shape, disc: Rgb = BLUE): Layer[] {
  return [
    { shape: { kind: 'disk', cx: 0.5, cy: 0.5, r: 0.5 }, colour: disc, bottom: mix(disc, [0, 0, 0], 0.12) },
    { shape: glyph, colour: WHITE },
  ];
}

export function star(points: number, inner = 0.45, rotation = 0, radius = 0.32): Shape {
  const out: [number, number][] = [];
  for (let i = 0; i < points * 2; i++) {
    const r = i % 2 === 0 ? radius : radius * inner;
    const a = rotation - Math.PI / 2 + (i * Math.PI) / points;
    out.push([0.5 + r * Math.cos(a), 0.5 + r * Math.sin(a)]);
  }
  return { kind: 'polygon', points: out };
}

export const ENVELOPE: Shape = { kind: 'rect', x: 0.24, y: 0.33, w: 0.52, h: 0.34, radius: 0.03 };
export const BUBBLE: Shape = { kind: 'polygon', points: [[0.25, 0.3], [0.75, 0.3], [0.75, 0.62], [0.45, 0.62], [0.3, 0.75], [0.33, 0.62], [0.25, 0.62]] };
export const LETTER_T: Shape = { kind: 'polygon', points: [[0.27, 0.26], [0.73, 0.26], [0.73, 0.38], [0.56, 0.38], [0.56, 0.76], [0.44, 0.76], [0.44, 0.38], [0.27, 0.38]] };

/** An orange cat's face: head, ears, eyes and nose. */
export function catIcon(): Layer[] {
  const fur: Rgb = [236, 140, 50];
  const dark: Rgb = [40, 30, 30];
  return [
    { shape: { kind: 'polygon', points: [[0.12, 0.08], [0.42, 0.3], [0.16, 0.48]] }, colour: fur },
    { shape: { kind: 'polygon', points: [[0.88, 0.08], [0.58, 0.3], [0.84, 0.48]] }, colour: fur },
    { shape: { kind: 'disk', cx: 0.5, cy: 0.58, r: 0.4 }, colour: fur },
    { shape: { kind: 'disk', cx: 0.36, cy: 0.52, r: 0.06 }, colour: dark },
    { shape: { kind: 'disk', cx: 0.64, cy: 0.52, r: 0.06 }, colour: dark },
    { shape: { kind: 'polygon', points: [[0.45, 0.66], [0.55, 0.66], [0.5, 0.72]] }, colour: [230, 90, 110] },
  ];
}

/** One flat colour, edge to edge. */
export function flatIcon(colour: Rgb): Layer[] {
  return [{ shape: { kind: 'rect', x: 0, y: 0, w: 1, h: 1 }, colour }];
}

/**
 * The layers moved into the part of a 108 dp adaptive icon canvas a launcher shows (the centre 72 dp): what an
 * adaptive icon's foreground holds, on transparency.
 */
export function onAdaptiveCanvas(layers: readonly Layer[]): Layer[] {
  const to = (v: number) => (18 + v * 72) / 108;
  const scale = 72 / 108;
  const move = (shape: Shape): Shape => {
    switch (shape.kind) {
      case 'disk':
        return { ...shape, cx: to(shape.cx), cy: to(shape.cy), r: shape.r * scale };
      case 'ring':
        return { ...shape, cx: to(shape.cx), cy: to(shape.cy), r: shape.r * scale, width: shape.width * scale };
      case 'rect':
        return { ...shape, x: to(shape.x), y: to(shape.y), w: shape.w * scale, h: shape.h * scale, radius: (shape.radius ?? 0) * scale };
      case 'polygon':
        return { kind: 'polygon', points: shape.points.map(([x, y]) => [to(x), to(y)]) };
    }
  };
  return layers.map((layer) => ({ ...layer, shape: move(layer.shape) }));
}
