import type { RgbaImage } from './image.js';

/**
 * A perceptual hash of an icon (DCT pHash on luminance) made to survive what happens to a copied logo: any size,
 * a tint or mild recolouring, a rounded mask and some padding. The icon is composited on white (what a store page
 * shows), cropped to what differs from its background (the colour its border agrees on) and squared, so padding
 * and transparent margins drop out; area averaging to GRID x GRID removes the size; the signs of the lowest
 * KEEP x KEEP DCT coefficients against their median survive any monotonic change of brightness and contrast.
 */
const GRID = 32;
const KEEP = 8;
export const HASH_BITS = KEEP * KEEP - 1;

/** Channel difference (0-255) under which two composited colours are the same background. */
const SAME_COLOUR = 32;
/** Share of border pixels that must agree on one colour for it to be the background. */
const BORDER_AGREEMENT = 0.9;

export type IconHash = string;

/** The hash as 16 hex digits; undefined for an image with no content (one flat colour), which is no logo. */
export function iconHash(image: RgbaImage): IconHash | undefined {
  const background = borderColour(image);
  const box = contentBox(image, background);
  if (!box) return undefined;
  const grid = averageLuminance(image, box, background ?? WHITE);
  return bitsToHex(dctSigns(grid));
}

/** Bits that differ between two hashes (0 to HASH_BITS). */
export function hashDistance(a: IconHash, b: IconHash): number {
  let distance = 0;
  for (let i = 0; i < a.length; i += 8) {
    let x = (parseInt(a.slice(i, i + 8), 16) ^ parseInt(b.slice(i, i + 8), 16)) >>> 0;
    for (; x; x &= x - 1) distance++;
  }
  return distance;
}

type Colour = [number, number, number];
const WHITE: Colour = [255, 255, 255];

function composite(image: RgbaImage, x: number, y: number, into: Colour = [0, 0, 0]): Colour {
  const i = (y * image.width + x) * 4;
  const d = image.data;
  const a = d[i + 3] / 255;
  into[0] = d[i] * a + 255 * (1 - a);
  into[1] = d[i + 1] * a + 255 * (1 - a);
  into[2] = d[i + 2] * a + 255 * (1 - a);
  return into;
}

function differs(a: Colour, b: Colour): boolean {
  return Math.abs(a[0] - b[0]) > SAME_COLOUR || Math.abs(a[1] - b[1]) > SAME_COLOUR || Math.abs(a[2] - b[2]) > SAME_COLOUR;
}

/** The colour the image's border agrees on (composited on white), when it agrees; undefined for a full-bleed icon. */
function borderColour(image: RgbaImage): Colour | undefined {
  const { width, height } = image;
  const border: Colour[] = [];
  for (let x = 0; x < width; x++) border.push(composite(image, x, 0), composite(image, x, height - 1));
  for (let y = 1; y < height - 1; y++) border.push(composite(image, 0, y), composite(image, width - 1, y));
  const median = [0, 1, 2].map((c) => border.map((p) => p[c]).sort((a, b) => a - b)[border.length >> 1]) as Colour;
  const agreeing = border.filter((p) => !differs(p, median)).length;
  return agreeing >= BORDER_AGREEMENT * border.length ? median : undefined;
}

interface Box {
  x: number;
  y: number;
  side: number;
}

/**
 * The square around what differs from the background, centred on it. Rows and columns with only a stray pixel or
 * two (noise, a lone antialiased speck) do not count.
 */
