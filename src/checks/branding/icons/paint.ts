import type { Rgba } from './android-colours.js';
import type { Drawable } from './android-drawables.js';
import type { RgbaImage } from './image.js';

// Where a linear gradient starts and ends, in units of the bounds, by angle: Android's GradientDrawable runs 0° left
// to right, 90° bottom to top, the diagonals corner to corner.
const GRADIENT_ENDS: Record<number, [number, number, number, number]> = {
  0: [0, 0, 1, 0],
  45: [0, 1, 1, 0],
  90: [0, 1, 0, 0],
  135: [1, 1, 0, 0],
  180: [1, 0, 0, 0],
  225: [1, 0, 0, 1],
  270: [0, 0, 0, 1],
  315: [0, 0, 1, 1],
};

/** Draws the drawable over a transparent canvas of the size given, each layer filling it; images scaled (nearest). */
export function paintDrawable(drawable: Drawable, width: number, height: number, images: ReadonlyMap<Drawable, RgbaImage>): RgbaImage {
  const canvas: RgbaImage = { width, height, data: new Uint8Array(width * height * 4) };
  paintOver(canvas, drawable, images);
  return canvas;
}

function paintOver(canvas: RgbaImage, drawable: Drawable, images: ReadonlyMap<Drawable, RgbaImage>): void {
  if (drawable.kind === 'layers') {
    for (const item of drawable.items) paintOver(canvas, item, images);
    return;
  }
  const colourAt = shader(drawable, canvas, images);
  const { width, height, data } = canvas;
  // One colour array for every pixel: a new one per pixel made painting a 512 px layer cost tens of milliseconds.
  const colour: Rgba = [0, 0, 0, 0];
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      colourAt(x, y, colour);
      overInto(data, (y * width + x) * 4, colour);
    }
  }
}

/** Writes the drawable's colour at (x, y) into `out`. */
type Shader = (x: number, y: number, out: Rgba) => void;

function shader(drawable: Exclude<Drawable, { kind: 'layers' }>, canvas: RgbaImage, images: ReadonlyMap<Drawable, RgbaImage>): Shader {
  const { width, height } = canvas;
  if (drawable.kind === 'colour') {
    return (_x, _y, out) => {
      for (let c = 0; c < 4; c++) out[c] = drawable.colour[c];
    };
  }
  if (drawable.kind === 'image') {
    const image = images.get(drawable);
    if (!image) throw new Error(`${drawable.what} was not decoded before painting`);
    return (x, y, out) => {
      const i = (Math.floor(((y + 0.5) * image.height) / height) * image.width + Math.floor(((x + 0.5) * image.width) / width)) * 4;
      for (let c = 0; c < 4; c++) out[c] = image.data[i + c];
    };
  }
  const [x0, y0, x1, y1] = GRADIENT_ENDS[drawable.angle].map((v, i) => v * (i % 2 === 0 ? width : height));
  const [dx, dy] = [x1 - x0, y1 - y0];
  const length2 = dx * dx + dy * dy;
  const stops = drawable.colours;
  return (x, y, out) => {
    const t = Math.min(1, Math.max(0, ((x + 0.5 - x0) * dx + (y + 0.5 - y0) * dy) / length2));
    const scaled = t * (stops.length - 1);
    const at = Math.min(stops.length - 2, Math.floor(scaled));
    const f = scaled - at;
    for (let c = 0; c < 4; c++) out[c] = Math.round(stops[at][c] + (stops[at + 1][c] - stops[at][c]) * f);
  };
}

/** Porter-Duff "over" of a colour onto the pixel at `i`, in place; colours are not premultiplied. */
export function overInto(data: Uint8Array, i: number, over: ArrayLike<number>): void {
  const a = over[3] / 255;
  const b = (data[i + 3] / 255) * (1 - a);
  const alpha = a + b;
  for (let c = 0; c < 3; c++) data[i + c] = alpha === 0 ? 0 : Math.round((over[c] * a + data[i + c] * b) / alpha);
  data[i + 3] = Math.round(alpha * 255);
}