function contentBox(image: RgbaImage, background: Colour | undefined): Box | undefined {
  const { width, height } = image;
  if (!background) return centre(0, 0, width, height);
  const rows = new Uint32Array(height);
  const cols = new Uint32Array(width);
  const colour: Colour = [0, 0, 0]; // one for every pixel: the loops read up to millions
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      if (differs(composite(image, x, y, colour), background)) {
        rows[y]++;
        cols[x]++;
      }
    }
  }
  const span = (counts: Uint32Array, across: number): [number, number] | undefined => {
    const least = Math.max(1, Math.floor(across / 200));
    let first = -1;
    let last = -1;
    for (let i = 0; i < counts.length; i++) {
      if (counts[i] < least) continue;
      if (first < 0) first = i;
      last = i;
    }
    return first < 0 ? undefined : [first, last + 1];
  };
  const ys = span(rows, width);
  const xs = span(cols, height);
  if (!ys || !xs) return undefined;
  return centre(xs[0], ys[0], xs[1] - xs[0], ys[1] - ys[0]);
}

function centre(x: number, y: number, w: number, h: number): Box {
  const side = Math.max(w, h);
  return { x: x - (side - w) / 2, y: y - (side - h) / 2, side };
}

/** Luminance of the box, averaged over GRID x GRID cells; what falls outside the image is the background. */
function averageLuminance(image: RgbaImage, box: Box, outside: Colour): Float64Array {
  const xWeights = axisWeights(box.x, box.side, image.width);
  const yWeights = axisWeights(box.y, box.side, image.height);
  const outsideLuma = luma(outside);
  const grid = new Float64Array(GRID * GRID);
  const colour: Colour = [0, 0, 0];
  for (let gy = 0; gy < GRID; gy++) {
    for (let gx = 0; gx < GRID; gx++) {
      let sum = 0;
      let weight = 0;
      for (const [y, wy] of yWeights[gy]) {
        for (const [x, wx] of xWeights[gx]) {
          const w = wx * wy;
          sum += w * (x < 0 || y < 0 ? outsideLuma : luma(composite(image, x, y, colour)));
          weight += w;
        }
      }
      grid[gy * GRID + gx] = weight > 0 ? sum / weight : outsideLuma;
    }
  }
  return grid;
}

/**
 * For each of the GRID cells along one axis, the source pixels it covers and by how much (area averaging); a pixel
 * outside the image is index -1.
 */
function axisWeights(start: number, side: number, size: number): [number, number][][] {
  const cells: [number, number][][] = [];
  const step = side / GRID;
  for (let g = 0; g < GRID; g++) {
    const from = start + g * step;
    const to = from + step;
    const cell: [number, number][] = [];
    for (let p = Math.floor(from); p < to; p++) {
      const covered = Math.min(to, p + 1) - Math.max(from, p);
      if (covered <= 0) continue;
      cell.push([p >= 0 && p < size ? p : -1, covered]);
    }
    cells.push(cell);
  }
  return cells;
}

function luma(c: Colour): number {
  return 0.299 * c[0] + 0.587 * c[1] + 0.114 * c[2];
}

const COSINES = Array.from({ length: KEEP }, (_, u) => Float64Array.from({ length: GRID }, (_, x) => Math.cos(((2 * x + 1) * u * Math.PI) / (2 * GRID))));

/** Whether each of the lowest DCT coefficients but the DC is above their median. */
function dctSigns(grid: Float64Array): boolean[] {
  const coefficients: number[] = [];
  for (let v = 0; v < KEEP; v++) {
    for (let u = 0; u < KEEP; u++) {
      if (u === 0 && v === 0) continue;
      let sum = 0;
      for (let y = 0; y < GRID; y++) {
        let row = 0;
        for (let x = 0; x < GRID; x++) row += grid[y * GRID + x] * COSINES[u][x];
        sum += row * COSINES[v][y];
      }
      coefficients.push(sum);
    }
  }
  const median = [...coefficients].sort((a, b) => a - b)[coefficients.length >> 1];
  return coefficients.map((c) => c > median);
}

function bitsToHex(bits: boolean[]): IconHash {
  let hex = '';
  for (let i = 0; i < 64; i += 4) {
    let nibble = 0;
    for (let b = 0; b < 4; b++) nibble = (nibble << 1) | (bits[i + b] ? 1 : 0);
    hex += nibble.toString(16);
  }
  return hex;
}
